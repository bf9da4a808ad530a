import numpy as np

X = np.array([1, 2, 3, 4], dtype=np.float32)
Y = np.array([2, 4, 6, 8], dtype=np.float32)
w = 0.0
learning_rate, n_iters = 0.01, 20

for epoch in range(n_iters):
    y_pred = w * X
    loss = ((y_pred - Y) ** 2).mean()
    dw = np.dot(2 * X, y_pred - Y).mean()       # (1)!
    w -= learning_rate * dw
    if epoch % 2 == 0:                          # (2)!
        print(f"epoch {epoch + 1}: w = {w:.3f}, loss = {loss:.8f}")
print(f"prediction after training: f(5) = {5 * w:.3f}")
