"""The sybil parsers that check every block of every page.

- A ``py`` block made of include lines runs the included code in the page's namespace.
- A ``text`` block that includes a ``.out.txt`` must equal what the code block before it printed.
- A ``pycon`` block (inline or included) runs as a doctest in the page's namespace.
- ``<!-- invisible-code-block: python -->`` runs hidden assertions about numbers the prose states.
- ``<!-- check-table: python -->`` computes the rows of the table that follows and compares each
  checked cell with the number the page prints there.

The blocks come from `page_model`, the one reading of a page; here they become sybil's regions.
"""

from __future__ import annotations

import ast
import difflib
import doctest
import io
import re
import traceback
from collections.abc import Iterable
from fractions import Fraction
from pathlib import Path

from sybil import Document, Example, Region

from . import ROOT
from .page_model import Page, read_page
from .snippets import Include, SnippetError, includes_in, run_section, shown_text

PYTHON = {"py", "python"}
DOCTEST = {"pycon"}
OUTPUT = {"text"}
FIGURE = {"figure"}
# Fenced blocks in these languages are shown, not run: shell commands, file layouts, config.
NOT_PYTHON = {"bash", "console", "text", "toml", "yaml", "json", "markdown"}


def _page(document: Document) -> Page:
    return read_page(document.text, Path(document.path))


def relative(path: str | Path) -> str:
    path = Path(path)
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def page(example: Example) -> str:
    return f"{relative(example.path)}:{example.line}"


def _unified_diff(expected: str, actual: str, expected_name: str, actual_name: str) -> str:
    return "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True), expected_name, actual_name
        )
    )


def run_code_block(example: Example) -> str | None:
    includes: list[Include] = example.parsed
    printed = []
    for include in includes:
        try:
            printed.append(run_section(include, example.namespace))
        except SnippetError as error:
            return f"{page(example)}: {error}"
        except Exception as error:
            example.document.last_run = None
            return f"{page(example)}: {include.display} raised an exception:\n{snippet_traceback(error)}"
    example.document.last_run = (includes, "".join(printed))
    return None


def snippet_traceback(error: BaseException) -> str:
    """The traceback from the snippet's own frames on, without this module's machinery."""
    machinery = str(Path(__file__).parent)
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if not frame.filename.startswith(machinery)]
    return (
        "Traceback (most recent call last):\n"
        + "".join(traceback.format_list(frames))
        + "".join(traceback.format_exception_only(error))
    )


def check_output_block(example: Example) -> str | None:
    shown: list[Include] = example.parsed
    last = getattr(example.document, "last_run", None)
    example.document.last_run = None
    if last is None:
        return f"{page(example)}: this output block shows {', '.join(i.display for i in shown)}, but no code block runs right before it"
    code, printed = last
    if any(include.lines for include in shown):
        expected_includes = [Include(code[0].output().path, None, i.lines) for i in shown] if len(code) == 1 else None
        # A cut of a long output: compare the same lines of what the code printed.
        printed_lines = printed.splitlines(keepends=True)
        printed = "".join("".join(printed_lines[i.lines[0] - 1 : i.lines[1]]) for i in shown if i.lines)
    else:
        expected_includes = [include.output() for include in code]
    if shown != expected_includes:
        return (
            f"{page(example)}: this output block shows {', '.join(i.display for i in shown)}, "
            f"but the code block before it is {', '.join(i.display for i in code)}"
        )
    expected = "".join(shown_text(include) for include in shown)
    if printed == expected:
        return None
    diff = _unified_diff(expected, printed, f"expected: {shown[0].display}", f"actual: running {code[0].display}")
    return (
        f"{page(example)}: {', '.join(i.display for i in code)} printed something other than the page shows.\n"
        f"{diff}\n"
        "If the change is intended, rewrite the expected outputs with `make outputs` and review `git diff`."
    )


def run_doctest(example: Example) -> str | None:
    text, name = example.parsed
    test = doctest.DocTestParser().get_doctest(text, example.namespace, name, name, 0)
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test, out=report.write, clear_globs=False)
    example.namespace.pop("__builtins__", None)
    if runner.failures:
        return f"{page(example)}: doctest {name} failed:\n{report.getvalue()}"
    return None


def not_in_snippets(example: Example) -> str:
    return f"{page(example)}: Python code written in the page; it belongs in snippets/ and is included with --8<--"


def fence_parser(document: Document) -> Iterable[Region]:
    for fence in _page(document).fences:
        region = Region(fence.start, fence.end)
        language, source = fence.language, fence.source
        try:
            includes = includes_in(source)
        except SnippetError as error:
            region.parsed, region.evaluator = str(error), lambda example: f"{page(example)}: {example.parsed}"
            yield region
            continue
        if language in PYTHON:
            region.parsed = includes
            region.evaluator = run_code_block if includes else not_in_snippets
        elif language in DOCTEST:
            if includes:
                region.parsed = includes
                region.evaluator = _included_doctest
            else:
                region.parsed = (source, f"{relative(document.path)}:{fence.line}")
                region.evaluator = run_doctest
        elif language in FIGURE:
            region.parsed = source
            region.evaluator = check_figure
        elif language in OUTPUT and includes:
            region.parsed = includes
            region.evaluator = check_output_block
        else:
            continue
        yield region


