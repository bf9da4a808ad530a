# --8<-- [start:forward]
import torch
from network_data import W1, W2, X, b1, b2, y

X, y = torch.from_numpy(X), torch.from_numpy(y)          # (1)!
W1, b1, W2, b2 = (torch.tensor(a, requires_grad=True) for a in (W1, b1, W2, b2))   # (2)!

Z1 = X @ W1 + b1                                         # (3)!
H = torch.relu(Z1)
y_hat = H @ W2 + b2
L = ((y_hat - y) ** 2).mean()
print(L)
# --8<-- [end:forward]
# --8<-- [start:backward]
L.backward()
params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
for name, p in params.items():
    print(f"{name}: shape {tuple(p.shape)}, grad shape {tuple(p.grad.shape)}")   # (1)!
# --8<-- [end:backward]
# --8<-- [start:compare]
import contextlib
import io

with contextlib.redirect_stdout(io.StringIO()):         # (1)!
    from by_hand import db1, db2, dW1, dW2

for name, hand in [("W1", dW1), ("b1", db1), ("W2", dW2), ("b2", db2)]:
    hand = torch.from_numpy(hand)
    close = torch.allclose(params[name].grad, hand, rtol=1e-12, atol=0)          # (2)!
    print(f"{name}: same shape = {params[name].grad.shape == hand.shape}, within 1e-12 = {close}")
# --8<-- [end:compare]
# --8<-- [start:gradcheck]
def loss_of(W1, b1, W2, b2):                             # (1)!
    return ((torch.relu(X @ W1 + b1) @ W2 + b2 - y) ** 2).mean()


inputs = tuple(p.detach().clone().requires_grad_() for p in params.values())
print("gradcheck:", torch.autograd.gradcheck(loss_of, inputs))   # (2)!
# --8<-- [end:gradcheck]
