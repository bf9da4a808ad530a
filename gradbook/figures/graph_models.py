"""The graph models: what a graph picture shows, as data the suite can compare.

graph_model walks a torch tensor's grad_fn and next_functions; engine_graph_model walks an
own-autograd engine Value's _parents. Both give Nodes and edges, and the lines a node shows
(show, name_line, hook_line) are written here for the drawing and the checks alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from .spec import FigureError, Spec

OPERATIONS = {
    "AddBackward0": "+",
    "SubBackward0": "−",
    "MulBackward0": "×",
    "DivBackward0": "÷",
    "PowBackward0": "pow",
    "MeanBackward0": "mean",
    "SumBackward0": "sum",
    "NegBackward0": "−x",
    "TanhBackward0": "tanh",
    "ReluBackward0": "relu",
    "MseLossBackward0": "mse",
    "AddmmBackward0": "x·Wᵀ+b",
    "MmBackward0": "@",
}


@dataclass(frozen=True)
class Node:
    id: str
    kind: str  # "tensor", "operation" or "constant"
    label: str
    name: str | None = None
    value: tuple[float, ...] | None = None
    grad: tuple[float, ...] | None = None
    shape: tuple[int, ...] | None = None


def values(tensor) -> tuple[float, ...] | None:
    if tensor is None:
        return None
    return tuple(float(v) for v in tensor.detach().reshape(-1).tolist())


def shape_of(value) -> tuple[int, ...] | None:
    """A tensor's shape as a tuple; None for anything without one (an engine Value, a constant not saved)."""
    shape = getattr(value, "shape", None)
    return tuple(shape) if shape is not None else None


def name_line(name: str, shape: tuple[int, ...] | None, shapes: bool) -> str:
    """A node's first line: its name, and with `shapes: true` its shape as Python prints it."""
    return f"{name} {shape}" if shapes and shape is not None else name


def show(numbers: tuple[float, ...] | None) -> str:
    if numbers is None:
        return "—"
    shown = [format(v, ".4g") for v in numbers[:4]]
    text = shown[0] if len(numbers) == 1 else "[" + ", ".join(shown) + (", …" if len(numbers) > 4 else "") + "]"
    return text.replace("-", "−")


def saved_input(fn, position: int):
    """The value of a constant input, where the operation saved it and backward has not freed it."""
    import torch

    if position > 1:
        return None
    try:
        saved = getattr(fn, ("_saved_self", "_saved_other")[position], None)
    except RuntimeError:  # freed by backward(); the picture then says only "const"
        return None
    return saved if isinstance(saved, torch.Tensor) else None


class _Walk:
    """What walking a graph collects, for either walker: the nodes by id and the edges, both in
    visiting order (and operations numbered in it), so the same run draws the same SVG."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.edges: list[tuple[str, str]] = []
        self.numbers: dict[int, int] = {}

    def number(self, thing) -> int:
        return self.numbers.setdefault(id(thing), len(self.numbers))

    def named(self, name: str, numbers: tuple, shape: tuple[int, ...] | None = None) -> str:
        """The node of a value the snippet named (one per name), with its (value, gradient)."""
        node_id = f"t_{name}"
        self.nodes.setdefault(node_id, Node(node_id, "tensor", name, name, *numbers, shape=shape))
        return node_id

    def result(self, op_id: str, out_id: str) -> str:
        """An operation's output is a named value: the edge to it, once; the value stands for it."""
        if (op_id, out_id) not in self.edges:
            self.edges.append((op_id, out_id))
        return out_id

    def model(self) -> tuple[list[Node], list[tuple[str, str]]]:
        return list(self.nodes.values()), self.edges


