# --8<-- [start:count]
import torch

torch.manual_seed(0)
n = 100
X = torch.randn(20, n, dtype=torch.float64)
y = torch.randn(20, dtype=torch.float64)
evaluations = 0


def loss_of(p):
    global evaluations
    evaluations += 1  # (1)!
    return ((X @ p - y) ** 2).mean()


p = torch.randn(n, dtype=torch.float64, requires_grad=True)
loss_of(p).backward()  # (2)!
backward_evaluations = evaluations
print(f"backward: {backward_evaluations} evaluation of the loss, {p.grad.numel()} gradients")

evaluations = 0
h = 1e-6
finite = torch.empty(n, dtype=torch.float64)
with torch.no_grad():
    for i in range(n):
        step = torch.zeros(n, dtype=torch.float64)
        step[i] = h
        finite[i] = (loss_of(p + step) - loss_of(p - step)) / (2 * h)  # (3)!
finite_evaluations = evaluations
print(f"finite differences: {finite_evaluations} evaluations of the loss, {finite.numel()} gradients")
print(f"largest difference between the two under 1e-7: {(finite - p.grad).abs().max().item() < 1e-7}")  # (4)!
# --8<-- [end:count]
# --8<-- [start:saved]
from torch.autograd.graph import saved_tensors_hooks


def saved_by_forward(depth):
    torch.manual_seed(0)
    layers = [torch.nn.Linear(256, 256) for _ in range(depth)]
    x = torch.randn(64, 256)
    already_there = {t.data_ptr() for layer in layers for t in layer.parameters()} | {x.data_ptr()}
    saved = []

    def pack(tensor):
        saved.append((tensor.data_ptr(), tensor.numel() * tensor.element_size()))  # (1)!
        return tensor

    with saved_tensors_hooks(pack, lambda tensor: tensor):
        h = x
        for layer in layers:
            h = torch.tanh(layer(h))
        loss = h.pow(2).mean()
    extra = dict(item for item in saved if item[0] not in already_there)  # (2)!
    return loss, len(saved), len(extra), sum(extra.values())


for depth in (2, 4, 8):
    loss, n_saved, n_extra, extra_bytes = saved_by_forward(depth)
    print(f"{depth} layers: {n_saved} tensors saved, {n_extra} of them new, {extra_bytes // 1024} KiB")

with torch.no_grad():  # (3)!
    loss, n_saved, n_extra, extra_bytes = saved_by_forward(8)
print(f"8 layers under torch.no_grad(): {n_saved} tensors saved, {extra_bytes // 1024} KiB")
# --8<-- [end:saved]
