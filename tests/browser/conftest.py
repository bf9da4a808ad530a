"""Fixtures of the browser tests: the built site, served by nginx on 127.0.0.1, and Debian's Chromium.

The site is the run's one build (tests/conftest.py: `mkdocs build --strict` into a folder the
web server's worker may read, published at the address it is then served from, so its
canonical and hreflang links point at pages the crawl can check), served by Debian's nginx as
a static host serves it (gradbook/static_host.py: an unprivileged worker, gzip).
BROWSER_TEST_SITE=<dir> serves an already built site instead (to try the tests on a broken copy).

Every visit gets a fresh browser context that records what a reader would not want: console
errors, uncaught exceptions, failed requests, HTTP errors, and any request to another host
(which is blocked, so nothing ever leaves the machine).
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from gradbook.built_site import page_path
from gradbook.chromium import launch_chromium, wait_for_search_index, weigh
from gradbook.static_host import serve

HERE = Path(__file__).resolve().parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
VIEWPORT = {"width": 1280, "height": 900}  # a desktop: the search box and the switcher in the header
# A small phone, as the reader's browser reports it: the viewport, touch, and mobile layout rules
# (the page's <meta name="viewport"> honoured, scrollbars drawn over the content, not beside it).
PHONE = {"viewport": {"width": 360, "height": 800}, "is_mobile": True, "has_touch": True}
DEVICES = {"desktop": {"viewport": VIEWPORT}, "phone": PHONE}
# Screenshots of every page, as each view first shows it (tests/browser/test_pages.py): the first
# screen; GRADBOOK_SCREENSHOTS=full takes whole pages (seconds each: a long page is 30 000 px tall).
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture(scope="session")
def site_dir(request) -> Path:
    given = os.environ.get("BROWSER_TEST_SITE")
    if given:
        return Path(given)
    return request.getfixturevalue("site")  # tests/conftest.py: the one build of this run


@pytest.fixture(scope="session")
def base_url(site_dir, site_port) -> str:
    with serve(site_dir, site_port) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():  # `make test` installs it; this covers a bare `pytest`
        subprocess.run(["npm", "ci", "--prefix", str(HERE), "--no-audit", "--no-fund"], check=True, capture_output=True)
    return AXE.read_text(encoding="utf-8")


@dataclass
class Visit:
    page: object  # playwright Page
    url: str
    status: int | None = None
    problems: list[str] = field(default_factory=list)  # console errors, failed or foreign requests
    at_load: list[str] = field(default_factory=list)  # the problems once loaded, before any check acted
    # (bytes transferred, uncompressed, requests) once loaded, from a fresh profile: measured
    # then, as the bodies of a page the reader has left are gone
    weight: tuple[int, int, int] = (0, 0, 0)

    def report(self, problems: list[str] | None = None) -> str:
        return "\n".join(f"  - {p}" for p in (self.problems if problems is None else problems))


def visitor(browser, base_url: str, contexts: list):
    """visit(path, color_scheme='light', permissions=(), device='desktop') -> Visit, loaded and
    idle, on base_url; device is one of DEVICES."""

    def open_page(path: str, color_scheme: str = "light", permissions=(), device: str = "desktop") -> Visit:
        context = browser.new_context(**DEVICES[device], color_scheme=color_scheme, permissions=list(permissions))
        contexts.append(context)
        page = context.new_page()
        result = Visit(page, base_url + path)
        local = urlsplit(base_url).netloc
        blocked = set()

        def route(route):
            url = route.request.url
            if urlsplit(url).scheme in ("http", "https", "ws", "wss") and urlsplit(url).netloc != local:
                result.problems.append(f"request to another host (blocked): {url}")
                blocked.add(url)
                route.abort()
            else:
                route.continue_()

        context.route("**/*", route)
        page.on(
            "console",
            lambda m: (
                m.type == "error" and result.problems.append(f"console error: {m.text} ({m.location.get('url', '')})")
            ),
        )
        page.on("pageerror", lambda e: result.problems.append(f"uncaught exception: {e}"))
        context.on(
            "requestfailed",
            lambda r: r.url not in blocked and result.problems.append(f"failed request: {r.url} ({r.failure})"),
        )
        context.on("response", lambda r: r.status >= 400 and result.problems.append(f"HTTP {r.status}: {r.url}"))
        finished = []
        context.on("requestfinished", lambda request: finished.append(request))
        response = page.goto(result.url, wait_until="networkidle")
        result.status = response.status if response else None
        wait_for_search_index(page, result.url, response)
        result.at_load, result.weight = list(result.problems), weigh(finished)
        return result

    return open_page


@pytest.fixture
def visit(browser, base_url):
    contexts = []
    yield visitor(browser, base_url, contexts)
    for context in contexts:
        context.close()


class PageViews:
    """One page as the per-page checks see it: opened once in each view, on first use.

    The views are "light" and "dark" on a desktop, and "phone" (light). The checks of a page
    share them (tests/browser/test_pages.py orders them so that the ones that change what they
    look at come last and leave it as they found it); opening each page once per check was most
    of the browser suite's time. Given a folder, each view is photographed as it first shows,
    into <folder>/<lang>/<page>-<device>-<scheme>.png (see screenshot)."""

    def __init__(self, open_page, base_url: str, lang: str, name: str, screenshots: Path | None = None):
        self.open_page, self.base_url, self.lang, self.name = open_page, base_url, lang, name
        self.path = page_path(lang, name)
        self.url = base_url + self.path
        self.screenshots = screenshots
        self._views: dict[str, Visit] = {}

    def __getitem__(self, view: str) -> Visit:
        """The page in the "light" or "dark" scheme, or on a "phone"; the clipboard may be read and written."""
        if view not in self._views:
            device, scheme = ("phone", "light") if view == "phone" else ("desktop", view)
            self._views[view] = self.open_page(self.path, scheme, ["clipboard-read", "clipboard-write"], device)
            self.screenshot(self._views[view], device, scheme)
        return self._views[view]

    def screenshot(self, seen: Visit, device: str, scheme: str) -> Path | None:
        """What the reader sees there, saved for a person to look at (nothing is compared)."""
        if self.screenshots is None:
            return None
        path = self.screenshots / self.lang / f"{Path(self.name).with_suffix('')}-{device}-{scheme}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        seen.page.screenshot(path=path, full_page=os.environ.get("GRADBOOK_SCREENSHOTS") == "full")
        return path
