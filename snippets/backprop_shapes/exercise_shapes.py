import torch

torch.manual_seed(0)
for batch in (5, 100):                                   # two batch sizes, the same layers
    X = torch.randn(batch, 2, dtype=torch.float64)
    y = torch.randn(batch, 1, dtype=torch.float64)
    W1 = torch.randn(2, 4, dtype=torch.float64, requires_grad=True)
    b1 = torch.zeros(4, dtype=torch.float64, requires_grad=True)
    W2 = torch.randn(4, 1, dtype=torch.float64, requires_grad=True)
    b2 = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    H = torch.relu(X @ W1 + b1)
    H.retain_grad()                                      # H is not a leaf: keep its .grad to read its shape
    ((H @ W2 + b2 - y) ** 2).mean().backward()
    shapes = {name: tuple(t.grad.shape) for name, t in [("W1", W1), ("b1", b1), ("W2", W2), ("b2", b2), ("H", H)]}
    print(f"batch {batch}: {shapes}")
