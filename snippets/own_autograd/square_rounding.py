from fractions import Fraction

import torch

s = -7.473480891917461e-07                  # (1)!
print("exact s*s, rounded:", float(Fraction(s) ** 2))
print("s * s:             ", s * s)
print("s ** 2:            ", s ** 2)        # (2)!
print("torch float64:     ", torch.tensor(s, dtype=torch.float64).pow(2).item())
