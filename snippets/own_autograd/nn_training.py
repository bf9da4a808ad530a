# --8<-- [start:training]
import random

from engine import Value
from nn import MLP

rng = random.Random(0)                                   # (1)!
centres = [(-0.6, -0.6), (-0.6, 0.6), (0.6, -0.6), (0.6, 0.6)]
points = [(cx + rng.gauss(0, 0.2), cy + rng.gauss(0, 0.2)) for cx, cy in centres for _ in range(10)]
labels = [1.0 if cx * cy > 0 else -1.0 for cx, cy in centres for _ in range(10)]   # (2)!

model = MLP(2, [6, 1], seed=0)
history = {"epoch": [], "loss": [], "accuracy": []}     # (3)!
for epoch in range(100):
    predictions = [model(p) for p in points]
    loss = sum(((p - t) ** 2 for p, t in zip(predictions, labels)), Value(0.0)) / len(points)
    model.zero_grad()                                    # (4)!
    loss.backward()
    for p in model.parameters():
        p.data -= 0.1 * p.grad                           # (5)!
    accuracy = sum((p.data > 0) == (t > 0) for p, t in zip(predictions, labels)) / len(points)
    history["epoch"].append(epoch)
    history["loss"].append(loss.data)
    history["accuracy"].append(accuracy)
    if epoch % 20 == 0 or epoch == 99:
        print(f"epoch {epoch:3d}: loss {loss.data:.4f}, accuracy {accuracy:.3f}")
# --8<-- [end:training]
# --8<-- [start:boundary]
steps = [i / 20 for i in range(-22, 23)]                 # (1)!
boundary = {
    "x1": steps,
    "x2": steps,
    "output": [[model([x1, x2]).data for x1 in steps] for x2 in steps],   # (2)!
    "points": {"x1": [p[0] for p in points], "x2": [p[1] for p in points], "label": labels},
}
outputs = [v for row in boundary["output"] for v in row]
print(f"{len(steps)} × {len(steps)} grid: output from {min(outputs):.3f} to {max(outputs):.3f}")
# --8<-- [end:boundary]
