# --8<-- [start:retain]
import torch

x = torch.tensor(2.0, requires_grad=True)
y_hat = x * 1.5
y_hat.retain_grad()                                                     # (1)!
loss = (y_hat - 4.0) ** 2
loss.backward()
print("retain_grad:", y_hat.retains_grad, y_hat.grad)
# --8<-- [end:retain]
# --8<-- [start:hook]
x = torch.tensor(2.0, requires_grad=True)
y_hat = x * 1.5
seen = {}
y_hat.register_hook(lambda grad: seen.update(y_hat=grad))              # (1)!
loss = (y_hat - 4.0) ** 2
loss.backward()
print("hook:", y_hat.retains_grad, seen["y_hat"])                      # (2)!
# --8<-- [end:hook]
