"""The build's math renderer: a formula Temml cannot draw stops the build, naming the page and the
formula; a formula is rendered once and then read from the cache, with no node process started."""

from __future__ import annotations

import markdown
import pytest

from gradbook import math_render
from gradbook.markdown import mathml


@pytest.fixture
def empty_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(math_render, "CACHE", tmp_path)
    math_render.to_mathml.cache_clear()  # the in-process memo would answer without the cache
    yield tmp_path
    math_render.to_mathml.cache_clear()
    math_render.TEMML_PROCESS.close()


@pytest.mark.parametrize(
    "latex,display,problem",
    [
        (r"\frac{\partial L}{\partail w}", "inline", r"Unsupported function name: \partail"),
        ("a &= b", "block", "cannot render the formula 'a &= b'"),
        (r"a = b \\ c = d", "block", "a \\\\ outside a table (use align*)"),
        (r"a = b \\ c = d", "inline", "a \\\\ in inline math"),
    ],
)
def test_a_formula_that_does_not_render_stops_the_build(empty_cache, latex, display, problem):
    with pytest.raises(mathml.MathError) as raised:
        mathml.to_mathml(latex, display, "zh/backprop.md")
    message = str(raised.value)
    assert message.startswith("zh/backprop.md: ") and repr(latex) in message and problem in message, message


def test_a_rendered_formula_is_read_from_the_cache(empty_cache, monkeypatch):
    latex = r"\begin{align*} s &= \hat{y} - y \\ \text{loss} &= s^2 \end{align*}"
    first = mathml.to_mathml(latex, "block", "zh/backprop.md")
    assert "<mtable" in first
    assert len(list(empty_cache.iterdir())) == 1
    math_render.to_mathml.cache_clear()
    math_render.TEMML_PROCESS.close()

    def no_node(*args, **kwargs):
        raise AssertionError("node was started for a formula the cache holds")

    monkeypatch.setattr(math_render.TEMML_PROCESS, "render", no_node)
    assert mathml.to_mathml(latex, "block", "en/backprop.md") == first


def test_the_extension_stops_at_a_formula_that_does_not_render(empty_cache):
    # Under MkDocs the page is named by MkDocs itself ("Error reading page 'backprop.md': …").
    md = markdown.Markdown(
        extensions=["pymdownx.arithmatex", "gradbook.markdown.mathml"],
        extension_configs={"pymdownx.arithmatex": {"generic": True}},
    )
    assert "<math" in md.convert(r"$w_1$ 的梯度") and "arithmatex" not in md.convert(r"$w_1$ 的梯度")
    latex = r"a = b \\ c"
    with pytest.raises(mathml.MathError) as raised:
        md.convert(f"见 ${latex}$。")
    assert f"the formula {latex!r} has a \\\\ in inline math" in str(raised.value), raised.value


def test_a_formula_that_does_not_render_stops_mkdocs_with_one_line_not_a_traceback(tmp_path):
    """The extension raises an engine-neutral error that MkDocs reports as its own: the page and
    the formula in one line, as an author needs them."""
    import subprocess
    import sys

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Page\n\nA broken formula: \\(\\frac{1}{\\)\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\nmarkdown_extensions:\n  - pymdownx.arithmatex:\n      generic: true\n  - gradbook.markdown.mathml\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "index.md" in result.stderr and "\\frac{1}{" in result.stderr, result.stderr[-3000:]
