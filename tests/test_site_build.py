"""Build the whole site as `make build` does (strict, both languages) and check the HTML."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from gradbook import DOCS, LANGUAGES
from gradbook.built_site import NAMES_AN_ADDRESS, PREFIX, built
from gradbook.notebooks import chapters
from gradbook.pages import fences, page_names
from gradbook.snippets import shown_text

PAGES = page_names()["zh"]
pytestmark = pytest.mark.build


def text_of(page_html: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page_html))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_page_is_built_in_its_language(site, lang, name):
    page = built(site, lang, name).read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in page


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_included_code_and_outputs_are_on_the_page(site, lang, name):
    text = text_of(built(site, lang, name).read_text(encoding="utf-8"))
    missing = []
    for fence in fences(DOCS / lang / name):
        for include in fence.includes or []:
            for line in shown_text(include).splitlines():
                visible = re.sub(r"[ \t]*#[ \t]*\(\d+\)!", "", line).strip()  # annotation markers become buttons
                if visible and visible not in text:
                    missing.append(f"{fence.where}: {include.display}: {visible!r}")
    assert not missing, "included lines missing from the built page:\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_language_switcher_lands_on_the_same_page(site, lang, name):
    page_file = built(site, lang, name)
    links = dict(
        (link_lang, href)
        for href, link_lang in re.findall(
            r'<a href="([^"]*)" hreflang="(\w+)"[^>]*data-language-switch', page_file.read_text(encoding="utf-8")
        )
    )
    assert set(links) == set(LANGUAGES), f"switcher links: {links}"
    for other, href in links.items():
        target = (page_file.parent / href / "index.html").resolve()
        assert target == built(site, other, name).resolve(), (
            f"{lang}/{name}: the {other} link {href!r} goes to {target}"
        )
        assert f'<html lang="{other}"' in target.read_text(encoding="utf-8")


OTHER_HOST = re.compile(r"""(?:src|href|url)\s*[=(]\s*["']?(?:https?:)?//(?!127\.0\.0\.1|localhost)""", re.IGNORECASE)


def test_nothing_is_loaded_from_another_host(site):
    offenders = []
    for path in site.rglob("*"):
        if path.suffix in {".html", ".css", ".js"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            if path.suffix == ".html":
                # Links a reader clicks (<a href>) may point anywhere, and a page's canonical and
                # alternate addresses are the published ones (site_url); only what loads counts.
                text = re.sub(r"<a\s[^>]*>", "", text)
                text = NAMES_AN_ADDRESS.sub("", text)
            for match in OTHER_HOST.finditer(text):
                offenders.append(f"{path.relative_to(site)}: {text[match.start() : match.start() + 90]!r}")
    assert not offenders, "references to other hosts:\n" + "\n".join(offenders[:20])


def test_math_is_rendered_at_build_time(site):
    for lang in LANGUAGES:
        page = built(site, lang, "backprop.md").read_text(encoding="utf-8")
        assert page.count("<math ") > 10
        assert "arithmatex" not in page and "\\frac" not in page


def search_index(site: Path, lang: str) -> dict:
    return json.loads((site / PREFIX[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("term", ["反向传播", "计算图", "链式法则", "局部梯度", "前向传播"])
def test_chinese_terms_are_whole_words_in_the_search_index(site, term):
    index = search_index(site, "zh")
    separator = re.compile(index["config"]["separator"])
    words = {word for doc in index["docs"] for word in separator.split(doc["title"] + " " + doc["text"])}
    assert term in words, f"{term} is not one word in the Chinese search index"


def test_each_language_has_its_own_search_index(site):
    zh, en = search_index(site, "zh"), search_index(site, "en")
    assert not any(re.search(r"[\u4e00-\u9fff]", doc["title"]) for doc in en["docs"]), (
        "Chinese titles in the English index"
    )
    assert any("反向传播" in doc["title"] for doc in zh["docs"])
    assert not any(doc["location"].startswith("en/") for doc in zh["docs"]), "English pages in the Chinese index"


@pytest.mark.parametrize("lang,copy,search", [("zh", "复制", "搜索"), ("en", "Copy to clipboard", "Search")])
def test_theme_speaks_the_page_language(site, lang, copy, search):
    page = built(site, lang, "backprop.md").read_text(encoding="utf-8")
    config = json.loads(re.search(r'id="__config" type="application/json">(.*?)</script>', page, re.DOTALL)[1])
    assert config["translations"]["clipboard.copy"] == copy
    assert f'placeholder="{search}"' in page


CAPTION = {"zh": "输出", "en": "Output"}  # gradbook.markdown.snippet_titles' option in mkdocs.yml, mkdocs.en.yml


@pytest.mark.parametrize("name", PAGES)
def test_output_blocks_are_captioned_in_the_page_language(site, name):
    """The English build inherits the extension from mkdocs.yml and overrides its caption: each
    output block of a page is captioned in the page's language, as many in both."""
    counts = {}
    for lang, other in (("zh", "en"), ("en", "zh")):
        page = built(site, lang, name).read_text(encoding="utf-8")
        counts[lang] = page.count(f'<span class="filename">{CAPTION[lang]}</span>')
        assert f'<span class="filename">{CAPTION[other]}</span>' not in page, f"{lang}/{name}: a {other} caption"
    assert counts["zh"] == counts["en"], f"{name}: output captions {counts}"
    if name.removesuffix(".md") in chapters():  # a chapter runs code and shows what it prints
        assert counts["zh"] > 0, f"{name}: no output block is captioned"


def test_everything_built_is_readable_by_others(site):
    """A web server's worker runs as another user (www-data): every folder of the site must let
    others in and every file let them read, or the host refuses it (the English build once
    left en/ at 0700). tests/browser/test_static_host.py shows what nginx then serves."""
    private = [
        f"{path.relative_to(site)}: mode {path.stat().st_mode & 0o777:o}"
        for path in sorted(site.rglob("*"))  # the folder itself is the publisher's to place
        if (path.stat().st_mode & (0o005 if path.is_dir() else 0o004)) != (0o005 if path.is_dir() else 0o004)
    ]
    assert not private, f"{len(private)} path(s) of the built site others may not read:\n" + "\n".join(
        f"  - {p}" for p in private[:50]
    )


SEARCH_DIALOG_NAME = {"zh": "查找", "en": "Search"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_search_dialog_is_named_in_the_page_language(site, lang):
    """Every page and the 404 page: gradbook/hooks/search_dialog_name.py, in Material's words."""
    pages = [built(site, lang, name) for name in PAGES] + [site / PREFIX[lang] / "404.html"]
    dialog = f'<div class="md-search" data-md-component="search" role="dialog" aria-label="{SEARCH_DIALOG_NAME[lang]}">'
    unnamed = [str(page.relative_to(site)) for page in pages if dialog not in page.read_text(encoding="utf-8")]
    assert not unnamed, f"no {dialog} on: {unnamed}"


def test_a_search_dialog_material_renders_differently_stops_the_build():
    from mkdocs.exceptions import PluginError

    from gradbook.hooks.search_dialog_name import named

    with pytest.raises(PluginError, match=r"docs/x\.md: Material's search dialog is no longer rendered as"):
        named('<div class="md-search" role="dialog"><nav class="md-search__options" aria-label="Search">', "docs/x.md")
