# --8<-- [start:epsilon]
import torch

for dtype in (torch.float32, torch.float64):
    eps = torch.finfo(dtype).eps  # (1)!
    one = torch.tensor(1.0, dtype=dtype)
    print(f"{dtype}: eps = {eps!r}, 1 + 1e-8 == 1: {(one + 1e-8 == one).item()}")  # (2)!
# --8<-- [end:epsilon]
# --8<-- [start:errors]
def f(w):
    return w ** 3  # (1)!


exact = 3.0
steps = [10.0 ** -k for k in range(1, 11)]
errors = {}
for dtype in (torch.float32, torch.float64):
    w = torch.tensor(1.0, dtype=dtype)
    errors[dtype] = {
        "forward": [abs(((f(w + h) - f(w)) / h).item() - exact) for h in steps],
        "central": [abs(((f(w + h) - f(w - h)) / (2 * h)).item() - exact) for h in steps],  # (2)!
    }
    best = min(range(len(steps)), key=lambda i: errors[dtype]["central"][i])
    print(f"{dtype}: best h = {steps[best]:.0e}, error {errors[dtype]['central'][best]:.1e}")  # (3)!
central_errors = {"h": steps, "float32": errors[torch.float32]["central"],
                  "float64": errors[torch.float64]["central"]}  # (4)!
# --8<-- [end:errors]
# --8<-- [start:gradcheck-float32]
import warnings

from torch.autograd.gradcheck import GradcheckError, gradcheck

torch.manual_seed(0)
x32 = torch.randn(3, requires_grad=True)  # (1)!
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        gradcheck(lambda x: (2 * (x + 2) ** 2).mean(), (x32,))
    except GradcheckError as error:
        print(str(error).rstrip())
for warning in caught:
    print("UserWarning:", str(warning.message).rstrip())  # (2)!
# --8<-- [end:gradcheck-float32]
