import torch


def f(x):
    if x > 0:                   # (1)!
        return x * x
    return -x


for start in (2.0, -2.0):
    x = torch.tensor(start, requires_grad=True)
    y = f(x)
    y.backward()                # (2)!
    print(f"x = {start:>4}: y = {y.item():>4}, grad_fn = {y.grad_fn.name()}, dy/dx = {x.grad.item()}")
