import torch

X = torch.tensor([1, 2, 3, 4], dtype=torch.float32)
Y = torch.tensor([2, 4, 6, 8], dtype=torch.float32)
w = torch.tensor(0.0, requires_grad=True)

error = w * X - Y  # (1)!
squared = error ** 2
l = squared.mean()
for t in (error, squared, l):
    t.retain_grad()  # (2)!
l.backward()

for name, t in [("error", error), ("squared", squared), ("l", l)]:
    print(f"{name:>7} = {str(t.tolist()):<24}  dl/d{name} = {t.grad.tolist()}")
print(f"{'w':>7} = {w.item():<24}  dl/dw = {w.grad.item()}")