def check_figure(example: Example) -> str | None:
    """A figure draws, has its text alternative, and shows the numbers the page's run computed."""
    from .figures import FigureError, Spec, disagreements, svg_for

    try:
        spec = Spec.parse(example.parsed)
        problems = disagreements(spec, example.namespace, svg_for(spec))
    except (FigureError, SnippetError) as error:
        return f"{page(example)}: figure: {error}"
    if problems:
        return f"{page(example)}: the figure disagrees with the page:\n  " + "\n  ".join(problems)
    return None


def _included_doctest(example: Example) -> str | None:
    for include in example.parsed:
        example.parsed = (shown_text(include), include.display)
        failure = run_doctest(example)
        if failure:
            return failure
    return None


def run_invisible_code(example: Example) -> str | None:
    """Run a hidden check; a failing assert is named by its page line, with its source and the
    values it compared (a bare AssertionError says neither)."""
    source = str(example.parsed)
    first_line = example.line + 1  # the code starts on the line after "<!-- invisible-code-block"
    try:
        exec(compile(source, str(example.path), "exec"), example.namespace)
    except Exception as error:
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == str(example.path)]
        lineno = frames[-1].lineno if frames else 1
        statement = next(
            (node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.stmt) and node.lineno == lineno), None
        )
        shown = ast.get_source_segment(source, statement) if statement else source.splitlines()[lineno - 1]
        where = f"{relative(example.path)}:{first_line + lineno - 1}: {shown}"
        if isinstance(error, AssertionError) and isinstance(statement, ast.Assert):
            return f"{where}\n  failed: {_compared(statement.test, example.namespace)}"
        return f"{where}\n  raised {type(error).__name__}: {error}\n{snippet_traceback(error)}"
    return None


def _compared(test: ast.expr, namespace: dict) -> str:
    """The values of a comparison's sides, as the reader of a failure needs them."""
    if not isinstance(test, ast.Compare):
        return "the condition is false"
    parts = [test.left, *test.comparators]
    try:
        shown = [repr(eval(compile(ast.Expression(part), "<check>", "eval"), namespace)) for part in parts]
    except Exception as error:
        return f"(evaluating its sides raised {type(error).__name__}: {error})"
    operators = {
        ast.Eq: "==",
        ast.NotEq: "!=",
        ast.Lt: "<",
        ast.LtE: "<=",
        ast.Gt: ">",
        ast.GtE: ">=",
        ast.Is: "is",
        ast.IsNot: "is not",
        ast.In: "in",
        ast.NotIn: "not in",
    }
    text = shown[0]
    for operator, value in zip(test.ops, shown[1:], strict=True):
        text += f" {operators.get(type(operator), '?')} {value}"
    return text


def invisible_code_parser(document: Document) -> Iterable[Region]:
    for check in _page(document).hidden_checks:
        if check.kind == "invisible-code-block":
            yield Region(check.block_start, check.code_end, check.code, run_invisible_code)


def _number_text(cell: str) -> str:
    return cell.replace("−", "-").replace("$", "").replace("`", "").replace("*", "").replace("\\,", "").strip()


def _number(cell: str) -> Fraction:
    return Fraction(_number_text(cell))


def _cell_matches(cell: str, expected) -> bool:
    if hasattr(expected, "item"):
        expected = expected.item()
    if isinstance(expected, str):
        return cell == expected
    try:
        shown = _number(cell)
    except (ValueError, ZeroDivisionError):
        return False
    if isinstance(expected, float):
        # A long decimal (a float32 value as .item() prints it) must be the float's exact repr:
        # one changed 17th digit may round to the same double and would otherwise pass.
        digits = len(re.sub(r"[^0-9]", "", _number_text(cell).split("e")[0].lstrip("-0.")))
        if digits > 15:
            return _number_text(cell) == repr(expected)
        return float(shown) == expected
    return shown == Fraction(expected)


def check_table_evaluator(example: Example) -> str | None:
    return compare_table(example, table_rows(example))


def table_rows(example: Example) -> list:
    """The rows a check-table's code computes, in the page's namespace."""
    code, code_line, _ = example.parsed
    source = "\n" * (code_line - 1) + code
    expected_rows = eval(compile(source, example.path, "eval"), example.namespace)
    example.namespace.pop("__builtins__", None)
    return expected_rows


def compare_table(example: Example, expected_rows: list) -> str | None:
    """The cells of the table below a check-table against the rows its code computed."""
    _, _, rows = example.parsed
    if len(expected_rows) != len(rows):
        return f"{page(example)}: the check gives {len(expected_rows)} rows, the table below it has {len(rows)}"
    problems = []
    for (line, cells), expected in zip(rows, expected_rows, strict=True):
        if len(cells) != len(expected):
            problems.append(f"line {line}: the check gives {len(expected)} cells, the row has {len(cells)}")
            continue
        for column, (cell, value) in enumerate(zip(cells, expected, strict=True), start=1):
            if value is not None and not _cell_matches(cell, value):
                problems.append(f"line {line}, column {column}: the page says {cell!r}, the check computes {value!r}")
    if problems:
        return f"{page(example)}: the table disagrees with the computation:\n  " + "\n  ".join(problems)
    return None


def check_table_parser(document: Document) -> Iterable[Region]:
    for check in _page(document).hidden_checks:
        if check.kind != "check-table":
            continue
        body = [(line, list(cells)) for line, cells in check.table[2:]]  # past the header and delimiter rows
        region = Region(check.block_start, check.code_end, (check.code, check.code_line, body), check_table_evaluator)
        if not body:
            region.evaluator = lambda example: f"{page(example)}: check-table is not followed by a table"
        yield region


PARSERS = [fence_parser, invisible_code_parser, check_table_parser]
