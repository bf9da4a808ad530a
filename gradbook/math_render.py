"""LaTeX to MathML Core with Temml (gradbook/temml/, pinned in its package-lock.json), cached.

Temml writes MathML for what Chromium implements, MathML Core, with its stylesheet for what Core
leaves out (`columnalign`: the aligned columns of `align*`); latex2mathml's MathML 3 drew
misaligned `=` signs and labels beside their arrows there. Temml runs in node, at build time:
the pages load no script. One node process per build, started on the first formula no cache
holds and kept open until the build ends, so node and Temml load once; each formula's MathML is
kept in .cache/math/ by its content and Temml's version, so a warm build starts no node at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from functools import cache
from pathlib import Path

from . import CACHE as CACHE_ROOT
from . import ROOT
from .cache import write_atomically

# In the checkout, not beside this file: installed (`pip install .`), the package holds no
# render.mjs or package-lock.json, and npm installs Temml into the checkout as `make` does.
HERE = ROOT / "gradbook" / "temml"
TEMML = HERE / "node_modules" / "temml"
CACHE = CACHE_ROOT / "math"


class RenderError(Exception):
    """Temml could not render a formula; the message is Temml's."""


def install() -> None:
    """`make` installs Temml (node-packages); this covers a bare `mkdocs build` on a fresh clone."""
    if not (TEMML / "package.json").is_file():
        subprocess.run(["npm", "ci", "--prefix", str(HERE), "--no-audit", "--no-fund"], check=True, capture_output=True)


@cache
def temml_version() -> str:
    install()
    return json.loads((TEMML / "package.json").read_text(encoding="utf-8"))["version"]


class Temml:
    """The build's one node process running gradbook/temml/render.mjs, started when first needed."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None
        self.owner = os.getpid()

    def render(self, latex: str, display: bool) -> str:
        # The English build is a fork of the Chinese one (gradbook/hooks/other_language.py): a
        # process it inherited open (after a failed build of `mkdocs serve`) answers the parent.
        if self.process is None or self.process.poll() is not None or self.owner != os.getpid():
            install()
            self.owner = os.getpid()
            self.process = subprocess.Popen(
                ["node", str(HERE / "render.mjs")],
                cwd=HERE,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                encoding="utf-8",
            )
        self.process.stdin.write(json.dumps({"latex": latex, "display": display}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RenderError("node (gradbook/temml/render.mjs) ended without an answer")
        answer = json.loads(line)
        if "error" in answer:
            raise RenderError(answer["error"].strip())
        return answer["mathml"]

    def close(self) -> None:
        if self.process is not None and self.owner == os.getpid():  # a parent's is the parent's to end
            self.process.stdin.close()  # render.mjs ends when its input does
            self.process.wait(timeout=30)
        self.process = None


TEMML_PROCESS = Temml()


def cached_path(latex: str, display: bool) -> Path:
    key = json.dumps([temml_version(), display, latex])
    return CACHE / f"{hashlib.sha256(key.encode()).hexdigest()[:24]}.html"


@cache  # both languages' pages, and a chapter and its notebook, share most formulas
def to_mathml(latex: str, display: bool) -> str:
    path = cached_path(latex, display)
    if path.is_file():
        return path.read_text(encoding="utf-8")
    mathml = TEMML_PROCESS.render(latex, display)
    write_atomically(path, mathml)
    return mathml
