import torch

x = torch.tensor(2.0)
y = torch.tensor(4.0)
w = torch.tensor(1.0, requires_grad=True)

y_hat = w * x
y_hat.retain_grad()                     # (1)!
L = (y_hat - y) ** 2
L.backward()
print(f"y_hat = {y_hat.item()}, L = {L.item()}")
print(f"dL/dy_hat = {y_hat.grad.item()}, dL/dw = {w.grad.item()}")
