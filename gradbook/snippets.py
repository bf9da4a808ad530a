"""What an include line in a page means, and what running the included snippet prints.

A page shows code and output with pymdownx.snippets include lines:

    --8<-- "backprop/pytorch_check.py"              the whole file
    --8<-- "backprop/pytorch_check.py:forward"      one section of it
    --8<-- "backprop/pytorch_check.out.txt:forward" what that section prints

The text a page shows is resolved by pymdownx.snippets itself (the same code that renders the
site), so the suite checks exactly what a reader sees. A snippet's expected output lives once,
in ``<name>.out.txt`` beside it, with the same section markers as the code.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import markdown
from pymdownx.snippets import SnippetMissingError

from . import SNIPPETS

INCLUDE_LINE = re.compile(r'^[ \t]*-{1,}8<-{1,}[ \t]+"(?P<target>[^"\n]+)"[ \t]*$')
SECTION_MARKER = re.compile(
    r"-{1,}8<-{1,}[ \t]+\[[ \t]*(?P<type>start|end)[ \t]*:[ \t]*(?P<name>[a-z][-_0-9a-z]*)[ \t]*\]"
)
OUTPUT_SUFFIX = ".out.txt"


class SnippetError(Exception):
    """A problem with an include or a snippet, worded for the author who has to fix it."""


@dataclass(frozen=True)
class Include:
    """One include target: a file below snippets/ and, optionally, one section of it."""

    path: str
    section: str | None = None
    lines: tuple[int, int] | None = None  # a line range, for showing a cut of a long output

    @classmethod
    def parse(cls, target: str) -> Include:
        path, _, rest = target.partition(":")
        line_range = re.fullmatch(r"(\d+):(\d+)", rest)
        if line_range and path.endswith(OUTPUT_SUFFIX):
            return cls(path, None, (int(line_range[1]), int(line_range[2])))
        if rest and not re.fullmatch(r"[a-z][-_0-9a-z]*", rest):
            raise SnippetError(
                f"include {target!r}: code is included whole or by named section; "
                "line ranges (file.out.txt:first:last) are for cutting long outputs only"
            )
        return cls(path, rest or None)

    @property
    def target(self) -> str:
        if self.lines:
            return f"{self.path}:{self.lines[0]}:{self.lines[1]}"
        return f"{self.path}:{self.section}" if self.section else self.path

    @property
    def file(self) -> Path:
        return snippets_dir() / self.path

    @property
    def display(self) -> str:
        shown = f"snippets/{self.path}"
        if self.lines:
            return f"{shown} (lines {self.lines[0]}-{self.lines[1]})"
        return f"{shown} (section '{self.section}')" if self.section else shown

    @property
    def is_output(self) -> bool:
        return self.path.endswith(OUTPUT_SUFFIX)

    def output(self) -> Include:
        """The include of what this code prints: same stem, same section."""
        return Include(output_path(self.path), self.section)


def output_path(snippet_path: str) -> str:
    return str(Path(snippet_path).with_suffix(OUTPUT_SUFFIX))


ELISION = {"...", "…"}  # a line of its own between two cuts of a long output


def includes_in(source: str) -> list[Include] | None:
    """The includes of a code block, or None when the block is not made of include lines only."""
    lines = [line for line in source.splitlines() if line.strip() and line.strip() not in ELISION]
    matches = [INCLUDE_LINE.match(line) for line in lines]
    if not lines or not all(matches):
        return None
    return [Include.parse(m.group("target")) for m in matches]


def snippets_dir() -> Path:
    """The snippets folder; a function so that the checker's own tests can point it elsewhere."""
    return SNIPPETS


@lru_cache(maxsize=4)
def _snippet_preprocessor(base: Path):
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": {"base_path": [str(base)], "check_paths": True}},
    )
    return md.preprocessors["snippet"]


def shown_text(include: Include) -> str:
    """The text a page shows for an include, resolved by pymdownx.snippets as the build does."""
    if not include.file.is_file():
        raise SnippetError(f"missing include: {include.display} does not exist")
    try:
        lines = _snippet_preprocessor(snippets_dir()).run([f'--8<-- "{include.target}"'])
    except SnippetMissingError as error:
        raise SnippetError(f"missing include: {include.display}: {error}") from None
    text = "\n".join(lines).rstrip("\n")
    return text + "\n" if text else ""


