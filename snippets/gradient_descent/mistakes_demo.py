# --8<-- [start:no-zero]
import torch
from torch import nn

X = torch.tensor([1, 2, 3, 4], dtype=torch.float32)
Y = torch.tensor([2, 4, 6, 8], dtype=torch.float32)
w = torch.tensor(0.0, requires_grad=True)
grads = []

for epoch in range(8):
    l = ((w * X - Y) ** 2).mean()
    l.backward()
    with torch.no_grad():
        w -= 0.01 * w.grad  # (1)!
    print(f"epoch {epoch + 1}: w = {w.item():.3f}, w.grad = {w.grad.item():.3f}")
    grads.append(w.grad.item())  # (2)!
# --8<-- [end:no-zero]
# --8<-- [start:no-no-grad]
w = torch.tensor(0.0, requires_grad=True)
l = ((w * X - Y) ** 2).mean()
l.backward()
try:
    w -= 0.01 * w.grad
except RuntimeError as error:
    print("RuntimeError:", error)
# --8<-- [end:no-no-grad]
# --8<-- [start:shape]
torch.manual_seed(0)
model = nn.Linear(1, 1)
try:
    model(X)
except RuntimeError as error:
    print("RuntimeError:", error)
print(model(X.reshape(-1, 1)).shape)
# --8<-- [end:shape]
