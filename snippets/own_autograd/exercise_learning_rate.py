from engine import Value

for lr in (0.1, 0.125, 0.25):
    w = Value(1.0)
    path = [w.data]
    for step in range(4):
        loss = (w * 2.0 - 4.0) ** 2
        loss.backward()
        w.data = w.data - lr * w.grad
        w.zero_grad()
        path.append(w.data)
    print(f"lr = {lr}: w = {path}")
