import torch

torch.manual_seed(0)
x = torch.randn(3)                      # (1)!
z = ((x + 2) * (x + 2) * 2).mean()
print(z, z.requires_grad, z.grad_fn)    # (2)!

try:
    z.backward()
except RuntimeError as error:
    print("RuntimeError:", error)       # (3)!
