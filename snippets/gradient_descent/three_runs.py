# --8<-- [start:setup]
import numpy as np
import torch

X = np.array([1, 2, 3, 4], dtype=np.float32)
Y = np.array([2, 4, 6, 8], dtype=np.float32)
learning_rate = 0.01
n_iters = 10


def record(history, epoch, l, w, dw):
    history["epoch"].append(epoch)
    history["loss"].append(float(l))
    history["w"].append(float(w))
    history["dJ/dw"].append(float(dw))


def train_numpy(gradient):
    w = 0.0
    history = {"epoch": [], "loss": [], "w": [], "dJ/dw": []}  # (1)!
    for epoch in range(n_iters):
        y_pred = w * X
        l = ((y_pred - Y) ** 2).mean()
        dw = gradient(X, Y, y_pred)
        w -= learning_rate * dw
        print(f"epoch {epoch + 1}: w = {w:.3f}, loss = {l:.8f}")
        record(history, epoch + 1, l, w, dw)  # (2)!
    print(f"Prediction after training: f(5) = {5 * w:.3f}")
    return w, history
# --8<-- [end:setup]
# --8<-- [start:lesson]
def gradient_lesson(x, y, y_pred):
    return np.dot(2 * x, y_pred - y).mean()


w_lesson, history_lesson = train_numpy(gradient_lesson)
# --8<-- [end:lesson]
# --8<-- [start:fixed]
def gradient_fixed(x, y, y_pred):
    return np.dot(2 * x, y_pred - y) / len(x)


w_fixed, history_fixed = train_numpy(gradient_fixed)
# --8<-- [end:fixed]
# --8<-- [start:autograd]
X_t = torch.from_numpy(X)
Y_t = torch.from_numpy(Y)
w_t = torch.tensor(0.0, requires_grad=True)
history_t = {"epoch": [], "loss": [], "w": [], "dJ/dw": []}

for epoch in range(n_iters):
    l = ((w_t * X_t - Y_t) ** 2).mean()
    l.backward()
    with torch.no_grad():
        w_t -= learning_rate * w_t.grad
    record(history_t, epoch + 1, l.item(), w_t.item(), w_t.grad.item())
    w_t.grad.zero_()
    print(f"epoch {epoch + 1}: w = {w_t.item():.3f}, loss = {l.item():.8f}")
print(f"Prediction after training: f(5) = {5 * w_t.item():.3f}")
# --8<-- [end:autograd]
