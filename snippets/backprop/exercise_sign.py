import torch

x, y = torch.tensor(2.0), torch.tensor(4.0)
for start in (1.0, 2.0, 3.0):
    w = torch.tensor(start, requires_grad=True)
    loss = (w * x - y) ** 2
    loss.backward()
    print(f"w = {start}: dL/dw = {w.grad.item()}")
