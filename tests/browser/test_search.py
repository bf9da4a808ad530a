"""Search as a reader uses it: typing into the header's search box, reading the result list."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from browsing import PAGES, url_of

pytestmark = pytest.mark.browser

# The pages that teach each term (SYLLABUS: A autograd, B backpropagation, G graphs, D descent).
TEACHES = {
    "梯度": ["autograd.md", "backprop.md"],
    "反向传播": ["backprop.md"],
    "计算图": ["tensors-graphs.md"],
    "链式法则": ["backprop.md"],
    "梯度下降": ["gradient-descent.md"],
}


# A few distinctive words of an error message, as a reader pastes them into the search box, and
# the section of the common-mistakes page that explains that message. The words come from the
# real outputs the page shows (snippets/mistakes/*.out.txt), in both languages' indexes.
MESSAGES = {
    "version 1": "saved-value-modified",
    "allow_unused": "unused-input",
    "implicitly created": "non-scalar-backward",
}

RESULTS_TIMEOUT_MS = 15_000
RESULTS_SHOWN = """placeholder => document.querySelector('.md-search-result__meta').innerText !== placeholder
  && document.querySelectorAll('.md-search-result__item > a').length > 0"""


def search(visit, lang: str, query: str, *, sections: bool = False) -> list[str]:
    """Type query into the search box of the language's home page; the result links (no ?h=…).

    A result link names its page; with sections, the links of a page's matching sections are
    included too, those folded under "more" as well, each keeping its #id."""
    seen = visit(url_of(lang, "index.md"))
    page = seen.page
    meta = page.locator(".md-search-result__meta")
    placeholder = meta.inner_text()
    box = page.locator("input.md-search__input")
    box.click()
    # Typing Chinese goes through an input method, which ends with a key press: Material searches on keyup.
    box.press_sequentially(query, delay=20)
    box.press("End")
    try:
        # Results are listed as the worker answers, the meta line first: wait for both.
        page.wait_for_function(RESULTS_SHOWN, arg=placeholder, timeout=RESULTS_TIMEOUT_MS)
    except PlaywrightTimeout:
        meta = page.locator(".md-search-result__meta").inner_text()
        raise AssertionError(
            f"searching {query!r} on {seen.url}: no result listed within {RESULTS_TIMEOUT_MS / 1000:.0f} s (the result line says {meta!r})"
        ) from None
    links = ".md-search-result__item a.md-search-result__link" if sections else ".md-search-result__item > a"
    hrefs = page.evaluate("links => [...document.querySelectorAll(links)].map(a => a.href)", links)
    assert not seen.problems, f"searching {query!r} on {seen.url}:\n{seen.report()}"
    if sections:
        return [urlunsplit(urlsplit(href)._replace(query="")) for href in hrefs]
    return [href.split("?")[0].split("#")[0] for href in hrefs]


@pytest.mark.parametrize("term", list(TEACHES))
def test_chinese_search_finds_the_pages_that_teach_it(visit, base_url, term):
    expected = TEACHES[term]
    gone = [name for name in expected if name not in PAGES]
    assert not gone, f"TEACHES names pages that do not exist: {gone} (a page was renamed?)"
    found = search(visit, "zh", term)
    assert found, f"searching {term!r} finds nothing"
    english = [href for href in found if href.startswith(base_url + "en/")]
    assert not english, f"searching {term!r} on the Chinese site finds English pages: {english}"
    missing = [name for name in expected if base_url + url_of("zh", name) not in found]
    assert not missing, f"searching {term!r} does not find {missing}; it finds {sorted(set(found))}"


def test_english_search_finds_english_pages_only(visit, base_url):
    found = search(visit, "en", "gradient")
    assert found, "searching 'gradient' on the English site finds nothing"
    chinese = [href for href in found if not href.startswith(base_url + "en/")]
    assert not chinese, f"searching 'gradient' on the English site finds pages outside en/: {chinese}"
    assert base_url + url_of("en", "backprop.md") in found, (
        f"'gradient' does not find en/backprop/: {sorted(set(found))}"
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("words", list(MESSAGES))
def test_an_error_message_finds_the_section_that_explains_it(visit, base_url, lang, words):
    assert "mistakes.md" in PAGES, "MESSAGES names sections of mistakes.md, which does not exist (renamed?)"
    found = search(visit, lang, words, sections=True)
    section = base_url + url_of(lang, "mistakes.md") + "#" + MESSAGES[words]
    assert section in found, (
        f"searching {words!r} on the {lang} site does not find {section}; it finds {sorted(set(found))}"
    )
