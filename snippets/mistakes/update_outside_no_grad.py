# --8<-- [start:inplace]
import warnings

import torch

x, y = torch.tensor(2.0), torch.tensor(4.0)
w = torch.tensor(1.0, requires_grad=True)
lr = 0.1

loss = (w * x - y) ** 2
loss.backward()
try:
    w -= lr * w.grad                        # (1)!
except RuntimeError as error:
    print(f"RuntimeError: {error}")
# --8<-- [end:inplace]
# --8<-- [start:rebind]
w = w - lr * w.grad                         # (1)!
print(w, "| is_leaf:", w.is_leaf)

loss = (w * x - y) ** 2
loss.backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    grad = w.grad                           # (2)!
print("w.grad:", grad)
print("UserWarning:", str(caught[0].message).split(". ")[0] + ".")
try:
    w = w - lr * grad
except TypeError as error:
    print(f"TypeError: {error}")
# --8<-- [end:rebind]
# --8<-- [start:fix]
w = torch.tensor(1.0, requires_grad=True)
for step in range(1, 3):
    loss = (w * x - y) ** 2
    loss.backward()
    with torch.no_grad():                   # (1)!
        w -= lr * w.grad
    w.grad.zero_()
    print(f"step {step}: w = {w.item()}, is_leaf: {w.is_leaf}")
# --8<-- [end:fix]
