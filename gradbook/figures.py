"""Pictures drawn from the computation a page runs: computational graphs and training curves.

A page asks for a figure with a fenced block; the spec is YAML in the page's language:

    ``` figure
    snippet: backprop/pytorch_check.py     # runs as `python snippets/…` would
    draw: graph                            # graph | backward-graph | curves | iterates | contour | boundary | engine-graph | engine-backward-graph
    of: loss                               # the tensor whose graph is drawn
    alt: 计算图：……                          # text alternative, required
    caption: ……                             # caption, required
    ```

`engine-graph` and `engine-backward-graph` draw the same pictures for the scalar `Value` of
the own-autograd chapter (snippets/own_autograd/engine.py): anything with `data`, `_parents`
and `_op` (and `grad`, once it has one). `of` names a `Value`; its graph is walked through
`_parents`; an operation is a node of its own, labelled with its `_op`; the Values the snippet
named carry their `data` and `grad`; unnamed leaves (numbers the engine wrapped) are constants.

For `curves`, `of` lists series as `snippet:variable` (a dict of equal-length lists with an
`epoch` key and one key per plotted quantity) and `labels` names them in the page's language.
Optional keys, none of which changes a figure that leaves them out:

    x: h                       # the key of the horizontal axis instead of `epoch`
    log: xy                    # log axes: x, y or xy (default: a positive loss is drawn on log y)
    together: true             # every quantity on one plot (labels then name the quantities)
    axes: {epoch: 轮次, loss: 损失, y: 误差}   # axis titles in the page's language (y: the shared one)
    reference: {w: 2}          # a dashed horizontal line at this value of a quantity

`iterates` draws a loss curve with the steps of gradient descent on it, one panel per learning
rate, and `contour` a loss over two parameters as contour lines with the path a training took
(see draw_iterates and draw_contour for the dicts they read); `boundary` draws where a classifier
of two inputs says + and where −, from its output on a grid, with the data points marked by class
(draw_boundary). Like `curves`, their numbers come
from the run, and the suite checks the page's run against the drawn one and the numbers of the
alt text and caption against every plotted value.

For `graph` and `backward-graph`, `shapes: true` writes each tensor's shape after its name, as
Python prints `tuple(t.shape)` (`W1 (2, 3)`, `b1 (3,)`, a scalar `()`), and a constant's where the
operation saved it; the suite checks each named tensor's shape against the page's run.

For `backward-graph`, `order: visits` names a list the snippet fills with the names of its
tensors in the order their hooks (`Tensor.register_hook`) ran in the backward pass; each of those
tensors then carries the line "hook n", its place in that order, so the picture shows the order
in which the engine reached the nodes.

The SVG is made when the site builds, from a real run of the snippet, and put inline in the page:
no request, no script, and its strokes and text use `currentColor`, so it follows the light and
dark themes. Runs are cached by content (the snippet, the spec and this module), so a rebuild
with no change runs nothing.
"""

from __future__ import annotations

import functools
import hashlib
import html
import io
import math
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import CACHE as CACHE_ROOT
from .cache import write_atomically
from .snippets import Include, run_section, sections, snippets_dir

CACHE = CACHE_ROOT / "figures"
INK = "#010203"  # drawn in this colour, then replaced by currentColor
ACCENT = "#ff7043"
REQUIRED = ("snippet", "draw", "of", "alt", "caption")
# Every curve, iterates, contour and boundary picture: drawn in INK, with its text kept as SVG
# text (the theme recolours both; the reader's browser draws the glyphs, sharp and selectable).
INK_STYLE = {
    "svg.fonttype": "none",
    "font.size": 10,
    "text.color": INK,
    "axes.labelcolor": INK,
    "axes.edgecolor": INK,
    "xtick.color": INK,
    "ytick.color": INK,
}
# The smallest text a reader must read, in CSS px: no figure is shown narrower than the width at
# which its smallest text is this size (a wider one scrolls in its own box instead).
MIN_TEXT_PX = 9
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


class FigureError(Exception):
    """A figure spec that cannot be drawn, worded for its author."""


@dataclass
class Spec:
    snippet: str
    draw: str
    of: object
    alt: str
    caption: str
    labels: list[str] = field(default_factory=list)
    x: str = "epoch"
    log: str = ""
    together: bool = False
    axes: dict = field(default_factory=dict)
    reference: dict = field(default_factory=dict)
    direction: str = ""  # graphs: "across" or "down"; by default a long chain is drawn down
    order: str = ""  # backward-graph: the snippet's list of tensor names, in the order their hooks ran
    shapes: bool = False  # graphs: each tensor's shape after its name

    @classmethod
    def parse(cls, source: str) -> Spec:
        try:
            data = yaml.safe_load(source) or {}
        except yaml.YAMLError as error:
            raise FigureError(f"the figure spec is not YAML: {error}") from None
        missing = [key for key in REQUIRED if not str(data.get(key, "")).strip()]
        if missing:
            raise FigureError(
                f"the figure spec lacks {', '.join(missing)} (alt and caption are the text a reader without the picture gets)"
            )
        if data["draw"] not in DRAWERS:
            raise FigureError(f"draw: {data['draw']!r} is not one of {sorted(DRAWERS)}")
        if str(data.get("log", "")) not in ("", "x", "y", "xy"):
            raise FigureError(f"log: {data['log']!r} is not one of x, y, xy")
        if data.get("order") and data["draw"] != "backward-graph":
            raise FigureError("order: the visiting order is drawn on a backward-graph only")
        if data.get("shapes") and data["draw"] not in ("graph", "backward-graph"):
            raise FigureError("shapes: tensor shapes are drawn on a graph or backward-graph only")
        return cls(**{key: data[key] for key in data if key in cls.__dataclass_fields__})


