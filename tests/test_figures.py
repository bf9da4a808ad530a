"""Pictures are drawn from the real run: they change with the snippet, and they carry their text."""

from __future__ import annotations

import html
import re

import pytest

from gradbook import figures, snippets
from gradbook.figures import FigureError, Spec
from gradbook.html_ids import id_problems

GRAPH = """
import torch
x = torch.tensor(3.0)
w = torch.tensor(WEIGHT, requires_grad=True)
loss = (w * x - 6.0) ** 2
loss.backward()
print(loss.item(), w.grad.item())
"""

CURVES = """
history = {"epoch": [], "loss": []}
w = 0.0
for epoch in range(1, 6):
    loss = (2.0 - w) ** 2
    w += 0.5 * (2.0 - w)
    history["epoch"].append(epoch)
    history["loss"].append(loss)
"""


@pytest.fixture
def snippet_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(snippets, "snippets_dir", lambda: tmp_path)
    monkeypatch.setattr(figures, "snippets_dir", lambda: tmp_path)
    monkeypatch.setattr(figures, "CACHE", tmp_path / "cache")
    return tmp_path


def graph_spec(**changes) -> str:
    spec = {"snippet": "demo.py", "draw": "graph", "of": "loss", "alt": "the graph of loss", "caption": "A graph."}
    spec.update(changes)
    return "\n".join(f"{key}: {value}" for key, value in spec.items() if value is not None)


def test_a_figure_without_text_alternative_is_refused():
    with pytest.raises(FigureError, match="lacks alt"):
        Spec.parse(graph_spec(alt=None))


def test_the_graph_shows_the_run_values_and_gradients(snippet_dir):
    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "1.0"))
    svg = figures.figure_html(graph_spec())
    text = re.sub(r"<[^>]+>", " ", svg)
    assert "MulBackward0" in text and "PowBackward0" in text
    assert "= 9" in text and "grad −18" in text  # loss (3·1 − 6)² = 9, ∂loss/∂w = 2·(−3)·3 = −18
    assert (
        'role="img"' in svg and 'aria-label="the graph of loss"' in svg and "<figcaption>A graph.</figcaption>" in svg
    )
    assert "currentColor" in svg and figures.INK not in svg
    assert not re.search(r"(?:href|src)=\"(?:https?:)?//", svg)


def test_changing_a_number_in_the_snippet_changes_the_picture(snippet_dir):
    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "1.0"))
    before = figures.figure_html(graph_spec())
    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "2.0"))
    after = figures.figure_html(graph_spec())
    assert before != after and "grad 0" in re.sub(r"<[^>]+>", " ", after)


def test_the_same_run_draws_the_same_svg(snippet_dir):
    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "1.0"))
    spec = Spec.parse(graph_spec())
    assert figures.draw_graph(spec) == figures.draw_graph(spec)
    (snippet_dir / "curves.py").write_text(CURVES)
    curves = Spec.parse(graph_spec(snippet="curves.py", draw="curves", of="curves.py:history"))
    assert figures.draw_curves(curves) == figures.draw_curves(curves)


def test_figures_on_one_page_share_no_id(snippet_dir):
    """The same drawing twice (two captions) is the hard case: the same markers, hashed alike."""
    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "1.0"))
    (snippet_dir / "curves.py").write_text(CURVES)
    specs = [graph_spec(), graph_spec(caption="Again.")] + [
        graph_spec(snippet="curves.py", draw="curves", of="curves.py:history", caption=caption, together=together)
        for caption in ("Curves.", "Again.")
        for together in ("false", "true")
    ]
    page = "\n".join(figures.figure_html(spec) for spec in specs)
    assert page.count("<svg") == len(specs) and re.search(r'<use [^>]*href="#', page)
    assert id_problems(page) == []


def test_a_graph_that_disagrees_with_the_page_is_reported(snippet_dir):
    import torch

    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "1.0"))
    page_namespace = {"loss": torch.tensor(8.0)}
    [problem] = figures.disagreements(Spec.parse(graph_spec()), page_namespace)
    assert "node loss: the picture shows 9, the page's run has 8" in problem


