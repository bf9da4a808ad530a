"""Keep each page's search entries between builds.

Material's search plugin reads every page's HTML back with Python's html.parser and segments its
Chinese with jieba, on every build: about 40 % of a warm rebuild, paid again on every save under
`mkdocs serve` for pages the save did not touch. The entries of a page follow from what the
plugin reads (the page's HTML, its URL, its table of contents, title and metadata) and from what
indexes it (the plugin's settings, the versions of Material and jieba, and the glossary's terms,
which gradbook/hooks/search_terms.py makes jieba words). A digest of all of that names the page's
entries in .cache/search: an edited page, or any change to how pages are indexed, is indexed
afresh; an unchanged page is read from the file.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version

from material.plugins.search.plugin import SearchIndex

from gradbook import CACHE, ROOT
from gradbook.cache import write_atomically

FOLDER = CACHE / "search"
# Material's own method, called for a page not cached. Under `mkdocs serve` this file is loaded
# again for each rebuild, when the class already holds the replacement: the original is kept on it.
if not hasattr(SearchIndex, "material_add_entry_from_context"):
    SearchIndex.material_add_entry_from_context = SearchIndex.add_entry_from_context


def _toc(items) -> list:
    return [(item.id, item.url, item.title, _toc(item.children)) for item in items]


def page_key(index: SearchIndex, page) -> str:
    """What decides a page's search entries, as a digest."""
    what = [
        version("mkdocs-material"),
        version("jieba"),
        repr(sorted(index.config.items())),
        (ROOT / "docs" / "glossary.yml").read_text(encoding="utf-8"),
        page.url,
        str(page.title),
        repr(sorted(page.meta.items())),
        repr(_toc(page.toc)),
        page.content,
    ]
    return hashlib.sha256(json.dumps(what, default=repr).encode()).hexdigest()


def add_entry_from_context(index: SearchIndex, page) -> None:
    cached = FOLDER / f"{page_key(index, page)}.json"
    if cached.exists():
        index.entries.extend(json.loads(cached.read_text(encoding="utf-8")))
        return
    before = len(index.entries)
    index.material_add_entry_from_context(page)
    write_atomically(cached, json.dumps(index.entries[before:], ensure_ascii=False))


def on_config(config, **kwargs):
    SearchIndex.add_entry_from_context = add_entry_from_context
