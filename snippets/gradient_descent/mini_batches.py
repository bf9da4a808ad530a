import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
xs = torch.arange(1.0, 9.0).reshape(-1, 1)  # (1)!
ys = 2 * xs
batches = DataLoader(
    TensorDataset(xs, ys),
    batch_size=3,  # (2)!
    shuffle=True,
    generator=torch.Generator().manual_seed(0),  # (3)!
)
small = nn.Linear(1, 1)
sgd = torch.optim.SGD(small.parameters(), lr=0.01)
mse = nn.MSELoss()

iteration, seen = 0, []
for epoch in range(1, 3):
    for x_batch, y_batch in batches:  # (4)!
        iteration += 1
        batch_loss = mse(small(x_batch), y_batch)
        sgd.zero_grad()
        batch_loss.backward()
        sgd.step()  # (5)!
        x_values = [int(v) for v in x_batch.reshape(-1).tolist()]
        seen.append((epoch, x_values))
        print(f"epoch {epoch}, iteration {iteration}: x = {x_values}, loss = {batch_loss.item():.4f}")
print(f"{len(batches)} iterations per epoch, {iteration} in all")
