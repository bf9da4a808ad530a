# --8<-- [start:bare-tensor]
import torch

weights = torch.ones(4, requires_grad=True)
try:
    torch.optim.SGD(weights, lr=0.01)   # (1)!
except TypeError as error:
    print("TypeError:", error)
# --8<-- [end:bare-tensor]
# --8<-- [start:sgd]
optimizer = torch.optim.SGD([weights], lr=0.01)  # (1)!
after_step = []
for epoch in range(3):
    model_output = (weights * 3).sum()
    model_output.backward()
    optimizer.step()                    # (2)!
    print(f"epoch {epoch}: grad = {weights.grad}, weights[0] = {weights[0].item()}")
    after_step.append(weights[0].item())
    optimizer.zero_grad()               # (3)!
print(weights.grad)
# --8<-- [end:sgd]
