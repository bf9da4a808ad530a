"""Tell search engines where each page is in the other language: hreflang in sitemap.xml.

Each page's entry in a language's sitemap.xml gets `<xhtml:link rel="alternate" hreflang=…>`
for the same page in every language, and x-default for the default language (the first of
extra.languages, at the site root). Search engines read hreflang from a sitemap as from a
page's <head>. Not in <head>: Material's script fetches `sitemap.xml` beside every
`<link rel="alternate">` of a page, which for per-page alternates is a missing file, three
failed requests on every page a reader opens. Material reads these sitemap entries itself.

The site root is this language's site_url less its path (extra.languages[].path).
"""

from __future__ import annotations

import gzip
from pathlib import Path
from xml.etree import ElementTree

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


def on_post_build(config, **kwargs):
    if not config.site_url:
        return
    sitemap = Path(config.site_dir) / "sitemap.xml"
    languages = config.extra["languages"]
    here = next(language["path"] for language in languages if language["lang"] == config.theme["language"])
    language_root = config.site_url if config.site_url.endswith("/") else config.site_url + "/"
    site_root = language_root[: len(language_root) - len(here)]
    ElementTree.register_namespace("", SITEMAP)
    ElementTree.register_namespace("xhtml", XHTML)
    tree = ElementTree.parse(sitemap)
    for url in tree.getroot().iter(f"{{{SITEMAP}}}url"):
        page = url.find(f"{{{SITEMAP}}}loc").text.removeprefix(language_root)
        alternates = [(language["lang"], language["path"]) for language in languages]
        alternates.append(("x-default", languages[0]["path"]))
        for hreflang, path in alternates:
            link = ElementTree.SubElement(url, f"{{{XHTML}}}link")
            link.set("rel", "alternate")
            link.set("hreflang", hreflang)
            link.set("href", site_root + path + page)
    tree.write(sitemap, encoding="UTF-8", xml_declaration=True)
    sitemap.with_suffix(".xml.gz").write_bytes(gzip.compress(sitemap.read_bytes(), mtime=0))
