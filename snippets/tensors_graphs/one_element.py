# --8<-- [start:shape]
import torch

scalar = torch.tensor(1.0)
one_element = torch.tensor([1.0])             # (1)!
for name, t in (("tensor(1.0)", scalar), ("tensor([1.0])", one_element)):
    print(f"{name:>13}: ndim = {t.ndim}, shape = {tuple(t.shape)}, numel = {t.numel()}")
print("item() of both:", scalar.item(), one_element.item())  # (2)!
# --8<-- [end:shape]

# --8<-- [start:attribute]
w = torch.tensor([1.0])
w.requires_grad = True                        # (1)!
v = torch.tensor([1.0])
v.requires_grad_()                            # (2)!
print(w, v)
print(w.shape, w.is_leaf, w.grad_fn)          # (3)!
# --8<-- [end:attribute]
