"""A page's Markdown read once, into the blocks that the site and the suite both see.

The sybil parsers (what runs), the structure checks (`pages.py`), the notebooks, the browser
tests and the build (notebooks, heading ids) all ask this module, so a rule of the pages' syntax
(where a fence ends, what a hidden check is, which list explains a code block) is written once
and read the same way everywhere.

It must not import sybil: the site is built from the same reading, without the test library.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import ROOT
from .snippets import INCLUDE_LINE, Include, includes_in

# `# (1)!` in a snippet: a Material code annotation, explained by item 1 of the list after the
# block. On the page, in a notebook and in what a copy button copies, the marker is not code.
ANNOTATION_MARKER = re.compile(r"[ \t]*#[ \t]*\((?P<number>\d+)\)!")

FENCE_OPEN = re.compile(r"(?P<indent>[ \t]*)(?P<marker>`{3,}|~{3,})(?P<info>.*)")
FENCE_INFO = re.compile(r"[ \t]*(?P<language>[\w+-]*)(?P<attributes>.*)")
COMMENT_END = re.compile(r"--+>")
# The two comments that hold code the page runs but does not show (sybil's directive syntax).
HIDDEN_CHECK = re.compile(
    r"<!--+\s*(?:;\s*)?(?P<kind>invisible-code-block|check-table):?[ \t]*python[ \t]*(?:\n|(?=--+>))"
)
HEADING = re.compile(r"(?P<level>#{1,6})[ \t]+(?P<text>.+?)[ \t]*(?:\{[^}\n]*#(?P<id>[-\w]+)[^}\n]*\})?[ \t]*")
# Admonitions (!!!), collapsible blocks (??? and ???+) and content tabs (===).
CONTAINER = re.compile(
    r'(?P<indent>[ \t]*)(?P<marker>!!!|\?{3}\+?|===)[ \t]*(?P<kind>[\w-]*)[ \t]*(?:"(?P<title>[^"]*)")?[ \t]*'
)
# A line that starts a block of its own, not a continuation of the prose above it.
BLOCK_START = re.compile(r"[ \t]*(?:[-*+]|\d+\.|#{1,6}|\||!!!|\?{3}\+?|>)(?:[ \t]|$)")
LIST_ITEM = re.compile(r"(\d+)\.[ \t]+\S")
TABLE_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*")


class PageError(Exception):
    """A page whose Markdown cannot be read into blocks, worded for its author: page and line."""


def annotation_numbers(code: str) -> list[int]:
    """The numbers of the annotation markers in shown code, in order."""
    return [int(number) for number in ANNOTATION_MARKER.findall(code)]


def without_annotation_markers(code: str) -> str:
    """Code as a reader runs or pastes it: the markers and the blanks before them gone."""
    return "\n".join(ANNOTATION_MARKER.sub("", line) for line in code.splitlines())


@dataclass(frozen=True)
class Fence:
    path: Path | None
    line: int  # 1-based: the opening line
    end_line: int  # the closing line
    start: int  # character offset of the opening line
    end: int  # character offset just after the closing fence
    indent: str
    marker: str  # the backticks or tildes
    language: str
    attributes: str  # the rest of the opening line after the language, as written
    source: str  # the body, without the fence's indentation
    opening: str  # the opening line as written

    @property
    def where(self) -> str:
        return f"{_shown_path(self.path)}:{self.line}"

    @property
    def include_targets(self) -> list[str]:
        """The targets of the include lines, when the body is made of them (else [])."""
        lines = [line for line in self.source.splitlines() if line.strip()]
        matches = [INCLUDE_LINE.match(line) for line in lines]
        return [m["target"] for m in matches] if lines and all(matches) else []

    @property
    def includes(self) -> list[Include] | None:
        """The includes, parsed (a bad target raises SnippetError); None when not made of them."""
        return includes_in(self.source)

    def opening_with(self, attribute: str) -> str:
        """The opening line with an attribute added after the language (the build adds titles)."""
        head = self.opening[: len(self.opening) - len(self.attributes)]
        return f"{head} {attribute}{self.attributes}"

    @property
    def first_include_path(self) -> str | None:
        """The file the body's first line includes, if it is an include line: the block's title."""
        first = INCLUDE_LINE.match(self.source.split("\n", 1)[0])
        return first["target"].split(":", 1)[0] if first else None


@dataclass(frozen=True)
class Comment:
    line: int
    end_line: int
    start: int  # offset of "<!--"
    end: int  # offset just after "-->"


@dataclass(frozen=True)
class HiddenCheck(Comment):
    """`<!-- invisible-code-block: python` or `<!-- check-table: python`: code run, not shown."""

    block_start: int  # offset of its line: the indentation belongs to the block
    kind: str
    code: str
    code_line: int  # the page line the code's first line is on
    code_end: int  # where the code ends: the closing line's indentation, or "-->"
    table: tuple[tuple[int, tuple[str, ...]], ...]  # a check-table's rows: (line, cells), header first


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str
    id: str | None  # the explicit {#id}


@dataclass(frozen=True)
class Container:
    """An admonition, a collapsible block or a tab: its body is the lines indented deeper."""

    line: int
    end_line: int  # the body's last line (blank lines after it included)
    indent: str
    marker: str
    kind: str
    title: str | None

    @property
    def collapsible(self) -> bool:
        return self.marker.startswith("???")


@dataclass(frozen=True)
class Page:
    path: Path | None
    text: str
    fences: tuple[Fence, ...]
    comments: tuple[Comment, ...]  # hidden checks included

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @property
    def hidden_checks(self) -> list[HiddenCheck]:
        return [c for c in self.comments if isinstance(c, HiddenCheck)]

    def _spans(self) -> list[tuple[int, int]]:
        return sorted([(b.start, b.end) for b in self.fences] + [(c.start, c.end) for c in self.comments])

    def _replaced(self, spans: list[tuple[int, int]], by) -> str:
        parts, at = [], 0
        for start, end in spans:
            parts += [self.text[at:start], by(self.text[start:end])]
            at = end
        return "".join([*parts, self.text[at:]])

    @property
    def prose(self) -> str:
        """The text with every fence and comment blanked to as many line ends: lines keep their numbers."""
        return self._replaced(self._spans(), lambda span: "\n" * span.count("\n"))

    def without_fences_and_comments(self) -> str:
        return self._replaced(self._spans(), lambda span: "")

    def without_comments(self) -> str:
        """The page as a notebook shows it: each comment gone with the line end right after it."""
        spans = [(c.start, c.end + 1 if self.text[c.end : c.end + 1] == "\n" else c.end) for c in self.comments]
        return self._replaced(spans, lambda span: "")

    @property
    def headings(self) -> list[Heading]:
        found = []
        for number, line in enumerate(self.prose.split("\n"), 1):
            if m := HEADING.fullmatch(line):
                found.append(Heading(number, len(m["level"]), m["text"], m["id"]))
        return found

    @property
    def containers(self) -> list[Container]:
        lines, found = self.lines, []
        for index, line in enumerate(self.prose.split("\n")):
            if m := CONTAINER.fullmatch(line):
                depth = len(m["indent"])
                end = index + 1
                while end < len(lines) and (not lines[end].strip() or _depth(lines[end]) > depth):
                    end += 1
                found.append(Container(index + 1, end, m["indent"], m["marker"], m["kind"], m["title"]))
        return found

    @property
    def paragraphs(self) -> list[tuple[int, str]]:
        """(first line, text) of every run of prose: a paragraph, a list item, an admonition's body.

        Headings and table rows are left out; fences and comments are not prose.
        """
        found, start, lines = [], None, []
        for number, line in enumerate([*self.prose.split("\n"), ""], 1):
            if not line.strip() or BLOCK_START.match(line):
                if lines:
                    found.append((start, " ".join(lines)))
                start, lines = None, []
                if not line.strip() or line.lstrip().startswith(("#", "|", "!!!", "???")):
                    continue
            if start is None:
                start = number
            lines.append(line.strip())
        return found

    def annotation_items(self, fence: Fence) -> list[int]:
        """The lines of the items of the ordered list right after a fence, at its indentation:
        Material's code annotations, inside a tab or an admonition too."""
        depth, found = _depth(fence.opening), []
        for number, line in enumerate(self.lines[fence.end_line :], fence.end_line + 1):
            if not line.strip():
                continue
            if _depth(line) > depth:
                continue  # the continuation of an item
            if _depth(line) < depth or not LIST_ITEM.match(line[depth:]):
                break
            found.append(number)
        return found


