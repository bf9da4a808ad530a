# --8<-- [start:setup]
import numpy as np
import torch

X = np.array([1, 2, 3, 4], dtype=np.float32)
Y = np.array([2, 4, 6, 8], dtype=np.float32)
learning_rate = 0.01
n_iters = 10


def train_numpy(gradient):
    w = 0.0
    for epoch in range(n_iters):
        y_pred = w * X
        l = ((y_pred - Y) ** 2).mean()
        w -= learning_rate * gradient(X, Y, y_pred)
        print(f"epoch {epoch + 1}: w = {w:.3f}, loss = {l:.8f}")
    print(f"Prediction after training: f(5) = {5 * w:.3f}")
    return w
# --8<-- [end:setup]
# --8<-- [start:lesson]
def gradient_lesson(x, y, y_pred):
    return np.dot(2 * x, y_pred - y).mean()


w_lesson = train_numpy(gradient_lesson)
# --8<-- [end:lesson]
# --8<-- [start:fixed]
def gradient_fixed(x, y, y_pred):
    return np.dot(2 * x, y_pred - y) / len(x)


w_fixed = train_numpy(gradient_fixed)
# --8<-- [end:fixed]
# --8<-- [start:autograd]
X_t = torch.from_numpy(X)
Y_t = torch.from_numpy(Y)
w_t = torch.tensor(0.0, requires_grad=True)

for epoch in range(n_iters):
    l = ((w_t * X_t - Y_t) ** 2).mean()
    l.backward()
    with torch.no_grad():
        w_t -= learning_rate * w_t.grad
    w_t.grad.zero_()
    print(f"epoch {epoch + 1}: w = {w_t.item():.3f}, loss = {l.item():.8f}")
print(f"Prediction after training: f(5) = {5 * w_t.item():.3f}")
# --8<-- [end:autograd]
