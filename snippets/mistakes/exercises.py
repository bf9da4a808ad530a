# --8<-- [start:retain]
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
y.backward(retain_graph=True)
y.backward()
print("x.grad =", x.grad.item())
# --8<-- [end:retain]
# --8<-- [start:ones]
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 3
y.backward(torch.ones(3))
print(x.grad)
# --8<-- [end:ones]
# --8<-- [start:small-lr]
X = torch.tensor([1.0, 2.0, 3.0, 4.0])
Y = 2 * X
w = torch.tensor(0.0, requires_grad=True)
passed = None
for epoch in range(1, 101):
    loss = ((w * X - Y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.001 * w.grad
    if epoch == 8:
        print(f"lr = 0.001, no zeroing, w after 8 epochs: {w.item():.4f}")
    if passed is None and w.item() > 2:
        passed = epoch
print("w first passes 2 at epoch", passed)
# --8<-- [end:small-lr]
