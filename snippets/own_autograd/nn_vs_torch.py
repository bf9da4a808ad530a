import torch
from engine import Value
from nn import MLP

model = MLP(2, [3, 1])                                   # (1)!
print("parameters:", len(model.parameters()))

torch.manual_seed(0)                                     # nn.Linear draws starting weights; ours replace them
torch_model = torch.nn.Sequential(
    torch.nn.Linear(2, 3), torch.nn.Tanh(), torch.nn.Linear(3, 1)
).double()                                               # (2)!
with torch.no_grad():
    for torch_layer, layer in zip(torch_model[::2], model.layers):
        torch_layer.weight.copy_(torch.tensor([[w.data for w in n.w] for n in layer.neurons], dtype=torch.float64))   # (3)!
        torch_layer.bias.copy_(torch.tensor([n.b.data for n in layer.neurons], dtype=torch.float64))

xs = [[0.5, -1.0], [-0.3, 0.8], [1.0, 0.2]]
ys = [1.0, -1.0, 1.0]
loss = sum(((model(x) - y) ** 2 for x, y in zip(xs, ys)), Value(0.0)) / len(xs)   # (4)!
model.zero_grad()
loss.backward()

X, y = torch.tensor(xs, dtype=torch.float64), torch.tensor(ys, dtype=torch.float64)
torch_loss = torch.nn.functional.mse_loss(torch_model(X).squeeze(1), y)
torch_model.zero_grad()
torch_loss.backward()

engine_grads = [p.grad for p in model.parameters()]
torch_grads = []
for torch_layer in torch_model[::2]:
    for row, b in zip(torch_layer.weight.grad, torch_layer.bias.grad):   # (5)!
        torch_grads += [*row.tolist(), b.item()]
gap = max(abs(a - b) for a, b in zip(engine_grads, torch_grads))
print(f"loss: engine {loss.data!r}, torch {torch_loss.item()!r}")
print(f"largest gradient gap over {len(engine_grads)} parameters under 1e-15: {gap < 1e-15}")   # (6)!
