# --8<-- [start:saved]
import re

import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
a = x * w
s = torch.sigmoid(a)
loss = s.sum()

print(a.grad_fn.name(), a.grad_fn._saved_self, a.grad_fn._saved_other)  # (1)!
print(s.grad_fn.name(), torch.equal(s.grad_fn._saved_result, s))        # (2)!
# A grad_fn prints as "<MulBackward0 object at 0x7f…>", an address that changes with every
# run; the names and input positions are what stays, so that is what we print.
print(re.sub(r" object at 0x[0-9a-f]+", "", str(s.grad_fn.next_functions)))  # (3)!
# --8<-- [end:saved]
# --8<-- [start:freed]
loss.backward()                                                         # (1)!
print(x.grad)
try:
    a.grad_fn._saved_self
except RuntimeError as error:
    print(f"RuntimeError: {str(error).split('. ')[0]}.")                 # (2)!
# --8<-- [end:freed]
