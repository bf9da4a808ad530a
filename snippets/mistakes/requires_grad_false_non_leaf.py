# --8<-- [start:mistake]
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
features = w * 2
try:
    features.requires_grad_(False)          # (1)!
except RuntimeError as error:
    print(f"RuntimeError: {error}")
# --8<-- [end:mistake]
# --8<-- [start:fix]
frozen = features.detach()                  # (1)!
print("requires_grad:", frozen.requires_grad, "| grad_fn:", frozen.grad_fn)
# --8<-- [end:fix]
