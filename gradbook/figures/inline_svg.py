"""A drawing tool's SVG made fit to be inline in a page: in currentColor (it follows the light and
dark themes), named for assistive technology, sized for the column, and panels side by side."""

from __future__ import annotations

import html
import math
import re

INK = "#010203"  # drawn in this colour, then replaced by currentColor
ACCENT = "#ff7043"

# The smallest text a reader must read, in CSS px: no figure is shown narrower than the width at
# which its smallest text is this size (a wider one scrolls in its own box instead).
MIN_TEXT_PX = 9


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
