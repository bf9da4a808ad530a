# --8<-- [start:one-path]
import torch

x = torch.tensor(2.0, requires_grad=True)
u = 3 * x                       # (1)!
y = u**2
y.backward()                    # (2)!
by_hand = (2 * u.item()) * 3    # (3)!
print(f"u = {u.item()}, y = {y.item()}")
print(f"dy/dx by hand: {by_hand}, by backward(): {x.grad.item()}")
# --8<-- [end:one-path]

# --8<-- [start:two-paths]
x = torch.tensor(2.0, requires_grad=True)
s = x + 1                       # (1)!
t = x * s
t.backward()
direct = s.item()               # (2)!
through_s = x.item() * 1.0      # (3)!
print(f"s = {s.item()}, t = {t.item()}")
print(f"direct path: {direct}, path through s: {through_s}, sum: {direct + through_s}")
print(f"dt/dx by backward(): {x.grad.item()}")
# --8<-- [end:two-paths]