def _depth(line: str) -> int:
    return len(line) - len(line.lstrip())


def _shown_path(path: Path | None) -> str:
    if path is None:
        return "<page>"
    return str(path.relative_to(ROOT)) if path.is_absolute() and path.is_relative_to(ROOT) else str(path)


def _strip_prefix(text: str, prefix: str) -> str:
    # As sybil strips a block's indentation, so a check's code is the same whoever reads it.
    lines = text.splitlines(keepends=True)
    return textwrap.dedent("".join(line[len(prefix) :] or line[-1] for line in lines))


def read(path: Path) -> Page:
    return read_page(path.read_text(encoding="utf-8"), path)


@lru_cache(maxsize=64)
def read_page(text: str, path: Path | None = None) -> Page:
    """The page's fences and comments, in order; PageError for one that never ends."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    fences: list[Fence] = []
    comments: list[Comment] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if opening := FENCE_OPEN.fullmatch(line):
            closing = _closing_line(path, lines, index, opening)
            fences.append(_fence(path, lines, starts, index, closing, opening))
            index = closing + 1
            continue
        column = line.find("<!--")
        while column >= 0:  # a comment may end on a later line, and another start after it
            comment = _comment(path, text, starts[index] + column, index + 1)
            comments.append(comment)
            index = comment.end_line - 1
            column = lines[index].find("<!--", comment.end - starts[index])
        index += 1
    return Page(path, text, tuple(fences), tuple(comments))


def _closing_line(path: Path | None, lines: list[str], index: int, opening: re.Match) -> int:
    marker, depth = opening["marker"], len(opening["indent"])
    closing = re.compile(rf"(?P<indent>[ \t]*){re.escape(marker[0])}{{{len(marker)},}}[ \t]*")
    for later in range(index + 1, len(lines)):
        m = closing.fullmatch(lines[later])
        if m and len(m["indent"]) == depth:
            return later
    raise PageError(f"{_shown_path(path)}:{index + 1}: the fence opened here ({opening[0].strip()}) is never closed")


def _fence(path, lines, starts, index, closing, opening) -> Fence:
    info = FENCE_INFO.fullmatch(opening["info"])
    body = "".join(line + "\n" for line in lines[index + 1 : closing])
    return Fence(
        path,
        index + 1,
        closing + 1,
        starts[index],
        starts[closing] + len(lines[closing]),
        opening["indent"],
        opening["marker"],
        info["language"],
        info["attributes"],
        _strip_prefix(body, opening["indent"]),
        lines[index],
    )


def _comment(path, text: str, start: int, line: int) -> Comment:
    end = COMMENT_END.search(text, start + 4)
    if end is None:
        raise PageError(f"{_shown_path(path)}:{line}: this HTML comment is never closed (no -->)")
    end_line = line + text.count("\n", start, end.end())
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    head = HIDDEN_CHECK.match(text, start)
    if head is None or prefix.strip():
        return Comment(line, end_line, start, end.end())
    code_end = re.compile(rf"(?:(?<=\n){re.escape(prefix)})?--+>").search(text, head.end()).start()
    code_line = line + text.count("\n", start, head.end())
    table = _table_after(text, end.end(), end_line) if head["kind"] == "check-table" else ()
    return HiddenCheck(
        line,
        end_line,
        start,
        end.end(),
        line_start,
        head["kind"],
        _strip_prefix(text[head.end() : code_end], prefix),
        code_line,
        code_end,
        table,
    )


def _table_after(text: str, offset: int, line: int) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The table that follows a check-table comment, blank lines before it allowed."""
    rows, started = [], False
    for number, row in enumerate(text[offset:].split("\n"), line):
        if TABLE_ROW.fullmatch(row):
            started = True
            rows.append((number, tuple(cell.strip() for cell in re.split(r"(?<!\\)\|", row.strip())[1:-1])))
        elif started or row.strip():
            break
    return tuple(rows)
