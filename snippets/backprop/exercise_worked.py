import torch

x = torch.tensor(2.0)
y = torch.tensor(5.0)
w = torch.tensor(1.0, requires_grad=True)

y_hat = w * x
s = y_hat - y
loss = s ** 2
s.retain_grad()
y_hat.retain_grad()
loss.backward()
print("y_hat =", y_hat.item(), " s =", s.item(), " loss =", loss.item())
print("dloss/ds =", s.grad.item(), " dloss/dy_hat =", y_hat.grad.item(), " dloss/dw =", w.grad.item())
