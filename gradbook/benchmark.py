"""Print what the site costs: page weights in a real browser, build times, doctest time.

    python -m gradbook.benchmark      (`make bench`)

- every page's weight: all bytes a first visit downloads (HTML, CSS, scripts, fonts, images, the
  search index the search worker fetches), counted by headless Chromium on a fresh profile against
  the built site served by Debian's nginx on 127.0.0.1 as static hosts serve it (gzip on, an
  unprivileged worker: gradbook/static_host.py); the uncompressed bytes are printed beside;
- every page's Lighthouse mobile performance score (median of three runs, with Debian's chromium,
  on the same served site), its total blocking time and DOM size (gradbook/lighthouse_audit.py);
- the cold build (a fresh site directory and empty caches: the project's own (GRADBOOK_CACHE:
  figures, notebook runs, rendered notebooks, templates), jieba's and matplotlib's) and the warm
  build (the same command again, median of three) of the whole site, both languages, `mkdocs build --strict`;
- the doctest suite (`pytest docs`: every page's examples and checks) as a multiple of
  `python -c "import torch"` timed in the same run, so the figure does not depend on the machine.

Targets: every page at most 400 KB and a Lighthouse mobile score of at least 90, the doctest
suite at most 4 times the torch import, a warm
rebuild under 5 seconds. The exit status is 1 when a target is missed.

The helpers here (build, launch Chromium, wait for the search index, weigh a page) and the
server (gradbook/static_host.py) are shared with the browser tests in tests/browser/, so both
measure the same way.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from . import LANGUAGES, ROOT, built_site
from . import lighthouse_audit as lighthouse
from .built_site import page_path, site_pages
from .static_host import readable_tempdir, serve

CHROMIUM = "/usr/bin/chromium"  # Debian's package; never a browser that a tool downloads
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

MAX_PAGE_BYTES = 400 * 1024
MAX_DOCTEST_RATIO = 4.0
MAX_WARM_BUILD_SECONDS = 5.0


def build_site(site_dir: Path, env: dict[str, str] | None = None) -> tuple[float, str]:
    """Build the whole site into site_dir: (seconds, log). Raises with the log on failure."""
    start = time.perf_counter()
    result = built_site.build_site(site_dir, env)
    seconds = time.perf_counter() - start
    log = result.stdout + result.stderr
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build --strict failed:\n{log}")
    return seconds, log


def launch_chromium(playwright):
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing: install Debian's chromium (make test does: `make system-packages`)")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


SERVED_META = re.compile(r'class="md-search-result__meta">\s*([^<]*?)\s*<')
# Material's result list says search.result.initializer (as served) until the worker is ready.
SEARCH_READY = """initializing => {
  const meta = document.querySelector('.md-search-result__meta');
  return !meta || (meta.innerText.trim() !== "" && meta.innerText.trim() !== initializing);
}"""


def wait_for_search_index(page, url: str, response, timeout_ms: float = 30_000) -> None:
    """Wait until the search worker has fetched and loaded its index (it starts after load):
    Material then replaces the result list's "initializing" text, as served, with its placeholder.
    Raises, saying so, when that does not happen within timeout_ms."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    served = SERVED_META.search(response.text() if response else "")
    initializing = served.group(1) if served else None
    if initializing is None:  # a page without the search box (a notebook's raw file, say)
        page.wait_for_load_state("networkidle")
        return
    try:
        page.wait_for_function(SEARCH_READY, arg=initializing, timeout=timeout_ms)
    except PlaywrightTimeout:
        meta = page.evaluate("() => document.querySelector('.md-search-result__meta')?.innerText")
        raise AssertionError(
            f"{url}: the search index did not load within {timeout_ms / 1000:.0f} s (the result list still says {meta!r})"
        ) from None
    page.wait_for_load_state("networkidle")


