"""Render the math that pymdownx.arithmatex marks up as MathML, at build time.

Browsers render MathML natively, so a page with formulas loads no script and no font from
anywhere (MathJax or KaTeX would have to be fetched from a CDN or shipped and loaded on every
page). arithmatex runs in `generic` mode, leaving `\\( … \\)` and `\\[ … \\]` in
`<span class="arithmatex">` and `<div class="arithmatex">`; this hook converts those.
"""

from __future__ import annotations

import html
import re
from functools import cache

from latex2mathml.converter import convert
from mkdocs.exceptions import PluginError

MATH = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<block>.*?)\\\])\s*</(?P=tag)>',
    re.DOTALL,
)


# latex2mathml passes over what it does not know instead of failing: an `aligned` environment
# leaves its `&` as a character, and a `\\` outside a table becomes a line break that MathML
# Core ignores. Both would print a broken formula, so both stop the build.
UNRENDERED = {
    "<mi>&</mi>": "an & outside a table (use align* instead of aligned)",
    'linebreak="newline"': "a \\\\ outside a table (use align*)",
}


SINGLE_TOKEN_ROW = re.compile(r"<mrow>(<(mi|mn|mo|mtext)\b[^>]*>[^<]*</\2>)</mrow>")
CHARACTER = re.compile(r"&#x([0-9a-fA-F]+);")


def compact(mathml: str) -> str:
    """The same MathML in fewer bytes: formulas are a large share of a chapter's weight.

    An HTML page puts <math> in the MathML namespace by itself; an <mrow> around one token draws
    nothing; a character reference is longer than the character.
    """
    mathml = mathml.replace(' xmlns="http://www.w3.org/1998/Math/MathML"', "")
    mathml = CHARACTER.sub(lambda m: html.escape(chr(int(m[1], 16)), quote=False), mathml)
    previous = None
    while previous != mathml:
        previous, mathml = mathml, SINGLE_TOKEN_ROW.sub(r"\1", mathml)
    return mathml


@cache  # both languages, and a chapter and its notebook, share most formulas
def _converted(latex: str, display: str) -> str:
    return convert(latex, display=display)


def to_mathml(latex: str, display: str, where: str) -> str:
    try:
        mathml = _converted(latex, display)
    except Exception as error:  # latex2mathml raises many kinds; any of them is a build error
        raise PluginError(f"{where}: cannot render the formula {latex!r}: {error}") from error
    for sign, problem in UNRENDERED.items():
        if sign in mathml:
            raise PluginError(f"{where}: the formula {latex!r} has {problem}")
    return compact(mathml)


def render(match: re.Match, where: str) -> str:
    if match["inline"] is not None:
        return to_mathml(html.unescape(match["inline"]).strip(), "inline", where)
    return f'<div class="math-block">{to_mathml(html.unescape(match["block"]).strip(), "block", where)}</div>'


def on_page_content(content, page, **kwargs):
    return MATH.sub(lambda match: render(match, page.file.src_uri), content)