# ---------------------------------------------------------------------------------------------
# Running the snippet, keeping what a picture needs


@contextmanager
def gradients_of_every_named_tensor(namespace: dict):
    """While a snippet runs, make backward() keep the gradients of its named intermediate tensors.

    Autograd keeps .grad on leaves only; a picture of the backward pass needs the gradient that
    reaches every node. retain_grad() changes no value, so the run prints what it always prints.
    """
    import torch

    original = torch.Tensor.backward

    constants = namespace.setdefault("__constants__", {})

    def remember_constants(fn, seen: set) -> None:
        """Saved constant inputs are freed by backward(); note their values first."""
        if fn is None or fn in seen:
            return
        seen.add(fn)
        for position, (parent, _) in enumerate(fn.next_functions):
            if parent is None:
                constants[(fn, position)] = saved_input(fn, position)
            remember_constants(parent, seen)

    def backward(tensor, *args, **kwargs):
        remember_constants(tensor.grad_fn, set())
        for value in list(namespace.values()):
            if isinstance(value, torch.Tensor) and value.grad_fn is not None and value.requires_grad:
                value.retain_grad()
        return original(tensor, *args, **kwargs)

    torch.Tensor.backward = backward
    try:
        yield
    finally:
        torch.Tensor.backward = original


def run_snippet(snippet: str) -> dict:
    """The namespace of a fresh run of the whole snippet, with every named tensor's gradient kept."""
    path = snippets_dir() / snippet
    if not path.is_file():
        raise FigureError(f"missing include: snippets/{snippet} does not exist")
    namespace: dict = {"__name__": "__main__"}
    with gradients_of_every_named_tensor(namespace):
        for section in sections(path):
            run_section(Include(snippet, section.name), namespace)
    return namespace


_runs: dict[tuple[str, str], dict] = {}


def run_for_figure(snippet: str) -> dict:
    """The run a figure is drawn from (run_snippet), to be read, not changed.

    Both languages draw the same figures: within one process a snippet runs once for them, as
    long as no file of its folder has changed (the key holds their contents' digest)."""
    path = snippets_dir() / snippet
    if not path.is_file():
        raise FigureError(f"missing include: snippets/{snippet} does not exist")
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sorted(path.parent.glob("*.py")))).hexdigest()
    key = (str(path), digest)
    if key not in _runs:
        _runs[key] = run_snippet(snippet)
    return _runs[key]


# ---------------------------------------------------------------------------------------------
# The graph model: what the picture shows, as data the suite can compare


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
    nodes: dict[str, Node] = {}
    edges: list[tuple[str, str]] = []
    numbers: dict[int, int] = {}  # ids in visiting order, so the same run draws the same SVG

    def number(fn) -> int:
        return numbers.setdefault(id(fn), len(numbers))

    def tensor_node(name: str, value) -> str:
        node_id = f"t_{name}"
        nodes.setdefault(node_id, Node(node_id, "tensor", name, name, *numbers_of(value), shape=shape_of(value)))
        return node_id

    def visit(fn) -> str:
        """Return the id of the node that holds fn's output: its named tensor, else the operation."""
        if type(fn).__name__ == "AccumulateGrad":
            leaf = fn.variable
            name = next((n for key, (n, v) in named.items() if v is leaf), None) or "leaf"
            return tensor_node(name, leaf)
        op_id = f"op{number(fn)}"
        if op_id not in nodes:
            name = type(fn).__name__
            nodes[op_id] = Node(op_id, "operation", f"{OPERATIONS.get(name, name)}\n{name}")
            for position, (parent, _) in enumerate(fn.next_functions):
                if parent is None:
                    const_id = f"{op_id}_constant{position}"
                    remembered = namespace.get("__constants__", {}).get((fn, position))
                    saved = remembered if remembered is not None else saved_input(fn, position)
                    nodes[const_id] = Node(const_id, "constant", "const", value=values(saved), shape=shape_of(saved))
                    edges.append((const_id, op_id))
                else:
                    edges.append((visit(parent), op_id))
        if fn in named:
            name, value = named[fn]
            out_id = tensor_node(name, value)
            if (op_id, out_id) not in edges:
                edges.append((op_id, out_id))
            return out_id
        return op_id

    visit(tensor.grad_fn)
    return list(nodes.values()), edges


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
    nodes: dict[str, Node] = {}
    edges: list[tuple[str, str]] = []
    numbers: dict[int, int] = {}  # ids in visiting order, so the same run draws the same SVG

    def number(v) -> int:
        return numbers.setdefault(id(v), len(numbers))

    def value_node(name: str, v) -> str:
        node_id = f"t_{name}"
        nodes.setdefault(node_id, Node(node_id, "tensor", name, name, *engine_numbers(v)))
        return node_id

    def visit(v) -> str:
        """Return the id of the node that holds v: its named node, else its operation or constant."""
        name = named.get(id(v))
        if not v._parents:
            if name:
                return value_node(name, v)
            const_id = f"constant{number(v)}"
            nodes.setdefault(const_id, Node(const_id, "constant", "const", value=engine_numbers(v)[0]))
            return const_id
        op_id = f"op{number(v)}"
        if op_id not in nodes:
            op = str(v._op)
            symbol = "pow" if op.startswith("**") else ENGINE_OPERATIONS.get(op, op)
            nodes[op_id] = Node(op_id, "operation", f"{symbol}\n_op = {op!r}\n_backward ({symbol})")
            for parent in v._parents:
                edges.append((visit(parent), op_id))
        if name:
            out_id = value_node(name, v)
            if (op_id, out_id) not in edges:
                edges.append((op_id, out_id))
            return out_id
        return op_id

    visit(value)
    return list(nodes.values()), edges


