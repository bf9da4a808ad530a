# --8<-- [start:mm-mismatch]
import torch

torch.manual_seed(0)
X = torch.randn(4, 2, dtype=torch.float64)
W1 = torch.randn(2, 3, dtype=torch.float64, requires_grad=True)
try:
    Z1 = X @ W1.T                                        # W1.T is 3×2: the inner sizes 2 and 3 differ
except RuntimeError as error:
    message = str(error)
    print("RuntimeError:", message)
# --8<-- [end:mm-mismatch]
# --8<-- [start:broadcast-target]
import warnings

y = torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=torch.float64)    # a flat target, shape (4,)
y_hat = y.reshape(4, 1).clone()                                  # a perfect prediction, as a column
print("(y_hat - y).shape:", tuple((y_hat - y).shape))            # (4, 1) against (4,) broadcasts to 4×4
print("wrong loss:", ((y_hat - y) ** 2).mean().item())
print("right loss:", ((y_hat - y.reshape(4, 1)) ** 2).mean().item())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.nn.functional.mse_loss(y_hat, y)
print("UserWarning:", caught[0].message)                         # mse_loss notices; plain arithmetic does not
# --8<-- [end:broadcast-target]
