"""Build the whole site into a folder, as `make build` does, and find pages in it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from . import DOCS, LANGUAGES, ROOT

PREFIX = {"zh": "", "en": "en/"}  # where each language lives in the built site


def build_site(site_dir: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of both languages into site_dir; the result carries the log."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT, capture_output=True, text=True, env=env,
    )


def page_names() -> list[str]:
    """The site's pages, from docs/zh/*.md (the default language decides which pages exist)."""
    return sorted(str(p.relative_to(DOCS / LANGUAGES[0])) for p in (DOCS / LANGUAGES[0]).rglob("*.md"))


def page_path(lang: str, name: str) -> str:
    """The URL path of a page (`backprop.md`, or `notebooks/backprop.ipynb`) from the site root:
    '', 'backprop/', 'en/backprop/'."""
    stem = name.removesuffix(".md").removesuffix(".ipynb")
    url = "" if stem == "index" else stem.removesuffix("index") if stem.endswith("/index") else stem + "/"
    return PREFIX[lang] + url


def built(site: Path, lang: str, name: str) -> Path:
    """The HTML file of a page in a built site."""
    return site / page_path(lang, name) / "index.html"