# ---------------------------------------------------------------------------------------------
# Drawing


FONT_SIZE = re.compile(r'font-size(?:="|:\s*)([\d.]+)')
SCALE = re.compile(r'<g\b[^>]*\btransform="scale\(([\d.]+)')


def smallest_text(svg: str) -> float:
    """The size of the smallest text of an SVG, in the units of its viewBox (0: it has none)."""
    sizes = [float(size) for size in FONT_SIZE.findall(svg)]
    scale = SCALE.search(svg)  # Graphviz scales its whole drawing when a size is imposed
    return min(sizes, default=0.0) * (float(scale[1]) if scale else 1.0)


def _themed_svg(svg: str, alt: str, panel: bool = False) -> str:
    """The drawing tool's SVG, inline in a page: in currentColor, named for assistive technology
    (a panel is part of a picture named as a whole, see _panels), and sized for the column.

    It shrinks with a narrow column, never grows past its drawn size, and never shrinks below
    the width at which its smallest text is MIN_TEXT_PX: a phone then scrolls it in its box."""
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.DOTALL)
    svg = svg.replace(INK, "currentColor").replace(INK.upper(), "currentColor")
    named = 'aria-hidden="true"' if panel else f'role="img" aria-label="{html.escape(alt, quote=True)}"'
    svg = re.sub(r"<svg ", f'<svg {named} class="gradbook-figure__svg" ', svg, count=1)
    if not panel:
        svg = re.sub(r"(<svg[^>]*>)", lambda m: f"{m[1]}<title>{html.escape(alt)}</title>", svg, count=1)
    size = re.search(r'<svg[^>]*? width="([\d.]+)pt" height="([\d.]+)pt"', svg)
    box = re.search(r'<svg[^>]*? viewBox="[\d.-]+ [\d.-]+ ([\d.]+) [\d.]+"', svg)
    style = ""
    if size:
        drawn = float(size[1]) * 4 / 3  # pt to CSS px
        smallest = smallest_text(svg)
        narrowest = MIN_TEXT_PX * float(box[1]) / smallest if box and smallest else 0.0
        style = f' style="max-width:{drawn:.0f}px;min-width:{math.ceil(narrowest)}px"'
        if panel:  # a panel wraps to a line of its own when its narrowest does not fit beside the others
            style = style[:-1] + f';flex-basis:{math.ceil(narrowest)}px"'
    svg = re.sub(r'(<svg[^>]*?) width="[^"]*" height="[^"]*"', lambda m: m[1] + style, svg, count=1)
    return svg


def _panels(alt: str, panels: list[str]) -> str:
    """Panels of one picture, each its own SVG, side by side where the column is wide enough and
    one below the other on a phone (a single wide SVG would shrink its text instead). The group
    is the image assistive technology names, by the picture's one text alternative."""
    return (
        f'<div class="gradbook-figure__panels" role="img" aria-label="{html.escape(alt, quote=True)}">'
        + "".join(panels)
        + "</div>"
    )


def _longest_chain(nodes: list[Node], edges: list[tuple[str, str]]) -> int:
    following: dict[str, list[str]] = {}
    for source, target in edges:
        following.setdefault(source, []).append(target)
    depth: dict[str, int] = {}

    def chain(node: str) -> int:
        if node not in depth:
            depth[node] = 1 + max((chain(n) for n in following.get(node, [])), default=0)
        return depth[node]

    return max((chain(node.id) for node in nodes), default=0)


def draw_graph(spec: Spec, backward: bool = False) -> str:
    run = run_for_figure(spec.snippet)
    nodes, edges = graph_model(run, str(spec.of))
    visits = visiting_order(spec, run) if spec.order else {}
    unknown = sorted(set(visits) - {node.name for node in nodes if node.name})
    if unknown:
        raise FigureError(f"order: {spec.order!r} names {unknown}, which are not tensors of the graph of {spec.of!r}")
    return render_graph(spec, nodes, edges, backward, visits)


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


def draw_engine_graph(spec: Spec, backward: bool = False) -> str:
    nodes, edges = engine_graph_model(run_for_figure(spec.snippet), str(spec.of))
    return render_graph(spec, nodes, edges, backward)


