# --8<-- [start:mistake]
import torch

X = torch.tensor([1.0, 2.0, 3.0, 4.0])
Y = 2 * X                                   # (1)!


def train(zero_grad: bool, epochs: int = 8, lr: float = 0.01):
    w = torch.tensor(0.0, requires_grad=True)
    history = {"epoch": [], "loss": [], "w": []}
    grads = []
    for epoch in range(1, epochs + 1):
        loss = ((w * X - Y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
        print(f"epoch {epoch}: w = {w.item():.4f}, grad = {w.grad.item():8.3f}, loss = {loss.item():.4f}")
        history["epoch"].append(epoch)      # (2)!
        history["loss"].append(loss.item())
        history["w"].append(w.item())
        grads.append(w.grad.item())
        if zero_grad:
            w.grad.zero_()                  # (3)!
    return history, grads


forgot, grad_forgot = train(zero_grad=False)
# --8<-- [end:mistake]
# --8<-- [start:fix]
zeroed, grad_zeroed = train(zero_grad=True)
# --8<-- [end:fix]
