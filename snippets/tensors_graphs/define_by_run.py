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
