import sympy
import torch

xs = torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=torch.float64)
ys = 2 * xs


def J(w):
    return ((w * xs - ys) ** 2).mean()


analytic = (2 * xs * (0.0 * xs - ys)).mean().item()  # (1)!
h = 1e-6
numerical = ((J(0.0 + h) - J(0.0 - h)) / (2 * h)).item()  # (2)!
w = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
J(w).backward()  # (3)!
automatic = w.grad.item()
s = sympy.Symbol("w")
symbolic = sympy.diff(sum((s * x - 2 * x) ** 2 for x in (1, 2, 3, 4)) / 4, s)  # (4)!
print("analytic:  ", analytic)
print("numerical: ", numerical)
print("automatic: ", automatic)
print("symbolic:  ", symbolic, "at w = 0:", symbolic.subs(s, 0))
