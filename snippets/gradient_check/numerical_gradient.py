# --8<-- [start:definition]
import torch


def numerical_gradient(f, x, h=1e-6):
    x = x.detach()  # (1)!
    grad = torch.zeros_like(x)
    for i in range(x.numel()):
        step = torch.zeros_like(x)
        step.view(-1)[i] = h  # (2)!
        grad.view(-1)[i] = (f(x + step) - f(x - step)) / (2 * h)
    return grad
# --8<-- [end:definition]
# --8<-- [start:autograd-example]
torch.manual_seed(0)
x = torch.randn(3, dtype=torch.float64, requires_grad=True)  # (1)!


def z_of(x):
    return (2 * (x + 2) ** 2).mean()


z_of(x).backward()
numeric = numerical_gradient(z_of, x)
analytic = 4 * (x.detach() + 2) / 3  # (2)!
print("autograd:", x.grad)
print("numeric: ", numeric)
print("analytic:", analytic)
print("largest difference:", (x.grad - numeric).abs().max().item())  # (3)!
# --8<-- [end:autograd-example]
# --8<-- [start:descent-example]
X = torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=torch.float64)
Y = 2 * X
w = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)


def J(w):
    return ((w * X - Y) ** 2).mean()  # (1)!


J(w).backward()
print("autograd:", w.grad.item())
print("numeric: ", numerical_gradient(J, w).item())
print("formula: ", (2 * X * (w.detach() * X - Y)).mean().item())  # (2)!
# --8<-- [end:descent-example]
