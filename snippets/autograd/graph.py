# --8<-- [start:leaf]
import torch

torch.manual_seed(0)
x = torch.randn(3, requires_grad=True)  # (1)!
print(x)
print(x.is_leaf, x.grad_fn)             # (2)!
# --8<-- [end:leaf]
# --8<-- [start:add]
y = x + 2
print(y)                                # (1)!
print(y.grad_fn.name())
print([f.name() if f else None for f, _ in y.grad_fn.next_functions])  # (2)!
# --8<-- [end:add]
# --8<-- [start:mul-mean]
z = y * y * 2
print(z)                                # (1)!
z = z.mean()
print(z)                                # (2)!
# --8<-- [end:mul-mean]
# --8<-- [start:backward]
z.backward()                            # (1)!
print("x.grad          =", x.grad)

formula = 4 * (x.detach() + 2) / 3      # (2)!
print("4 * (x + 2) / 3 =", formula)
print("equal:", torch.equal(x.grad, formula), "| close:", torch.allclose(x.grad, formula))  # (3)!
print("x.grad  :", x.grad.tolist())
print("formula :", formula.tolist())
# --8<-- [end:backward]
# --8<-- [start:rounding]
one_third = torch.tensor(1.0) / 3                    # (1)!
autograd_order = 2 * ((one_third * 2) * y.detach())  # (2)!
print("equal:", torch.equal(x.grad, autograd_order))
# --8<-- [end:rounding]
