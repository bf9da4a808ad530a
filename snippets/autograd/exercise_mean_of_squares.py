from fractions import Fraction

import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
loss = (x ** 2).mean()
loss.backward()
print("autograd:", x.grad)

by_hand = [2 * Fraction(xi) / 4 for xi in (1, 2, 3, 4)]
print("by hand :", [str(g) for g in by_hand])
print("equal:", x.grad.tolist() == [float(g) for g in by_hand])
