import torch
from network_data import W1, W2, X, b1, b2, y

X, y = torch.from_numpy(X), torch.from_numpy(y)
grads = {}
for activation in (torch.relu, torch.tanh):
    params = [torch.tensor(a, requires_grad=True) for a in (W1, b1, W2, b2)]
    Z1 = X @ params[0] + params[1]
    Z1.retain_grad()                                     # Z1 is not a leaf: keep its .grad to compare it
    y_hat = activation(Z1) @ params[2] + params[3]
    ((y_hat - y) ** 2).mean().backward()
    grads[activation.__name__] = [p.grad for p in params] + [Z1.grad]

for name, relu_grad, tanh_grad in zip(["W1", "b1", "W2", "b2", "Z1"], grads["relu"], grads["tanh"]):
    print(f"{name}: changed = {not torch.equal(relu_grad, tanh_grad)}")
zeros = {name: (g[4] == 0).sum().item() for name, g in grads.items()}   # entries the activation blocked
print("zeros in dL/dZ1:", zeros)
