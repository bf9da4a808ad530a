from decimal import Decimal
from fractions import Fraction

x = Fraction(2)
y = Fraction(4)                 # (1)!
eta = Fraction(1, 10)           # (2)!


def exact(value):
    return Decimal(value.numerator) / Decimal(value.denominator)  # (3)!


def forward(w):
    y_hat = w * x
    return y_hat, (y_hat - y) ** 2


w = Fraction(1)
y_hat, L = forward(w)
print(f"start:  w = {exact(w)}, y_hat = {exact(y_hat)}, L = {exact(L)}")
exact_start = (y_hat, L)
exact_steps = []
for step in (1, 2):
    dL_dyhat = 2 * (y_hat - y)  # (4)!
    dyhat_dw = x
    dL_dw = dL_dyhat * dyhat_dw
    w = w - eta * dL_dw         # (5)!
    y_hat, L = forward(w)       # (6)!
    exact_steps.append((dL_dyhat, dyhat_dw, dL_dw, w, y_hat, L))
    print(f"step {step}: dL/dy_hat = {exact(dL_dyhat)}, dy_hat/dw = {exact(dyhat_dw)}, dL/dw = {exact(dL_dw)}")
    print(f"        w = {exact(w)}, y_hat = {exact(y_hat)}, L = {exact(L)}")
