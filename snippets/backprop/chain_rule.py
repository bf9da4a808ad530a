# --8<-- [start:by-hand]
import torch

x = torch.tensor(3.0, requires_grad=True)
y = x ** 2          # (1)!
z = 4 * y + 1       # (2)!

dz_dy = 4.0
dy_dx = 2 * x.item()
print("dz/dy * dy/dx =", dz_dy * dy_dx)  # (3)!
# --8<-- [end:by-hand]
# --8<-- [start:autograd]
z.backward()        # (1)!
print("autograd dz/dx =", x.grad.item())
# --8<-- [end:autograd]