def encoded_size(url: str) -> int:
    """The bytes of url's body as the server sends it to a browser (gzip when it compresses)."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip, deflate, br"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return len(response.read())


def weigh(finished: list) -> tuple[int, int, int]:
    """(bytes transferred, bytes uncompressed, requests) of the finished requests of a visit.

    Transferred bytes are response headers plus the encoded (gzip) bodies of the page,
    everything it loads and everything its workers fetch (the search worker fetches the
    search index)."""
    transferred = raw = 0
    for request in finished:
        sizes = request.sizes()
        response = request.response()
        body = len(response.body()) if response else 0
        encoded = sizes["responseBodySize"]
        if body and not encoded:  # a worker's script: Chromium reports no size; ask the server
            encoded = encoded_size(request.url)
        transferred += sizes["responseHeadersSize"] + encoded
        raw += body
    return transferred, raw, len(finished)


def page_weight(browser, url: str) -> tuple[int, int, int]:
    """weigh() of a first visit to url: a fresh profile, so nothing comes from a cache, until
    the search index is loaded and the network is idle."""
    context = browser.new_context()
    finished = []
    context.on("requestfinished", lambda request: finished.append(request))
    try:
        page = context.new_page()
        response = page.goto(url, wait_until="networkidle")
        wait_for_search_index(page, url, response)  # the worker fetches the index after load
        return weigh(finished)
    finally:
        context.close()


@contextmanager
def served_site():
    """The whole site, built once into a folder nginx's worker may read, served on 127.0.0.1:
    yields its base URL."""
    tmp = readable_tempdir("gradbook-bench-")
    try:
        site_dir = tmp / "site"
        build_site(site_dir)
        with serve(site_dir) as base:
            yield base
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
        warm = [build_site(tmp / "site", env)[0] for _ in range(3)]
        return cold, statistics.median(warm)


def timed(command: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, result.returncode


def doctest_times() -> tuple[float, int, float]:
    """(seconds of `pytest docs`, its exit status, median seconds of `python -c "import torch"`)."""
    timed([sys.executable, "-c", "import torch"])  # once to fill the OS file cache, not counted
    imports = [timed([sys.executable, "-c", "import torch"])[0] for _ in range(3)]
    suite, status = timed([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "docs"])
    return suite, status, statistics.median(imports)


def kb(n: float) -> str:
    return f"{n / 1024:.1f} KB"


def main() -> int:
    missed = []

    print("Page weight, first visit (fresh profile), all bytes downloaded, headless Chromium,")
    print("served gzip-compressed as static hosts do (uncompressed in brackets):")
    with served_site() as base:
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

    print("Build of the whole site (both languages, mkdocs build --strict):")
    cold, warm = build_times()
    print(
        f"  cold {cold:.2f} s (fresh site directory and caches), warm {warm:.2f} s (median of 3; target: warm < {MAX_WARM_BUILD_SECONDS:.0f} s)"
    )
    if warm >= MAX_WARM_BUILD_SECONDS:
        missed.append(f"warm build {warm:.2f} s >= {MAX_WARM_BUILD_SECONDS:.0f} s")

    print('Doctest suite (pytest docs) against `python -c "import torch"`:')
    suite, status, torch_import = doctest_times()
    ratio = suite / torch_import
    outcome = "passed" if status == 0 else f"FAILED (exit status {status})"
    print(f"  pytest docs {suite:.2f} s ({outcome}), import torch {torch_import:.2f} s (median of 3)")
    print(f"  ratio {ratio:.2f} (target: <= {MAX_DOCTEST_RATIO:.0f})")
    if status != 0:  # a suite that fails may stop early: its time measures nothing
        missed.append(f"pytest docs failed (exit status {status}), so its time is no measure")
    elif ratio > MAX_DOCTEST_RATIO:
        missed.append(f"doctest suite {ratio:.2f} x torch import > {MAX_DOCTEST_RATIO:.0f}")

    if missed:
        print("Targets missed:\n  " + "\n  ".join(missed))
        return 1
    print("All targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
