import torch

mass = torch.tensor(2.5)                        # (1)!
force = torch.tensor([0.0, 0.0, -24.5])         # (2)!
stress = torch.tensor([[50.0, 10.0, 0.0],       # (3)!
                       [10.0, 20.0, 0.0],
                       [0.0, 0.0, 0.0]])
for name, t in (("mass", mass), ("force", force), ("stress", stress)):
    print(f"{name:>6}: ndim = {t.ndim}, shape = {tuple(t.shape)}")
print("stress is symmetric:", torch.equal(stress, stress.T))  # (4)!
