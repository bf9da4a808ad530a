"""Read the pages' Markdown the way the structure checks need it: fences, headings, includes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import DOCS, LANGUAGES
from .snippets import Include, SnippetError, includes_in

HEADING = re.compile(
    r"^(?P<level>#{2,6})[ \t]+(?P<text>.+?)[ \t]*(?:\{[^}\n]*#(?P<id>[-\w]+)[^}\n]*\})?[ \t]*$", re.MULTILINE
)
ANNOTATION_MARKER = re.compile(r"#[ \t]*\((\d+)\)!")
LIST_ITEM = re.compile(r"^(\d+)\.[ \t]+\S")


@dataclass(frozen=True)
class Fence:
    page: Path
    line: int
    language: str
    source: str
    end: int  # character offset just after the closing fence

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(DOCS.parent)}:{self.line}"

    @property
    def includes(self) -> list[Include] | None:
        return includes_in(self.source)


def page_names() -> dict[str, list[str]]:
    """The pages of each language, as paths relative to docs/<lang>/."""
    return {lang: sorted(str(p.relative_to(DOCS / lang)) for p in (DOCS / lang).rglob("*.md")) for lang in LANGUAGES}


def fences(page: Path) -> list[Fence]:
    # sybil is a test dependency: imported here, not at the top, so that the build, which reads
    # headings from this module (gradbook/hooks/notebooks.py), runs where only the site is installed.
    from sybil import Document

    from .sybil_parsers import fenced_blocks, line_of

    text = page.read_text(encoding="utf-8")
    document = Document(text, str(page))
    # Headings and fences inside HTML comments (invisible checks) are not part of the page.
    found = []
    for region in fenced_blocks(document):
        found.append(
            Fence(
                page,
                line_of(document, region.start),
                region.lexemes["language"],
                str(region.lexemes["source"]),
                region.end,
            )
        )
    return found


COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,}).*?^\1\2[ \t]*$", re.DOTALL | re.MULTILINE)


def without_fences_and_comments(text: str) -> str:
    return FENCE.sub("", COMMENT.sub("", text))


def blanked(text: str) -> str:
    """The text with fences and HTML comments replaced by as many empty lines: line numbers hold."""

    def blank(match):
        return "\n" * match[0].count("\n")

    return FENCE.sub(blank, COMMENT.sub(blank, text))


# A line that starts a block of its own, not a continuation of the prose above it.
_BLOCK_START = re.compile(r"[ \t]*(?:[-*+]|\d+\.|#{1,6}|\||!!!|\?{3}\+?|>)(?:[ \t]|$)")


def paragraphs(page: Path) -> list[tuple[int, str]]:
    """(first line, text) of every run of prose: a paragraph, a list item, an admonition's body.

    Headings and table rows are left out; fences and comments are not prose.
    """
    found, start, lines = [], None, []
    for number, line in enumerate([*blanked(page.read_text(encoding="utf-8")).split("\n"), ""], 1):
        if not line.strip() or _BLOCK_START.match(line):
            if lines:
                found.append((start, " ".join(lines)))
            start, lines = None, []
            if not line.strip() or line.lstrip().startswith(("#", "|", "!!!", "???")):
                continue
        if start is None:
            start = number
        lines.append(line.strip())
    return found


def headings(page: Path) -> list[tuple[int, str | None, str]]:
    """(level, explicit id or None, text) of every heading from h2 down."""
    text = without_fences_and_comments(page.read_text(encoding="utf-8"))
    return [(len(m["level"]), m["id"], m["text"]) for m in HEADING.finditer(text)]


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


COLLAPSIBLE = re.compile(r'^(?P<indent>[ \t]*)\?{3}\+?[ \t]+(?P<kind>[\w-]+)(?:[ \t]+"(?P<title>[^"]*)")?[ \t]*$')
CHECK = re.compile(r"<!--\s*(?:invisible-code-block|check-table):")


@dataclass(frozen=True)
class Collapsible:
    line: int
    kind: str
    title: str
    includes: tuple[str, ...]  # what the block's fences include, in order
    checks: int  # hidden checks and check-tables inside the block


def collapsibles(page: Path) -> list[Collapsible]:
    """Every collapsible block (`???`, `???+`) with what it shows and checks.

    A block's body is the lines after its opening indented deeper than it, blank lines included.
    """
    text = page.read_text(encoding="utf-8")
    lines = text.split("\n")
    page_fences = fences(page)
    found = []
    for index, line in enumerate(lines):
        match = COLLAPSIBLE.match(line)
        if not match:
            continue
        indent = len(match["indent"])
        end = index + 1
        while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent):
            end += 1
        first, last = index + 2, end  # 1-based line numbers of the body
        inside = [f for f in page_fences if first <= f.line <= last]
        targets = []
        for fence in inside:
            try:
                targets += [include.target for include in fence.includes or []]
            except SnippetError as error:
                targets.append(f"error: {error}")
        body = "\n".join(lines[index + 1 : end])
        found.append(
            Collapsible(index + 1, match["kind"], match["title"] or "", tuple(targets), len(CHECK.findall(body)))
        )
    return found


def annotation_items_after(page: Path, fence: Fence) -> int:
    """How many items the ordered list right after a fence has (Material's code annotations).

    The list stands at the fence's own indentation, inside a tab or an admonition too.
    """
    text = page.read_text(encoding="utf-8")
    opening = text.split("\n")[fence.line - 1]
    indent = len(opening) - len(opening.lstrip())
    count = 0
    for line in text[fence.end :].split("\n")[1:]:
        if not line.strip():
            continue
        line_indent = len(line) - len(line.lstrip())
        if line_indent > indent:
            continue  # the continuation of an item
        item = LIST_ITEM.match(line[indent:]) if line_indent == indent else None
        if not item:
            break
        count += 1
    return count


def annotation_markers(shown_code: str) -> list[int]:
    return [int(n) for n in ANNOTATION_MARKER.findall(shown_code)]
