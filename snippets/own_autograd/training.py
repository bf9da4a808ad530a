from engine import Value

x_data = [1.0, 2.0, 3.0]
y_data = [2.0, 4.0, 6.0]
w = Value(1.0)
progress = {"epoch": [], "loss": [], "w": []}


def forward(x):
    return x * w                            # (1)!


def loss(x, y):
    return (forward(x) - y) ** 2


print("predict (before training)", 4, forward(4).data)
for epoch in range(100):
    for x, y in zip(x_data, y_data):
        l = loss(x, y)
        l.backward()
        print("  grad:", x, y, w.grad)
        w.data = w.data - 0.01 * w.grad     # (2)!
        w.zero_grad()
    print("progress:", epoch, l.data)
    progress["epoch"].append(epoch)         # (3)!
    progress["loss"].append(l.data)
    progress["w"].append(w.data)
print("predict (after training)", 4, forward(4).data)
