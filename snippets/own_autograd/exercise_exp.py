import math

import torch
from engine import Value


def exp(self):
    out = Value(math.exp(self.data), (self,), "exp")

    def _backward():
        self.grad += out.data * out.grad
    out._backward = _backward
    return out


Value.exp = exp

x = Value(1.0)
y = (x * 2).exp()
y.backward()
x_t = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
(x_t * 2).exp().backward()
print("engine :", x.grad)
print("PyTorch:", x_t.grad.item())
print("2e^2   :", 2 * math.exp(2))
