# --8<-- [start:mistake]
import torch
import torch.nn.functional as F

torch.manual_seed(0)
model = torch.nn.Linear(1, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.tensor([[1.0], [2.0], [3.0]])
y = 2 * x

with torch.no_grad():                       # (1)!
    loss = F.mse_loss(model(x), y)
try:
    loss.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
# --8<-- [end:mistake]
# --8<-- [start:silenced]
for epoch in range(1, 4):
    with torch.no_grad():
        loss = F.mse_loss(model(x), y)
    loss.requires_grad = True               # (1)!
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()                        # (2)!
    print(f"epoch {epoch}: loss = {loss.item():.4f}, weight = {model.weight.item():.4f}, weight.grad = {model.weight.grad}")
# --8<-- [end:silenced]
# --8<-- [start:fix]
for epoch in range(1, 4):
    loss = F.mse_loss(model(x), y)          # (1)!
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(f"epoch {epoch}: loss = {loss.item():.4f}, weight = {model.weight.item():.4f}")
# --8<-- [end:fix]
