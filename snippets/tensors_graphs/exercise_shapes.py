import torch

batch = torch.zeros(16, 3, 28, 28)
print(batch.ndim, batch.shape, batch.numel())
print(batch[0].ndim, batch[0, 0].shape)
