"""The `figure` fence: the drawer for each `draw:`, the cache of drawn pictures, the figure's HTML."""

from __future__ import annotations

import html
from pathlib import Path

from .. import figures  # the package: CACHE is read there (a test may replace it)
from ..cache import write_atomically
from .draw_graphs import draw_engine_graph, draw_graph
from .draw_plots import draw_boundary, draw_contour, draw_curves, draw_iterates
from .fingerprint import _fingerprint
from .spec import FigureError, Spec

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


def cached_path(spec: Spec) -> Path:
    return figures.CACHE / f"{_fingerprint(spec)}.svg"


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
