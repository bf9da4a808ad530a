import torch

x, y = 2.0, 4.0
for clip in (False, True):
    w = torch.tensor(1.0, requires_grad=True)
    if clip:
        w.register_hook(lambda grad: grad.clamp(-1.0, 1.0))             # (1)!
    loss = (w * x - y) ** 2
    loss.backward()
    print(f"clip={clip}: w.grad = {w.grad.item()}")
