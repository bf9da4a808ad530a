"""Render the math that pymdownx.arithmatex marks up as MathML, at build time, with Temml.

Browsers render MathML natively, so a page with formulas loads no script from anywhere; Temml's
stylesheet (9 KB, 2.5 KB compressed) is served from the site itself, with the small font its
primes use. arithmatex runs in `generic` mode, leaving `\\( … \\)` and `\\[ … \\]` in
`<span class="arithmatex">` and `<div class="arithmatex">`; this hook converts those
(gradbook/math_render.py runs Temml and caches what it writes).
"""

from __future__ import annotations

import html
import re

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from gradbook import math_render

MATH = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<block>.*?)\\\])\s*</(?P=tag)>',
    re.DOTALL,
)

# Temml's stylesheet and the one font it names, served under the site's own assets. The
# stylesheet is Temml-Local.css: it uses the reader's installed math font (Cambria Math, STIX Two
# Math, Noto Sans Math, else the browser's `math` family); a shipped math font would add 300 KB or
# more to every first visit, against the site's 400 KB budget.
ASSETS = {"assets/temml/Temml-Local.css": "Temml-Local.css", "assets/temml/Temml.woff2": "Temml.woff2"}
STYLESHEET = "assets/temml/Temml-Local.css"

# What Temml passes over instead of failing: a `\\` outside a table leaves an empty operator in
# display math, and the line break is lost (a formula run together); in inline math it stacks the
# lines in the middle of a sentence. Either stops the build.
UNRENDERED = {
    "<mo></mo>": "a \\\\ outside a table (use align*)",
    'linebreak="newline"': "a \\\\ in inline math (use display math, align*)",
    "<merror": "an error Temml drew in the formula",
}

CHARACTER = re.compile(r"&#x([0-9a-fA-F]+);")


def compact(mathml: str) -> str:
    """The same MathML in fewer bytes: formulas are a large share of a chapter's weight.

    An HTML page puts <math> in the MathML namespace by itself; a character reference is longer
    than the character. (An <mrow> around one token is kept: it decides an operator's form.)
    """
    mathml = mathml.replace(' xmlns="http://www.w3.org/1998/Math/MathML"', "")
    return CHARACTER.sub(lambda m: html.escape(chr(int(m[1], 16)), quote=False), mathml)


def to_mathml(latex: str, display: str, where: str) -> str:
    try:
        mathml = math_render.to_mathml(latex, display == "block")
    except math_render.RenderError as error:
        raise PluginError(f"{where}: cannot render the formula {latex!r}: {error}") from error
    for sign, problem in UNRENDERED.items():
        if sign in mathml:
            raise PluginError(f"{where}: the formula {latex!r} has {problem}")
    return compact(mathml)


def render(match: re.Match, where: str) -> str:
    if match["inline"] is not None:
        return to_mathml(html.unescape(match["inline"]).strip(), "inline", where)
    return f'<div class="math-block">{to_mathml(html.unescape(match["block"]).strip(), "block", where)}</div>'


def on_config(config, **kwargs):
    math_render.install()
    if STYLESHEET not in config.extra_css:
        config.extra_css.insert(0, STYLESHEET)  # first: the site's own math rules (site.css) come after
    return config


def on_files(files, config, **kwargs):
    for uri, name in ASSETS.items():
        files.append(File.generated(config, uri, abs_src_path=str(math_render.TEMML / "dist" / name)))
    return files


def on_page_content(content, page, **kwargs):
    return MATH.sub(lambda match: render(match, page.file.src_uri), content)


def on_post_build(**kwargs):
    math_render.TEMML_PROCESS.close()  # the next build of `mkdocs serve` starts its own when needed


def on_build_error(**kwargs):
    math_render.TEMML_PROCESS.close()
