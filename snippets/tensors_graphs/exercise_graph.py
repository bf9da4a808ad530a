import torch
from grad_fn_tree import print_grad_fn_tree

p = torch.tensor(0.5, requires_grad=True)
q = torch.exp(p * 2) - p
print_grad_fn_tree(q, {"q": q, "p": p})
