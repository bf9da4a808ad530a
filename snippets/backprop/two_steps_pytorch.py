import torch

x = torch.tensor(2.0)
y = torch.tensor(4.0)
w = torch.tensor(1.0, requires_grad=True)
lr = 0.1


def forward():
    y_hat = w * x
    return y_hat, (y_hat - y) ** 2


y_hat, L = forward()
print(f"start:  w = {w.item()}, y_hat = {y_hat.item()}, L = {L.item()}")
float32_start = (y_hat.item(), L.item())
float32_steps = []
for step in (1, 2):
    (dyhat_dw,) = torch.autograd.grad(y_hat, w, retain_graph=True)  # (1)!
    y_hat.retain_grad()                     # (2)!
    L.backward()
    dL_dyhat, dL_dw = y_hat.grad, w.grad.clone()  # (3)!
    with torch.no_grad():                   # (4)!
        w -= lr * w.grad
    w.grad.zero_()                          # (5)!
    y_hat, L = forward()
    float32_steps.append(tuple(t.item() for t in (dL_dyhat, dyhat_dw, dL_dw, w, y_hat, L)))
    print(f"step {step}: dL/dy_hat = {dL_dyhat.item()}, dy_hat/dw = {dyhat_dw.item()}, dL/dw = {dL_dw.item()}")
    print(f"        w = {w.item()}, y_hat = {y_hat.item()}, L = {L.item()}")
