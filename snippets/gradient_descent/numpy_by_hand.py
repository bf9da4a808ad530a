# --8<-- [start:model]
import numpy as np

X = np.array([1, 2, 3, 4], dtype=np.float32)  # (1)!
Y = np.array([2, 4, 6, 8], dtype=np.float32)

w = 0.0


def forward(x):
    return w * x


def loss(y, y_pred):
    return ((y_pred - y) ** 2).mean()


def gradient(x, y, y_pred):
    return np.dot(2 * x, y_pred - y) / len(x)  # (2)!


print(f"Prediction before training: f(5) = {forward(5):.3f}")  # (3)!
# --8<-- [end:model]
# --8<-- [start:train]
learning_rate = 0.01
n_iters = 10
history = {"epoch": [], "loss": [], "w": []}  # (1)!

for epoch in range(n_iters):
    y_pred = forward(X)  # (2)!
    l = loss(Y, y_pred)
    dw = gradient(X, Y, y_pred)
    w -= learning_rate * dw  # (3)!
    print(f"epoch {epoch + 1}: w = {w:.3f}, loss = {l:.8f}")  # (4)!
    history["epoch"].append(epoch + 1)
    history["loss"].append(float(l))
    history["w"].append(float(w))

print(f"Prediction after training: f(5) = {forward(5):.3f}")
# --8<-- [end:train]
