import torch
from torch.func import jvp, vjp


class Counted(torch.autograd.Function):
    """The identity, counting how many times each mode of differentiation goes through it."""

    passes = {"reverse": 0, "forward": 0}

    @staticmethod
    def forward(a):
        return a.clone()

    @staticmethod
    def setup_context(ctx, inputs, output):                             # (1)!
        pass

    @staticmethod
    def backward(ctx, grad_out):
        Counted.passes["reverse"] += 1
        return grad_out

    @staticmethod
    def jvp(ctx, tangent):
        Counted.passes["forward"] += 1
        return tangent


def many_in_one_out(p):                                                 # R³ → R, like a loss
    return (Counted.apply(p) ** 2).sum()


def one_in_many_out(t):                                                 # R → R³
    return Counted.apply(t) * torch.tensor([1.0, 2.0, 3.0])


def jacobian_by_reverse_mode(f, x):
    out, vjp_fn = vjp(f, x)
    rows = [vjp_fn(e)[0] for e in torch.eye(out.numel()).reshape(-1, *out.shape)]  # (2)!
    return torch.stack(rows).reshape(*out.shape, *x.shape)


def jacobian_by_forward_mode(f, x):
    columns = [jvp(f, (x,), (e,))[1] for e in torch.eye(x.numel()).reshape(-1, *x.shape)]  # (3)!
    return torch.stack(columns, dim=-1).reshape(*f(x).shape, *x.shape)


jacobians = {}
for f, x in [(many_in_one_out, torch.tensor([1.0, 2.0, 3.0])), (one_in_many_out, torch.tensor(2.0))]:
    counts = []
    for mode in ("reverse", "forward"):
        Counted.passes[mode] = 0
        jacobians[f.__name__, mode] = (jacobian_by_reverse_mode if mode == "reverse" else jacobian_by_forward_mode)(f, x)
        counts.append(Counted.passes[mode])
    print(f"{f.__name__}: {x.numel()} in, {f(x).numel()} out | reverse passes: {counts[0]}, forward passes: {counts[1]}")
    print("  same Jacobian:", torch.equal(*(jacobians[f.__name__, mode] for mode in ("reverse", "forward"))),
          jacobians[f.__name__, "reverse"].tolist())
