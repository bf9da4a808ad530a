"""The checker fails, and says where: each test feeds it a small page that is wrong on purpose.

These run the same sybil parsers as the real pages, on pages and snippets written to a temporary
folder, and assert on the message an author would read.
"""

from __future__ import annotations

import textwrap
import traceback
from pathlib import Path

import pytest
from sybil import Document
from sybil.example import SybilFailure

from gradbook import snippets
from gradbook.page_model import PageError
from gradbook.snippets import SnippetError
from gradbook.sybil_parsers import PARSERS

FENCE = "```"


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """A snippets/ folder and a page of our own, in place of the project's."""
    snippet_dir = tmp_path / "snippets"
    snippet_dir.mkdir()
    monkeypatch.setattr(snippets, "snippets_dir", lambda: snippet_dir)

    def write(files: dict[str, str]) -> Path:
        for name, text in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return tmp_path / "page.md"

    return write


def failures(page: Path) -> list[str]:
    """Evaluate every example of the page in order, as pytest would; collect what fails."""
    found = []
    for example in Document.parse(str(page), *PARSERS).examples():
        try:
            example.evaluate()
        except SybilFailure as failure:
            found.append(str(failure))
        except Exception as error:
            where = traceback.extract_tb(error.__traceback__)[-1]
            found.append(f"{Path(where.filename).name}:{where.lineno}: {type(error).__name__}: {error}")
    return found


PAGE = f"""
# A page

{FENCE} py
--8<-- "demo.py"
{FENCE}

{FENCE} text
--8<-- "demo.out.txt"
{FENCE}
"""


def test_a_correct_page_passes(workspace):
    page = workspace({"snippets/demo.py": "print(2 * 3)\n", "snippets/demo.out.txt": "6\n", "page.md": PAGE})
    assert failures(page) == []


def test_a_wrong_output_names_page_line_snippet_and_shows_a_diff(workspace):
    page = workspace({"snippets/demo.py": "print(2 * 3)\n", "snippets/demo.out.txt": "7\n", "page.md": PAGE})
    [message] = failures(page)
    assert "page.md:7" in message
    assert "snippets/demo.py printed something other than the page shows" in message
    assert "-7\n+6" in message
    assert "--- expected: snippets/demo.out.txt" in message


def test_a_changed_constant_in_a_snippet_fails(workspace):
    page = workspace({"snippets/demo.py": "print(2 * 4)\n", "snippets/demo.out.txt": "6\n", "page.md": PAGE})
    [message] = failures(page)
    assert "-6\n+8" in message


def test_a_snippet_that_raises_shows_its_traceback_with_its_path(workspace):
    page = workspace({"snippets/demo.py": "x = 1\nprint(undefined)\n", "snippets/demo.out.txt": "6\n", "page.md": PAGE})
    first, second = failures(page)
    assert "snippets/demo.py raised an exception" in first
    assert 'demo.py", line 2' in first and "NameError: name 'undefined' is not defined" in first
    assert "no code block runs right before it" in second


def test_a_missing_include_names_the_path(workspace):
    page = workspace({"page.md": PAGE})
    messages = failures(page)
    assert any("missing include: snippets/demo.py does not exist" in m for m in messages)


def test_a_missing_section_names_it(workspace):
    page = workspace(
        {
            "snippets/demo.py": "# --8<-- [start:one]\nprint(1)\n# --8<-- [end:one]\n",
            "page.md": f'{FENCE} py\n--8<-- "demo.py:two"\n{FENCE}\n',
        }
    )
    [message] = failures(page)
    assert "snippets/demo.py (section 'two')" in message and "no such section" in message


def test_an_output_block_of_another_snippet_is_refused(workspace):
    page = workspace(
        {
            "snippets/demo.py": "print(6)\n",
            "snippets/other.out.txt": "6\n",
            "page.md": f'{FENCE} py\n--8<-- "demo.py"\n{FENCE}\n\n{FENCE} text\n--8<-- "other.out.txt"\n{FENCE}\n',
        }
    )
    [message] = failures(page)
    assert "shows snippets/other.out.txt, but the code block before it is snippets/demo.py" in message


def test_sections_run_in_one_namespace_per_page(workspace):
    page = workspace(
        {
            "snippets/demo.py": "# --8<-- [start:a]\nx = 20\n# --8<-- [end:a]\n# --8<-- [start:b]\nprint(x + 1)\n# --8<-- [end:b]\n",
            "snippets/demo.out.txt": "--8<-- [start:b]\n21\n--8<-- [end:b]\n",
            "page.md": f'{FENCE} py\n--8<-- "demo.py:a"\n{FENCE}\n\n{FENCE} py\n--8<-- "demo.py:b"\n{FENCE}\n\n'
            f'{FENCE} text\n--8<-- "demo.out.txt:b"\n{FENCE}\n',
        }
    )
    assert failures(page) == []


