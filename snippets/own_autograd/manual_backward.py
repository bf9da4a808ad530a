# --8<-- [start:value]
class Value:
    def __init__(self, data, parents=(), op="", label=""):
        self.data = data
        self.grad = 0.0                     # (1)!
        self._parents = parents
        self._op = op
        self.label = label
        self._backward = lambda: None       # (2)!

    def __add__(self, other):
        out = Value(self.data + other.data, (self, other), "+")

        def _backward():
            self.grad += 1.0 * out.grad     # (3)!
            other.grad += 1.0 * out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        out = Value(self.data * other.data, (self, other), "*")

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __sub__(self, other):
        out = Value(self.data - other.data, (self, other), "-")

        def _backward():
            self.grad += 1.0 * out.grad
            other.grad += -1.0 * out.grad
        out._backward = _backward
        return out

    def __pow__(self, n):
        out = Value(self.data ** n, (self,), f"**{n}")

        def _backward():
            self.grad += n * self.data ** (n - 1) * out.grad
        out._backward = _backward
        return out
# --8<-- [end:value]
# --8<-- [start:local]
a, b = Value(2.0), Value(3.0)
z = a * b
z.grad = 1.0                                # (1)!
z._backward()
print("z = a * b:  a.grad =", a.grad, " b.grad =", b.grad)

a, b = Value(2.0), Value(3.0)
z = a + b
z.grad = 1.0
z._backward()
print("z = a + b:  a.grad =", a.grad, " b.grad =", b.grad)
# --8<-- [end:local]
# --8<-- [start:by-hand]
x, y = Value(1.0, label="x"), Value(2.0, label="y")
w = Value(1.0, label="w")
y_hat = w * x
s = y_hat - y
loss = s ** 2
y_hat.label, s.label, loss.label = "y_hat", "s", "loss"

loss.grad = 1.0                             # (1)!
loss._backward()
s._backward()                               # (2)!
y_hat._backward()
print("loss =", loss.data)
print("s.grad =", s.grad, " y_hat.grad =", y_hat.grad, " w.grad =", w.grad)
# --8<-- [end:by-hand]
# --8<-- [start:topo]
def topological_order(root):
    order, seen = [], set()

    def visit(node):
        if id(node) not in seen:
            seen.add(id(node))
            for parent in node._parents:
                visit(parent)
            order.append(node)              # (1)!
    visit(root)
    return order


order = topological_order(loss)
print([node.label for node in order])

for node in order:                          # (2)!
    node.grad = 0.0
loss.grad = 1.0
for node in reversed(order):
    node._backward()
print("w.grad =", w.grad)
# --8<-- [end:topo]
# --8<-- [start:wrong-order]
import torch


def graph_with_a_shared_node():
    x = Value(3.0, label="x")
    a = x * x
    b = a * Value(3.0, label="3")           # (1)!
    out = a + b
    a.label, b.label, out.label = "a", "b", "out"
    return x, out


def backward_depth_first(node, seen):      # (2)!
    node._backward()
    for parent in node._parents:
        if id(parent) not in seen:
            seen.add(id(parent))
            backward_depth_first(parent, seen)


x, out = graph_with_a_shared_node()
out.grad = 1.0
backward_depth_first(out, set())
print("depth-first order: dout/dx =", x.grad)

x, out = graph_with_a_shared_node()
out.grad = 1.0
for node in reversed(topological_order(out)):
    node._backward()
print("topological order: dout/dx =", x.grad)

xt = torch.tensor(3.0, dtype=torch.float64, requires_grad=True)
a_t = xt * xt
(a_t + a_t * 3.0).backward()
print("PyTorch:           dout/dx =", xt.grad.item())
# --8<-- [end:wrong-order]
