# --8<-- [start:data]
import numpy as np
from network_data import W1, W2, X, b1, b2, y

np.set_printoptions(precision=4, suppress=True)         # (1)!


def show(name, array):
    print(f"{name} {array.shape}:\n{array}")


for name, array in [("X", X), ("y", y), ("W1", W1), ("b1", b1), ("W2", W2), ("b2", b2)]:
    show(name, array)
# --8<-- [end:data]
# --8<-- [start:forward]
Z1 = X @ W1 + b1                                         # (1)!
H = np.maximum(Z1, 0)                                    # (2)!
y_hat = H @ W2 + b2
L = np.mean((y_hat - y) ** 2)                            # (3)!
for name, array in [("Z1", Z1), ("H", H), ("y_hat", y_hat)]:
    show(name, array)
print(f"L {L.shape}: {L:.6f}")
# --8<-- [end:forward]
# --8<-- [start:backward-output]
N = X.shape[0]
G = 2 * (y_hat - y) / N                                  # (1)!
dW2 = H.T @ G                                            # (2)!
db2 = G.sum(axis=0)                                      # (3)!
for name, array in [("G = dL/dy_hat", G), ("dW2", dW2), ("db2", db2)]:
    show(name, array)
# --8<-- [end:backward-output]
# --8<-- [start:backward-relu]
dH = G @ W2.T                                            # (1)!
mask = Z1 > 0                                            # (2)!
dZ1 = dH * mask
for name, array in [("dH", dH), ("mask", mask.astype(int)), ("dZ1", dZ1)]:
    show(name, array)
# --8<-- [end:backward-relu]
# --8<-- [start:backward-input]
dW1 = X.T @ dZ1                                          # (1)!
db1 = dZ1.sum(axis=0)                                    # (2)!
for name, array in [("dW1", dW1), ("db1", db1)]:
    show(name, array)
# --8<-- [end:backward-input]
