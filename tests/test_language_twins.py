"""A chapter's two pages run in step, its code once (gradbook/language_twins.py): what this saves
must not cost a check. Each test pairs two small pages, as the root conftest.py pairs the real
ones, runs them in the order pytest would, and asserts on what each page reports."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest
from sybil import Document
from sybil.example import SybilFailure

from gradbook import ROOT, snippets
from gradbook.language_twins import run_in_step
from gradbook.sybil_parsers import PARSERS

FENCE = "```"


@pytest.fixture
def chapter(tmp_path, monkeypatch):
    """Write snippets and a chapter's two pages; return the pages' sybil items in pytest's order."""
    snippet_dir = tmp_path / "snippets"
    monkeypatch.setattr(snippets, "snippets_dir", lambda: snippet_dir)

    def write(files: dict[str, str], zh: str, en: str) -> list:
        for name, text in {**files, "docs/zh/page.md": zh, "docs/en/page.md": en}.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text.lstrip("\n"), encoding="utf-8")
        items = []
        for language in ("zh", "en"):  # pytest collects the files in this order too
            page = tmp_path / "docs" / language / "page.md"
            for example in Document.parse(str(page), *PARSERS).examples():
                items.append(SimpleNamespace(nodeid=f"docs/{language}/page.md::line:{example.line}", example=example))
        return run_in_step(items)

    return write


def run(items: list) -> dict[str, str]:
    """Evaluate the items in order: what failed, by node id."""
    failed = {}
    for item in items:
        try:
            item.example.evaluate()
        except SybilFailure as failure:
            failed[item.nodeid] = str(failure)
    return failed


# The snippet leaves a mark in a file each time it runs, so a test can count its runs.
COUNTING = {
    "snippets/demo.py": "from gradbook import snippets\nwith (snippets.snippets_dir() / 'runs').open('a') as f:\n    f.write('x')\nx = 6\nprint(x)\n",
    "snippets/demo.out.txt": "6\n",
}


def page(words: str, check: str = "assert x == 6", output: str = "demo.out.txt") -> str:
    return "\n".join(
        [
            f"# {words}",
            "",
            f"{FENCE} py",
            '--8<-- "demo.py"',
            FENCE,
            "",
            f"{FENCE} text",
            f'--8<-- "{output}"',
            FENCE,
            "",
            "<!-- invisible-code-block: python",
            check,
            "-->",
            "",
        ]
    )


def runs_of(items) -> int:
    return len((snippets.snippets_dir() / "runs").read_text())


def test_twins_run_in_step_and_their_code_once(chapter):
    items = chapter(COUNTING, page("一页"), page("A page"))
    assert [item.nodeid.split("/")[1] for item in items] == ["zh", "en"] * 3
    assert run(items) == {}
    assert runs_of(items) == 1


def test_a_failure_on_the_chinese_page_fails_its_english_twin_naming_the_chinese_line(chapter):
    items = chapter(COUNTING, page("一页", check="assert x == 7"), page("A page", check="assert x == 7"))
    failed = run(items)
    assert list(failed) == ["docs/zh/page.md::line:11", "docs/en/page.md::line:11"]
    assert "assert x == 7" in failed["docs/zh/page.md::line:11"]
    assert "the same block failed on the Chinese page" in failed["docs/en/page.md::line:11"]
    assert "page.md:12: assert x == 7" in failed["docs/en/page.md::line:11"]


def test_each_language_checks_its_own_output_block(chapter):
    files = {**COUNTING, "snippets/other.out.txt": "6\n"}
    failed = run(chapter(files, page("一页"), page("A page", output="other.out.txt")))
    assert list(failed) == ["docs/en/page.md::line:7"]
    assert (
        "this output block shows snippets/other.out.txt, but the code block before it is snippets/demo.py"
        in (failed["docs/en/page.md::line:7"])
    )


TABLE = """
# {words}

{fence} py
--8<-- "demo.py"
{fence}

<!-- check-table: python
[(None, x), (None, 2 * x)]
-->

| step | value |
| --- | --- |
| one | {first} |
| two | 12 |
"""


def test_each_language_checks_its_own_table_cells_against_rows_computed_once(chapter):
    zh = TABLE.format(words="一页", fence=FENCE, first="6")
    en = TABLE.format(words="A page", fence=FENCE, first="7")
    items = chapter(COUNTING, zh, en)
    failed = run(items)
    assert list(failed) == ["docs/en/page.md::line:7"]
    assert "line 13, column 2: the page says '7', the check computes 6" in failed["docs/en/page.md::line:7"]
    assert runs_of(items) == 1


def test_pages_that_do_not_pair_up_run_on_their_own(chapter):
    items = chapter(COUNTING, page("一页"), page("A page", check="assert x == 6\nassert x > 5"))
    assert [item.nodeid.split("/")[1] for item in items] == ["zh"] * 3 + ["en"] * 3
    assert run(items) == {}
    assert runs_of(items) == 2


def test_every_chapter_of_the_site_runs_in_step():
    """Were the real pages not paired (a change to the pairing, say), both would run in full and
    pass, and only the doubled time would tell: this says which chapter fell out of step."""
    listed = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "docs"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    order: dict[str, list[str]] = {}
    for nodeid in (line for line in listed if line.startswith("docs/")):
        _, language, name = nodeid.split("::")[0].split("/", 2)
        order.setdefault(name, []).append(language)
    pages = {path.name for path in (ROOT / "docs" / "zh").glob("*.md")} - {"glossary.md"}  # no examples
    assert set(order) == pages
    out_of_step = [name for name, languages in order.items() if languages != ["zh", "en"] * (len(languages) // 2)]
    assert not out_of_step, f"these chapters' pages do not run in step: {out_of_step}"