def test_a_stale_picture_is_reported(snippet_dir):
    """The check reads the SVG the site serves, so a cached picture from an older run is caught."""
    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "1.0"))
    spec = Spec.parse(graph_spec())
    served = figures.svg_for(spec).replace(">= 9<", ">= 999<")
    figures.cached_path(spec).write_text(served, encoding="utf-8")
    page = figures.run_snippet("demo.py")
    assert figures.disagreements(spec, page) == ["node loss: the picture shows 999, the page's run has 9"]


def test_an_alt_text_that_disagrees_with_the_run_is_reported(snippet_dir):
    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "1.0"))
    page = figures.run_snippet("demo.py")
    right = Spec.parse(graph_spec(alt="w = 1 and the constant 3 give loss = 9; ∂loss/∂w = −18."))
    assert figures.disagreements(right, page) == []
    wrong = Spec.parse(graph_spec(alt="w = 1 and the constant 3 give loss = 8; ∂loss/∂w = −16."))
    assert figures.disagreements(wrong, page) == [
        "alt text: 'loss = 8', but the page's run has loss = 9",
        "alt text: '∂loss/∂w = −16', but the page's run has ∂loss/∂w = −18",
    ]


def test_a_curve_text_that_no_longer_matches_the_run_is_reported(snippet_dir):
    (snippet_dir / "curves.py").write_text(CURVES)  # loss 4, 1, 0.25, 0.0625, 0.015625
    spec = graph_spec(snippet="curves.py", draw="curves", of="curves.py:history")
    right = Spec.parse(spec.replace("the graph of loss", "the loss falls from 4 to 0.0156, by 0.25 each epoch"))
    assert figures.disagreements(right, {}) == []
    wrong = Spec.parse(spec.replace("the graph of loss", "the loss falls from 4 to 0.0157, by 0.25 each epoch"))
    assert figures.disagreements(wrong, {}) == [
        "alt text: 0.0157 is no value of the plotted series, rounded as written"
    ]


def test_a_rebuild_with_no_change_runs_nothing(snippet_dir, monkeypatch):
    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "1.0"))
    first = figures.figure_html(graph_spec())
    monkeypatch.setattr(figures, "run_for_figure", lambda snippet: pytest.fail("ran the snippet again"))
    assert figures.figure_html(graph_spec()) == first


HOOKS = """
import torch
x = torch.tensor(3.0, requires_grad=True)
a = x ** 2
out = a * 2
visits = []
for name, tensor in [("x", x), ("a", a), ("out", out)]:
    tensor.register_hook(lambda grad, name=name: visits.append(name))
out.backward()
"""


def test_a_hook_trace_carries_the_visiting_order_of_the_run(snippet_dir):
    (snippet_dir / "hooks.py").write_text(HOOKS)
    spec = Spec.parse(graph_spec(snippet="hooks.py", draw="backward-graph", of="out", order="visits"))
    nodes = figures.served_tensor_nodes(figures.svg_for(spec))
    assert [nodes[name][-1] for name in ("out", "a", "x")] == ["hook 1", "hook 2", "hook 3"]
    assert nodes["x"][2] == "∂out/∂x = 12"  # the hook line comes after the gradient
    page = figures.run_snippet("hooks.py")
    assert figures.disagreements(spec, page) == []
    page["visits"] = ["out", "x", "a"]  # the page's run visited in another order
    assert figures.disagreements(spec, page) == [
        "node a: the picture shows hook 2, the page's run has hook 3",
        "node x: the picture shows hook 3, the page's run has hook 2",
    ]


def test_a_visiting_order_that_is_not_the_graph_s_is_refused(snippet_dir):
    (snippet_dir / "hooks.py").write_text(HOOKS.replace('("a", a)', '("y", a)'))
    with pytest.raises(FigureError, match=r"names \['y'\]"):
        figures.figure_html(graph_spec(snippet="hooks.py", draw="backward-graph", of="out", order="visits"))
    with pytest.raises(FigureError, match="not a list of tensor names"):
        figures.figure_html(graph_spec(snippet="hooks.py", draw="backward-graph", of="out", order="x"))
    with pytest.raises(FigureError, match="backward-graph only"):
        Spec.parse(graph_spec(snippet="hooks.py", draw="graph", of="out", order="visits"))


