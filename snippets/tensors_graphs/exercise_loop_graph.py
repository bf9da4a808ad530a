import torch
from count_nodes import count_nodes


def power(x, n):
    y = x
    for _ in range(n - 1):          # (1)!
        y = y * x
    return y


for n in (2, 3, 5):
    x = torch.tensor(2.0, requires_grad=True)
    y = power(x, n)
    y.backward()
    print(f"n = {n}: y = {y.item():>4}, nodes = {count_nodes(y)}, dy/dx = {x.grad.item()}")
