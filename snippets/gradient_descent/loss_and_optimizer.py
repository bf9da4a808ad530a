# --8<-- [start:model]
import torch
from torch import nn

X = torch.tensor([1, 2, 3, 4], dtype=torch.float32)
Y = torch.tensor([2, 4, 6, 8], dtype=torch.float32)

w = torch.tensor(0.0, dtype=torch.float32, requires_grad=True)


def forward(x):
    return w * x


learning_rate = 0.01
n_iters = 100
loss = nn.MSELoss()  # (1)!
optimizer = torch.optim.SGD([w], lr=learning_rate)  # (2)!
history = {"epoch": [], "loss": [], "w": []}  # (3)!
# --8<-- [end:model]
# --8<-- [start:train]
for epoch in range(n_iters):
    y_pred = forward(X)
    l = loss(y_pred, Y)  # (1)!
    l.backward()
    optimizer.step()  # (2)!
    optimizer.zero_grad()  # (3)!
    if epoch % 10 == 0:
        print(f"epoch {epoch + 1}: w = {w.item():.3f}, loss = {l.item():.8f}")
    history["epoch"].append(epoch + 1)
    history["loss"].append(l.item())
    history["w"].append(w.item())

print(f"Prediction after training: f(5) = {forward(5).item():.3f}")
# --8<-- [end:train]
