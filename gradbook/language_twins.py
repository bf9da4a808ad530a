"""Run a page's code once for both languages.

A chapter's Chinese and English pages run the same snippets and the same hidden checks in the same
order (tests/test_page_structure.py, test_both_languages_run_and_check_the_same, fails the suite
where they do not). Running it all twice doubled `pytest docs` for no check gained. So when both
pages of a chapter are collected, their examples run in step, Chinese first, in one namespace:

- code, doctests and hidden checks run once, for the Chinese page; the English twin passes or
  fails with it, naming the Chinese line where it failed;
- what a language writes itself is still checked in each: every output block against what the
  code printed, every figure's alt text and caption against the run, every checked table's cells
  against the rows its check computed (computed once).

A chapter whose two pages do not pair up block for block (mid-edit, say) runs as two pages, each
in its own namespace, as does a page collected without its twin (`pytest docs/en/backprop.md`).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Callable

from . import sybil_parsers as checks

# The evaluators whose work does not depend on the page's language: run once, the twin shares it.
RUN_ONCE = {checks.run_code_block, checks.run_doctest, checks._included_doctest, checks.run_invisible_code}

FIRST, SECOND = "zh", "en"


def _sybil_example(item):
    return getattr(item, "example", None)


def _page_of(item) -> tuple[str, str] | None:
    """(language, page name) of a sybil item of docs/, else None."""
    example = _sybil_example(item)
    if example is None:
        return None
    parts = item.nodeid.split("::", 1)[0].split("/")
    if len(parts) >= 3 and parts[0] == "docs" and parts[1] in (FIRST, SECOND):
        return parts[1], "/".join(parts[2:])
    return None


def _work(example) -> tuple:
    """What an example does, without its language: equal for twins."""
    evaluator, parsed = example.region.evaluator, example.parsed
    if evaluator is checks.run_invisible_code:
        return evaluator, ast.dump(ast.parse(str(parsed)))
    if evaluator is checks.run_doctest:
        return evaluator, parsed[0]  # its source; the name carries the page's path
    if evaluator is checks.check_table_evaluator:
        return evaluator, ast.dump(ast.parse(parsed[0], mode="eval")), len(parsed[2])
    if evaluator in RUN_ONCE:
        return evaluator, parsed
    return (evaluator,)


def _twins(first: list, second: list) -> bool:
    try:
        return len(first) == len(second) and all(
            _work(a.example) == _work(b.example) for a, b in zip(first, second, strict=True)
        )
    except SyntaxError:  # a hidden check that does not parse: each page reports it on its own
        return False


class _Outcome:
    """What the first language's example did: its failure message (None if it passed), and for
    a code block what it printed, for a table the rows its check computed."""

    def __init__(self) -> None:
        self.done = False
        self.failure: str | None = None
        self.last_run = None
        self.rows = None


def _recording(example, outcome: _Outcome) -> Callable:
    evaluate = example.region.evaluator

    def first(example) -> str | None:
        try:
            if evaluate is checks.check_table_evaluator:
                outcome.rows = checks.table_rows(example)
                outcome.failure = checks.compare_table(example, outcome.rows)
            else:
                outcome.failure = evaluate(example)
        except BaseException as error:
            outcome.failure = f"{checks.page(example)}: {type(error).__name__}: {error}"
            raise
        finally:
            outcome.done = True
            outcome.last_run = getattr(example.document, "last_run", None)
        return outcome.failure

    return first


def _sharing(example, twin, outcome: _Outcome) -> Callable:
    evaluate = example.region.evaluator

    def second(example) -> str | None:
        if not outcome.done:
            return f"{checks.page(example)}: its Chinese twin {checks.page(twin)} did not run, so neither did this"
        if evaluate is checks.check_table_evaluator:
            if outcome.rows is None:
                return f"{checks.page(example)}: the check failed on the Chinese page:\n{outcome.failure}"
            return checks.compare_table(example, outcome.rows)
        if outcome.failure is not None:
            example.document.last_run = None
            return f"{checks.page(example)}: the same block failed on the Chinese page:\n{outcome.failure}"
        if evaluate is checks.run_code_block:
            _, printed = outcome.last_run
            example.document.last_run = (example.parsed, printed)
        return None

    return second


def run_in_step(items: list) -> list:
    """The items reordered so that each chapter's two pages run in step, sharing one namespace
    and each run-once block's result; any other item keeps its place."""
    pages: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for item in items:
        where = _page_of(item)
        if where:
            pages[where[1]][where[0]].append(item)
    position = {id(item): i for i, item in enumerate(items)}
    paired: dict[int, list] = {}  # id of a chapter's first item -> the chapter's items in step
    in_step: set[int] = set()
    for languages in pages.values():
        first, second = languages.get(FIRST, []), languages.get(SECOND, [])
        if not first or not _twins(first, second):
            continue
        namespace = first[0].example.namespace
        second[0].example.document.namespace = namespace
        for a, b in zip(first, second, strict=True):
            b.example.namespace = namespace
            evaluator = a.example.region.evaluator
            if evaluator in RUN_ONCE or evaluator is checks.check_table_evaluator:
                outcome = _Outcome()
                a.example.region.evaluator = _recording(a.example, outcome)
                b.example.region.evaluator = _sharing(b.example, a.example, outcome)
        chapter = [item for pair in zip(first, second, strict=True) for item in pair]
        paired[id(min(first + second, key=lambda item: position[id(item)]))] = chapter
        in_step.update(id(item) for item in chapter)
    reordered = []
    for item in items:
        if id(item) in paired:
            reordered.extend(paired[id(item)])
        elif id(item) not in in_step:
            reordered.append(item)
    return reordered
