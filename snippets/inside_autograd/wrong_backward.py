import torch
from torch.autograd import gradcheck
from torch.autograd.gradcheck import GradcheckError


class WrongSigmoid(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        out = torch.sigmoid(a)
        ctx.save_for_backward(out)
        return out

    @staticmethod
    def backward(ctx, grad_out):
        (out,) = ctx.saved_tensors
        return grad_out * out                                           # (1)!


x = torch.tensor([0.0, 1.0], dtype=torch.float64, requires_grad=True)
try:
    gradcheck(WrongSigmoid.apply, (x,))
except GradcheckError as error:
    print(type(error).__name__)
    print(str(error).rstrip())                                          # (2)!
