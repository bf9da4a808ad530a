"""Print what the site costs: page weights in a real browser, build times, doctest time.

    python -m gradbook.benchmark           (`make bench`: all of it)
    python -m gradbook.benchmark loop      (the author's loop only: a few minutes)
    python -m gradbook.benchmark pages     (page weights and Lighthouse only)

- every page's weight: all bytes a first visit downloads (HTML, CSS, scripts, fonts, images, the
  search index the search worker fetches), counted by headless Chromium on a fresh profile against
  the built site served by Debian's nginx on 127.0.0.1 as static hosts serve it (gzip on, an
  unprivileged worker: gradbook/static_host.py); the uncompressed bytes are printed beside;
- every page's Lighthouse mobile performance score (median of three runs, with Debian's chromium,
  on the same served site), its total blocking time and DOM size (gradbook/lighthouse_audit.py);
- the cold build (a fresh site directory and empty caches: the project's own (GRADBOOK_CACHE:
  figures, notebook runs, rendered notebooks, templates, search entries), jieba's and matplotlib's) and the warm
  build (the same command again, median of three) of the whole site, both languages, `mkdocs build --strict`;
- the doctest suite (`pytest docs`: every page's examples and checks), median of three;
- under `mkdocs serve`, how soon the served page shows a saved edit of a Chinese page, an English
  page and a snippet, median of three each (gradbook/serve_latency.py).

The times of an author's loop are given as multiples of `python -c "import torch"` (median of
three, timed in the same run), so the figures do not depend on the machine: an author should
see an edit in about the time a script of theirs takes to start (issue 18).

Targets: every page at most 400 KB and a Lighthouse mobile score of at least 90; the doctest
suite at most 2 times the torch import, a warm rebuild at most 1.5 times, an edit seen under
`mkdocs serve` within 1 time. The exit status is 1 when a target is missed.

Chromium is driven as the browser tests drive it (gradbook/chromium.py: launch, wait for the
search index, weigh a visit) against the server they use (gradbook/static_host.py), so both
measure the same way.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from . import LANGUAGES, ROOT, built_site, serve_latency
from . import lighthouse_audit as lighthouse
from .built_site import page_path, site_pages
from .chromium import launch_chromium, page_weight
from .static_host import readable_tempdir, serve

MAX_PAGE_BYTES = 400 * 1024
# Multiples of `python -c "import torch"` (issue 18's targets).
MAX_DOCTEST_RATIO = 2.0
MAX_WARM_BUILD_RATIO = 1.5
MAX_SERVE_EDIT_RATIO = 1.0
RUNS = 3


def build_site(site_dir: Path, env: dict[str, str] | None = None) -> tuple[float, str]:
    """Build the whole site into site_dir: (seconds, log). Raises with the log on failure."""
    start = time.perf_counter()
    result = built_site.build_site(site_dir, env)
    seconds = time.perf_counter() - start
    log = result.stdout + result.stderr
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build --strict failed:\n{log}")
    return seconds, log


@contextmanager
def served_site():
    """The whole site, built once into a folder nginx's worker may read, served on 127.0.0.1:
    yields its base URL and the folder."""
    tmp = readable_tempdir("gradbook-bench-")
    try:
        site_dir = tmp / "site"
        build_site(site_dir)
        with serve(site_dir) as base:
            yield base, site_dir
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def every_page() -> list[str]:
    """The path of every page of both languages, the home pages first."""
    return [page_path(lang, name) for lang in LANGUAGES for name in site_pages()]


def page_weights(base: str) -> dict[str, tuple[int, int, int]]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            return {"/" + path: page_weight(browser, base + path) for path in every_page()}
        finally:
            browser.close()


def build_times() -> tuple[float, float]:
    """(cold, warm) seconds of `mkdocs build --strict` of the whole site; warm: median of 3."""
    with tempfile.TemporaryDirectory(prefix="gradbook-build-") as tmp:
        tmp = Path(tmp)
        for folder in ("tmp", "cache", "mpl", "gradbook"):
            (tmp / folder).mkdir()
        # Empty caches: the project's own in GRADBOOK_CACHE (so the cold build runs every
        # notebook and draws every figure), jieba's dictionary cache in the temporary directory,
        # matplotlib's font cache in MPLCONFIGDIR, other tools' under XDG_CACHE_HOME.
        env = {
            "TMPDIR": str(tmp / "tmp"),
            "XDG_CACHE_HOME": str(tmp / "cache"),
            "MPLCONFIGDIR": str(tmp / "mpl"),
            "GRADBOOK_CACHE": str(tmp / "gradbook"),
        }
        cold, _ = build_site(tmp / "site", env)
        warm = [build_site(tmp / "site", env)[0] for _ in range(RUNS)]
        return cold, statistics.median(warm)


def timed(command: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, result.returncode


def torch_import_time() -> float:
    """Median seconds of `python -c "import torch"`: the unit of the loop's targets."""
    timed([sys.executable, "-c", "import torch"])  # once to fill the OS file cache, not counted
    return statistics.median(timed([sys.executable, "-c", "import torch"])[0] for _ in range(RUNS))


