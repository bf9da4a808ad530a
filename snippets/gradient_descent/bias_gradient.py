import torch
from torch import nn

torch.manual_seed(0)  # (1)!
xs = torch.tensor([[1.0], [2.0], [3.0], [4.0]])
ys = 2 * xs
linear = nn.Linear(1, 1)
nn.MSELoss()(linear(xs), ys).backward()

w0, b0 = linear.weight.item(), linear.bias.item()
error = w0 * xs + b0 - ys  # (2)!
dJ_dw = (2 * xs * error).mean()  # (3)!
dJ_db = (2 * error).mean()  # (4)!
print(f"by hand:  dJ/dw = {dJ_dw.item():.6f}, dJ/db = {dJ_db.item():.6f}")
print(f"autograd: dJ/dw = {linear.weight.grad.item():.6f}, dJ/db = {linear.bias.grad.item():.6f}")