@dataclass(frozen=True)
class Section:
    name: str | None  # None: the whole file, which has no sections
    first_line: int  # 1-based line of the section's first line of code in the file
    source: str


def sections(path: Path) -> list[Section]:
    """A snippet split into its sections, in file order.

    In a file with sections, every line of code belongs to one (only blank lines and comments may
    stand outside), so a page that shows every section runs exactly what the file runs.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Section] = []
    current: tuple[str, int, list[str]] | None = None
    loose: list[int] = []
    for number, line in enumerate(lines, start=1):
        marker = SECTION_MARKER.search(line)
        if marker and marker["type"] == "start":
            if current:
                raise SnippetError(
                    f"snippets/{path.relative_to(snippets_dir())}:{number}: section '{marker['name']}' starts inside section '{current[0]}'"
                )
            current = (marker["name"], number + 1, [])
        elif marker:
            if not current or current[0] != marker["name"]:
                raise SnippetError(
                    f"snippets/{path.relative_to(snippets_dir())}:{number}: end of section '{marker['name']}' that is not open"
                )
            found.append(Section(current[0], current[1], "\n".join(current[2]) + "\n"))
            current = None
        elif current:
            current[2].append(line)
        elif line.strip() and not line.lstrip().startswith("#"):
            loose.append(number)
    relative = path.relative_to(snippets_dir())
    if current:
        raise SnippetError(f"snippets/{relative}: section '{current[0]}' is never closed")
    if not found:
        return [Section(None, 1, "\n".join(lines) + "\n")]
    if loose:
        raise SnippetError(
            f"snippets/{relative}: lines {loose} are code outside every section; a page would run code it does not show"
        )
    names = [s.name for s in found]
    if len(set(names)) != len(names):
        raise SnippetError(f"snippets/{relative}: a section name is used twice: {names}")
    return found


def sections_shown(include: Include) -> list[Section]:
    """The sections an include shows: the named one, or all of them for a whole file."""
    if not include.file.is_file():
        raise SnippetError(f"missing include: {include.display} does not exist")
    every = sections(include.file)
    if include.section is None:
        return every
    shown = [s for s in every if s.name == include.section]
    if not shown:
        raise SnippetError(f"missing include: {include.display}: no such section")
    return shown


def run_section(include: Include, namespace: dict) -> str:
    """Run the code an include shows in ``namespace``; return what it printed.

    Tracebacks name the snippet file and its real line numbers. The snippet's folder is put on
    sys.path, as ``python snippets/<folder>/<file>.py`` would.
    """
    filename = str(include.file)
    codes = [
        compile("\n" * (s.first_line - 1) + s.source, filename, "exec", dont_inherit=True)
        for s in sections_shown(include)
    ]
    folder = str(include.file.parent)
    namespace.setdefault("__name__", "__main__")
    stdout = io.StringIO()
    sys.path.insert(0, folder)
    try:
        with contextlib.redirect_stdout(stdout):
            for code in codes:
                exec(code, namespace)
    finally:
        sys.path.remove(folder)
        namespace.pop("__builtins__", None)
    return stdout.getvalue()


def run_file(path: Path) -> list[tuple[str | None, str]]:
    """Run a whole snippet as a script would, one section after another: [(section, stdout)]."""
    relative = str(path.relative_to(snippets_dir()))
    namespace: dict = {"__name__": "__main__"}
    return [(s.name, run_section(Include(relative, s.name), namespace)) for s in sections(path)]


def render_output(runs: list[tuple[str | None, str]]) -> str:
    """The text of a ``.out.txt`` file: the output of each section between its markers."""
    if len(runs) == 1 and runs[0][0] is None:
        return runs[0][1]
    parts = []
    for name, stdout in runs:
        if stdout:
            parts.append(
                f"--8<-- [start:{name}]\n{stdout}{'' if stdout.endswith(chr(10)) else chr(10)}--8<-- [end:{name}]\n"
            )
    return "".join(parts)


def all_snippets() -> list[Path]:
    """Every runnable snippet: the .py files below snippets/, except helper modules named _*.py."""
    return sorted(p for p in SNIPPETS.rglob("*.py") if not p.name.startswith("_") and "__pycache__" not in p.parts)
