import torch

torch.manual_seed(0)
x = torch.randn(3, requires_grad=True)
z = (x + 2) * (x + 2) * 2
z.mean().backward()
grad_from_mean = x.grad.clone()

x.grad = None
z = (x + 2) * (x + 2) * 2
z.backward(torch.full((3,), 1 / 3))
print("mean().backward():", grad_from_mean)
print("backward(v)      :", x.grad)
print("equal:", torch.equal(grad_from_mean, x.grad))
