import torch
from engine import Value

xs, ys = [1.0, 2.0, 3.0, 4.0], [2.0, 4.0, 6.0, 8.0]


def J(w):                                   # (1)!
    total = Value(0.0)
    for x, y in zip(xs, ys):
        total = total + (w * x - y) ** 2
    return total / len(xs)


for start in (0.0, 1.0, 2.0):
    w = Value(start)
    J(w).backward()                         # (2)!
    w_t = torch.tensor(start, requires_grad=True)
    ((w_t * torch.tensor(xs) - torch.tensor(ys)) ** 2).mean().backward()
    print(f"w = {start}: engine {w.grad:>6}, autograd {w_t.grad.item():>6}, 15(w - 2) = {15 * (start - 2):>6}")
