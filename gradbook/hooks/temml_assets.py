"""Serve Temml's stylesheet and font from the site, and end the build's Temml process.

The formulas themselves become MathML in the Markdown extension gradbook/markdown/mathml.py;
what is about the build stays here: the stylesheet every page links first, the two files the
site serves, and the node process (gradbook/math_render.py) closed when a build ends.
"""

from __future__ import annotations

from mkdocs.structure.files import File

from gradbook import math_render

# Temml's stylesheet and the one font it names, served under the site's own assets. The
# stylesheet is Temml-Local.css: it uses the reader's installed math font (Cambria Math, STIX Two
# Math, Noto Sans Math, else the browser's `math` family); a shipped math font would add 300 KB or
# more to every first visit, against the site's 400 KB budget.
ASSETS = {"assets/temml/Temml-Local.css": "Temml-Local.css", "assets/temml/Temml.woff2": "Temml.woff2"}
STYLESHEET = "assets/temml/Temml-Local.css"


def on_config(config, **kwargs):
    math_render.install()
    if STYLESHEET not in config.extra_css:
        config.extra_css.insert(0, STYLESHEET)  # first: the site's own math rules (site.css) come after
    return config


def on_files(files, config, **kwargs):
    for uri, name in ASSETS.items():
        files.append(File.generated(config, uri, abs_src_path=str(math_render.TEMML / "dist" / name)))
    return files


def on_post_build(**kwargs):
    math_render.TEMML_PROCESS.close()  # the next build of `mkdocs serve` starts its own when needed


def on_build_error(**kwargs):
    math_render.TEMML_PROCESS.close()
