# --8<-- [start:mistake]
import torch

print(torch.tensor([1, 2, 3]).dtype)        # (1)!
try:
    x = torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
# --8<-- [end:mistake]
# --8<-- [start:fix]
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)      # (1)!
n = torch.arange(3, dtype=torch.float32).requires_grad_()  # (2)!
print(x.dtype, x.requires_grad)
print(n.dtype, n.requires_grad)
# --8<-- [end:fix]
