# --8<-- [start:grad-vjp-jvp]
import torch
from torch.func import grad, jvp, vjp, vmap

X = torch.tensor([1, 2, 3, 4], dtype=torch.float32)
Y = torch.tensor([2, 4, 6, 8], dtype=torch.float32)


def loss(w):
    return ((w * X - Y) ** 2).mean()


w = torch.tensor(0.0)                                                   # (1)!
print("grad:", grad(loss)(w))
value, vjp_fn = vjp(loss, w)                                            # (2)!
print("vjp: ", value, vjp_fn(torch.tensor(1.0)))
print("jvp: ", jvp(loss, (w,), (torch.tensor(1.0),)))                   # (3)!
# --8<-- [end:grad-vjp-jvp]
# --8<-- [start:per-sample]
def sample_loss(w, x, y):
    return (w * x - y) ** 2


per_sample = vmap(grad(sample_loss), in_dims=(None, 0, 0))(w, X, Y)     # (1)!
print("per-sample:", per_sample)
print("2·x·(w·x − y):", 2 * X * (w * X - Y))
print("mean:", per_sample.mean(), "| grad of the mean loss:", grad(loss)(w))  # (2)!
# --8<-- [end:per-sample]
