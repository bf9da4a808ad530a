# --8<-- [start:third-derivative]
import torch

x = torch.tensor(2.0, requires_grad=True)
derivative = x ** 3
for order in (1, 2, 3):
    (derivative,) = torch.autograd.grad(derivative, x, create_graph=True)
    print(f"order {order}: {derivative.item()}")
# --8<-- [end:third-derivative]
# --8<-- [start:doubling-hook]
w = torch.tensor(1.0, requires_grad=True)
y_hat = w * 2.0
y_hat.register_hook(lambda grad: grad * 2)
loss = (y_hat - 4.0) ** 2
loss.backward()
print("w.grad =", w.grad.item())
# --8<-- [end:doubling-hook]
# --8<-- [start:which-in-place]
x = torch.tensor([0.0, 1.0], requires_grad=True)
e = x.exp()
e += 1
try:
    e.sum().backward()
except RuntimeError as error:
    print("exp:", str(error).split(": ", 1)[1].split(". Hint")[0])
p = x + 1
p *= 2
p.sum().backward()
print("add:", x.grad)
# --8<-- [end:which-in-place]
