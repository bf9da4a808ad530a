# --8<-- [start:model]
import torch

X = torch.tensor([1, 2, 3, 4], dtype=torch.float32)
Y = torch.tensor([2, 4, 6, 8], dtype=torch.float32)

w = torch.tensor(0.0, dtype=torch.float32, requires_grad=True)  # (1)!


def forward(x):
    return w * x


def loss(y, y_pred):
    return ((y_pred - y) ** 2).mean()


print(f"Prediction before training: f(5) = {forward(5).item():.3f}")
# --8<-- [end:model]
# --8<-- [start:train]
learning_rate = 0.01
n_iters = 100
history = {"epoch": [], "loss": [], "w": []}

for epoch in range(n_iters):
    y_pred = forward(X)
    l = loss(Y, y_pred)
    l.backward()  # (1)!
    with torch.no_grad():  # (2)!
        w -= learning_rate * w.grad
    w.grad.zero_()  # (3)!
    if epoch % 10 == 0:  # (4)!
        print(f"epoch {epoch + 1}: w = {w.item():.3f}, loss = {l.item():.8f}")
    history["epoch"].append(epoch + 1)  # (5)!
    history["loss"].append(l.item())
    history["w"].append(w.item())

print(f"Prediction after training: f(5) = {forward(5).item():.3f}")
# --8<-- [end:train]
