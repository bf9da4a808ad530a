import torch

x_data = [1.0, 2.0, 3.0]
y_data = [2.0, 4.0, 6.0]
lr = 0.01


def train(update):
    w = torch.tensor(1.0, requires_grad=True)
    history = []
    for epoch in range(100):
        for x, y in zip(x_data, y_data):
            loss = (w * x - y) ** 2
            loss.backward()
            history.append((w.grad.item(), loss.item()))
            update(w)
            w.grad.zero_()
    return w.item(), history


def update_data(w):
    w.data = w.data - lr * w.grad.data      # (1)!


def update_no_grad(w):
    with torch.no_grad():                   # (2)!
        w -= lr * w.grad


w_data, history_data = train(update_data)
w_no_grad, history_no_grad = train(update_no_grad)
print("w after 100 epochs, w.data = ...     :", w_data)
print("w after 100 epochs, torch.no_grad() -=:", w_no_grad)
print(f"all {len(history_data)} (grad, loss) pairs identical:", history_data == history_no_grad)  # (3)!
