"""Every id on a page once, and every reference inside an inline SVG to an element of that SVG.

A page holds several figures inline. Drawing tools number their ids from 1 in each picture
(matplotlib's `figure_1`, Graphviz's `node1`), so two figures on a page used to share ids, and a
browser resolves `url(#…)` or `href="#…"` to the first element of the page with that id: one
figure's markers and clip paths could come from another. This check reads the built HTML.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser

# How SVG refers to an element: href="#x" and xlink:href="#x", and url(#x) in a presentation
# attribute (clip-path, marker-end, fill) or a style; ARIA names elements by a list of ids.
URL_REFERENCE = re.compile(r"url\(\s*['\"]?#([^)'\"\s]+)")
ID_LISTS = ("aria-labelledby", "aria-describedby", "aria-controls", "aria-owns")


@dataclass
class Figure:
    line: int
    references: list[tuple[int, str]] = field(default_factory=list)  # (line, id)


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: dict[str, list[int]] = defaultdict(list)
        # A browser resolves #x to the first element with id x: the figure it lies in, or None.
        self.first: dict[str, Figure | None] = {}
        self.figures: list[Figure] = []
        self.depth = 0  # of <svg> elements: a figure is an outermost <svg>

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        if tag == "svg":
            if self.depth == 0:
                self.figures.append(Figure(line))
            self.depth += 1
        figure = self.figures[-1] if self.depth else None
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                self.lines[value].append(line)
                self.first.setdefault(value, figure)
            if not figure:
                continue
            if name in ("href", "xlink:href") and value.startswith("#"):
                figure.references.append((line, value[1:]))
            elif name in ID_LISTS:
                figure.references += [(line, ref) for ref in value.split()]
            else:
                figure.references += [(line, ref) for ref in URL_REFERENCE.findall(value)]

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "svg":
            self.depth -= 1

    def handle_endtag(self, tag):
        if tag == "svg" and self.depth:
            self.depth -= 1


def id_problems(page: str) -> list[str]:
    """Each id used more than once, with its lines; each reference of a figure that a browser
    does not resolve to an element of the same figure, with its line."""
    parser = _Ids()
    parser.feed(page)
    parser.close()
    problems = [
        f"line {lines[0]}: id {name!r} is used {len(lines)} times (lines {', '.join(map(str, lines))})"
        for name, lines in parser.lines.items()
        if len(lines) > 1
    ]
    for figure in parser.figures:
        for line, reference in figure.references:
            if reference not in parser.first:
                target = "nothing"
            elif parser.first[reference] is None:
                target = f"the element on line {parser.lines[reference][0]}, outside every figure"
            elif parser.first[reference] is not figure:
                target = f"the element on line {parser.lines[reference][0]}, in the figure of line {parser.first[reference].line}"
            else:
                continue
            problems.append(f"line {line}: the figure of line {figure.line} refers to #{reference}, which is {target}")
    return problems
