"""The pages as the structure checks see them, read by `page_model`: fences, headings, includes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from . import DOCS, LANGUAGES
from .page_model import Fence, annotation_numbers, read, read_page
from .snippets import SnippetError


def page_names() -> dict[str, list[str]]:
    """The pages of each language, as paths relative to docs/<lang>/."""
    return {lang: sorted(str(p.relative_to(DOCS / lang)) for p in (DOCS / lang).rglob("*.md")) for lang in LANGUAGES}


def fences(page: Path) -> list[Fence]:
    return list(read(page).fences)


def without_fences_and_comments(text: str) -> str:
    return read_page(text).without_fences_and_comments()


def blanked(text: str) -> str:
    """The text with fences and HTML comments replaced by as many empty lines: line numbers hold."""
    return read_page(text).prose


def paragraphs(page: Path) -> list[tuple[int, str]]:
    """(first line, text) of every run of prose: a paragraph, a list item, an admonition's body."""
    return read(page).paragraphs


def headings(page: Path) -> list[tuple[int, str | None, str]]:
    """(level, explicit id or None, text) of every heading from h2 down."""
    return [(h.level, h.id, h.text) for h in read(page).headings if h.level >= 2]


def include_lines(page: Path) -> list[str]:
    """Every include target of the page's fences, in order: what both languages must share."""
    targets = []
    for fence in fences(page):
        if fence.language == "figure":
            spec = yaml.safe_load(fence.source) or {}
            targets.append(f"figure {spec.get('draw')} of {spec.get('of')} from {spec.get('snippet')}")
            continue
        try:
            includes = fence.includes
        except SnippetError as error:
            targets.append(f"error: {error}")
            continue
        for include in includes or []:
            targets.append(include.target)
    return targets


@dataclass(frozen=True)
class Collapsible:
    line: int
    kind: str
    title: str
    includes: tuple[str, ...]  # what the block's fences include, in order
    checks: int  # hidden checks and check-tables inside the block


def collapsibles(page: Path) -> list[Collapsible]:
    """Every collapsible block (`???`, `???+`) with what it shows and checks."""
    model = read(page)
    found = []
    for block in model.containers:
        if not block.collapsible:
            continue
        first, last = block.line + 1, block.end_line
        targets = []
        for fence in model.fences:
            if first <= fence.line <= last:
                try:
                    targets += [include.target for include in fence.includes or []]
                except SnippetError as error:
                    targets.append(f"error: {error}")
        checks = sum(first <= check.line <= last for check in model.hidden_checks)
        found.append(Collapsible(block.line, block.kind, block.title or "", tuple(targets), checks))
    return found


def annotation_items_after(page: Path, fence: Fence) -> int:
    """How many items the ordered list right after a fence has (Material's code annotations)."""
    return len(read(page).annotation_items(fence))


def annotation_markers(shown_code: str) -> list[int]:
    return annotation_numbers(shown_code)