# ---------------------------------------------------------------------------------------------
# The own-autograd engine's graph (snippets/own_autograd/engine.py), drawn the same way

ENGINE_RUN = """
from engine import Value

x, y = 1.0, 2.0
w = Value(WEIGHT)
y_hat = w * x
s = y_hat - y
loss = s ** 2
loss.backward()
"""


@pytest.fixture
def engine_dir(snippet_dir):
    (snippet_dir / "engine.py").write_text((snippets.SNIPPETS / "own_autograd" / "engine.py").read_text())
    return snippet_dir


def engine_spec(**changes) -> str:
    return graph_spec(**{"snippet": "b4.py", "draw": "engine-graph", **changes})


def test_the_engine_graph_shows_operations_values_and_gradients(engine_dir):
    (engine_dir / "b4.py").write_text(ENGINE_RUN.replace("WEIGHT", "1.0"))
    svg = figures.figure_html(engine_spec())
    text = html.unescape(re.sub(r"<[^>]+>", " ", svg))
    assert "_op = '*'" in text and "_op = '-'" in text and "_op = '**2'" in text  # operations are nodes
    assert "_backward" not in text
    for name in ("w", "y_hat", "s", "loss"):
        assert re.search(rf"\b{name}\b", text)
    assert "= −1" in text and "grad −2" in text and "grad 1" in text  # s = 1·1 − 2, ∂loss/∂s = 2s
    assert "const" in text and "= 2" in text  # the number y, wrapped in a Value by the engine
    assert 'role="img"' in svg and "currentColor" in svg and figures.INK not in svg


def test_the_engine_backward_graph_names_the_backward_functions(engine_dir):
    (engine_dir / "b4.py").write_text(ENGINE_RUN.replace("WEIGHT", "1.0"))
    svg = figures.figure_html(engine_spec(draw="engine-backward-graph"))
    text = html.unescape(re.sub(r"<[^>]+>", " ", svg))
    assert "_backward (×)" in text and "_backward (pow)" in text and "_op =" not in text
    assert "∂loss/∂w = −2" in text and "∂loss/∂loss = 1" in text
    assert "stroke-dasharray" in svg  # gradients flow back along dashed edges


def test_changing_a_number_in_the_engine_snippet_changes_the_picture(engine_dir):
    (engine_dir / "b4.py").write_text(ENGINE_RUN.replace("WEIGHT", "1.0"))
    before = figures.figure_html(engine_spec())
    (engine_dir / "b4.py").write_text(ENGINE_RUN.replace("WEIGHT", "3.0"))
    after = figures.figure_html(engine_spec())
    text = html.unescape(re.sub(r"<[^>]+>", " ", after))
    assert before != after and "= 3" in text and "grad 2" in text and "grad −2" not in text  # s = 1, ∂loss/∂s = 2s


def test_a_graph_without_gradients_shows_values_only(snippet_dir):
    (snippet_dir / "parents.py").write_text((snippets.SNIPPETS / "own_autograd" / "parents.py").read_text())
    nodes, edges = figures.engine_graph_model(figures.run_for_figure("parents.py"), "loss")
    named = {node.name: node for node in nodes if node.name}
    assert set(named) == {"w", "x", "y", "y_hat", "s", "loss"}
    assert named["s"].value == (-1.0,) and all(node.grad is None for node in named.values())
    assert ("t_s", "op0") in edges and ("op0", "t_loss") in edges


def test_an_engine_graph_that_disagrees_with_the_page_is_reported(engine_dir):
    (engine_dir / "b4.py").write_text(ENGINE_RUN.replace("WEIGHT", "1.0"))
    run = figures.run_snippet("b4.py")
    run["w"].grad = -3.0  # the page's own run, with a different gradient
    run["s"].data = -2.0
    problems = figures.disagreements(Spec.parse(engine_spec()), run)
    assert "node w: the picture's gradient is −2, the page's run has −3" in problems
    assert "node s: the picture shows −1, the page's run has −2" in problems
    assert figures.disagreements(Spec.parse(engine_spec()), figures.run_for_figure("b4.py")) == []


def test_an_engine_graph_of_something_else_is_refused(engine_dir):
    (engine_dir / "b4.py").write_text(ENGINE_RUN.replace("WEIGHT", "1.0"))
    with pytest.raises(FigureError, match="not an engine Value"):
        figures.figure_html(engine_spec(of="x"))


