# --8<-- [start:model]
import torch
from torch import nn

torch.manual_seed(0)  # (1)!

X = torch.tensor([1, 2, 3, 4], dtype=torch.float32).reshape(-1, 1)  # (2)!
Y = torch.tensor([2, 4, 6, 8], dtype=torch.float32).reshape(-1, 1)
X_test = torch.tensor([[5.0]])
n_samples, n_features = X.shape
print(f"X.shape = {tuple(X.shape)}: {n_samples} samples, {n_features} feature")

model = nn.Linear(n_features, 1)  # (3)!
print(f"initial w = {model.weight.item():.3f}, b = {model.bias.item():.3f}")
print(f"Prediction before training: f(5) = {model(X_test).item():.3f}")
# --8<-- [end:model]
# --8<-- [start:train]
learning_rate = 0.01
n_iters = 1000
loss = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)  # (1)!
history = {"epoch": [], "loss": [], "w": [], "b": []}  # (2)!

for epoch in range(n_iters):
    y_pred = model(X)  # (3)!
    l = loss(y_pred, Y)
    l.backward()
    optimizer.step()
    optimizer.zero_grad()
    if (epoch + 1) % 100 == 0:
        w, b = model.weight.item(), model.bias.item()
        print(f"epoch {epoch + 1}: w = {w:.3f}, b = {b:.3f}, loss = {l.item():.4g}")
    history["epoch"].append(epoch + 1)
    history["loss"].append(l.item())
    history["w"].append(model.weight.item())
    history["b"].append(model.bias.item())

print(f"Prediction after training: f(5) = {model(X_test).item():.3f}")
# --8<-- [end:train]
