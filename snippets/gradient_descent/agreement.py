import numpy as np
import torch

X = np.array([1, 2, 3, 4], dtype=np.float32)
Y = np.array([2, 4, 6, 8], dtype=np.float32)
learning_rate = 0.01
n_iters = 100

w_np = 0.0
w_t = torch.tensor(0.0, requires_grad=True)
X_t, Y_t = torch.from_numpy(X), torch.from_numpy(Y)
ulps = []
print("epoch  w (NumPy, 1/N fixed)   w (autograd)          ulp")
for epoch in range(n_iters):
    w_np -= learning_rate * np.dot(2 * X, w_np * X - Y) / len(X)  # (1)!

    ((w_t * X_t - Y_t) ** 2).mean().backward()  # (2)!
    with torch.no_grad():
        w_t -= learning_rate * w_t.grad
    w_t.grad.zero_()

    w_autograd = np.float32(w_t.item())
    ulps.append(abs(w_np - w_autograd) / np.spacing(w_autograd))  # (3)!
    print(f"{epoch + 1:>5}  {float(w_np)!r:<21}  {float(w_autograd)!r:<20}  {ulps[-1]:.0f}")

ulps = np.array(ulps)
print(f"same float32 value in {np.sum(ulps == 0)} of {n_iters} iterations; largest difference {ulps.max():.0f} ulp")