def graph_model(namespace: dict, root: str) -> tuple[list[Node], list[tuple[str, str]]]:
    """Walk grad_fn and next_functions from a tensor; name the tensors the snippet named."""
    import torch

    tensor = namespace.get(root)
    if not isinstance(tensor, torch.Tensor) or tensor.grad_fn is None:
        raise FigureError(f"of: {root!r} is not a tensor with a grad_fn after the snippet runs")
    named = {}
    for name, value in namespace.items():
        if isinstance(value, torch.Tensor) and not name.startswith("_"):
            key = value.grad_fn if value.grad_fn is not None else id(value)
            named.setdefault(key, (name, value))
    walk = _Walk()

    def visit(fn) -> str:
        """Return the id of the node that holds fn's output: its named tensor, else the operation."""
        if type(fn).__name__ == "AccumulateGrad":
            leaf = fn.variable
            name = next((n for key, (n, v) in named.items() if v is leaf), None) or "leaf"
            return walk.named(name, numbers_of(leaf), shape_of(leaf))
        op_id = f"op{walk.number(fn)}"
        if op_id not in walk.nodes:
            name = type(fn).__name__
            walk.nodes[op_id] = Node(op_id, "operation", f"{OPERATIONS.get(name, name)}\n{name}")
            for position, (parent, _) in enumerate(fn.next_functions):
                if parent is None:
                    const_id = f"{op_id}_constant{position}"
                    remembered = namespace.get("__constants__", {}).get((fn, position))
                    saved = remembered if remembered is not None else saved_input(fn, position)
                    walk.nodes[const_id] = Node(
                        const_id, "constant", "const", value=values(saved), shape=shape_of(saved)
                    )
                    walk.edges.append((const_id, op_id))
                else:
                    walk.edges.append((visit(parent), op_id))
        if fn in named:
            name, value = named[fn]
            return walk.result(op_id, walk.named(name, numbers_of(value), shape_of(value)))
        return op_id

    visit(tensor.grad_fn)
    return walk.model()


ENGINE_OPERATIONS = {"+": "+", "-": "−", "*": "×", "/": "÷"}


def is_engine_value(value) -> bool:
    """A Value of the own-autograd chapter's engine (duck-typed: each snippet may define its own)."""
    return all(hasattr(value, name) for name in ("data", "_parents", "_op"))


def engine_numbers(value) -> tuple[tuple[float, ...], tuple[float, ...] | None]:
    grad = getattr(value, "grad", None)
    return (float(value.data),), (float(grad),) if isinstance(grad, (int, float)) else None


def engine_graph_model(namespace: dict, root: str) -> tuple[list[Node], list[tuple[str, str]]]:
    """Walk _parents from a Value; an operation node for each result, named Values labelled."""
    value = namespace.get(root)
    if not is_engine_value(value) or not value._parents:
        raise FigureError(f"of: {root!r} is not an engine Value made by an operation after the snippet runs")
    named: dict[int, str] = {}
    for name, candidate in namespace.items():
        if is_engine_value(candidate) and not name.startswith("_"):
            named.setdefault(id(candidate), name)
    walk = _Walk()

    def visit(v) -> str:
        """Return the id of the node that holds v: its named node, else its operation or constant."""
        name = named.get(id(v))
        if not v._parents:
            if name:
                return walk.named(name, engine_numbers(v))
            const_id = f"constant{walk.number(v)}"
            walk.nodes.setdefault(const_id, Node(const_id, "constant", "const", value=engine_numbers(v)[0]))
            return const_id
        op_id = f"op{walk.number(v)}"
        if op_id not in walk.nodes:
            op = str(v._op)
            symbol = "pow" if op.startswith("**") else ENGINE_OPERATIONS.get(op, op)
            walk.nodes[op_id] = Node(op_id, "operation", f"{symbol}\n_op = {op!r}\n_backward ({symbol})")
            for parent in v._parents:
                walk.edges.append((visit(parent), op_id))
        if name:
            return walk.result(op_id, walk.named(name, engine_numbers(v)))
        return op_id

    visit(value)
    return walk.model()


def visiting_order(spec: Spec, namespace: dict) -> dict[str, int]:
    """name -> place (1, 2, …) in the list `order:` names, as the run filled it."""
    order = namespace.get(spec.order)
    if not isinstance(order, list) or not order or not all(isinstance(name, str) for name in order):
        raise FigureError(f"order: {spec.order!r} is not a list of tensor names after the snippet runs")
    if len(set(order)) != len(order):
        raise FigureError(f"order: {spec.order!r} names a tensor twice: {order}")
    return {name: place for place, name in enumerate(order, start=1)}


def hook_line(place: int) -> str:
    return f"hook {place}"


def numbers_of(value) -> tuple[tuple[float, ...] | None, tuple[float, ...] | None] | None:
    """(values, gradient) of a tensor or an engine Value; None for anything else."""
    import torch

    if isinstance(value, torch.Tensor):
        grad = value.grad if value.is_leaf or value.retains_grad else None  # .grad of others warns
        return values(value), values(grad)
    if is_engine_value(value):
        return engine_numbers(value)
    return None
