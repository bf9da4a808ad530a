# --8<-- [start:functions]
import torch
from torch.autograd import gradcheck, gradgradcheck


class Exp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        out = a.exp()
        ctx.save_for_backward(out)                                      # (1)!
        return out

    @staticmethod
    def backward(ctx, grad_out):
        (out,) = ctx.saved_tensors
        return grad_out * out                                           # (2)!


class Sigmoid(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        out = 1 / (1 + (-a).exp())
        ctx.save_for_backward(out)
        return out

    @staticmethod
    def backward(ctx, grad_out):
        (out,) = ctx.saved_tensors
        return grad_out * out * (1 - out)                               # (3)!
# --8<-- [end:functions]
# --8<-- [start:use]
x = torch.tensor([0.0, 1.0, -2.0], dtype=torch.float64, requires_grad=True)
y = Exp.apply(2 * x)                                                    # (1)!
print(y.grad_fn.name())
y.sum().backward()
print(x.grad)
print(torch.allclose(x.grad, 2 * (2 * x).exp()))
# --8<-- [end:use]
# --8<-- [start:check]
for function in (Exp, Sigmoid):
    print(function.__name__, gradcheck(function.apply, (x,)), gradgradcheck(function.apply, (x,)))  # (1)!
# --8<-- [end:check]
