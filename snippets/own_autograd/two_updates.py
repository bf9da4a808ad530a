from engine import Value

x, y = 2.0, 4.0                 # (1)!
lr = 0.1
w = Value(1.0)
history = []

for step in (1, 2):
    y_hat = w * x
    loss = (y_hat - y) ** 2
    loss.backward()
    history.append((y_hat.data, loss.data, y_hat.grad, w.grad))
    print(f"step {step}: y_hat = {y_hat.data}, L = {loss.data}, dL/dy_hat = {y_hat.grad}, dL/dw = {w.grad}")
    w.data = w.data - lr * w.grad
    w.zero_grad()               # (2)!
    y_hat_new = w * x
    loss_new = (y_hat_new - y) ** 2
    history.append((w.data, y_hat_new.data, loss_new.data))
    print(f"        w -> {w.data}, y_hat = {y_hat_new.data}, L = {loss_new.data}")
