# --8<-- [start:mistake]
import torch

x = torch.tensor(3.0, requires_grad=True)
y = x ** 2                                  # (1)!
y.backward()
print("first backward, x.grad =", x.grad.item())
try:
    y.backward()                            # (2)!
except RuntimeError as error:
    print(f"RuntimeError: {error}")
# --8<-- [end:mistake]
# --8<-- [start:rebuild]
x = torch.tensor(3.0, requires_grad=True)
for step in range(2):
    y = x ** 2                              # (1)!
    y.backward()
    print(f"step {step}: x.grad = {x.grad.item()}")
    x.grad.zero_()
# --8<-- [end:rebuild]
# --8<-- [start:retain]
x = torch.tensor(3.0, requires_grad=True)
y = x ** 2
y.backward(retain_graph=True)               # (1)!
y.backward()
print("after two backward passes, x.grad =", x.grad.item())  # (2)!
# --8<-- [end:retain]
