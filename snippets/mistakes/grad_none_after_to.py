# --8<-- [start:mistake]
import warnings

import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True).to(torch.float64)   # (1)!
print("is_leaf:", w.is_leaf, "| grad_fn:", w.grad_fn.name())

w.sum().backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    grad = w.grad                                          # (2)!
print("w.grad:", grad)
# The message ends with "(Triggered internally at …)", a path on the machine that built torch:
# only the part before it is printed.
print("UserWarning:", str(caught[0].message).split(" (Triggered internally")[0])
# --8<-- [end:mistake]
# --8<-- [start:fix]
w = torch.randn(3, dtype=torch.float64).requires_grad_()   # (1)!
w.sum().backward()
print("is_leaf:", w.is_leaf, "| w.grad:", w.grad)
# --8<-- [end:fix]
