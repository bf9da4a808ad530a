# --8<-- [start:mistake]
import torch

x, y = torch.tensor(2.0), torch.tensor(5.0)
w = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
loss = (w * x - y) ** 2                     # (1)!
try:
    torch.autograd.grad(loss, [w, b])
except RuntimeError as error:
    print(f"RuntimeError: {error}")
# --8<-- [end:mistake]
# --8<-- [start:allow-unused]
loss = (w * x - y) ** 2                     # (1)!
grad_w, grad_b = torch.autograd.grad(loss, [w, b], allow_unused=True)
print("grad_w:", grad_w, "| grad_b:", grad_b)

loss = (w * x - y) ** 2
grad_w, grad_b = torch.autograd.grad(loss, [w, b], allow_unused=True, materialize_grads=True)  # (2)!
print("grad_w:", grad_w, "| grad_b:", grad_b)
# --8<-- [end:allow-unused]
# --8<-- [start:fix]
loss = (w * x + b - y) ** 2                 # (1)!
grad_w, grad_b = torch.autograd.grad(loss, [w, b])
print("grad_w:", grad_w, "| grad_b:", grad_b)
# --8<-- [end:fix]
