import torch

x = torch.tensor(3.0, requires_grad=True)
a = x ** 2
b = 3 * a
out = a + b

visits = []


def tracer(name):
    def hook(grad):                                                     # (1)!
        visits.append(name)
        print(f"{len(visits)}. {name}: gradient {grad.item()}")
    return hook


for name, tensor in [("x", x), ("a", a), ("b", b), ("out", out)]:
    tensor.register_hook(tracer(name))                                  # (2)!

out.backward()
print("order:", visits)
print("x.grad =", x.grad.item())
