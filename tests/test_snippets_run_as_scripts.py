"""Every snippet, run on its own as `python snippets/<path>.py` would run it, prints its .out.txt.

The pages run the sections they show inside one namespace per page; this runs each file alone,
so a reader who copies a whole file gets what the page shows, and the update tool
(`make outputs`) writes exactly what this test compares.
"""

from __future__ import annotations

import difflib
import re
import subprocess
import sys

import pytest

from gradbook import ROOT, SNIPPETS
from gradbook.snippets import all_snippets, render_output, run_file


@pytest.mark.parametrize("snippet", all_snippets(), ids=lambda p: str(p.relative_to(SNIPPETS)))
def test_snippet_prints_its_expected_output(snippet):
    output = snippet.with_suffix(".out.txt")
    expected = output.read_text(encoding="utf-8") if output.exists() else ""
    actual = render_output(run_file(snippet))
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                f"expected: {output.relative_to(ROOT)}",
                f"actual: python {snippet.relative_to(ROOT)}",
            )
        )
        pytest.fail(
            f"{snippet.relative_to(ROOT)} prints something else than its output file:\n{diff}\nIf intended: make outputs, then git diff."
        )


def test_a_snippet_runs_from_the_command_line():
    """One real subprocess, as a reader runs it, so the in-process runs above stand for the real thing."""
    snippet = SNIPPETS / "backprop" / "pytorch_check.py"
    result = subprocess.run([sys.executable, str(snippet)], capture_output=True, text=True, cwd=ROOT, check=True)
    expected = re.sub(
        r"(?m)^--8<-- \[(?:start|end):[^\]]*\]\n", "", snippet.with_suffix(".out.txt").read_text(encoding="utf-8")
    )
    assert result.stdout == expected, "the real run prints something else than the output file's sections, joined"
    assert result.stdout == "".join(out for _, out in run_file(snippet)), "the real run and the in-process run differ"
