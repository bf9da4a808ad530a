# --8<-- [start:orders]
import torch

temperature = torch.tensor(36.5)                    # (1)!
velocity = torch.tensor([3.0, 4.0, 0.0])            # (2)!
gray = torch.tensor([[0.0, 0.5, 1.0],
                     [1.0, 0.5, 0.0]])              # (3)!
image = torch.zeros(4, 6, 3)                        # (4)!
image[:, :, 0] = 1.0
video = torch.stack([image * t / 4 for t in range(5)])  # (5)!

for name, t in [("temperature", temperature), ("velocity", velocity),
                ("gray", gray), ("image", image), ("video", video)]:
    print(f"{name:<11} ndim={t.ndim}  shape={t.shape}")
# --8<-- [end:orders]
# --8<-- [start:slices]
print(video[2].shape)         # (1)!
print(image[:, :, 0].shape)   # (2)!
print(velocity[0].shape, velocity[0].item())
print(video.numel(), 5 * 4 * 6 * 3)  # (3)!
print(image.permute(2, 0, 1).shape)  # (4)!
# --8<-- [end:slices]
