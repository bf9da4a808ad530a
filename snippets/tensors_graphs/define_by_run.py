# --8<-- [start:graphs]
import torch
from grad_fn_tree import print_grad_fn_tree


def f(x):
    if x > 0:           # (1)!
        return x * x
    return -x


for start in (2.0, -2.0):
    x = torch.tensor(start, requires_grad=True)
    y = f(x)
    print(f"x = {start}:")
    print_grad_fn_tree(y, {"y": y, "x": x})  # (2)!
# --8<-- [end:graphs]
# --8<-- [start:backward]
for start in (2.0, -2.0):
    x = torch.tensor(start, requires_grad=True)
    y = f(x)
    y.backward()                # (1)!
    print(f"x = {start:>4}: y = {y.item():>4}, grad_fn = {y.grad_fn.name()}, dy/dx = {x.grad.item()}")
# --8<-- [end:backward]
