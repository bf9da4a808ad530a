import numpy as np

rng = np.random.default_rng(0)                           # (1)!
X = rng.normal(size=(4, 2)).round(1)                     # (2)!
y = rng.normal(size=(4, 1)).round(1)
W1 = rng.normal(size=(2, 3)).round(1)                    # (3)!
b1 = rng.normal(size=3).round(1)                         # (4)!
W2 = rng.normal(size=(3, 1)).round(1)
b2 = rng.normal(size=1).round(1)
