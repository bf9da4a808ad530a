import torch
from torch import nn

X = torch.tensor([1, 2, 3, 4], dtype=torch.float32).reshape(-1, 1)
Y = torch.tensor([2, 4, 6, 8], dtype=torch.float32).reshape(-1, 1)
loss = nn.MSELoss()

ws = torch.linspace(-0.5, 2.5, 121)  # (1)!
bs = torch.linspace(-0.5, 1.5, 81)
surface = {"w": ws.tolist(), "b": bs.tolist(), "loss": []}  # (2)!
for b in bs:
    surface["loss"].append([loss(w * X + b, Y).item() for w in ws])

heights = torch.tensor(surface["loss"])
row, column = divmod(heights.argmin().item(), len(ws))
print(f"{len(bs)} × {len(ws)} points, loss up to {heights.max():.2f}")
print(f"lowest: {heights.min():.4f} at w = {ws[column]:.3f}, b = {bs[row]:.3f}")