def test_a_cut_of_a_long_output_checks_the_lines_it_shows(workspace):
    cut = f'{FENCE} py\n--8<-- "demo.py"\n{FENCE}\n\n{FENCE} text\n--8<-- "demo.out.txt:1:2"\n…\n--8<-- "demo.out.txt:9:10"\n{FENCE}\n'
    output = "".join(f"{i}\n" for i in range(1, 11))
    page = workspace(
        {"snippets/demo.py": "for i in range(1, 11):\n    print(i)\n", "snippets/demo.out.txt": output, "page.md": cut}
    )
    assert failures(page) == []
    (page.parent / "snippets/demo.out.txt").write_text(output.replace("9\n", "99\n"), encoding="utf-8")
    [message] = failures(page)
    assert "-99\n+9" in message


def test_a_wrong_number_in_the_prose_fails_its_invisible_check(workspace):
    page = workspace(
        {
            "snippets/demo.py": "g = -2.0\n",
            "page.md": f'{FENCE} py\n--8<-- "demo.py"\n{FENCE}\n\nThe gradient is −2.\n\n'
            "<!-- invisible-code-block: python\nassert g == -3.0\n-->\n",
        }
    )
    [message] = failures(page)
    assert message.endswith("page.md:8: assert g == -3.0\n  failed: -2.0 == -3.0")  # the line, the check, the values


def test_a_failing_check_inside_a_loop_names_its_own_line(workspace):
    page = workspace(
        {
            "snippets/demo.py": "grads = [3.0, 6.0, 8.0]\n",
            "page.md": f'{FENCE} py\n--8<-- "demo.py"\n{FENCE}\n\n'
            "<!-- invisible-code-block: python\nfor k, g in enumerate(grads, 1):\n    assert g == 3.0 * k\n-->\n",
        }
    )
    [message] = failures(page)
    assert message.endswith("page.md:7: assert g == 3.0 * k\n  failed: 8.0 == 9.0")


def test_a_wrong_table_cell_names_its_line_and_column(workspace):
    page = workspace(
        {
            "snippets/demo.py": "a = 1.0\nb = 0.1 + 0.2\n",
            "page.md": f'{FENCE} py\n--8<-- "demo.py"\n{FENCE}\n\n'
            "<!-- check-table: python\n[[None, a], [None, b]]\n-->\n\n"
            "| name | value |\n| --- | --- |\n| a | 1 |\n| b | 0.3 |\n",
        }
    )
    [message] = failures(page)
    assert "line 12, column 2: the page says '0.3', the check computes 0.30000000000000004" in message


def test_python_written_in_a_page_is_refused(workspace):
    page = workspace({"page.md": f"{FENCE} python\nprint(1)\n{FENCE}\n"})
    [message] = failures(page)
    assert "Python code written in the page; it belongs in snippets/" in message


def test_a_failing_doctest_is_reported(workspace):
    page = workspace({"page.md": f"{FENCE} pycon\n>>> 1 + 1\n3\n{FENCE}\n"})
    [message] = failures(page)
    assert "doctest" in message and "Expected:\n    3\nGot:\n    2" in message


def test_code_outside_sections_is_refused(workspace):
    workspace({"snippets/demo.py": "import os\n# --8<-- [start:a]\nprint(1)\n# --8<-- [end:a]\n"})
    with pytest.raises(SnippetError, match=r"lines \[1\] are code outside every section"):
        snippets.sections(snippets.snippets_dir() / "demo.py")


def test_a_missing_include_fails_the_build(tmp_path):
    """The build's pymdownx.snippets, configured as in mkdocs.yml, stops on a missing path."""
    import markdown
    import yaml
    from pymdownx.snippets import SnippetMissingError

    from gradbook import ROOT

    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    options = config["markdown_extensions"]["pymdownx.snippets"]  # a mapping: mkdocs.en.yml merges into it
    assert options["check_paths"] == "true"
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": {"base_path": [str(tmp_path)], "check_paths": True}},
    )
    with pytest.raises(SnippetMissingError, match=r"no/such\.py"):
        md.convert(f'{FENCE} py\n--8<-- "no/such.py"\n{FENCE}\n')


def test_a_changed_17th_digit_of_a_float32_value_fails(workspace):
    """3.5999999046325684 and …685 are the same double; the cell is compared as the exact repr."""
    page = workspace(
        {
            "snippets/demo.py": "import torch\nv = (torch.tensor(1.8) * 2).item()\n",
            "page.md": f'{FENCE} py\n--8<-- "demo.py"\n{FENCE}\n\n'
            "<!-- check-table: python\n[[None, v]]\n-->\n\n| name | value |\n| --- | --- |\n| ŷ | 3.5999999046325685 |\n",
        }
    )
    [message] = failures(page)
    assert "the page says '3.5999999046325685', the check computes 3.5999999046325684" in message


def test_an_unclosed_fence_stops_the_page_and_names_its_line(workspace):
    """Before the one page model, sybil ran an unclosed fence to the end of the page, silently."""
    page = workspace(
        {"snippets/demo.py": "print(6)\n", "page.md": f'Intro.\n\n{FENCE} py\n--8<-- "demo.py"\n\nMore.\n'}
    )
    with pytest.raises(PageError, match=r"page\.md:3: the fence opened here \(``` py\) is never closed"):
        failures(page)
