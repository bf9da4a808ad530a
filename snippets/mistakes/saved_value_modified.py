# --8<-- [start:mistake]
import torch

x = torch.tensor([-1.0, 0.0, 2.0], requires_grad=True)
y = x.sigmoid()                             # (1)!
y += 1                                      # (2)!
try:
    y.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
# --8<-- [end:mistake]
# --8<-- [start:relu]
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 3), nn.Sigmoid(), nn.ReLU(inplace=True))  # (1)!
try:
    model(torch.randn(2, 3)).sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
# --8<-- [end:relu]
# --8<-- [start:anomaly]
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.autograd.detect_anomaly():   # (1)!
        y = x.sigmoid()
        y += 1
        try:
            y.sum().backward()
        except RuntimeError:
            pass
# Anomaly mode warns twice: that it is on, then with the forward call's traceback, whose file
# paths depend on where the code runs: only that warning's first line is printed.
print([str(w.message).splitlines()[0] for w in caught][-1])
# --8<-- [end:anomaly]
# --8<-- [start:fix]
y = x.sigmoid()
y = y + 1                                   # (1)!
y.sum().backward()
print("x.grad:", x.grad)

model = nn.Sequential(nn.Linear(3, 3), nn.Sigmoid(), nn.ReLU())  # (2)!
model(torch.randn(2, 3)).sum().backward()
print("weight.grad is None:", model[0].weight.grad is None)
# --8<-- [end:fix]
