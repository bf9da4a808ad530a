"""Render the math that pymdownx.arithmatex marks up as MathML, at build time, with Temml.

Browsers render MathML natively, so a page with formulas loads no script from anywhere; Temml's
stylesheet (9 KB, 2.5 KB compressed) is served from the site itself, with the small font its
primes use (copied into the site by gradbook/hooks/temml_assets.py). arithmatex runs in
`generic` mode, leaving `\\( … \\)` and `\\[ … \\]` in `<span class="arithmatex">` and
`<div class="arithmatex">`; this extension converts those (gradbook/math_render.py runs Temml
and caches what it writes).

A Python-Markdown extension (`gradbook.markdown.mathml` under `markdown_extensions`, after
pymdownx.arithmatex), so any engine that renders the pages with Python-Markdown writes the same
MathML (MkDocs, Zensical). The notebook pages, which mkdocs-jupyter renders without
Python-Markdown, call `to_mathml` from gradbook/hooks/notebooks.py.
"""

from __future__ import annotations

import html
import re

from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor

from gradbook import math_render
from gradbook.markdown.errors import PageTransformError

MATH = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<block>.*?)\\\])\s*</(?P=tag)>',
    re.DOTALL,
)

# What Temml passes over instead of failing: a `\\` outside a table leaves an empty operator in
# display math, and the line break is lost (a formula run together); in inline math it stacks the
# lines in the middle of a sentence. Either stops the build.
UNRENDERED = {
    "<mo></mo>": "a \\\\ outside a table (use align*)",
    'linebreak="newline"': "a \\\\ in inline math (use display math, align*)",
    "<merror": "an error Temml drew in the formula",
}

CHARACTER = re.compile(r"&#x([0-9a-fA-F]+);")


class MathError(PageTransformError):
    """A formula that does not render, named with its page when the caller knows the page
    (MkDocs names the page itself: "Error reading page 'backprop.md': …")."""


def compact(mathml: str) -> str:
    """The same MathML in fewer bytes: formulas are a large share of a chapter's weight.

    An HTML page puts <math> in the MathML namespace by itself; a character reference is longer
    than the character. (An <mrow> around one token is kept: it decides an operator's form.)
    """
    mathml = mathml.replace(' xmlns="http://www.w3.org/1998/Math/MathML"', "")
    return CHARACTER.sub(lambda m: html.escape(chr(int(m[1], 16)), quote=False), mathml)


def to_mathml(latex: str, display: str, where: str | None = None) -> str:
    """The formula as compact MathML; `display` is "inline" or "block"; `where` names the page."""
    prefix = f"{where}: " if where else ""
    try:
        mathml = math_render.to_mathml(latex, display == "block")
    except math_render.RenderError as error:
        raise MathError(f"{prefix}cannot render the formula {latex!r}: {error}") from error
    for sign, problem in UNRENDERED.items():
        if sign in mathml:
            raise MathError(f"{prefix}the formula {latex!r} has {problem}")
    return compact(mathml)


def render(match: re.Match) -> str:
    if match["inline"] is not None:
        return to_mathml(html.unescape(match["inline"]).strip(), "inline")
    return f'<div class="math-block">{to_mathml(html.unescape(match["block"]).strip(), "block")}</div>'


class MathMLPostprocessor(Postprocessor):
    def run(self, text: str) -> str:
        return MATH.sub(render, text)


class MathMLExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # Last of the postprocessors: arithmatex's markup is stashed raw HTML, put back into the
        # page by Python-Markdown's raw_html postprocessor (30); what follows it reads the page.
        md.postprocessors.register(MathMLPostprocessor(md), "gradbook-mathml", 1)


def makeExtension(**kwargs) -> MathMLExtension:
    return MathMLExtension(**kwargs)
