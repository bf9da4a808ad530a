"""Checking a figure against the page's run: the served SVG's nodes, and the numbers its alt text
and caption quote."""

from __future__ import annotations

import html
import re

from .. import figures  # the package: run_for_figure is read there (a test may replace it)
from .fence import svg_for
from .graph_models import hook_line, name_line, numbers_of, shape_of, show, visiting_order
from .spec import FigureError, Spec

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
                tensor = figures.run_for_figure(spec.snippet).get(name)
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
            drawn = figures.run_for_figure(snippet).get(variable)
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
    run = namespace if spec.order in namespace else figures.run_for_figure(spec.snippet)
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
