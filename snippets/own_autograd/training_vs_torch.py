import torch
from engine import Value


def train(w, number, zero_grad):            # (1)!
    printed = [number(4 * w)]
    for epoch in range(100):
        for x, y in zip([1.0, 2.0, 3.0], [2.0, 4.0, 6.0]):
            l = (x * w - y) ** 2
            l.backward()
            printed.append(number(w.grad))
            w.data = w.data - 0.01 * w.grad
            zero_grad(w)
        printed.append(number(l))
    printed.append(number(4 * w))
    return printed


engine = train(Value(1.0), lambda v: v if isinstance(v, float) else v.data, Value.zero_grad)
runs = {}
for dtype in (torch.float64, torch.float32):
    w_t = torch.tensor(1.0, dtype=dtype, requires_grad=True)
    runs[dtype] = train(w_t, lambda t: t.item(), lambda t: t.grad.zero_())
    same = sum(a == b for a, b in zip(engine, runs[dtype]))
    print(f"{dtype}: {same} of {len(engine)} printed numbers identical to the engine")
print("second gradient:", engine[2], runs[torch.float64][2], runs[torch.float32][2])  # (2)!
print("prediction:     ", engine[-1], runs[torch.float64][-1], runs[torch.float32][-1])
