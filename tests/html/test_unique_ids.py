"""Every id on a page of the built site is used once, and every #reference inside a figure's
SVG resolves to an element of that figure (gradbook/html_ids.py)."""

from __future__ import annotations

import pytest

from gradbook.html_ids import id_problems

pytestmark = pytest.mark.build


def test_ids_are_unique_and_figures_refer_to_themselves(site):
    problems = [
        f"{page.relative_to(site)}: {problem}"
        for page in sorted(site.rglob("*.html"))
        for problem in id_problems(page.read_text(encoding="utf-8"))
    ]
    assert not problems, f"{len(problems)} id problems:\n" + "\n".join(problems[:50])
