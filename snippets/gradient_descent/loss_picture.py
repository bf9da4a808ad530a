# --8<-- [start:curve]
import torch

X = torch.tensor([1.0, 2.0, 3.0, 4.0])
Y = 2 * X


def J(w):
    return ((w * X - Y) ** 2).mean()  # (1)!


grid = torch.linspace(-2, 6, 161)
curve = {"w": grid.tolist(), "loss": [J(w).item() for w in grid]}  # (2)!

w0 = torch.tensor(0.0, requires_grad=True)
J(w0).backward()  # (3)!
tangent = {"w": [w0.item()], "loss": [J(w0).item()], "slope": [w0.grad.item()]}
print(f"J(0) = {tangent['loss'][0]}, dJ/dw at w = 0: {tangent['slope'][0]}")
# --8<-- [end:curve]
# --8<-- [start:descend]
def descend(learning_rate, n_steps):
    w = torch.tensor(0.0, requires_grad=True)
    steps = {"w": [w.item()], "loss": [J(w).item()]}
    for _ in range(n_steps):
        J(w).backward()
        with torch.no_grad():
            w -= learning_rate * w.grad
        w.grad.zero_()
        steps["w"].append(w.item())
        steps["loss"].append(J(w).item())  # (1)!
    return steps


learning_rates = (0.01, 0.05, 0.14)
runs = [descend(lr, 6) for lr in learning_rates]
for lr, steps in zip(learning_rates, runs):
    print(f"lr = {lr}: w = " + ", ".join(f"{w:.3f}" for w in steps["w"]))
picture = {"curve": curve, "tangent": tangent, "runs": runs, "learning_rates": learning_rates}  # (2)!
# --8<-- [end:descend]
# --8<-- [start:ratios]
from itertools import pairwise

for lr, steps in zip(learning_rates, runs):
    gaps = [w - 2 for w in steps["w"]]  # (1)!
    ratios = [after / before for before, after in pairwise(gaps)]
    first_step = steps["w"][1] - steps["w"][0]
    print(f"lr = {lr}: first step {first_step:.3f}, w - 2 multiplied by", ", ".join(f"{r:.3f}" for r in ratios))
# --8<-- [end:ratios]
