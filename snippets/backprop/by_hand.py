# --8<-- [start:forward]
x, y = 1.0, 2.0     # (1)!
w = 1.0             # (2)!

y_hat = w * x
s = y_hat - y
loss = s ** 2
print(f"y_hat = {y_hat}, s = {s}, loss = {loss}")
# --8<-- [end:forward]
# --8<-- [start:local]
dloss_ds = 2 * s    # (1)!
ds_dyhat = 1.0
dyhat_dw = x
print(f"dloss/ds = {dloss_ds}, ds/dy_hat = {ds_dyhat}, dy_hat/dw = {dyhat_dw}")
# --8<-- [end:local]
# --8<-- [start:backward]
dloss_dyhat = dloss_ds * ds_dyhat   # (1)!
dloss_dw = dloss_dyhat * dyhat_dw   # (2)!
print(f"dloss/dy_hat = {dloss_dyhat}, dloss/dw = {dloss_dw}")
# --8<-- [end:backward]
