import torch
from count_nodes import count_nodes

a = torch.tensor(3.0, requires_grad=True)
b = torch.tensor(2.0, requires_grad=True)
k = torch.tensor(4.0)
e = (a * b + b) * k
print("nodes in the graph of e:", count_nodes(e))