def doctest_times() -> tuple[float, int]:
    """(median seconds of `pytest docs`, the worst exit status of its runs)."""
    runs = [timed([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "docs"]) for _ in range(RUNS)]
    return statistics.median(seconds for seconds, _ in runs), max(status for _, status in runs)


def ratio_line(what: str, seconds: float, torch_import: float, target: float) -> tuple[str, str | None]:
    """The printed line, and what was missed (or None)."""
    ratio = seconds / torch_import
    line = f"  {what}: {seconds:.2f} s = {ratio:.2f} x the torch import (target: <= {target:g})"
    return line, (f"{what}: {ratio:.2f} x the torch import > {target:g}" if ratio > target else None)


def kb(n: float) -> str:
    return f"{n / 1024:.1f} KB"


def main(parts: list[str]) -> int:
    """Measure the parts named ("pages": weights and Lighthouse; "loop": the author's loop), or all."""
    unknown = set(parts) - {"pages", "loop"}
    if unknown:
        raise SystemExit(f"unknown part(s) {sorted(unknown)}: the parts are pages and loop")
    missed = pages() if not parts or "pages" in parts else []
    missed += loop() if not parts or "loop" in parts else []
    if missed:
        print("Targets missed:\n  " + "\n  ".join(missed))
        return 1
    print("All targets met.")
    return 0


def pages() -> list[str]:
    """Print every page's weight and Lighthouse figures; what missed its target."""
    missed = []
    print("Page weight, first visit (fresh profile), all bytes downloaded, headless Chromium,")
    print("served gzip-compressed as static hosts do (uncompressed in brackets):")
    with served_site() as (base, _):
        weights = page_weights(base)
        lines, lighthouse_missed = lighthouse.report(base, every_page())
    width = max(len(page) for page in weights)
    for page, (size, raw, requests) in weights.items():
        flag = "" if size <= MAX_PAGE_BYTES else f"   over {kb(MAX_PAGE_BYTES)}"
        print(f"  {page:<{width}}  {kb(size):>10}  ({kb(raw):>10})  {requests:>3} requests{flag}")
        if flag:
            missed.append(f"{page} weighs {kb(size)} > {kb(MAX_PAGE_BYTES)}")
    sizes = [size for size, _, _ in weights.values()]
    raws = [raw for _, raw, _ in weights.values()]
    print(
        f"  median {kb(statistics.median(sizes))} ({kb(statistics.median(raws))}), "
        f"maximum {kb(max(sizes))} ({kb(max(raws))}); target: every page <= {kb(MAX_PAGE_BYTES)}"
    )
    print(
        f"Lighthouse, mobile (a 412 px phone, 4x slower CPU, slow 4G, simulated), performance, median of "
        f"{lighthouse.RUNS} runs (target: every page >= {lighthouse.MIN_SCORE}), total blocking time, DOM size:"
    )
    print("\n".join(lines))
    missed += lighthouse_missed
    return missed


def loop() -> list[str]:
    """Print the author's loop as multiples of the torch import; what missed its target."""
    missed = []
    torch_import = torch_import_time()
    print(f'An author\'s loop, as multiples of `python -c "import torch"` ({torch_import:.2f} s, median of {RUNS}):')
    cold, warm = build_times()
    print(f"  cold build of the whole site: {cold:.2f} s (fresh site directory and caches; no target)")
    line, miss = ratio_line(
        f"warm rebuild of the whole site (median of {RUNS})", warm, torch_import, MAX_WARM_BUILD_RATIO
    )
    print(line)
    missed += [miss] if miss else []

    suite, status = doctest_times()
    line, miss = ratio_line(f"pytest docs (median of {RUNS})", suite, torch_import, MAX_DOCTEST_RATIO)
    print(line + ("" if status == 0 else f"   FAILED (exit status {status})"))
    if status != 0:  # a suite that fails may stop early: its time measures nothing
        missed.append(f"pytest docs failed (exit status {status}), so its time is no measure")
    elif miss:
        missed.append(miss)

    for name, seconds in serve_latency.latencies(RUNS).items():
        what = f"mkdocs serve shows an edit of {name} (median of {RUNS}: {', '.join(f'{s:.1f}' for s in seconds)} s)"
        line, miss = ratio_line(what, statistics.median(seconds), torch_import, MAX_SERVE_EDIT_RATIO)
        print(line)
        missed += [miss] if miss else []
    return missed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