# ---------------------------------------------------------------------------------------------
# Curves: the options leave a figure that does not use them as it was

ERRORS = """
steps = [10.0 ** -k for k in range(1, 6)]
errors = {"h": steps, "float32": [1e-2, 1e-4, 3e-5, 5e-4, 4e-3], "float64": [1e-2, 1e-4, 1e-6, 1e-8, 1e-10]}
"""


def test_curves_against_another_key_on_log_axes_on_one_plot(snippet_dir, monkeypatch):
    import matplotlib.pyplot as plt

    drawn = []
    monkeypatch.setattr(plt, "close", drawn.append)  # keep the matplotlib figure to look at its axes
    (snippet_dir / "errors.py").write_text(ERRORS)
    spec = graph_spec(
        snippet="errors.py",
        draw="curves",
        of="errors.py:errors",
        x="h",
        log="xy",
        together="true",
        labels="[single, double]",
        axes="{h: step h, y: error}",
    )
    svg = figures.figure_html(spec)
    text = re.sub(r"<[^>]+>", " ", svg)
    assert "single" in text and "double" in text and "step h" in text and "error" in text
    [figure] = drawn
    [axis] = figure.axes  # one plot, not one per quantity
    assert (axis.get_xscale(), axis.get_yscale()) == ("log", "log")
    assert [list(line.get_ydata()) for line in axis.get_lines()] == [
        [1e-2, 1e-4, 3e-5, 5e-4, 4e-3],
        [1e-2, 1e-4, 1e-6, 1e-8, 1e-10],
    ]


def test_curves_without_their_x_key_are_refused(snippet_dir):
    (snippet_dir / "errors.py").write_text(ERRORS)
    with pytest.raises(FigureError, match="'epoch' key"):
        figures.figure_html(graph_spec(snippet="errors.py", draw="curves", of="errors.py:errors"))
    with pytest.raises(FigureError, match="log:"):
        Spec.parse(graph_spec(snippet="errors.py", draw="curves", of="errors.py:errors", x="h", log="z"))


def test_the_new_options_change_nothing_when_left_out(snippet_dir):
    (snippet_dir / "curves.py").write_text(CURVES)
    plain = Spec.parse(graph_spec(snippet="curves.py", draw="curves", of="curves.py:history"))
    spelled = Spec.parse(
        graph_spec(snippet="curves.py", draw="curves", of="curves.py:history", x="epoch", together="false")
    )
    assert figures.draw_curves(plain) == figures.draw_curves(spelled)
    with_line = Spec.parse(
        graph_spec(snippet="curves.py", draw="curves", of="curves.py:history", reference="{loss: 1}")
    )
    assert figures.draw_curves(with_line) != figures.draw_curves(plain)


