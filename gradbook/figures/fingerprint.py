"""What decides a picture: its fingerprint (the cache's key) and the id prefix derived from it."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from .. import figures  # the package: snippets_dir is read there (a test may replace it)
from .spec import Spec


@functools.cache
def _drawing_tools() -> bytes:
    """What else decides a picture: how snippets run, and the versions of the drawing tools."""
    import subprocess
    from importlib.metadata import version

    from .. import snippets

    try:
        dot = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr.strip()
    except OSError:
        dot = "no dot"  # draw_graph then fails with graphviz's own message
    tools = [version(name) for name in ("torch", "matplotlib", "graphviz")] + [dot, _fonts()]
    return Path(snippets.__file__).read_bytes() + repr(tools).encode()


def _fonts() -> list[str]:
    """The font files matplotlib measures text with: a CJK font installed after a picture was
    drawn lays its titles out anew, so it must not find the old picture in the cache."""
    from matplotlib import font_manager

    from .draw_plots import CJK_FAMILIES

    found = []
    for family in ("DejaVu Sans", *CJK_FAMILIES):
        try:
            found.append(
                Path(font_manager.findfont(family, fallback_to_default=False)).name
            )  # not where: ids derive from it
        except ValueError:
            found.append(f"no {family}")
    return found


def _figure_code() -> bytes:
    """Every file of this package, sorted by name: a change to any of them redraws every figure."""
    return b"".join(path.read_bytes() for path in sorted(Path(__file__).parent.glob("*.py")))


def _fingerprint(spec: Spec) -> str:
    digest = hashlib.sha256(_figure_code() + _drawing_tools())
    digest.update(repr(sorted(vars(spec).items())).encode())
    series = spec.of if isinstance(spec.of, list) else [spec.of]
    snippets_used = {spec.snippet} | {str(s).rpartition(":")[0] for s in series if ":" in str(s)}
    for snippet in sorted(snippets_used):
        folder = (figures.snippets_dir() / snippet).parent
        for path in sorted(folder.glob("*.py")):  # the snippet and the helpers it may import
            digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def id_prefix(spec: Spec) -> str:
    """What makes a figure's ids its own. A page holds several figures inline, and drawing tools
    number their ids from 1 in each (figure_1, node1): without it, one figure's references (a
    marker, a clip path) would resolve into another figure's elements. The ids the tools number
    start with it; the ids matplotlib hashes (markers, clip paths) are salted with it. The
    figure's fingerprint is unique per spec, and the same whenever the figure is redrawn."""
    return f"fig-{_fingerprint(spec)[:10]}"
