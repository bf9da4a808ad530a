from engine import Value

x, y = 1.0, 2.0
w = Value(1.0)
y_hat = w * x
s = y_hat - y
loss = s ** 2
loss.backward()                 # (1)!
print("loss =", loss.data)
print("dloss/ds =", s.grad, " dloss/dy_hat =", y_hat.grad, " dloss/dw =", w.grad)