def render_graph(
    spec: Spec, nodes: list[Node], edges: list[tuple[str, str]], backward: bool, visits: dict[str, int] | None = None
) -> str:
    """Values as filled boxes, operations as ellipses, constants dashed; backward: edges reversed.

    An operation's label is its lines "symbol, name[, …], backward function": the forward
    picture shows all but the last, the backward picture only the last.
    """
    import graphviz

    # A chain of more than five nodes drawn across is too wide to read at page width.
    down = spec.direction == "down" or (spec.direction != "across" and _longest_chain(nodes, edges) > 5)
    rankdir = ("BT" if backward else "TB") if down else ("RL" if backward else "LR")
    graph = graphviz.Digraph(
        name=str(spec.of),
        # Graphviz prefixes the ids it makes (node1, edge1) with the graph's id: each figure its own.
        graph_attr={"id": id_prefix(spec), "rankdir": rankdir, "bgcolor": "transparent", "fontname": "sans-serif"},
    )
    graph.attr("node", color=INK, fontcolor=INK, fontname="sans-serif", fontsize="11")
    graph.attr("edge", color=INK, fontcolor=INK, fontname="sans-serif", fontsize="10")
    for node in nodes:
        if node.kind == "tensor":
            lines = [name_line(node.label, node.shape, spec.shapes), f"= {show(node.value)}"]
            if node.grad is not None:
                lines.append(f"∂{spec.of}/∂{node.label} = {show(node.grad)}" if backward else f"grad {show(node.grad)}")
            if visits and node.name in visits:
                lines.append(hook_line(visits[node.name]))
            graph.node(node.id, "\n".join(lines), shape="box", style="rounded,filled", fillcolor=ACCENT + "33")
        elif node.kind == "operation":
            # The backward graph is made of the backward functions themselves.
            lines = node.label.split("\n")
            forward_lines = lines[:-1] if len(lines) > 2 else lines
            graph.node(node.id, lines[-1] if backward else "\n".join(forward_lines), shape="ellipse")
        else:
            label = name_line(node.label, node.shape, spec.shapes)
            label = label if node.value is None else f"{label}\n= {show(node.value)}"
            graph.node(node.id, label, shape="box", style="dashed")
    for source, target in edges:
        if backward:
            graph.edge(target, source, style="dashed")
        else:
            graph.edge(source, target)
    return _themed_svg(graph.pipe(format="svg", encoding="utf-8"), spec.alt)


