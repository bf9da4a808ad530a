from engine import Value


def loss_at(w):
    return (w * 2.0 - 4.0) ** 2  # (1)!


grid = [i / 20 for i in range(-10, 71)]
curve = {"w": grid, "loss": [loss_at(Value(w)).data for w in grid]}  # (2)!
w = Value(1.0)
loss_at(w).backward()
tangent = {"w": [w.data], "loss": [loss_at(w).data], "slope": [w.grad]}  # (3)!

learning_rates = [0.1, 0.125, 0.25]
runs = []
for lr in learning_rates:
    w = Value(1.0)
    steps = {"w": [w.data], "loss": [loss_at(w).data]}
    for step in range(4):
        loss = loss_at(w)
        loss.backward()
        w.data = w.data - lr * w.grad
        w.zero_grad()
        steps["w"].append(w.data)
        steps["loss"].append(loss_at(w).data)
    runs.append(steps)
    print(f"lr = {lr}: w = {steps['w']}")
picture = {"curve": curve, "tangent": tangent, "runs": runs, "learning_rates": learning_rates}  # (4)!
