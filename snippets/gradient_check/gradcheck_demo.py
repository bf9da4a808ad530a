# --8<-- [start:passing]
import torch
from torch.autograd.gradcheck import GradcheckError, gradcheck

torch.manual_seed(0)
x = torch.randn(3, dtype=torch.float64, requires_grad=True)  # (1)!


def z_of(x):
    return (2 * (x + 2) ** 2).mean()


print(gradcheck(z_of, (x,)))  # (2)!
# --8<-- [end:passing]
# --8<-- [start:wrong-backward]
class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * x  # (1)!


try:
    gradcheck(Square.apply, (x,))
except GradcheckError as error:  # (2)!
    print(type(error).__name__)
    print(str(error).rstrip())  # (3)!
# --8<-- [end:wrong-backward]
