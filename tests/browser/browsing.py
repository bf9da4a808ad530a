"""What the browser tests share besides fixtures: the pages, their URLs, and page-side scripts."""

from __future__ import annotations

from gradbook import LANGUAGES
from gradbook.built_site import page_path, site_pages

PAGES = site_pages()  # docs/zh/*.md and the chapters' notebooks, read at collection: whatever pages exist now
PAGE_PARAMS = [(lang, name) for lang in LANGUAGES for name in PAGES]
PAGE_IDS = [f"{lang}/{name}" for lang, name in PAGE_PARAMS]
OTHER = {"zh": "en", "en": "zh"}

# Shows what a reader can open or switch to: collapsed answers (<details>) and every content
# tab, so that math, figures and code inside them are checked too.
REVEAL = """() => {
  document.querySelectorAll("article details").forEach(d => { d.open = true; });
  const style = document.createElement("style");
  style.textContent = ".tabbed-set > .tabbed-content > .tabbed-block { display: block !important; }";
  document.head.append(style);
}"""


def url_of(lang: str, name: str) -> str:
    return page_path(lang, name)


def reveal(page) -> None:
    page.evaluate(REVEAL)
