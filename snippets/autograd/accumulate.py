# --8<-- [start:accumulate]
import torch

weights = torch.ones(4, requires_grad=True)
grads_kept = []
for epoch in range(3):
    model_output = (weights * 3).sum()  # (1)!
    model_output.backward()
    print(f"epoch {epoch}: weights.grad = {weights.grad}")  # (2)!
    grads_kept.append(weights.grad[0].item())
# --8<-- [end:accumulate]
# --8<-- [start:zero]
weights = torch.ones(4, requires_grad=True)
grads_zeroed = []
for epoch in range(3):
    model_output = (weights * 3).sum()
    model_output.backward()
    print(f"epoch {epoch}: weights.grad = {weights.grad}")
    grads_zeroed.append(weights.grad[0].item())
    weights.grad.zero_()                # (1)!
# --8<-- [end:zero]
# --8<-- [start:graph-freed]
model_output = (weights * 3).sum()
model_output.backward()
try:
    model_output.backward()             # (1)!
except RuntimeError as error:
    print("RuntimeError:", str(error).split(".")[0])
# --8<-- [end:graph-freed]
# --8<-- [start:nothing-saved]
a = torch.ones(4, requires_grad=True)
total = (a + 1).sum()                   # (1)!
total.backward()
total.backward()                        # (2)!
print(a.grad)
# --8<-- [end:nothing-saved]
