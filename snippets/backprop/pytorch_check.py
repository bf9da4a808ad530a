# --8<-- [start:forward]
import torch

x = torch.tensor(1.0)
y = torch.tensor(2.0)
w = torch.tensor(1.0, requires_grad=True)   # (1)!

y_hat = w * x
s = y_hat - y
loss = s ** 2
print(loss)                                 # (2)!
# --8<-- [end:forward]
# --8<-- [start:backward]
loss.backward()                             # (1)!
print(w.grad)
print(x.grad, y.grad)                       # (2)!
# --8<-- [end:backward]
