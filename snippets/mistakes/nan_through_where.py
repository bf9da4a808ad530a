# --8<-- [start:mistake]
import torch

x = torch.tensor([0.0, 4.0], requires_grad=True)
y = torch.where(x > 0, torch.sqrt(x), 0.0)  # (1)!
print("y:", y)
y.sum().backward()
print("x.grad:", x.grad)
# --8<-- [end:mistake]
# --8<-- [start:fix]
x.grad = None
safe_x = torch.where(x > 0, x, 1.0)         # (1)!
y = torch.where(x > 0, torch.sqrt(safe_x), 0.0)
print("y:", y)
y.sum().backward()
print("x.grad:", x.grad)
# --8<-- [end:fix]
