# --8<-- [start:gradients]
import numpy as np

X = np.array([1, 2, 3, 4], dtype=np.float64)  # (1)!
Y = 2 * X


def loss(w):
    return ((w * X - Y) ** 2).mean()


def gradient_lesson5(w):
    y_pred = w * X
    return np.dot(2 * X, y_pred - Y).mean()  # (2)!


def gradient_fixed(w):
    return (2 * X * (w * X - Y)).mean()
# --8<-- [end:gradients]
# --8<-- [start:check]
def check_gradient(name, analytic, numeric, tolerance=1e-6):
    relative_error = abs(analytic - numeric) / max(abs(analytic), abs(numeric))  # (1)!
    verdict = "OK" if relative_error < tolerance else "WRONG"
    print(f"{name}: analytic {analytic}, numeric {numeric}, relative error {relative_error:.2e} -> {verdict}")


h = 1e-4
numeric = (loss(0.0 + h) - loss(0.0 - h)) / (2 * h)
check_gradient("lesson 5", gradient_lesson5(0.0), numeric)
check_gradient("fixed   ", gradient_fixed(0.0), numeric)  # (2)!
# --8<-- [end:check]
