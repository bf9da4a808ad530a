# --8<-- [start:non-scalar]
import torch

torch.manual_seed(0)
x = torch.randn(3, requires_grad=True)
y = x + 2
z = y * y * 2                           # (1)!
print(z.shape)

try:
    z.backward()
except RuntimeError as error:
    print("RuntimeError:", error)
# --8<-- [end:non-scalar]
# --8<-- [start:vjp]
v = torch.tensor([0.1, 1.0, 0.001], dtype=torch.float32)  # (1)!
z.backward(v)
print("x.grad =", x.grad)
# --8<-- [end:vjp]
# --8<-- [start:by-hand]
J = torch.diag(4 * y.detach())          # (1)!
print(J)
print("J.T @ v =", J.T @ v)
print("equal:", torch.equal(x.grad, J.T @ v))

J_autograd = torch.autograd.functional.jacobian(lambda t: (t + 2) * (t + 2) * 2, x.detach())  # (2)!
print("autograd's Jacobian equals J:", torch.equal(J_autograd, J))
# --8<-- [end:by-hand]
