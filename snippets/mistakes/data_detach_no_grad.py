# --8<-- [start:detach]
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
d = w.detach()                              # (1)!
print("requires_grad:", d.requires_grad, "| grad_fn:", d.grad_fn)
print("same memory:", d.data_ptr() == w.data_ptr())
try:
    w.numpy()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
print(w.detach().numpy())                   # (2)!
# --8<-- [end:detach]
# --8<-- [start:no-grad]
with torch.no_grad():
    z = w * 2                               # (1)!
print("requires_grad:", z.requires_grad, "| grad_fn:", z.grad_fn)
# --8<-- [end:no-grad]
# --8<-- [start:data-silent]
x = torch.tensor(3.0, requires_grad=True)
y = x ** 2                                  # (1)!
x.data += 1                                 # (2)!
y.backward()
print("x.grad =", x.grad.item())
# --8<-- [end:data-silent]
# --8<-- [start:detach-loud]
x = torch.tensor(3.0, requires_grad=True)
y = x ** 2
x.detach().add_(1)                          # (1)!
try:
    y.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
# --8<-- [end:detach-loud]