def _font_for(texts: list[str]) -> dict:
    """Chinese titles are measured with a CJK font, so the layout leaves them room.

    The SVG keeps its text as text (the reader's browser draws it); matplotlib only needs the
    glyph widths. Titles without CJK characters keep the default font, so their SVG is unchanged.
    """
    if not any("\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for text in texts for ch in text):
        return {}
    from matplotlib import font_manager

    for family in ("Noto Sans CJK SC", "Noto Sans CJK JP", "WenQuanYi Zen Hei", "Source Han Sans SC"):
        try:
            font_manager.findfont(family, fallback_to_default=False)
        except ValueError:
            continue
        return {"font.family": ["DejaVu Sans", family, "sans-serif"]}
    return {}


def draw_curves(spec: Spec) -> str:
    plt = _pyplot()
    with plt.rc_context(_style(spec)):
        return _draw_curves(spec, plt)


def _draw_curves(spec: Spec, plt) -> str:
    series = spec.of if isinstance(spec.of, list) else [spec.of]
    labels = spec.labels or [str(s) for s in series]
    histories = []
    for item in series:
        snippet, _, variable = str(item).rpartition(":")
        history = run_for_figure(snippet).get(variable)
        if not isinstance(history, dict) or spec.x not in history:
            raise FigureError(
                f"of: {item!r}: {variable!r} is not a dict of lists with an {spec.x!r} key after the snippet runs"
            )
        histories.append(history)
    quantities = [key for key in histories[0] if key not in ("epoch", spec.x)]
    if spec.together:
        return _curves_together(spec, histories, quantities, plt)
    if len(labels) != len(series):
        raise FigureError(f"labels: {len(labels)} given for {len(series)} series")
    panels = []
    for number, quantity in enumerate(quantities):
        figure, axis = plt.subplots(figsize=(3.2, 2.6))
        for history, label in zip(histories, labels, strict=True):
            axis.plot(
                history[spec.x],
                history[quantity],
                marker="o",
                markersize=2.5,
                linewidth=1.4,
                label=label,
                markevery=_marker_step(history[spec.x]),
            )
        axis.set_xlabel(spec.axes.get(spec.x, spec.x))
        axis.set_ylabel(spec.axes.get(quantity, quantity))
        axis.set_facecolor("none")
        if quantity in spec.reference:
            axis.axhline(float(spec.reference[quantity]), color=INK, linestyle="--", linewidth=0.9, alpha=0.6)
        if spec.log:
            _log_axes(axis, spec.log)
        elif quantity == "loss" and min(min(h[quantity]) for h in histories) > 0:
            _log_axes(axis, "y")
        axis.grid(alpha=0.25, color=INK)
        if number == 0 and len(histories) > 1:
            axis.legend(frameon=False)
        figure.patch.set_alpha(0)
        figure.tight_layout()
        panels.append(_figure_svg(spec, figure, plt, panel=number if len(quantities) > 1 else None))
    return panels[0] if len(panels) == 1 else _panels(spec.alt, panels)


def _figure_svg(spec: Spec, figure, plt, panel: int | None = None) -> str:
    """The figure as SVG whose every id is its own (see id_prefix).

    Groups take their id from the artist's gid; the markers and clip paths an SVG refers to are
    named by a hash salted with svg.hashsalt, so a salt of its own gives each figure its own.
    Matplotlib's RDF metadata is left out: its dc:/cc: elements are not valid SVG in HTML.
    """
    prefix = id_prefix(spec) + ("" if panel is None else f"-p{panel}")
    for number, artist in enumerate(figure.findobj(include_self=True)):
        artist.set_gid(f"{prefix}-{type(artist).__name__.lower()}{number}")
    buffer = io.StringIO()
    with plt.rc_context({"svg.hashsalt": prefix, "svg.id": prefix}):
        figure.savefig(buffer, format="svg", metadata=dict.fromkeys(("Date", "Creator", "Format", "Type")))
    plt.close(figure)
    return _themed_svg(buffer.getvalue(), spec.alt, panel=panel is not None)


MARKERS = "osD^v<>"  # one shape per curve of a `together` plot, told apart without colour
MAX_MARKERS = 50  # per curve: 1000 epochs of markers made one SVG 358 KB, and unreadable as dots


def _marker_step(xs: list) -> int:
    """Every point marked up to MAX_MARKERS points; a longer run marks every n-th point."""
    return max(1, -(-len(xs) // MAX_MARKERS))


def _tick_text(value: float) -> str:
    """A log axis's tick as plain text at the size of the others (0.001, 1e−6), not as
    matplotlib's 10 with a superscript exponent drawn at 70 %: the smallest text decides how
    narrow a figure may be shown (MIN_TEXT_PX)."""
    text = f"{value:g}"
    mantissa, e, exponent = text.partition("e")
    return (f"{mantissa}e{int(exponent)}" if e else text).replace("-", "−")


def _log_axes(axis, which: str) -> None:
    from matplotlib.ticker import LogFormatter

    class PlainLogFormatter(LogFormatter):
        def _num_to_string(self, x, vmin, vmax):
            return _tick_text(x)

    for name in "xy":
        if name in which:
            getattr(axis, f"set_{name}scale")("log")
            ticks = getattr(axis, f"{name}axis")
            ticks.set_major_formatter(PlainLogFormatter())
            ticks.set_minor_formatter(PlainLogFormatter(labelOnlyBase=False, minor_thresholds=(1, 0.4)))


def _curves_together(spec: Spec, histories: list[dict], quantities: list[str], plt) -> str:
    """`together: true`: every quantity of every series on one plot, named by `labels`."""
    lines = [(history, quantity) for history in histories for quantity in quantities]
    labels = spec.labels or [quantity for _, quantity in lines]
    if len(labels) != len(lines):
        raise FigureError(f"labels: {len(labels)} given for {len(lines)} curves")
    figure, axis = plt.subplots(figsize=(4.6, 3.2))
    for i, ((history, quantity), label) in enumerate(zip(lines, labels, strict=True)):
        marker = MARKERS[i % len(MARKERS)]
        axis.plot(
            history[spec.x],
            history[quantity],
            marker=marker,
            markersize=3.5,
            linewidth=1.4,
            label=label,
            markevery=_marker_step(history[spec.x]),
        )
    for level in spec.reference.values():
        axis.axhline(float(level), color=INK, linestyle="--", linewidth=0.9, alpha=0.6)
    axis.set_xlabel(spec.axes.get(spec.x, spec.x))
    axis.set_ylabel(spec.axes.get("y", ""))
    axis.set_facecolor("none")
    _log_axes(axis, spec.log)
    axis.grid(alpha=0.25, color=INK)
    axis.legend(frameon=False)
    figure.patch.set_alpha(0)
    figure.tight_layout()
    return _figure_svg(spec, figure, plt)


def _pyplot():
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    return plt


def _style(spec: Spec) -> dict:
    """Drawn in INK with text kept as SVG text (the theme recolours both); for rc_context."""
    texts = [str(label) for label in spec.labels] + [str(title) for title in spec.axes.values()]
    return {**_font_for(texts), **INK_STYLE}


def _ran(item: object, keys: tuple[str, ...]) -> dict:
    """The dict `snippet:variable` names, after the snippet runs, with the keys a picture needs."""
    snippet, _, variable = str(item).rpartition(":")
    value = run_for_figure(snippet).get(variable)
    if not isinstance(value, dict) or any(key not in value for key in keys):
        raise FigureError(
            f"of: {item!r}: {variable!r} is not a dict with the keys {', '.join(keys)} after the snippet runs"
        )
    return value


def draw_iterates(spec: Spec) -> str:
    """`iterates`: a loss curve with the steps of gradient descent on it, one panel per run.

    `of` names a dict {"curve": {x: [...], y: [...]}, "tangent": {x: [x0], y: [y0], "slope": [s]},
    "runs": [{x: [...], y: [...]}, ...]}: the curve on a grid, the slope the run computed at one
    point, and the iterates of each run (the point before the first step included). Each panel
    draws the curve, the tangent at (x0, y0), and one run's iterates as points joined in order,
    numbered from 0; `labels` titles the panels, `axes` titles the axes by key. Other keys (the
    learning rates the titles name) are not drawn, but the text is checked against them too.
    """
    plt = _pyplot()
    with plt.rc_context(_style(spec)):
        return _draw_iterates(spec, plt)


def _draw_iterates(spec: Spec, plt) -> str:
    picture = _ran(spec.of, ("curve", "tangent", "runs"))
    curve, tangent, runs = picture["curve"], picture["tangent"], picture["runs"]
    x, y = list(curve)[:2]
    if len(spec.labels) != len(runs):
        raise FigureError(f"labels: {len(spec.labels)} given for {len(runs)} runs")
    x0, y0, slope = tangent[x][0], tangent[y][0], tangent["slope"][0]
    width, height = max(curve[x]) - min(curve[x]), max(curve[y]) - min(curve[y])
    reach = width / 6
    panels = []
    for number, (steps, label) in enumerate(zip(runs, spec.labels, strict=True)):
        figure, axis = plt.subplots(figsize=(3.0, 2.7))
        axis.plot(curve[x], curve[y], color=INK, linewidth=1.2)
        axis.plot(
            [x0 - reach, x0 + reach],
            [y0 - slope * reach, y0 + slope * reach],
            color=INK,
            linestyle="--",
            linewidth=1.1,
        )
        axis.plot(steps[x], steps[y], color=ACCENT, marker="o", markersize=4, linewidth=1.2)
        numbered: list[tuple[float, float]] = []
        for step, (px, py) in enumerate(zip(steps[x], steps[y], strict=True)):
            # a number crowding one already written is left out: the line still gives the order
            if all(math.hypot((px - qx) / width, (py - qy) / height) > 0.05 for qx, qy in numbered):
                axis.annotate(str(step), (px, py), textcoords="offset points", xytext=(4, 4), fontsize=9)
                numbered.append((px, py))
        axis.set_title(str(label), fontsize=10)
        axis.set_xlabel(spec.axes.get(x, x))
        axis.set_xlim(min(curve[x]), max(curve[x]))
        axis.set_ylim(0, max(curve[y]) * 1.05)
        axis.set_ylabel(spec.axes.get(y, y))  # each panel may stand on a line of its own
        axis.set_facecolor("none")
        axis.grid(alpha=0.25, color=INK)
        figure.patch.set_alpha(0)
        figure.tight_layout()
        panels.append(_figure_svg(spec, figure, plt, panel=number))
    return _panels(spec.alt, panels)


def draw_contour(spec: Spec) -> str:
    """`contour`: a loss over two parameters as contour lines, with the path the parameters took.

    `of` lists two `snippet:variable`: a grid {x: [...], y: [...], z: [[...], ...]} (z[i][j] the
    loss at y[i], x[j]; the keys in this order) and a run that holds lists under the same x and y
    keys (a training history). The path is drawn point by point, its start and end marked;
    `axes` titles the axes by key, `labels` (optional) names the start and the end.
    """
    plt = _pyplot()
    with plt.rc_context(_style(spec)):
        return _draw_contour(spec, plt)


def _draw_contour(spec: Spec, plt) -> str:
    import numpy as np

    if not isinstance(spec.of, list) or len(spec.of) != 2:
        raise FigureError("of: a contour names two dicts, the grid and the run: [snippet:grid, snippet:history]")
    grid = _ran(spec.of[0], ())
    if len(grid) != 3:
        raise FigureError(f"of: {spec.of[0]!r} must hold three keys, the two axes and the loss: {list(grid)}")
    x, y, z = list(grid)
    path = _ran(spec.of[1], (x, y))
    figure, axis = plt.subplots(figsize=(4.4, 3.4))
    heights = np.asarray(grid[z], dtype=float)
    # round levels, 1 and 3 times a power of ten, from the grid's own range: each line is labelled
    lowest = max(heights.min(), 1e-4 * heights.max())
    powers = range(math.floor(math.log10(lowest)), math.ceil(math.log10(heights.max())) + 1)
    levels = [m * 10.0**p for p in powers for m in (1, 3) if lowest < m * 10.0**p < heights.max()]
    lines = axis.contour(grid[x], grid[y], heights, levels=levels, colors=INK, linewidths=0.8, alpha=0.7)
    axis.clabel(lines, fmt=lambda level: f"{level:g}", fontsize=9)
    axis.plot(
        path[x], path[y], color=ACCENT, linewidth=1.6, marker="o", markersize=2.5, markevery=_marker_step(path[x])
    )
    start, end = [*spec.labels, "", ""][:2]
    for (px, py), text in (((path[x][0], path[y][0]), start), ((path[x][-1], path[y][-1]), end)):
        axis.plot([px], [py], color=ACCENT, marker="s", markersize=6)
        if text:
            axis.annotate(str(text), (px, py), textcoords="offset points", xytext=(6, 6), fontsize=9)
    axis.set_xlabel(spec.axes.get(x, x))
    axis.set_ylabel(spec.axes.get(y, y))
    axis.set_facecolor("none")
    axis.grid(alpha=0.2, color=INK)
    figure.patch.set_alpha(0)
    figure.tight_layout()
    return _figure_svg(spec, figure, plt)


def draw_boundary(spec: Spec) -> str:
    """`boundary`: where a classifier says + and where −, over two inputs, with its data.

    `of` names one dict {x: [...], y: [...], z: [[...], ...], "points": {x: [...], y: [...],
    "label": [...]}}: a grid (z[i][j] the output at y[i], x[j]; the first three keys in this
    order), and the data points with labels of either sign. The region where z > 0 is filled
    light, the line z = 0 drawn, and each point marked by its label's sign with a shape of its
    own (a plus for +, a circle for −), so the classes are told apart without colour. `labels`
    (optional) names the two classes in the legend, + first; `axes` titles the axes by key.
    """
    plt = _pyplot()
    with plt.rc_context(_style(spec)):
        return _draw_boundary(spec, plt)


def _draw_boundary(spec: Spec, plt) -> str:
    import numpy as np

    if isinstance(spec.of, list):
        raise FigureError("of: a boundary names one dict, the grid with its points: snippet:variable")
    picture = _ran(spec.of, ("points",))
    grid = [key for key in picture if key != "points"]
    if len(grid) != 3:
        raise FigureError(f"of: {spec.of!r} must hold the two axes, the output and points: {list(picture)}")
    x, y, z = grid
    points = picture["points"]
    if not isinstance(points, dict) or any(key not in points for key in (x, y, "label")):
        raise FigureError(f"of: {spec.of!r}: points must be a dict with the keys {x}, {y}, label")
    heights = np.asarray(picture[z], dtype=float)
    if heights.shape != (len(picture[y]), len(picture[x])):
        raise FigureError(
            f"of: {spec.of!r}: {z} is {heights.shape[0]} × {heights.shape[1:] or '?'}, not one row per {y} and one column per {x}"
        )
    if spec.labels and len(spec.labels) != 2:
        raise FigureError(f"labels: {len(spec.labels)} given for the two classes (+ first, then −)")
    figure, axis = plt.subplots(figsize=(4.2, 3.8))
    span = float(np.abs(heights).max()) + 1.0
    axis.contourf(picture[x], picture[y], heights, levels=[-span, 0.0, span], colors=[INK, ACCENT], alpha=0.14)
    if heights.min() < 0 < heights.max():
        axis.contour(picture[x], picture[y], heights, levels=[0.0], colors=INK, linewidths=1.2)
    names = [*spec.labels, "+", "−"][:2] if spec.labels else ["+", "−"]
    for sign, marker, name in ((1, "P", names[0]), (-1, "o", names[1])):
        chosen = [i for i, label in enumerate(points["label"]) if (label > 0) == (sign > 0)]
        axis.plot(
            [points[x][i] for i in chosen],
            [points[y][i] for i in chosen],
            linestyle="none",
            marker=marker,
            markersize=6,
            color=ACCENT if sign > 0 else INK,
            markerfacecolor=ACCENT if sign > 0 else "none",
            markeredgewidth=1.2,
            label=str(name),
        )
    axis.set_xlim(min(picture[x]), max(picture[x]))
    axis.set_ylim(min(picture[y]), max(picture[y]))
    axis.set_aspect("equal")
    axis.set_xlabel(spec.axes.get(x, x))
    axis.set_ylabel(spec.axes.get(y, y))
    axis.set_facecolor("none")
    axis.legend(frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2)
    figure.patch.set_alpha(0)
    figure.tight_layout()
    return _figure_svg(spec, figure, plt)


DRAWERS = {
    "graph": draw_graph,
    "iterates": draw_iterates,
    "contour": draw_contour,
    "boundary": draw_boundary,
    "backward-graph": lambda spec: draw_graph(spec, backward=True),
    "curves": draw_curves,
    "engine-graph": draw_engine_graph,
    "engine-backward-graph": lambda spec: draw_engine_graph(spec, backward=True),
}


# ---------------------------------------------------------------------------------------------
# Caching and the fence


@functools.cache
def _drawing_tools() -> bytes:
    """What else decides a picture: how snippets run, and the versions of the drawing tools."""
    import subprocess
    from importlib.metadata import version

    from . import snippets

    try:
        dot = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr.strip()
    except OSError:
        dot = "no dot"  # draw_graph then fails with graphviz's own message
    tools = [version(name) for name in ("torch", "matplotlib", "graphviz")] + [dot]
    return Path(snippets.__file__).read_bytes() + repr(tools).encode()


def _fingerprint(spec: Spec) -> str:
    digest = hashlib.sha256(Path(__file__).read_bytes() + _drawing_tools())
    digest.update(repr(sorted(vars(spec).items())).encode())
    series = spec.of if isinstance(spec.of, list) else [spec.of]
    snippets_used = {spec.snippet} | {str(s).rpartition(":")[0] for s in series if ":" in str(s)}
    for snippet in sorted(snippets_used):
        folder = (snippets_dir() / snippet).parent
        for path in sorted(folder.glob("*.py")):  # the snippet and the helpers it may import
            digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def id_prefix(spec: Spec) -> str:
    """What makes a figure's ids its own. A page holds several figures inline, and drawing tools
    number their ids from 1 in each (figure_1, node1): without it, one figure's references (a
    marker, a clip path) would resolve into another figure's elements. The ids the tools number
    start with it; the ids matplotlib hashes (markers, clip paths) are salted with it. The
    figure's fingerprint is unique per spec, and the same whenever the figure is redrawn."""
    return f"fig-{_fingerprint(spec)[:10]}"


def cached_path(spec: Spec) -> Path:
    return CACHE / f"{_fingerprint(spec)}.svg"


def svg_for(spec: Spec) -> str:
    """The picture the site serves: drawn once, then taken from the cache."""
    cached = cached_path(spec)
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    svg = DRAWERS[spec.draw](spec)
    write_atomically(cached, svg)
    return svg


def figure_html(source: str) -> str:
    """The figure in the page: the drawing in a box of its own, which scrolls sideways (and
    shows that it does) when the drawing is wider than a phone's column, then the caption."""
    spec = Spec.parse(source)
    return (
        f'<figure class="gradbook-figure"><div class="gradbook-figure__drawing">{svg_for(spec)}</div>'
        f"<figcaption>{html.escape(spec.caption)}</figcaption></figure>"
    )


def fence_format(source, language, css_class, options, md, **kwargs):
    """pymdownx.superfences custom fence: `figure` blocks become inline SVG figures."""
    from markdown.extensions import Extension  # noqa: F401  (superfences passes md; unused)
    from mkdocs.exceptions import PluginError

    try:
        return figure_html(source)
    except FigureError as error:
        raise PluginError(f"figure: {error}") from None


NODE_GROUP = re.compile(r'<g id="[^"]*" class="node">\s*<title>(?P<id>[^<]*)</title>(?P<body>.*?)</g>', re.DOTALL)
SVG_TEXT = re.compile(r"<text\b[^>]*>(.*?)</text>", re.DOTALL)
ALT_NUMBER = r"(\[[^\]]*\]|[−-]?\d+(?:\.\d+)?(?:e[−-]?\d+)?)"


def served_tensor_nodes(svg: str) -> dict[str, list[str]]:
    """The named value nodes of a served graph SVG: name -> its text lines (name, "= value", gradient)."""
    nodes = {}
    for group in NODE_GROUP.finditer(svg):
        if group["id"].startswith("t_"):
            nodes[html.unescape(group["id"])[2:]] = [html.unescape(line) for line in SVG_TEXT.findall(group["body"])]
    return nodes


def numbers_of(value) -> tuple[tuple[float, ...] | None, tuple[float, ...] | None] | None:
    """(values, gradient) of a tensor or an engine Value; None for anything else."""
    import torch

    if isinstance(value, torch.Tensor):
        grad = value.grad if value.is_leaf or value.retains_grad else None  # .grad of others warns
        return values(value), values(grad)
    if is_engine_value(value):
        return engine_numbers(value)
    return None


def _unsigned(text: str) -> str:
    return text.replace("−", "-").replace(" ", "")


def disagreements(spec: Spec, namespace: dict, svg: str | None = None) -> list[str]:
    """Where the served picture, and its text alternative, differ from the page's own run.

    For a graph, each value node of the SVG the site serves (not a fresh drawing: a stale cached
    picture is caught here too) must show the value and gradient of the same name in the page's
    run, and wherever the alt text says "name = …" or "∂of/∂name = …" it must say the same.
    A figure shown before the page runs its snippet is held to a fresh run of the snippet."""
    problems = []
    if spec.draw in ("graph", "backward-graph", "engine-graph", "engine-backward-graph"):
        svg = svg if svg is not None else svg_for(spec)
        for name, lines in served_tensor_nodes(svg).items():
            tensor = namespace.get(name)
            if numbers_of(tensor) is None:
                tensor = run_for_figure(spec.snippet).get(name)
            numbers = numbers_of(tensor)
            if numbers is None:
                problems.append(
                    f"node {name}: the picture shows it, but neither the page's run nor the snippet's has a tensor {name}"
                )
                continue
            page_value, page_grad = numbers
            if spec.shapes and lines[:1] != [name_line(name, shape_of(tensor), True)]:
                problems.append(
                    f"node {name}: the picture names it {lines[:1] and lines[0]!r}, the page's run has shape {shape_of(tensor)}"
                )
            if len(lines) < 2 or lines[1] != f"= {show(page_value)}":
                problems.append(
                    f"node {name}: the picture shows {lines[1:2] and lines[1].removeprefix('= ')}, the page's run has {show(page_value)}"
                )
            if page_grad is not None and len(lines) > 2 and not lines[2].endswith(f" {show(page_grad)}"):
                problems.append(
                    f"node {name}: the picture's gradient is {lines[2].rpartition(' ')[2]}, the page's run has {show(page_grad)}"
                )
            if spec.order:
                problems += _order_disagreements(spec, namespace, name, lines)
            said = [(f"{name} =", page_value)] + (
                [(f"∂{spec.of}/∂{name} =", page_grad)] if page_grad is not None else []
            )
            for words, numbers_ in said:
                for match in re.finditer(rf"(?<![\w/∂]){re.escape(words)} {ALT_NUMBER}", spec.alt):
                    if _unsigned(match[1]) != _unsigned(show(numbers_)):
                        problems.append(f"alt text: {match[0]!r}, but the page's run has {words} {show(numbers_)}")
    else:
        plotted: list[float] = []
        for item in spec.of if isinstance(spec.of, list) else [spec.of]:
            snippet, _, variable = str(item).rpartition(":")
            drawn = run_for_figure(snippet).get(variable)
            if variable in namespace and namespace[variable] != drawn:
                problems.append(f"{item}: the curve's numbers differ from the page's run")
            plotted += _plotted_numbers(drawn)
        for where, text in (("alt text", spec.alt), ("caption", spec.caption)):
            for match in TEXT_NUMBER.finditer(text):
                if _significant_digits(match[0]) >= 3 and not any(_reads_as(v, match[0]) for v in plotted):
                    problems.append(f"{where}: {match[0]} is no value of the plotted series, rounded as written")
    return problems


def _plotted_numbers(value) -> list[float]:
    """Every number of a plotted dict: its series, and the lists and dicts nested in it."""
    if isinstance(value, dict):
        return [n for item in value.values() for n in _plotted_numbers(item)]
    if isinstance(value, list | tuple):
        return [n for item in value for n in _plotted_numbers(item)]
    return [float(value)] if isinstance(value, int | float) and not isinstance(value, bool) else []


def _order_disagreements(spec: Spec, namespace: dict, name: str, lines: list[str]) -> list[str]:
    """A served node's "hook n" line against the order the page's run (or a fresh run) recorded."""
    run = namespace if spec.order in namespace else run_for_figure(spec.snippet)
    try:
        expected = visiting_order(spec, run).get(name)
    except FigureError as error:
        return [str(error)]
    shown = [line for line in lines if line.startswith("hook ")]
    wanted = [hook_line(expected)] if expected else []
    if shown != wanted:
        return [
            f"node {name}: the picture shows {shown[0] if shown else 'no hook'}, the page's run has {wanted[0] if wanted else 'no hook'}"
        ]
    return []


# A number a curve's text quotes: drift is caught when it is no longer any plotted value. Numbers
# with fewer than three significant digits (factors, percentages, round targets) are left alone.
TEXT_NUMBER = re.compile(r"(?<![\w.])[−-]?\d+\.\d+(?:e[−-]?\d+)?")


def _significant_digits(text: str) -> int:
    return len(text.replace("−", "-").lstrip("-").split("e")[0].replace(".", "").lstrip("0"))


def _reads_as(value: float, text: str) -> bool:
    """Whether `text` is `value` as printed, or rounded to the decimals or digits it shows."""
    text = text.replace("−", "-")
    if repr(value) == text:
        return True
    if "e" in text:
        mantissa, _, exponent = format(value, f".{_significant_digits(text) - 1}e").partition("e")
        return f"{mantissa}e{int(exponent)}" == text.replace("e+", "e")
    decimals = len(text.split(".")[1])
    return format(value, f".{decimals}f") == text
