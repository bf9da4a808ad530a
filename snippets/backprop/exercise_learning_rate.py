import torch

x, y = torch.tensor(2.0), torch.tensor(4.0)
paths = {}
for lr in (0.05, 0.125, 0.25):
    w = torch.tensor(1.0, requires_grad=True)
    path = []
    for step in range(4):
        loss = (w * x - y) ** 2
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
        w.grad.zero_()
        path.append(w.item())
    paths[lr] = path
    print(f"lr = {lr}: w after each step:", path)
