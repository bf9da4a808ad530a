# --8<-- [start:leaves]
import torch

a = torch.tensor(3.0, requires_grad=True)   # (1)!
b = torch.tensor(2.0, requires_grad=True)
k = torch.tensor(4.0)                       # (2)!
print(a.is_leaf, a.grad_fn, k.requires_grad)
# --8<-- [end:leaves]
# --8<-- [start:forward]
c = a * b
d = c + b
e = d * k
print(c)        # (1)!
print(d)
print(e)
print(c.is_leaf, c.requires_grad)  # (2)!
# --8<-- [end:forward]
# --8<-- [start:next-functions]
for node, index in e.grad_fn.next_functions:  # (1)!
    print(node.name() if node is not None else None, index)
# --8<-- [end:next-functions]
# --8<-- [start:tree]
from grad_fn_tree import print_grad_fn_tree

print_grad_fn_tree(e, {"e": e, "d": d, "c": c, "a": a, "b": b})  # (1)!
# --8<-- [end:tree]
