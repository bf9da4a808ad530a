# --8<-- [start:mistake]
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2                                  # (1)!
try:
    y.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
# --8<-- [end:mistake]
# --8<-- [start:sum]
y.sum().backward()                          # (1)!
print(x.grad)
# --8<-- [end:sum]
# --8<-- [start:vector]
x.grad.zero_()
v = torch.tensor([0.1, 1.0, 0.001])
y = x ** 2
y.backward(v)                               # (1)!
print(x.grad)
# --8<-- [end:vector]