def test_chinese_titles_are_measured_with_a_chinese_font(snippet_dir):
    import warnings

    assert figures._font_for(["损失"]), "no CJK font for matplotlib: `make test` installs Debian's fonts-wqy-zenhei"
    (snippet_dir / "curves.py").write_text(CURVES)
    spec = Spec.parse(
        graph_spec(snippet="curves.py", draw="curves", of="curves.py:history", axes="{epoch: 轮次, loss: 损失}")
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing" when it measures with a Latin font
        svg = figures.draw_curves(spec)
    assert "轮次" in svg and "损失" in svg
    assert figures._font_for(["loss", "epoch"]) == {}  # Latin titles keep the default font


# ---------------------------------------------------------------------------------------------
# Every figure of the site: the picture served is the picture a fresh run draws


def _site_figures():
    from gradbook import DOCS, LANGUAGES
    from gradbook.pages import fences

    return [
        (fence.where, fence.source)
        for lang in LANGUAGES
        for page in sorted((DOCS / lang).glob("*.md"))
        for fence in fences(page)
        if fence.language == "figure"
    ]


SITE_FIGURES = _site_figures()


@pytest.mark.parametrize("where, source", SITE_FIGURES, ids=[where for where, _ in SITE_FIGURES])
def test_the_served_picture_is_what_a_fresh_run_draws(where, source):
    """Regenerate and compare: a cached SVG that a change outside its fingerprint left behind
    (or a hand edit) fails here, naming the page and the cache file."""
    spec = Spec.parse(source)
    served = figures.svg_for(spec)
    fresh = figures.DRAWERS[spec.draw](spec)
    assert served == fresh, (
        f"{where}: {figures.cached_path(spec)} is stale: a fresh run of snippets/{spec.snippet} draws another picture (delete the file to redraw it)"
    )


MATRICES = """
import torch
X = torch.ones(4, 2)
W = torch.full((2, 3), 0.5, requires_grad=True)
b = torch.zeros(3, requires_grad=True)
Z = X @ W + b
loss = Z.mean()
loss.backward()
"""


def test_shapes_are_written_after_the_names_and_checked_against_the_run(snippet_dir):
    import torch

    (snippet_dir / "shapes.py").write_text(MATRICES)
    spec = Spec.parse(graph_spec(snippet="shapes.py", shapes="true"))
    svg = figures.svg_for(spec)
    nodes = figures.served_tensor_nodes(svg)
    assert [nodes[name][0] for name in ("W", "b", "Z", "loss")] == ["W (2, 3)", "b (3,)", "Z (4, 3)", "loss ()"]
    assert "const (4, 2)" in re.sub(r"<[^>]+>", " ", html.unescape(svg))  # X, saved by the product
    page = figures.run_snippet("shapes.py")
    assert figures.disagreements(spec, page) == []
    page["b"] = torch.zeros(1, 3, requires_grad=True)
    page["b"].grad = torch.full((1, 3), 4 / 12)  # the same numbers, another shape
    assert figures.disagreements(spec, page) == [
        "node b: the picture names it 'b (3,)', the page's run has shape (1, 3)"
    ]


def test_a_graph_without_shapes_is_drawn_as_before(snippet_dir):
    (snippet_dir / "shapes.py").write_text(MATRICES)
    nodes = figures.served_tensor_nodes(figures.svg_for(Spec.parse(graph_spec(snippet="shapes.py"))))
    assert nodes["W"][0] == "W" and nodes["Z"][0] == "Z"


def test_shapes_are_refused_on_a_curve():
    with pytest.raises(FigureError, match="shapes"):
        Spec.parse(graph_spec(draw="curves", of="demo.py:history", shapes="true"))


# A loss curve with the iterates of gradient descent on it, and a loss surface with a path

DESCENT = """
def J(w):
    return 3.0 * (w - 1.0) ** 2


curve = {"w": [i / 10 for i in range(-10, 31)], "loss": []}
curve["loss"] = [J(w) for w in curve["w"]]
tangent = {"w": [0.0], "loss": [J(0.0)], "slope": [6.0 * (0.0 - 1.0)]}
runs = []
for lr in (LEARNING_RATES):
    steps = {"w": [0.0], "loss": [J(0.0)]}
    for _ in range(4):
        w = steps["w"][-1] - lr * 6.0 * (steps["w"][-1] - 1.0)
        steps["w"].append(w)
        steps["loss"].append(J(w))
    runs.append(steps)
picture = {"curve": curve, "tangent": tangent, "runs": runs}
"""

SURFACE = """
grid = {"w": [i / 4 for i in range(9)], "b": [i / 4 for i in range(5)], "loss": []}
grid["loss"] = [[(w - 1) ** 2 + 4 * (b - 0.5) ** 2 + 0.01 for w in grid["w"]] for b in grid["b"]]
history = {"epoch": [1, 2, 3], "loss": [3.0, 1.0, 0.5], "w": [0.25, 0.75, 0.9], "b": [0.875, 0.625, 0.55]}
"""


def descent_spec(**changes) -> str:
    return graph_spec(
        **{
            "snippet": "descent.py",
            "draw": "iterates",
            "of": "descent.py:picture",
            "labels": "[small, large]",
            "axes": "{w: w, loss: J}",
            **changes,
        }
    )


def test_the_iterates_are_drawn_on_the_curve_with_the_tangent(snippet_dir, monkeypatch):
    import matplotlib.pyplot as plt

    drawn = []
    monkeypatch.setattr(plt, "close", drawn.append)
    (snippet_dir / "descent.py").write_text(DESCENT.replace("LEARNING_RATES", "0.1, 0.3"))
    svg = figures.figure_html(descent_spec())
    text = re.sub(r"<[^>]+>", " ", svg)
    assert "small" in text and "large" in text  # panel titles as SVG text, not paths
    assert "currentColor" in svg
    assert svg.count("<svg ") == 2 and 'class="gradbook-figure__panels" role="img"' in svg  # a panel each
    [small], [large] = (figure.axes for figure in drawn)
    run = figures.run_snippet("descent.py")
    for axis, steps in ((small, run["runs"][0]), (large, run["runs"][1])):
        curve, tangent, iterates = axis.get_lines()
        assert list(curve.get_xdata()) == run["curve"]["w"] and list(curve.get_ydata()) == run["curve"]["loss"]
        assert list(iterates.get_xdata()) == steps["w"] and list(iterates.get_ydata()) == steps["loss"]
        (x1, x2), (y1, y2) = tangent.get_xdata(), tangent.get_ydata()
        assert (y2 - y1) / (x2 - x1) == pytest.approx(-6.0)  # the run's slope, through (0, J(0))
        assert (y1 + y2) / 2 == pytest.approx(3.0) and (x1 + x2) / 2 == pytest.approx(0.0)
        assert axis.texts[0].get_text() == "0"  # the points are numbered in order, from 0


def test_an_iterates_picture_follows_the_run_and_its_text_is_checked(snippet_dir):
    (snippet_dir / "descent.py").write_text(DESCENT.replace("LEARNING_RATES", "0.1, 0.3"))
    first = figures.draw_iterates(Spec.parse(descent_spec()))
    (snippet_dir / "descent.py").write_text(DESCENT.replace("LEARNING_RATES", "0.1, 0.35"))
    assert figures.draw_iterates(Spec.parse(descent_spec())) != first
    page = figures.run_snippet("descent.py")
    # with 0.35 the large run's second step lands at w = -0.21, J = 4.3923: off the curve's grid
    right = Spec.parse(descent_spec(alt="the large steps climb to 4.392"))
    assert figures.disagreements(right, page) == []
    wrong = Spec.parse(descent_spec(alt="the large steps climb to 4.393"))
    assert figures.disagreements(wrong, page) == [
        "alt text: 4.393 is no value of the plotted series, rounded as written"
    ]
    page["picture"] = {**page["picture"], "runs": page["picture"]["runs"][:1]}
    assert figures.disagreements(right, page) == ["descent.py:picture: the curve's numbers differ from the page's run"]


def test_an_iterates_picture_needs_its_keys_and_one_label_per_run(snippet_dir):
    (snippet_dir / "descent.py").write_text(DESCENT.replace("LEARNING_RATES", "0.1, 0.3"))
    with pytest.raises(FigureError, match="labels: 1 given for 2 runs"):
        figures.figure_html(descent_spec(labels="[small]"))
    with pytest.raises(FigureError, match="the keys curve, tangent, runs"):
        figures.figure_html(descent_spec(of="descent.py:curve"))


def contour_spec(**changes) -> str:
    return graph_spec(
        **{
            "snippet": "surface.py",
            "draw": "contour",
            "of": "[surface.py:grid, surface.py:history]",
            "labels": "[start, end]",
            **changes,
        }
    )


def test_the_contour_shows_the_grid_and_the_path_of_the_run(snippet_dir, monkeypatch):
    import matplotlib.pyplot as plt

    drawn = []
    monkeypatch.setattr(plt, "close", drawn.append)
    (snippet_dir / "surface.py").write_text(SURFACE)
    svg = figures.figure_html(contour_spec())
    text = re.sub(r"<[^>]+>", " ", svg)
    assert "start" in text and "end" in text and "currentColor" in svg
    [figure] = drawn
    [axis] = figure.axes
    path = axis.get_lines()[0]
    assert list(path.get_xdata()) == [0.25, 0.75, 0.9] and list(path.get_ydata()) == [0.875, 0.625, 0.55]
    levels = [float(t.get_text()) for t in axis.texts if t.get_text() not in ("start", "end")]
    assert levels and all(0.01 < level < 2.01 for level in levels)  # round levels inside the grid's range
    assert set(levels) <= {0.03, 0.1, 0.3, 1.0}


def test_a_contour_text_is_checked_against_the_grid_and_the_path(snippet_dir):
    (snippet_dir / "surface.py").write_text(SURFACE)
    page = figures.run_snippet("surface.py")
    assert figures.disagreements(Spec.parse(contour_spec(alt="up to w = 0.900, b = 0.550")), page) == []
    assert figures.disagreements(Spec.parse(contour_spec(alt="up to w = 0.910, b = 0.550")), page) == [
        "alt text: 0.910 is no value of the plotted series, rounded as written"
    ]
    with pytest.raises(FigureError, match="two dicts"):
        figures.figure_html(contour_spec(of="surface.py:grid"))
    with pytest.raises(FigureError, match="the keys w, b"):
        figures.figure_html(contour_spec(of="[surface.py:grid, surface.py:missing]"))


# A classifier's decision boundary: its sign over a grid, with the data marked by class

CLASSIFIER = """
steps = [i / 4 for i in range(-4, 5)]
points = {"x1": [0.5, -0.5, 0.25, -0.75], "x2": [0.5, -0.5, -0.5, 0.25], "label": [1.0, 1.0, -1.0, -1.0]}
boundary = {"x1": steps, "x2": steps, "output": [[x1 * x2 + SHIFT for x1 in steps] for x2 in steps], "points": points}
"""


def boundary_spec(**changes) -> str:
    return graph_spec(
        **{
            "snippet": "classifier.py",
            "draw": "boundary",
            "of": "classifier.py:boundary",
            "labels": "[class plus, class minus]",
            "axes": "{x1: first, x2: second}",
            **changes,
        }
    )


def test_the_boundary_shows_the_sign_of_the_run_and_its_points_by_class(snippet_dir, monkeypatch):
    import matplotlib.pyplot as plt

    drawn = []
    monkeypatch.setattr(plt, "close", drawn.append)
    (snippet_dir / "classifier.py").write_text(CLASSIFIER.replace("SHIFT", "0.0625"))
    svg = figures.figure_html(boundary_spec())
    text = re.sub(r"<[^>]+>", " ", svg)
    assert all(words in text for words in ("class plus", "class minus", "first", "second"))  # SVG text
    assert "currentColor" in svg and figures.INK not in svg and 'aria-label="the graph of loss"' in svg
    [figure] = drawn
    [axis] = figure.axes
    plus, minus = axis.get_lines()
    assert (list(plus.get_xdata()), list(plus.get_ydata())) == ([0.5, -0.5], [0.5, -0.5])
    assert (list(minus.get_xdata()), list(minus.get_ydata())) == ([0.25, -0.75], [-0.5, 0.25])
    assert plus.get_marker() != minus.get_marker()  # told apart by shape, not only by colour
    fill, line = axis.collections
    assert list(fill.levels)[1] == 0.0 and list(line.levels) == [0.0]  # + and − split at output 0
    run = figures.run_snippet("classifier.py")
    assert fill.get_array().shape == (2,) and line.allsegs[0] and run["boundary"]["output"][4][4] == 0.0625
    assert (axis.get_xlim(), axis.get_ylim()) == ((-1.0, 1.0), (-1.0, 1.0))  # the grid's extent


def test_a_changed_classifier_changes_the_boundary(snippet_dir):
    (snippet_dir / "classifier.py").write_text(CLASSIFIER.replace("SHIFT", "0.0625"))
    before = figures.figure_html(boundary_spec())
    (snippet_dir / "classifier.py").write_text(CLASSIFIER.replace("SHIFT", "0.5"))
    after = figures.figure_html(boundary_spec())
    assert before != after
    (snippet_dir / "classifier.py").write_text(CLASSIFIER.replace("SHIFT", "2.0"))  # + everywhere: no line
    assert "class plus" in figures.figure_html(boundary_spec())


def test_a_boundary_text_is_checked_against_the_grid_and_the_points(snippet_dir):
    (snippet_dir / "classifier.py").write_text(CLASSIFIER.replace("SHIFT", "0.0625"))
    page = figures.run_snippet("classifier.py")
    right = Spec.parse(boundary_spec(alt="the output runs from −0.9375 to 1.062", caption="a point at −0.750"))
    assert figures.disagreements(right, page) == []
    wrong = Spec.parse(boundary_spec(alt="the output runs from −0.9375 to 1.063", caption="a point at −0.760"))
    assert figures.disagreements(wrong, page) == [
        "alt text: 1.063 is no value of the plotted series, rounded as written",
        "caption: −0.760 is no value of the plotted series, rounded as written",
    ]
    page["boundary"] = {**page["boundary"], "points": {**page["boundary"]["points"], "label": [1.0, -1.0, -1.0, -1.0]}}
    assert figures.disagreements(right, page) == [
        "classifier.py:boundary: the curve's numbers differ from the page's run"
    ]


def test_a_boundary_spec_that_cannot_be_drawn_is_refused(snippet_dir):
    (snippet_dir / "classifier.py").write_text(
        CLASSIFIER.replace("SHIFT", "0.0625")
        + 'flat = {"x1": steps, "x2": steps, "output": [0.0] * 9, "points": points}\n'
        + 'unlabelled = {**boundary, "points": {"x1": [0.5], "x2": [0.5]}}\n'
        + 'extra = {**boundary, "margin": [0.0]}\n'
    )
    with pytest.raises(FigureError, match="one dict"):
        figures.figure_html(boundary_spec(of="[classifier.py:boundary, classifier.py:points]"))
    with pytest.raises(FigureError, match="the keys points"):
        figures.figure_html(boundary_spec(of="classifier.py:points"))
    with pytest.raises(FigureError, match="the keys x1, x2, label"):
        figures.figure_html(boundary_spec(of="classifier.py:unlabelled"))
    with pytest.raises(FigureError, match="the two axes, the output and points"):
        figures.figure_html(boundary_spec(of="classifier.py:extra"))
    with pytest.raises(FigureError, match="not one row per x2 and one column per x1"):
        figures.figure_html(boundary_spec(of="classifier.py:flat"))
    with pytest.raises(FigureError, match="labels: 1 given for the two classes"):
        figures.figure_html(boundary_spec(labels="[plus]"))


# ---------------------------------------------------------------------------------------------
# Sized for a phone: panels that wrap, text that never shrinks below MIN_TEXT_PX


def _sizes(svg: str) -> list[tuple[float, float, float, float]]:
    """(viewBox width, max-width px, min-width px, smallest text) of each SVG of a figure."""
    found = []
    for one in re.findall(r"<svg .*?</svg>", svg, flags=re.DOTALL):
        box = float(re.search(r'viewBox="[\d.-]+ [\d.-]+ ([\d.]+)', one)[1])
        widest, narrowest = map(float, re.search(r"max-width:([\d.]+)px;min-width:([\d.]+)px", one).groups())
        found.append((box, widest, narrowest, figures.smallest_text(one)))
    return found


def test_a_figure_is_never_shown_so_narrow_that_its_text_is_under_9_px(snippet_dir):
    (snippet_dir / "errors.py").write_text(ERRORS)
    svg = figures.figure_html(graph_spec(snippet="errors.py", draw="curves", of="errors.py:errors", x="h", log="xy"))
    # two quantities: two panels, each its own SVG, which wrap (flex-basis: its narrowest width)
    assert svg.count("<svg ") == 2 and svg.count("flex-basis:") == 2 and svg.count('aria-hidden="true"') == 2
    assert svg.count('role="img"') == 1  # the group is the image, named once
    for box, widest, narrowest, smallest in _sizes(svg):
        assert smallest >= 10  # log ticks as plain text (1e−5), not a 7 px superscript exponent
        assert narrowest < widest
        assert narrowest * smallest / box == pytest.approx(figures.MIN_TEXT_PX, abs=0.05)
    assert "1e−5" in svg  # the exponent at the size of the digits


def test_a_graph_wider_than_a_phone_keeps_its_text_and_scrolls(snippet_dir):
    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "1.0"))
    svg = figures.figure_html(graph_spec())
    assert '<div class="gradbook-figure__drawing">' in svg  # the box that scrolls (site.css)
    [(box, _widest, narrowest, smallest)] = _sizes(svg)
    assert narrowest * smallest / box == pytest.approx(figures.MIN_TEXT_PX, abs=0.05)
