# --8<-- [start:default]
import torch

i = torch.tensor(1)
f = torch.tensor(1.0)
print(i, i.dtype)                  # (1)!
print(f, f.dtype)                  # (2)!
print(torch.get_default_dtype())
print(torch.tensor([1, 2.5]).dtype)  # (3)!
# --8<-- [end:default]
# --8<-- [start:precision]
for value in (0.1, 3.6):
    single = torch.tensor(value).item()                       # (1)!
    double = torch.tensor(value, dtype=torch.float64).item()  # (2)!
    print(value, single, double)
# --8<-- [end:precision]
# --8<-- [start:requires-grad]
print(f.requires_grad)             # (1)!
w = torch.tensor(1.0, requires_grad=True)
print(w)                           # (2)!
print((w * 2).requires_grad)       # (3)!
try:
    torch.tensor(1, requires_grad=True)
except RuntimeError as error:
    print("RuntimeError:", error)  # (4)!
# --8<-- [end:requires-grad]
