"""Rewrite the expected outputs (snippets/**/*.out.txt) from real runs, for review with `git diff`.

    python -m gradbook.update_outputs                 # every snippet
    python -m gradbook.update_outputs snippets/backprop/by_hand.py

Each snippet runs as `python snippets/<path>.py` would, one section after another, and the
output of each section is written between the same section markers as its code. A snippet
that prints nothing has no output file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from . import ROOT
from .snippets import all_snippets, render_output, run_file


def update(path: Path) -> str | None:
    """Rewrite one output file; return what changed, or None."""
    output = path.with_suffix(".out.txt")
    text = render_output(run_file(path))
    old = output.read_text(encoding="utf-8") if output.exists() else None
    if text == old or (not text and old is None):  # unchanged, or silent with no file to remove
        return None
    if text:
        output.write_text(text, encoding="utf-8")
        return f"{'rewrote' if old is not None else 'created'} {output.relative_to(ROOT)}"
    output.unlink(missing_ok=True)
    return f"removed {output.relative_to(ROOT)} (the snippet prints nothing)"


def main(argv: list[str]) -> int:
    paths = [Path(arg).resolve() for arg in argv] or all_snippets()
    changes = [change for change in map(update, paths) if change]
    for change in changes:
        print(change)
    print(f"{len(paths)} snippets run, {len(changes)} output files changed. Review them with `git diff snippets/`.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
