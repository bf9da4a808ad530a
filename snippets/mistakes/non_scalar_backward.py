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
# --8<-- [start:reduction-none]
loss_fn = torch.nn.MSELoss(reduction="none")   # (1)!
prediction = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
target = torch.tensor([1.5, 2.0, 2.0])
losses = loss_fn(prediction, target)
print(losses)
try:
    losses.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
# --8<-- [end:reduction-none]
# --8<-- [start:reduction-fix]
losses.mean().backward()                    # (1)!
print(prediction.grad)

prediction.grad = None
losses = loss_fn(prediction, target)
losses.backward(torch.full_like(losses, 1 / 3))  # (2)!
print(prediction.grad)
# --8<-- [end:reduction-fix]
