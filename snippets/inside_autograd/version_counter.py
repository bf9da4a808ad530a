# --8<-- [start:counter]
import warnings

import torch

t = torch.zeros(3)
print(t._version)
t.add_(1)                                                               # (1)!
t[0] = 5
print(t._version)
# --8<-- [end:counter]
# --8<-- [start:harmless]
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2                                                               # (1)!
y += 1
print(y._version, y.grad_fn.name())                                     # (2)!
y.sum().backward()
print(x.grad)
# --8<-- [end:harmless]
# --8<-- [start:raises]
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
s = torch.sigmoid(x)                                                    # (1)!
s += 1
try:
    s.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
# --8<-- [end:raises]
# --8<-- [start:anomaly]
with warnings.catch_warnings(record=True) as caught, torch.autograd.set_detect_anomaly(True):  # (1)!
    warnings.simplefilter("always")
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    s = torch.sigmoid(x)
    s += 1
    try:
        s.sum().backward()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
[warning] = [w for w in caught if "Error detected" in str(w.message)]
lines = str(warning.message).splitlines()
# The traceback names the file and line the forward call ran from, which differ between a script
# and a notebook, and where torch was built; the first line and the code of the call do not.
print(lines[0])                                                         # (2)!
print("  ...", [line.strip() for line in lines if not line.lstrip().startswith(("File", "("))][-1])
# --8<-- [end:anomaly]
