import torch


def train(zero_grad):
    weights = torch.ones(4, requires_grad=True)
    optimizer = torch.optim.SGD([weights], lr=0.1)
    for epoch in range(2):
        (weights * 3).sum().backward()
        optimizer.step()
        if zero_grad:
            optimizer.zero_grad()
    return weights[0].item()


without_zeroing = train(zero_grad=False)
with_zeroing = train(zero_grad=True)
print("without zero_grad():", without_zeroing)
print("with zero_grad():   ", with_zeroing)
