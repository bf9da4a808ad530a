# --8<-- [start:cube]
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
(dy_dx,) = torch.autograd.grad(y, x, create_graph=True)                 # (1)!
print("dy/dx   =", dy_dx)
(d2y_dx2,) = torch.autograd.grad(dy_dx, x)                              # (2)!
print("d2y/dx2 =", d2y_dx2)
# --8<-- [end:cube]
# --8<-- [start:hessian]
from torch.autograd.functional import hessian, jacobian

X = torch.tensor([1, 2, 3, 4], dtype=torch.float32)                     # (1)!
Y = torch.tensor([2, 4, 6, 8], dtype=torch.float32)


def loss(params):
    w, b = params
    return ((w * X + b - Y) ** 2).mean()


H = hessian(loss, torch.tensor([0.0, 0.0]))                             # (2)!
print(H)
print(torch.equal(H, hessian(loss, torch.tensor([2.0, -1.0]))))         # (3)!
# --8<-- [end:hessian]
# --8<-- [start:jacobian]
def f(v):
    return torch.stack([v[0] * v[1], v[0] ** 2, 3 * v[1]])


J = jacobian(f, torch.tensor([2.0, 3.0]))
print(J.shape)                                                          # (1)!
print(J)
# --8<-- [end:jacobian]
