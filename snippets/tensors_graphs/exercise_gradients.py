import torch

a = torch.tensor(3.0, requires_grad=True)
b = torch.tensor(2.0, requires_grad=True)
k = torch.tensor(4.0)
e = (a * b + b) * k
e.backward()
print(a.grad, b.grad)
