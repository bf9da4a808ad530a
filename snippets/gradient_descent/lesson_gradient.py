import numpy as np

X = np.array([1, 2, 3, 4], dtype=np.float32)
Y = np.array([2, 4, 6, 8], dtype=np.float32)
y_pred = 0.0 * X  # (1)!

dot = np.dot(2 * X, y_pred - Y)  # (2)!
print("np.dot(2*x, y_pred - y)        =", dot, "  ndim =", np.ndim(dot))
print("np.dot(2*x, y_pred - y).mean() =", dot.mean())  # (3)!
print("mean of 2*x*(y_pred - y)       =", np.mean(2 * X * (y_pred - Y)))  # (4)!
print("first step, lesson's gradient:  w =", 0.0 - 0.01 * dot.mean())
print("first step, true gradient:      w =", 0.0 - 0.01 * np.mean(2 * X * (y_pred - Y)))
