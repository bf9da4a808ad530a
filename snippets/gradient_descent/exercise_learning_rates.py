# --8<-- [start:lr-0-1]
import numpy as np

X = np.array([1, 2, 3, 4], dtype=np.float32)
Y = np.array([2, 4, 6, 8], dtype=np.float32)


def train(learning_rate, n_iters):
    w = 0.0
    for epoch in range(n_iters):
        y_pred = w * X
        l = ((y_pred - Y) ** 2).mean()
        w -= learning_rate * np.dot(2 * X, y_pred - Y) / len(X)
        print(f"epoch {epoch + 1}: w = {w:.3f}, loss = {l:.8f}")
    return w


w = train(0.1, 6)
# --8<-- [end:lr-0-1]
# --8<-- [start:lr-0-2]
w = train(0.2, 6)
# --8<-- [end:lr-0-2]
