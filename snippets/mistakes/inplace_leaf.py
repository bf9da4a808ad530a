# --8<-- [start:mistake]
import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
try:
    w.mul_(0.01)                            # (1)!
except RuntimeError as error:
    print(f"RuntimeError: {error}")
# --8<-- [end:mistake]
# --8<-- [start:not-a-leaf]
w = torch.randn(3, requires_grad=True) * 0.01   # (1)!
print("is_leaf:", w.is_leaf, "| grad_fn:", w.grad_fn.name())
# --8<-- [end:not-a-leaf]
# --8<-- [start:fix]
w = (torch.randn(3) * 0.01).requires_grad_()   # (1)!
print("is_leaf:", w.is_leaf, "| requires_grad:", w.requires_grad)

v = torch.randn(3, requires_grad=True)
with torch.no_grad():
    v.mul_(0.01)                            # (2)!
print("is_leaf:", v.is_leaf, "| requires_grad:", v.requires_grad)
# --8<-- [end:fix]
# --8<-- [start:view]
w = torch.randn(3, requires_grad=True)
try:
    w[0] = 0.0                              # (1)!
except RuntimeError as error:
    print(f"RuntimeError: {error}")
# --8<-- [end:view]
# --8<-- [start:view-fix]
with torch.no_grad():
    w[0] = 0.0                              # (1)!
print("w[0] =", w[0].item(), "| is_leaf:", w.is_leaf, "| requires_grad:", w.requires_grad)
# --8<-- [end:view-fix]
