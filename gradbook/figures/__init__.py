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
dark themes. Runs are cached by content (the snippet, the spec and this package's code), so a
rebuild with no change runs nothing.

One file per job:

    spec.py          the figure spec: the fence's YAML read into a Spec, FigureError
    runs.py          running a snippet for a figure, every named tensor's gradient kept
    graph_models.py  what a graph shows, as data: graph_model (torch), engine_graph_model (the engine)
    draw_graphs.py   drawing graph_model and engine_graph_model with Graphviz
    draw_plots.py    drawing curves, iterates, contour and boundary with matplotlib
    inline_svg.py    a drawing made fit for the page: currentColor, its name, its size, panels
    checks.py        the served picture and its text against the page's run (disagreements)
    fingerprint.py   what decides a picture: its fingerprint, the id prefix drawn from it
    fence.py         the `figure` fence: DRAWERS, the cache, the figure's HTML

The names below are the package's: the site (mkdocs.yml's `gradbook.figures:fence_format`), the
sybil parsers and the tests import them from here. snippets_dir, CACHE, DRAWERS and
run_for_figure are read here by the modules at call time, so a test that replaces one of them
(monkeypatch.setattr(figures, "CACHE", …)) replaces it for all.
"""

from __future__ import annotations

from .. import CACHE as CACHE_ROOT
from ..snippets import snippets_dir
from .checks import disagreements, served_tensor_nodes
from .draw_graphs import draw_engine_graph, draw_graph, render_graph
from .draw_plots import INK_STYLE, _font_for, draw_boundary, draw_contour, draw_curves, draw_iterates
from .fence import DRAWERS, cached_path, fence_format, figure_html, svg_for
from .fingerprint import id_prefix
from .graph_models import (
    ENGINE_OPERATIONS,
    OPERATIONS,
    Node,
    engine_graph_model,
    engine_numbers,
    graph_model,
    hook_line,
    is_engine_value,
    name_line,
    numbers_of,
    saved_input,
    shape_of,
    show,
    values,
    visiting_order,
)
from .inline_svg import ACCENT, INK, MIN_TEXT_PX, smallest_text
from .runs import gradients_of_every_named_tensor, run_for_figure, run_snippet
from .spec import REQUIRED, FigureError, Spec

CACHE = CACHE_ROOT / "figures"

__all__ = [
    "ACCENT",
    "CACHE",
    "DRAWERS",
    "ENGINE_OPERATIONS",
    "INK",
    "INK_STYLE",
    "MIN_TEXT_PX",
    "OPERATIONS",
    "REQUIRED",
    "FigureError",
    "Node",
    "Spec",
    "_font_for",
    "cached_path",
    "disagreements",
    "draw_boundary",
    "draw_contour",
    "draw_curves",
    "draw_engine_graph",
    "draw_graph",
    "draw_iterates",
    "engine_graph_model",
    "engine_numbers",
    "fence_format",
    "figure_html",
    "gradients_of_every_named_tensor",
    "graph_model",
    "hook_line",
    "id_prefix",
    "is_engine_value",
    "name_line",
    "numbers_of",
    "render_graph",
    "run_for_figure",
    "run_snippet",
    "saved_input",
    "served_tensor_nodes",
    "shape_of",
    "show",
    "smallest_text",
    "snippets_dir",
    "svg_for",
    "values",
    "visiting_order",
]
