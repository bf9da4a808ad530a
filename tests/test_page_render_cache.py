"""The render cache (gradbook/hooks/page_render_cache.py) gives a page what MkDocs' own render
gives it, never keeps a render that warned, and renders a page again when what it reads changes."""

from __future__ import annotations

import logging

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import Page

from gradbook.hooks import page_render_cache as cache

PAGE = """# A chapter

See [the other page](other.md#deeper) and [below](#second).

## Second {#second}

``` py
x = 1
```

Uses `demo/graph.py`.
"""


@pytest.fixture
def site(tmp_path, monkeypatch):
    """A two-page site of our own, with a snippets folder; the cache in a folder of its own."""
    monkeypatch.setattr(cache, "FOLDER", tmp_path / "cache")
    monkeypatch.setattr(cache, "SNIPPETS", tmp_path / "snippets")
    (tmp_path / "snippets" / "demo").mkdir(parents=True)
    (tmp_path / "snippets" / "demo" / "graph.py").write_text("x = 1\n")
    (tmp_path / "snippets" / "other").mkdir()
    (tmp_path / "snippets" / "other" / "unrelated.py").write_text("y = 2\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(PAGE, encoding="utf-8")
    (docs / "other.md").write_text("# Other\n\n## Deeper {#deeper}\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\ndocs_dir: docs\nmarkdown_extensions: [attr_list, toc, pymdownx.superfences]\n"
    )
    config = load_config(str(tmp_path / "mkdocs.yml"))

    def render(name: str = "index.md") -> Page:
        files = get_files(config)
        page = Page(None, files.get_file_from_path(name), config)
        page.read_source(config)
        cache.render(page, config, files)
        return page

    return render, docs, tmp_path


def shown(page: Page) -> tuple:
    links = {file.src_uri: anchors for file, anchors in (page.links_to_anchors or {}).items()}
    toc = [(item.id, item.title, item.url, [(c.id, c.url) for c in item.children]) for item in page.toc]
    return page.content, toc, page._title_from_render, page.present_anchor_ids, links


def test_a_cached_page_is_what_mkdocs_renders(site, monkeypatch):
    render, _, tmp_path = site
    fresh = shown(render())
    assert len(list((tmp_path / "cache").glob("*.json"))) == 1
    monkeypatch.setattr(Page, "mkdocs_render", lambda *args: pytest.fail("rendered again"))
    cached = shown(render())
    assert cached == fresh
    assert "second" in cached[3] and cached[4]["other.md"] == {"deeper": "other.md#deeper"}


def test_a_render_that_warned_is_not_kept(site):
    render, docs, tmp_path = site
    (docs / "index.md").write_text(PAGE + "\n[gone](missing.md)\n", encoding="utf-8")
    messages = []
    handler = logging.Handler(logging.INFO)
    handler.emit = lambda record: messages.append(record.getMessage())
    logging.getLogger("mkdocs").addHandler(handler)
    try:
        for run in (1, 2):
            render()
            assert sum("missing.md" in message for message in messages) == run, "the second build warns again"
    finally:
        logging.getLogger("mkdocs").removeHandler(handler)
    assert not list((tmp_path / "cache").glob("*.json"))


def test_the_snippet_folders_a_page_names_are_part_of_its_key(site):
    render, _, tmp_path = site
    render()
    (tmp_path / "snippets" / "other" / "unrelated.py").write_text("y = 3\n")
    render()
    assert len(list((tmp_path / "cache").glob("*.json"))) == 1, "a folder the page does not name renders it again"
    (tmp_path / "snippets" / "demo" / "graph.py").write_text("x = 2\n")
    render()
    assert len(list((tmp_path / "cache").glob("*.json"))) == 2


def test_an_edited_page_is_rendered_again(site):
    render, docs, tmp_path = site
    render()
    (docs / "index.md").write_text(PAGE.replace("A chapter", "The chapter"), encoding="utf-8")
    assert "The chapter" in render().content
    assert len(list((tmp_path / "cache").glob("*.json"))) == 2
