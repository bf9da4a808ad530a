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
# --8<-- [start:learning-rate]
import numpy as np

X = np.array([1, 2, 3, 4], dtype=np.float64)
Y = 2 * X
gradients = {
    "fixed": lambda w: (2 * X * (w * X - Y)).mean(),
    "lesson 5": lambda w: np.dot(2 * X, w * X - Y).mean(),
}
for lr in (0.01, 0.05):
    for name, gradient in gradients.items():
        w = 0.0
        for _ in range(5):
            w -= lr * gradient(w)
        print(f"lr = {lr}, {name}: w after 5 steps = {w:.4f}")
# --8<-- [end:learning-rate]
