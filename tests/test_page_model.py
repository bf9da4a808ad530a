"""The one reading of a page: each kind of block, where it is, and a clear error for a broken page."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gradbook import ROOT
from gradbook.page_model import (
    Container,
    Heading,
    PageError,
    annotation_numbers,
    read_page,
    without_annotation_markers,
)

PAGE = """\
# A page

## The chain rule {#chain-rule}

Some prose,
on two lines.

??? note "Going deeper"

    ``` py hl_lines="2"
    --8<-- "backprop/demo.py:forward"
    --8<-- "backprop/demo.py:backward"
    ```

    1.  The first marker.
    2.  The second,
        on two lines.

    <!-- invisible-code-block: python
    assert w.grad.item() == -2.0
    -->

<!-- check-table: python
[[None, y_hat]]
-->

| quantity | value |
| --- | --- |
| ŷ | 1 |

<!-- a plain comment -->
Closing words.
"""


def test_each_kind_of_block_is_read_with_its_lines():
    page = read_page(PAGE, Path("docs/en/demo.md"))

    [fence] = page.fences
    assert (fence.line, fence.end_line, fence.indent, fence.marker) == (10, 13, "    ", "```")
    assert (fence.language, fence.attributes) == ("py", ' hl_lines="2"')
    assert fence.source == '--8<-- "backprop/demo.py:forward"\n--8<-- "backprop/demo.py:backward"\n'
    assert fence.include_targets == ["backprop/demo.py:forward", "backprop/demo.py:backward"]
    assert [include.section for include in fence.includes] == ["forward", "backward"]
    assert fence.first_include_path == "backprop/demo.py"
    assert fence.opening_with('title="snippets/backprop/demo.py"') == (
        '    ``` py title="snippets/backprop/demo.py" hl_lines="2"'
    )
    assert fence.where == "docs/en/demo.md:10"
    assert page.annotation_items(fence) == [15, 16]

    invisible, table = page.hidden_checks
    assert (invisible.kind, invisible.line, invisible.code_line, invisible.code) == (
        "invisible-code-block",
        19,
        20,
        "assert w.grad.item() == -2.0\n",
    )
    assert (table.kind, table.line, table.code_line, table.code) == ("check-table", 23, 24, "[[None, y_hat]]\n")
    assert table.table == (
        (27, ("quantity", "value")),
        (28, ("---", "---")),
        (29, ("ŷ", "1")),
    )
    assert [(c.line, c.end_line) for c in page.comments] == [(19, 21), (23, 25), (31, 31)]

    assert page.headings == [Heading(1, 1, "A page", None), Heading(3, 2, "The chain rule", "chain-rule")]
    assert page.containers == [Container(8, 22, "", "???", "note", "Going deeper")]
    assert page.paragraphs == [
        (5, "Some prose, on two lines."),
        (15, "1.  The first marker."),
        (16, "2.  The second, on two lines."),
        (32, "Closing words."),
    ]
    # Fences and comments are not prose, and keep their lines blank so that numbers hold.
    assert page.prose.split("\n")[9:13] == ["", "", "", ""]
    assert "invisible-code-block" not in page.without_fences_and_comments()
    assert page.without_comments().endswith("| ŷ | 1 |\n\nClosing words.\n")


def test_a_fence_that_is_never_closed_names_its_page_and_line():
    page = 'Intro.\n\n``` py\n--8<-- "demo.py"\n\nMore prose.\n'
    with pytest.raises(PageError, match=r"^docs/en/demo\.md:3: the fence opened here \(``` py\) is never closed$"):
        read_page(page, Path("docs/en/demo.md"))


def test_a_closing_fence_at_another_indentation_does_not_close_it():
    page = '!!! note\n\n    ``` py\n    --8<-- "demo.py"\n```\n'
    with pytest.raises(PageError, match=r"demo\.md:3: the fence opened here"):
        read_page(page, Path("demo.md"))


def test_a_hidden_check_that_is_never_closed_names_its_line():
    page = "Intro.\n\n<!-- invisible-code-block: python\nassert x == 1\n\nThe rest of the page.\n"
    with pytest.raises(PageError, match=r"^demo\.md:3: this HTML comment is never closed \(no -->\)$"):
        read_page(page, Path("demo.md"))


def test_annotation_markers_are_found_and_removed_by_one_pattern():
    code = "y = w * x  # (1)!\nloss = (y - t) ** 2    # (2)!\nprint(loss)\n"
    assert annotation_numbers(code) == [1, 2]
    assert without_annotation_markers(code) == "y = w * x\nloss = (y - t) ** 2\nprint(loss)"


def test_a_fence_inside_a_comment_is_not_a_block_of_the_page():
    page = "<!-- a note\n``` py\nprint(1)\n```\n-->\n"
    assert read_page(page).fences == ()


def test_reading_pages_does_not_need_the_test_library():
    """The build reads pages through this module (notebooks, headings): sybil is the suite's."""
    code = (
        "import sys, gradbook.page_model, gradbook.pages, gradbook.notebooks;"
        "assert 'sybil' not in sys.modules, 'sybil was imported'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
