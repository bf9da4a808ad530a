# --8<-- [start:mistake]
import torch

x = torch.tensor(3.0, requires_grad=True)
y = x ** 2                                  # (1)!
y.backward()
print("first backward, x.grad =", x.grad.item())
try:
    y.backward()                            # (2)!
except RuntimeError as error:
    print(f"RuntimeError: {error}")
# --8<-- [end:mistake]
# --8<-- [start:rebuild]
x = torch.tensor(3.0, requires_grad=True)
for step in range(2):
    y = x ** 2                              # (1)!
    y.backward()
    print(f"step {step}: x.grad = {x.grad.item()}")
    x.grad.zero_()
# --8<-- [end:rebuild]
# --8<-- [start:retain]
x = torch.tensor(3.0, requires_grad=True)
y = x ** 2
y.backward(retain_graph=True)               # (1)!
y.backward()
print("after two backward passes, x.grad =", x.grad.item())  # (2)!
# --8<-- [end:retain]
# --8<-- [start:hidden-state]
torch.manual_seed(0)
cell = torch.nn.RNNCell(1, 2)
optimizer = torch.optim.SGD(cell.parameters(), lr=0.1)
batches = torch.randn(3, 4, 1)              # 3 batches, each 4 time steps of 1 feature
hidden = torch.zeros(1, 2)
for i, batch in enumerate(batches):
    for x_t in batch:
        hidden = cell(x_t.view(1, 1), hidden)  # (1)!
    loss = hidden.pow(2).sum()
    optimizer.zero_grad()
    try:
        loss.backward()                     # (2)!
    except RuntimeError as error:
        print(f"batch {i}: RuntimeError: {error}")
        break
    optimizer.step()
    print(f"batch {i}: loss = {loss.item():.4f}")
# --8<-- [end:hidden-state]
# --8<-- [start:detach-hidden]
torch.manual_seed(0)
cell = torch.nn.RNNCell(1, 2)
optimizer = torch.optim.SGD(cell.parameters(), lr=0.1)
batches = torch.randn(3, 4, 1)
hidden = torch.zeros(1, 2)
for i, batch in enumerate(batches):
    hidden = hidden.detach()                # (1)!
    for x_t in batch:
        hidden = cell(x_t.view(1, 1), hidden)
    loss = hidden.pow(2).sum()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(f"batch {i}: loss = {loss.item():.4f}")
# --8<-- [end:detach-hidden]
