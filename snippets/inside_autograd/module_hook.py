import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
inputs = torch.randn(4, 3, requires_grad=True)
captured = {}


def show_shapes(module, grad_input, grad_output):                       # (1)!
    captured.update(grad_input=grad_input[0], grad_output=grad_output[0])
    print(type(module).__name__, "grad_output:", tuple(grad_output[0].shape), "grad_input:", tuple(grad_input[0].shape))


handle = layer.register_full_backward_hook(show_shapes)
layer(inputs).pow(2).sum().backward()
print("grad_input == grad_output @ W:", torch.allclose(captured["grad_input"], captured["grad_output"] @ layer.weight))  # (2)!
print("grad_input is inputs.grad:", torch.equal(captured["grad_input"], inputs.grad))
handle.remove()                                                         # (3)!
