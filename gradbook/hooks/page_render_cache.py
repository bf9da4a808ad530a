"""Keep each page's rendered HTML between builds.

Turning a page's Markdown into HTML (its includes, Pygments on every code block, the figures,
the math, the glossary's tooltips) is most of what a warm rebuild has left to do, and under
`mkdocs serve` a save redoes it for every page of both languages, though it changed one. A
page's HTML follows from its Markdown and from what the Markdown reads: the snippet folders it
names (included code and outputs, figures' runs and the helpers they import), the glossary, the
chapters' titles (the glossary page's table), the site's files (links), the settings in
mkdocs.yml and mkdocs.en.yml, this package's code, Temml's, and the versions of the libraries
that render. A digest of all of that names the page's render in .cache/pages; an unchanged page
is read from its file, with its table of contents and anchors, as MkDocs' own render leaves them.

A render that warned (a broken link, under --strict a failed build) is never kept: the next
build renders the page again and warns again.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
from importlib.metadata import version
from pathlib import Path

from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

import gradbook
from gradbook import CACHE, DOCS, ROOT, SNIPPETS
from gradbook.cache import write_atomically

FOLDER = CACHE / "pages"
LIBRARIES = ("mkdocs", "markdown", "pymdown-extensions", "pygments", "mkdocs-material")
# A snippet a page names: an include, a figure's `snippet:` or `of:`, a path in its prose.
SNIPPET_PATH = re.compile(r"\b([a-z][a-z_0-9]*)/[\w.-]+\.(?:py|txt)\b")

# MkDocs' own render, for a page not cached. Under `mkdocs serve` this file is loaded again for
# each rebuild, when the class already holds the replacement: the original is kept on it.
if not hasattr(Page, "mkdocs_render"):
    Page.mkdocs_render = Page.render


def _digest_of_files(paths) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@functools.cache
def _renderers() -> str:
    """What renders every page alike: the libraries, this package's code, Temml's."""
    package = Path(gradbook.__file__).parent
    code = [p for p in package.rglob("*.py") if "node_modules" not in p.parts]
    temml = [p for p in (ROOT / "gradbook" / "temml").glob("*") if p.is_file()]
    return repr([version(name) for name in LIBRARIES]) + _digest_of_files(code + temml)


def _snippet_folders(markdown: str) -> str:
    folders = sorted({match[1] for match in SNIPPET_PATH.finditer(markdown)})
    return _digest_of_files(
        [p for f in folders if (SNIPPETS / f).is_dir() for p in (SNIPPETS / f).iterdir() if p.is_file()]
    )


def _site(config, files) -> str:
    """What the site around the page is: its settings, its files, its chapters' titles."""
    settings = [ROOT / name for name in ("mkdocs.yml", "mkdocs.en.yml") if (ROOT / name).is_file()]
    titles = [
        (p.name, next((line for line in p.read_text(encoding="utf-8").splitlines() if line.startswith("# ")), ""))
        for p in sorted(Path(config.docs_dir).glob("*.md"))
    ]
    return json.dumps(
        [
            config.config_file_path and Path(config.config_file_path).name,
            config.theme["language"] if "language" in config.theme else None,
            _digest_of_files([*settings, DOCS / "glossary.yml"]),
            titles,
            sorted((file.src_uri, file.url) for file in files),
        ]
    )


def render_key(page: Page, config, files) -> str:
    what = [_renderers(), _site(config, files), _snippet_folders(page.markdown), page.file.src_uri, page.markdown]
    return hashlib.sha256(json.dumps(what).encode()).hexdigest()


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen = False

    def emit(self, record: logging.LogRecord) -> None:
        self.seen = True


def render(page: Page, config, files) -> None:
    if not page.file.src_uri.endswith(".md"):
        return page.mkdocs_render(config, files)
    cached = FOLDER / f"{render_key(page, config, files)}.json"
    if cached.exists():
        saved = json.loads(cached.read_text(encoding="utf-8"))
        page.content = saved["content"]
        page.toc = get_toc(saved["toc_tokens"])
        page._title_from_render = saved["title"]
        page.present_anchor_ids = set(saved["anchors"])
        by_uri = {file.src_uri: file for file in files}
        page.links_to_anchors = {by_uri[uri]: links for uri, links in saved["links_to_anchors"]}
        return None
    warnings = _Warnings()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(warnings)
    toc_tokens = []
    original = _keep_toc_tokens(toc_tokens)
    try:
        page.mkdocs_render(config, files)
    finally:
        logger.removeHandler(warnings)
        _restore_toc_tokens(original)
    if warnings.seen:
        return None
    saved = {
        "content": page.content,
        "toc_tokens": toc_tokens[0] if toc_tokens else [],
        "title": page._title_from_render,
        "anchors": sorted(page.present_anchor_ids or ()),
        "links_to_anchors": [(file.src_uri, links) for file, links in (page.links_to_anchors or {}).items()],
    }
    write_atomically(cached, json.dumps(saved, ensure_ascii=False))
    return None


def _keep_toc_tokens(found: list):
    """Have MkDocs' get_toc, called at the end of its render, hand us the tokens it was given."""
    from mkdocs.structure import pages

    original = pages.get_toc

    def get_toc_keeping(tokens):
        found.append(json.loads(json.dumps(tokens)))
        return original(tokens)

    pages.get_toc = get_toc_keeping
    return original


def _restore_toc_tokens(original) -> None:
    from mkdocs.structure import pages

    pages.get_toc = original


def on_config(config, **kwargs):
    Page.render = render
