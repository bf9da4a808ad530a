# --8<-- [start:leaf-inplace]
import torch

w = torch.tensor(1.0, requires_grad=True)
loss = (w * 2.0 - 4.0) ** 2
loss.backward()
try:
    w -= 0.1 * w.grad
except RuntimeError as error:
    print("RuntimeError:", error)
# --8<-- [end:leaf-inplace]
# --8<-- [start:data-silent]
w = torch.tensor(3.0, requires_grad=True)
z = w * w
w.data = w.data - 1.0
z.backward()
silent_grad = w.grad.item()
print("after a .data update: dz/dw =", silent_grad)

w = torch.tensor(3.0, requires_grad=True)
z = w * w
with torch.no_grad():
    w -= 1.0
try:
    z.backward()
except RuntimeError as error:
    message = str(error)
    print("after a no_grad update: RuntimeError:", message[: message.index(":")])
# --8<-- [end:data-silent]
# --8<-- [start:no-zero]
x, y = torch.tensor(2.0), torch.tensor(4.0)
w = torch.tensor(1.0, requires_grad=True)
for step in (1, 2):
    loss = (w * x - y) ** 2
    loss.backward()
    print(f"step {step}: w.grad = {w.grad.item()}")
    with torch.no_grad():
        w -= 0.1 * w.grad
print("w after two steps:", w.item())
# --8<-- [end:no-zero]
