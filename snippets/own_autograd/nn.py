import random

from engine import Value


class Module:
    """What every part of a network can do: list its parameters and zero their gradients."""

    def parameters(self):
        return []

    def zero_grad(self):
        for p in self.parameters():
            p.grad = 0.0                                 # (1)!


class Neuron(Module):
    def __init__(self, n_inputs, rng, nonlinear=True):
        self.w = [Value(rng.uniform(-1, 1)) for _ in range(n_inputs)]   # (2)!
        self.b = Value(0.0)
        self.nonlinear = nonlinear

    def __call__(self, x):
        z = self.b
        for wi, xi in zip(self.w, x):
            z = z + wi * xi                              # (3)!
        return z.tanh() if self.nonlinear else z

    def parameters(self):
        return [*self.w, self.b]


class Layer(Module):
    def __init__(self, n_inputs, n_outputs, rng, nonlinear=True):
        self.neurons = [Neuron(n_inputs, rng, nonlinear) for _ in range(n_outputs)]

    def __call__(self, x):
        out = [n(x) for n in self.neurons]
        return out[0] if len(out) == 1 else out          # (4)!

    def parameters(self):
        return [p for n in self.neurons for p in n.parameters()]


class MLP(Module):
    def __init__(self, n_inputs, sizes, seed=0):
        rng = random.Random(seed)                        # (5)!
        widths = [n_inputs, *sizes]
        self.layers = [
            Layer(widths[i], widths[i + 1], rng, nonlinear=i < len(sizes) - 1)   # (6)!
            for i in range(len(sizes))
        ]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]
