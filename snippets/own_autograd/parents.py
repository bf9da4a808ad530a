class Value:
    def __init__(self, data, parents=(), op="", label=""):
        self.data = data
        self._parents = parents     # (1)!
        self._op = op
        self.label = label

    def __add__(self, other):
        return Value(self.data + other.data, (self, other), "+")

    def __sub__(self, other):
        return Value(self.data - other.data, (self, other), "-")

    def __mul__(self, other):
        return Value(self.data * other.data, (self, other), "*")

    def __pow__(self, n):
        return Value(self.data ** n, (self,), f"**{n}")


def show(node, depth=0):            # (2)!
    if node._parents:
        made = f"made by {node._op} from " + ", ".join(p.label for p in node._parents)
    else:
        made = "leaf"
    print("    " * depth + f"{node.label} = {node.data}  ({made})")
    for parent in node._parents:
        show(parent, depth + 1)


x, y = Value(1.0, label="x"), Value(2.0, label="y")
w = Value(1.0, label="w")
y_hat = w * x
s = y_hat - y
loss = s ** 2
y_hat.label, s.label, loss.label = "y_hat", "s", "loss"
show(loss)
