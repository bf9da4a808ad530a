# --8<-- [start:definitions]
def forward_difference(f, w, h):
    return (f(w + h) - f(w)) / h


def central_difference(f, w, h):
    return (f(w + h) - f(w - h)) / (2 * h)  # (1)!
# --8<-- [end:definitions]
# --8<-- [start:backprop-example]
x, y = 1.0, 2.0


def loss(w):
    return (w * x - y) ** 2  # (1)!


for h in (0.1, 0.01, 0.001):
    print(f"h = {h}: forward {forward_difference(loss, 1.0, h)!r}, "
          f"central {central_difference(loss, 1.0, h)!r}")  # (2)!
# --8<-- [end:backprop-example]
# --8<-- [start:backprop-autograd]
import torch

w = torch.tensor(1.0, requires_grad=True)
loss(w).backward()  # (1)!
print("autograd:", w.grad.item())
print("central: ", central_difference(loss, 1.0, 1e-6))
# --8<-- [end:backprop-autograd]
