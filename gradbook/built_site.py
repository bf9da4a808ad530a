"""Build the whole site into a folder, as `make build` does, and find pages in it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from . import ROOT

PREFIX = {"zh": "", "en": "en/"}  # where each language lives in the built site


def build_site(site_dir: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of both languages into site_dir; the result carries the log."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT, capture_output=True, text=True, env=env,
    )


def built(site: Path, lang: str, name: str) -> Path:
    """The HTML file of a page (`backprop.md`, or `notebooks/backprop.ipynb`) in a language."""
    stem = name.removesuffix(".md").removesuffix(".ipynb")
    url = "" if stem == "index" else stem + "/"
    return site / PREFIX[lang] / url / "index.html"
