import torch

x = torch.arange(6.0).reshape(2, 3).requires_grad_()
z = x * x                                           # (1)!
for v in (torch.ones(3), torch.ones(2, 3)):
    try:
        z.backward(v, retain_graph=True)            # (2)!
        print(f"v of shape {tuple(v.shape)}: x.grad = {x.grad.tolist()}")
    except RuntimeError as error:
        print(f"v of shape {tuple(v.shape)}: RuntimeError: {str(error).splitlines()[0]}")

s = z.sum()
x.grad = None
s.backward(retain_graph=True)                       # (3)!
implicit = x.grad
x.grad = None
s.backward(torch.tensor(1.0))
print("s.backward() equals s.backward(tensor(1.)):", torch.equal(implicit, x.grad))
