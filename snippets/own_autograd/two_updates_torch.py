import torch

torch_history = {}
for dtype in (torch.float64, torch.float32):
    x = torch.tensor(2.0, dtype=dtype)
    y = torch.tensor(4.0, dtype=dtype)
    w = torch.tensor(1.0, dtype=dtype, requires_grad=True)
    steps = torch_history[dtype] = []
    print(dtype)
    for step in (1, 2):
        y_hat = w * x
        y_hat.retain_grad()                 # (1)!
        loss = (y_hat - y) ** 2
        loss.backward()
        steps.append((y_hat.item(), loss.item(), y_hat.grad.item(), w.grad.item()))
        print(f"  step {step}: L = {loss.item()}, dL/dy_hat = {y_hat.grad.item()}, dL/dw = {w.grad.item()}")
        with torch.no_grad():
            w -= 0.1 * w.grad
            loss_new = (w * x - y) ** 2
        w.grad.zero_()
        steps.append((w.item(), (w * x).item(), loss_new.item()))
        print(f"  w -> {w.item()}, L = {loss_new.item()}")
