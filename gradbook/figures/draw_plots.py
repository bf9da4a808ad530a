"""Drawing the plots with matplotlib: `curves`, `iterates`, `contour` and `boundary`."""

from __future__ import annotations

import functools
import io
import math

from .. import figures  # the package: run_for_figure is read there (a test may replace it)
from .fingerprint import id_prefix
from .inline_svg import ACCENT, INK, _panels, _themed_svg
from .spec import FigureError, Spec

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


# The first of these that is installed measures Chinese text (Debian's fonts-wqy-zenhei in `make test`).
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans CJK JP", "WenQuanYi Zen Hei", "Source Han Sans SC")


def _font_for(texts: list[str]) -> dict:
    """Chinese titles are measured with a CJK font, so the layout leaves them room.

    The SVG keeps its text as text (the reader's browser draws it); matplotlib only needs the
    glyph widths. Titles without CJK characters keep the default font, so their SVG is unchanged.
    """
    if not any("\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for text in texts for ch in text):
        return {}
    from matplotlib import font_manager

    for family in CJK_FAMILIES:
        try:
            font_manager.findfont(family, fallback_to_default=False)
        except ValueError:
            continue
        return {"font.family": ["DejaVu Sans", family, "sans-serif"]}
    return {}


def _with_pyplot(draw):
    """A drawer of this module, as DRAWERS calls it (with the spec alone): run in matplotlib's SVG
    backend, in the figures' style (_style), and handed pyplot."""

    @functools.wraps(draw)
    def drawer(spec: Spec) -> str:
        plt = _pyplot()
        with plt.rc_context(_style(spec)):
            return draw(spec, plt)

    return drawer


@_with_pyplot
def draw_curves(spec: Spec, plt) -> str:
    """`curves`: one panel per quantity, a line per series; `together: true` puts all on one plot."""
    series = spec.of if isinstance(spec.of, list) else [spec.of]
    labels = spec.labels or [str(s) for s in series]
    histories = []
    for item in series:
        snippet, _, variable = str(item).rpartition(":")
        history = figures.run_for_figure(snippet).get(variable)
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
            _plot_quantity(axis, history, spec.x, quantity, label, marker="o", markersize=2.5)
        axis.set_xlabel(spec.axes.get(spec.x, spec.x))
        axis.set_ylabel(spec.axes.get(quantity, quantity))
        axis.set_facecolor("none")
        if quantity in spec.reference:
            _reference_line(axis, spec.reference[quantity])
        if spec.log:
            _log_axes(axis, spec.log)
        elif quantity == "loss" and min(min(h[quantity]) for h in histories) > 0:
            _log_axes(axis, "y")
        axis.grid(alpha=0.25, color=INK)
        if number == 0 and len(histories) > 1:
            axis.legend(frameon=False)
        panels.append(_figure_svg(spec, figure, plt, panel=number if len(quantities) > 1 else None))
    return panels[0] if len(panels) == 1 else _panels(spec.alt, panels)


def _plot_quantity(axis, history: dict, x: str, quantity: str, label: str, marker: str, markersize: float) -> None:
    """One quantity of a history against its x key, as a line of marked points (on a long run,
    every n-th point: _marker_step); for `curves`, in panels or together."""
    axis.plot(
        history[x],
        history[quantity],
        marker=marker,
        markersize=markersize,
        linewidth=1.4,
        label=label,
        markevery=_marker_step(history[x]),
    )


def _reference_line(axis, level) -> None:
    """`reference:` a dashed horizontal line at a value of a quantity."""
    axis.axhline(float(level), color=INK, linestyle="--", linewidth=0.9, alpha=0.6)


def _figure_svg(spec: Spec, figure, plt, panel: int | None = None) -> str:
    """The figure, finished (transparent, laid out) and closed, as SVG whose every id is its own
    (see id_prefix).

    Groups take their id from the artist's gid; the markers and clip paths an SVG refers to are
    named by a hash salted with svg.hashsalt, so a salt of its own gives each figure its own.
    Matplotlib's RDF metadata is left out: its dc:/cc: elements are not valid SVG in HTML.
    """
    figure.patch.set_alpha(0)
    figure.tight_layout()
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
        _plot_quantity(axis, history, spec.x, quantity, label, marker=MARKERS[i % len(MARKERS)], markersize=3.5)
    for level in spec.reference.values():
        _reference_line(axis, level)
    axis.set_xlabel(spec.axes.get(spec.x, spec.x))
    axis.set_ylabel(spec.axes.get("y", ""))
    axis.set_facecolor("none")
    _log_axes(axis, spec.log)
    axis.grid(alpha=0.25, color=INK)
    axis.legend(frameon=False)
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
    value = figures.run_for_figure(snippet).get(variable)
    if not isinstance(value, dict) or any(key not in value for key in keys):
        raise FigureError(
            f"of: {item!r}: {variable!r} is not a dict with the keys {', '.join(keys)} after the snippet runs"
        )
    return value


@_with_pyplot
def draw_iterates(spec: Spec, plt) -> str:
    """`iterates`: a loss curve with the steps of gradient descent on it, one panel per run.

    `of` names a dict {"curve": {x: [...], y: [...]}, "tangent": {x: [x0], y: [y0], "slope": [s]},
    "runs": [{x: [...], y: [...]}, ...]}: the curve on a grid, the slope the run computed at one
    point, and the iterates of each run (the point before the first step included). Each panel
    draws the curve, the tangent at (x0, y0), and one run's iterates as points joined in order,
    numbered from 0; `labels` titles the panels, `axes` titles the axes by key. Other keys (the
    learning rates the titles name) are not drawn, but the text is checked against them too.
    """
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
        panels.append(_figure_svg(spec, figure, plt, panel=number))
    return _panels(spec.alt, panels)


@_with_pyplot
def draw_contour(spec: Spec, plt) -> str:
    """`contour`: a loss over two parameters as contour lines, with the path the parameters took.

    `of` lists two `snippet:variable`: a grid {x: [...], y: [...], z: [[...], ...]} (z[i][j] the
    loss at y[i], x[j]; the keys in this order) and a run that holds lists under the same x and y
    keys (a training history). The path is drawn point by point, its start and end marked;
    `axes` titles the axes by key, `labels` (optional) names the start and the end.
    """
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
    return _figure_svg(spec, figure, plt)


@_with_pyplot
def draw_boundary(spec: Spec, plt) -> str:
    """`boundary`: where a classifier says + and where −, over two inputs, with its data.

    `of` names one dict {x: [...], y: [...], z: [[...], ...], "points": {x: [...], y: [...],
    "label": [...]}}: a grid (z[i][j] the output at y[i], x[j]; the first three keys in this
    order), and the data points with labels of either sign. The region where z > 0 is filled
    light, the line z = 0 drawn, and each point marked by its label's sign with a shape of its
    own (a plus for +, a circle for −), so the classes are told apart without colour. `labels`
    (optional) names the two classes in the legend, + first; `axes` titles the axes by key.
    """
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
    return _figure_svg(spec, figure, plt)
