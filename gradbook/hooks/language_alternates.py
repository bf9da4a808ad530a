"""Tell search engines where each page is in the other language: hreflang alternates.

Every page names the same page in every language, and x-default for the default language (the
first of extra.languages, at the site root), twice over:

- in its <head> (overrides/main.html renders the `alternates` this hook puts in the page's
  context), as `rel="alternate "`. The trailing space is on purpose: rel is a list of tokens,
  so to a crawler it is the alternate link type, but Material's script selects
  `link[rel=alternate]` exactly and fetches `sitemap.xml` beside each one it finds, which for a
  page's own address is a missing file: three failed requests on every page a reader opens.
  tests/browser/test_pages.py fails on any failed request, so a Material that changes its
  selector shows up there.
- in its entry of the language's sitemap.xml, `<xhtml:link rel="alternate" hreflang=…>`, which
  Material's instant navigation also reads to keep the language switch on the same page.

The site root is this language's site_url less its path (extra.languages[].path).
"""

from __future__ import annotations

import gzip
from pathlib import Path
from xml.etree import ElementTree

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


def roots(config) -> tuple[str, str]:
    """(this language's root URL, the site's root URL), each ending in /."""
    here = next(
        language["path"] for language in config.extra["languages"] if language["lang"] == config.theme["language"]
    )
    language_root = config.site_url if config.site_url.endswith("/") else config.site_url + "/"
    return language_root, language_root[: len(language_root) - len(here)]


def alternates(config, page_url: str) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) of the page at page_url (relative to its language's root)."""
    _, site_root = roots(config)
    languages = config.extra["languages"]
    found = [(language["lang"], site_root + language["path"] + page_url) for language in languages]
    return [*found, ("x-default", site_root + languages[0]["path"] + page_url)]


def on_page_context(context, page, config, **kwargs):
    if config.site_url:
        context["alternates"] = alternates(config, page.url)
    return context


def on_post_build(config, **kwargs):
    if not config.site_url:
        return
    sitemap = Path(config.site_dir) / "sitemap.xml"
    language_root, _ = roots(config)
    ElementTree.register_namespace("", SITEMAP)
    ElementTree.register_namespace("xhtml", XHTML)
    tree = ElementTree.parse(sitemap)
    for url in tree.getroot().iter(f"{{{SITEMAP}}}url"):
        page = url.find(f"{{{SITEMAP}}}loc").text.removeprefix(language_root)
        for hreflang, href in alternates(config, page):
            link = ElementTree.SubElement(url, f"{{{XHTML}}}link")
            link.set("rel", "alternate")
            link.set("hreflang", hreflang)
            link.set("href", href)
    tree.write(sitemap, encoding="UTF-8", xml_declaration=True)
    sitemap.with_suffix(".xml.gz").write_bytes(gzip.compress(sitemap.read_bytes(), mtime=0))
