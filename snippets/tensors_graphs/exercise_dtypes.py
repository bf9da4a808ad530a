import torch

n = torch.tensor([1, 2, 3])
print(n.dtype, (n / 2).dtype, torch.tensor([1, 2, 3.0]).dtype)
try:
    torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as error:
    print("RuntimeError:", error)
print(torch.tensor([1.0, 2.0, 3.0], requires_grad=True))
