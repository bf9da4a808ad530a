# --8<-- [start:requires-grad]
import torch

torch.manual_seed(0)
x = torch.randn(3, requires_grad=True)
x.requires_grad_(False)                 # (1)!
print(x)
print(x.requires_grad, (x + 2).grad_fn) # (2)!
# --8<-- [end:requires-grad]
# --8<-- [start:non-leaf]
w = torch.ones(3, requires_grad=True)
try:
    (w * 2).requires_grad_(False)       # (1)!
except RuntimeError as error:
    print("RuntimeError:", str(error).split(".")[0])
# --8<-- [end:non-leaf]
# --8<-- [start:detach]
x = torch.randn(3, requires_grad=True)
d = x.detach()                          # (1)!
print(d)
print(d.requires_grad, d.grad_fn, x.requires_grad)
print(d.data_ptr() == x.data_ptr())     # (2)!
# --8<-- [end:detach]
# --8<-- [start:no-grad]
with torch.no_grad():
    y = x + 2                           # (1)!
print(y)
print(y.requires_grad, y.grad_fn)

y = x + 2                               # (2)!
print(y.requires_grad, y.grad_fn.name())
# --8<-- [end:no-grad]
