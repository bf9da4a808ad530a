import torch

x_data = [1.0, 2.0, 3.0]
y_data = [2.0, 4.0, 6.0]
w = torch.tensor(1.0, requires_grad=True)


def predict(x):
    return w * x


def squared_error(x, y):
    return (predict(x) - y) ** 2


before = predict(4.0).item()
history = {"epoch": [], "loss": [], "w": []}
grads = []
print("before training: predict(4) =", before)
for epoch in range(100):
    for x, y in zip(x_data, y_data):        # (1)!
        loss = squared_error(x, y)
        loss.backward()
        print(f"    x = {x}, y = {y}: grad = {w.grad.item()}")
        grads.append(w.grad.item())
        w.data = w.data - 0.01 * w.grad.data  # (2)!
        w.grad.zero_()                      # (3)!
    print(f"epoch {epoch}: loss = {loss.item()}")  # (4)!
    history["epoch"].append(epoch)          # (5)!
    history["loss"].append(loss.item())
    history["w"].append(w.item())
after = predict(4.0).item()
print("after training: predict(4) =", after)
