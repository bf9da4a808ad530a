import numpy as np

X = np.array([1, 2, 3, 4], dtype=np.float32)
Y = np.array([2, 4, 6, 8], dtype=np.float32)


def gradient_lesson(x, y, y_pred):
    return np.dot(2 * x, y_pred - y).mean()


def gradient_fixed(x, y, y_pred):
    return np.dot(2 * x, y_pred - y) / len(x)


def prediction(gradient, n_iters, learning_rate=0.01):
    """f(5) after n_iters steps, as the lesson prints it."""
    w = 0.0
    for _ in range(n_iters):
        w -= learning_rate * gradient(X, Y, w * X)
    return f"{5 * w:.3f}"


print("iterations   lesson's gradient   true gradient")
for n_iters in (0, 10, 11, 20, 60, 61, 100):
    print(f"{n_iters:>10}   {prediction(gradient_lesson, n_iters):>17}   {prediction(gradient_fixed, n_iters):>13}")
