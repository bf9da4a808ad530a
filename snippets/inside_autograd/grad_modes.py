# --8<-- [start:no-grad-inference]
import torch
from torch import nn

w = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    a = w * 2
with torch.inference_mode():
    b = w * 2
print("no_grad:       ", a.requires_grad, a.is_inference())
print("inference_mode:", b.requires_grad, b.is_inference())             # (1)!
try:
    (w * b).sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")                                     # (2)!
(w * a).sum().backward()
print("with the no_grad result:", w.grad)
# --8<-- [end:no-grad-inference]
# --8<-- [start:dropout]
torch.manual_seed(0)
dropout = nn.Dropout(p=0.5)
ones = torch.ones(8)
with torch.no_grad():
    print("train mode, no_grad:", dropout.training, dropout(ones))      # (1)!
dropout.eval()                                                          # (2)!
print("eval mode:          ", dropout.training, dropout(ones))
v = torch.ones(8, requires_grad=True)
print("eval mode still records:", dropout(v).requires_grad)             # (3)!
# --8<-- [end:dropout]
# --8<-- [start:freeze]
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 3), nn.Linear(3, 1))
net[0].requires_grad_(False)                                            # (1)!
trainable = [p for p in net.parameters() if p.requires_grad]
optimizer = torch.optim.SGD(trainable, lr=0.1)                          # (2)!
frozen_before = net[0].weight.clone()
net(torch.ones(5, 2)).pow(2).mean().backward()
optimizer.step()
print("trainable tensors:", len(trainable), "of", len(list(net.parameters())))
print("frozen:   grad", net[0].weight.grad, "| unchanged:", torch.equal(net[0].weight, frozen_before))
print("trainable: grad shape", tuple(net[1].weight.grad.shape))
# --8<-- [end:freeze]
