"""Drawing the graphs with Graphviz: `graph`, `backward-graph`, `engine-graph`, `engine-backward-graph`."""

from __future__ import annotations

from .. import figures  # the package: run_for_figure is read there (a test may replace it)
from .fingerprint import id_prefix
from .graph_models import Node, engine_graph_model, graph_model, hook_line, name_line, show, visiting_order
from .inline_svg import ACCENT, INK, _themed_svg
from .spec import FigureError, Spec


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
    run = figures.run_for_figure(spec.snippet)
    nodes, edges = graph_model(run, str(spec.of))
    visits = visiting_order(spec, run) if spec.order else {}
    unknown = sorted(set(visits) - {node.name for node in nodes if node.name})
    if unknown:
        raise FigureError(f"order: {spec.order!r} names {unknown}, which are not tensors of the graph of {spec.of!r}")
    return render_graph(spec, nodes, edges, backward, visits)


def draw_engine_graph(spec: Spec, backward: bool = False) -> str:
    nodes, edges = engine_graph_model(figures.run_for_figure(spec.snippet), str(spec.of))
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
