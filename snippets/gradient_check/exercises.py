# --8<-- [start:cube-by-hand]
from fractions import Fraction

w, h = Fraction(2), Fraction(1, 10)
cube_forward = ((w + h) ** 3 - w ** 3) / h
cube_central = ((w + h) ** 3 - (w - h) ** 3) / (2 * h)
cube_exact = 3 * w ** 2
print("forward:", float(cube_forward), "error", float(cube_forward - cube_exact))
print("central:", float(cube_central), "error", float(cube_central - cube_exact))
# --8<-- [end:cube-by-hand]
# --8<-- [start:quadratic-any-h]
data_x = [Fraction(v) for v in (1, 2, 3, 4)]


def descent_loss(w):
    return sum((w * xi - 2 * xi) ** 2 for xi in data_x) / len(data_x)


for step in (Fraction(1), Fraction(10), Fraction(1000)):
    quotient = (descent_loss(step) - descent_loss(-step)) / (2 * step)
    print(f"h = {step}: central difference = {quotient}")
# --8<-- [end:quadratic-any-h]
# --8<-- [start:two-paths]
import torch


def e_of(a, b, k=4.0):
    return (a * b + b) * k


a0, b0, h = 3.0, 2.0, 1e-4
numeric_a = (e_of(a0 + h, b0) - e_of(a0 - h, b0)) / (2 * h)  # (1)!
numeric_b = (e_of(a0, b0 + h) - e_of(a0, b0 - h)) / (2 * h)
a = torch.tensor(a0, dtype=torch.float64, requires_grad=True)
b = torch.tensor(b0, dtype=torch.float64, requires_grad=True)
e_of(a, b).backward()                                         # (2)!
print(f"de/da: central {numeric_a:.6f}, autograd {a.grad.item()}")
print(f"de/db: central {numeric_b:.6f}, autograd {b.grad.item()}")
# --8<-- [end:two-paths]
