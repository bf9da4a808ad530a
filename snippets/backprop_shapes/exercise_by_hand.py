import torch
from network_data import W1, W2, X, b1, b2, y

X, y = torch.from_numpy(X), torch.from_numpy(y)
W1, b1, W2, b2 = (torch.tensor(a, requires_grad=True) for a in (W1, b1, W2, b2))
H = torch.relu(X @ W1 + b1)
y_hat = H @ W2 + b2
((y_hat - y) ** 2).mean().backward()

by_hand_b2 = 2 * (y_hat - y).sum() / 4                   # b2 reaches every row: sum G over the batch
by_hand_W2_third = H[2, 2] * 2 * (y_hat[2, 0] - y[2, 0]) / 4   # only row 2 has H[:, 2] > 0
print(f"dL/db2: by hand {by_hand_b2.item():.4f}, autograd {b2.grad.item():.4f}")
print(f"dL/dW2[2]: by hand {by_hand_W2_third.item():.4f}, autograd {W2.grad[2, 0].item():.4f}")
