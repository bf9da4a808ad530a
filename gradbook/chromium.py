"""Debian's headless Chromium as the browser tests (tests/browser/) and `make bench` drive it:
launched from /usr/bin/chromium (never a browser a tool downloads), a page counted as loaded once
its search index is, and the bytes a visit downloads weighed."""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path

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
