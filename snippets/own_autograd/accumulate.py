import torch
from engine import Value

w = Value(1.0)
loss = (w * 1.0 - 2.0) ** 2
loss.backward()
first = w.grad
loss.backward()                             # (1)!
second = w.grad
w.zero_grad()                               # (2)!
loss.backward()
print("engine : ", first, second, w.grad)

w_t = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
loss_t = (w_t * 1.0 - 2.0) ** 2
loss_t.backward(retain_graph=True)          # (3)!
first_t = w_t.grad.item()
loss_t.backward(retain_graph=True)
second_t = w_t.grad.item()
w_t.grad.zero_()
loss_t.backward()
print("PyTorch:", first_t, second_t, w_t.grad.item())
