import numpy as np

X = np.array([1, 2, 3, 4], dtype=np.float32)
Y = np.array([2, 4, 6, 8], dtype=np.float32)


def gradient_lesson(x, y, y_pred):
    return np.dot(2 * x, y_pred - y).mean()


def gradient_fixed(x, y, y_pred):
    return np.dot(2 * x, y_pred - y) / len(x)


def weights(gradient, learning_rate, n_iters):
    w, history = 0.0, []
    for _ in range(n_iters):
        w -= learning_rate * gradient(X, Y, w * X)
        history.append(float(w))
    return history


lesson_001 = weights(gradient_lesson, 0.01, 10)
fixed_004 = weights(gradient_fixed, 0.04, 10)
print("lesson's gradient, lr 0.01 == true gradient, lr 0.04:", lesson_001 == fixed_004)
print("lesson's gradient, lr 0.04:", [round(w, 3) for w in weights(gradient_lesson, 0.04, 5)])
print("true gradient,     lr 0.04:", [round(w, 3) for w in weights(gradient_fixed, 0.04, 5)])
