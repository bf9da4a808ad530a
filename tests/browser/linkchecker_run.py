"""Run LinkChecker (the `linkchecker` command, same arguments) with one speed-up.

With its AnchorCheck plugin, LinkChecker checks every `page/#anchor` URL as a URL of its own and
parses the same page again for each: a page with 40 headings is parsed 40 times, minutes for the
whole site. Here the parsed page (a BeautifulSoup tree, only read afterwards) is shared between
identical downloads, so each page is parsed once. Nothing else changes; if LinkChecker's
internals move, this runs LinkChecker unchanged (just slower).
"""

import hashlib
import sys
import threading

from linkcheck.command.linkchecker import linkchecker
from linkcheck.htmlutil import htmlsoup

_make_soup = getattr(htmlsoup, "make_soup", None)
_soups: dict = {}
_lock = threading.Lock()


def make_soup(markup, from_encoding=None):
    data = markup if isinstance(markup, bytes) else str(markup).encode("utf-8", "surrogatepass")
    key = (hashlib.sha256(data).hexdigest(), isinstance(markup, bytes), from_encoding)
    with _lock:
        soup = _soups.get(key)
    if soup is None:
        soup = _make_soup(markup, from_encoding)
        with _lock:
            _soups[key] = soup
    return soup


if _make_soup is not None:
    htmlsoup.make_soup = make_soup

if __name__ == "__main__":
    sys.argv[0] = "linkchecker"
    sys.exit(linkchecker())
