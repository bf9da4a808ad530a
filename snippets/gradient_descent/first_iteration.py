from decimal import Decimal
from fractions import Fraction

import numpy as np

X = np.array([1, 2, 3, 4], dtype=np.float32)  # (1)!
Y = np.array([2, 4, 6, 8], dtype=np.float32)
w0 = 0.0
J0 = ((w0 * X - Y) ** 2).mean()
dw0 = np.dot(2 * X, w0 * X - Y) / len(X)
w1 = w0 - 0.01 * dw0
J1 = ((w1 * X - Y) ** 2).mean()

xs = [Fraction(x) for x in (1, 2, 3, 4)]  # (2)!
ys = [2 * x for x in xs]
N = len(xs)
J0_exact = sum((0 * x - y) ** 2 for x, y in zip(xs, ys)) / N  # (3)!
dw0_exact = sum(2 * x * (0 * x - y) for x, y in zip(xs, ys)) / N
w1_exact = 0 - Fraction(1, 100) * dw0_exact
J1_exact = sum((w1_exact * x - y) ** 2 for x, y in zip(xs, ys)) / N

print("quantity   exact      float32")
for name, exact, value in [
    ("J(w0)", J0_exact, J0),
    ("dJ/dw", dw0_exact, dw0),
    ("w1", w1_exact, w1),
    ("J(w1)", J1_exact, J1),
]:
    exact_decimal = Decimal(exact.numerator) / exact.denominator  # (4)!
    print(f"{name:<10} {exact_decimal!s:<10} {float(value)!r}")  # (5)!
