"""Build the whole site into a folder, as `make build` does, and find pages in it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from . import LANGUAGES, ROOT

PREFIX = {"zh": "", "en": "en/"}  # where each language lives in the built site

# A <link> that names a published address and loads nothing: the page's canonical address and
# its hreflang alternates (gradbook/hooks/language_alternates.py), both under site_url.
NAMES_AN_ADDRESS = re.compile(r'<link rel="(?:canonical|alternate )"(?: hreflang="[^"]*")? href="[^"]*">')


# The libraries only the tests use (the `test` extras of pyproject.toml, by the names they are
# imported as). The site must build where only the site is installed (`pip install .`): every
# build here, the suite's included, runs with these unimportable, so a hook or a page transform
# that imports one, however deep, fails the build with an ImportError naming it.
TEST_ONLY = ("sybil", "pytest", "xdist", "hypothesis", "playwright", "linkcheck", "zensical")

# `mkdocs build …` with TEST_ONLY made unimportable first (None in sys.modules stops an import);
# the English build, a fork of this process (gradbook/hooks/other_language.py), inherits it.
MKDOCS_WITHOUT_TEST_LIBRARIES = (
    "import sys\n"
    f"sys.modules.update(dict.fromkeys({TEST_ONLY!r}))\n"
    "from mkdocs.__main__ import cli\n"
    "cli(prog_name='mkdocs')\n"
)


def build_site(site_dir: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of both languages into site_dir, as `make build` does but with the
    test libraries unimportable (TEST_ONLY); the result carries the log."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-c", MKDOCS_WITHOUT_TEST_LIBRARIES, "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
    )


def site_pages() -> list[str]:
    """Every page a reader can open, by its source: the Markdown pages (as in docs/zh/, the
    default language) and each chapter's notebook (`notebooks/<chapter>.ipynb`)."""
    from .notebooks import chapters
    from .pages import page_names

    return page_names()[LANGUAGES[0]] + [f"notebooks/{chapter}.ipynb" for chapter in chapters()]


def chapter_of(name: str) -> str:
    """The Markdown page a page comes from: `backprop.md` for itself and for its notebook."""
    return name.removeprefix("notebooks/").removesuffix(".ipynb").removesuffix(".md") + ".md"


def page_path(lang: str, name: str) -> str:
    """The URL path of a page (`backprop.md`, or `notebooks/backprop.ipynb`) from the site root:
    '', 'backprop/', 'en/backprop/'."""
    stem = name.removesuffix(".md").removesuffix(".ipynb")
    url = "" if stem == "index" else stem.removesuffix("index") if stem.endswith("/index") else stem + "/"
    return PREFIX[lang] + url


def built(site: Path, lang: str, name: str) -> Path:
    """The HTML file of a page in a built site."""
    return site / page_path(lang, name) / "index.html"
