"""The browser checks report a broken page, by name and reason: each check of test_pages.py and
the link crawl, run on a copy of the built site with one page broken on purpose.

The Chinese backprop page of the copy gets what a reader must never meet: an image from another
host, a script error, an image that is missing, faint text, TeX left unconverted, a broken link,
a language switcher that points to the wrong page, a code block whose copy button copies nothing
(the notebook pages' bug: a "=" in the id Material builds its selector from), a dark theme with a
light background, half a megabyte of weight that does not compress, and on a phone a box wider
than the screen, a box that scrolls without showing it and a figure whose text is 3 px; and the
Chinese search index loses the page. A folder and a file of the copy are readable by their owner only.
"""

from __future__ import annotations

import base64
import json
import random
import re
import shutil

import pytest
import test_pages
import test_search
import test_static_host
from test_links import broken, linkcheck

from browsing import url_of
from conftest import PageViews, visitor
from gradbook.static_host import readable_tempdir, serve

pytestmark = pytest.mark.browser

BROKEN_PAGE = ("zh", "backprop.md")
DAMAGE = """
<p>外部图片 <img src="https://cdn.example.com/tracker.png" alt="tracker"></p>
<p><img src="missing-figure.png" alt="a figure that is not there"></p>
<p style="color:#c8c8c8">浅得几乎看不见的文字</p>
<p>没有转换的公式 \\(\\frac{\\partial L}{\\partial w}\\)</p>
<p><a href="../no-such-chapter/">一个坏链接</a></p>
<script>window.gradbookUndefinedFunction();</script>
<div id="cell-id=broken"><div class="highlight"><pre><code>print("copy me")</code></pre></div></div>
<style>[data-md-color-scheme=slate] { --md-default-bg-color: #fafafa; }</style>
<div style="width: 600px">宽得超出手机屏幕的盒子</div>
<div style="overflow-x: auto; background: none"><div style="width: 900px">看不出能滚动的盒子</div></div>
<svg viewBox="0 0 1000 100" style="width: 100%"><text x="0" y="50" font-size="10">小得看不清的字</text></svg>
"""
UNREADABLE = ["en/glossary", "sitemap.xml.gz"]  # a folder and a file, mode 0700 and 0600
# Random bytes do not compress: with them the page alone is past the 400 KB budget.
BALLAST = "<!-- " + base64.b64encode(random.Random(0).randbytes(450 * 1024)).decode() + " -->"


@pytest.fixture(scope="module")
def broken_site(site_dir):
    folder = readable_tempdir("gradbook-broken-site-")
    copy = folder / "site"
    shutil.copytree(site_dir, copy)
    # What only the builder may read, as tempfile.mkdtemp made en/ before: a web server refuses it.
    for private in UNREADABLE:
        (copy / private).chmod(0o700 if (copy / private).is_dir() else 0o600)
    page = copy / url_of(*BROKEN_PAGE) / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "</article>" in html
    html = html.replace("</article>", DAMAGE + BALLAST + "</article>", 1)
    # The switcher to English sends the reader to the English home page instead.
    html, count = re.subn(r'(<a [^>]*href=")[^"]*("[^>]*hreflang="en")', r"\1../en/\2", html)
    assert count == 1, f"{count} English switcher links to break"
    page.write_text(html, encoding="utf-8")
    index = copy / "search" / "search_index.json"
    entries = json.loads(index.read_text(encoding="utf-8"))
    entries["docs"] = [doc for doc in entries["docs"] if not doc["location"].startswith("backprop/")]
    index.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    yield copy
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def broken_url(broken_site):
    with serve(broken_site) as url:
        yield url


@pytest.fixture
def broken_visit(browser, broken_url):
    contexts = []
    yield visitor(browser, broken_url, contexts)
    for context in contexts:
        context.close()


@pytest.fixture
def broken_views(browser, broken_url):
    """The broken page, as the per-page checks of test_pages.py see it."""
    contexts = []
    yield PageViews(visitor(browser, broken_url, contexts), broken_url, *BROKEN_PAGE)
    for context in contexts:
        context.close()


def failure_of(check, *args) -> str:
    with pytest.raises(AssertionError) as raised:
        check(*args)
    return str(raised.value)


def test_a_request_to_another_host_a_script_error_and_a_missing_file_are_reported(broken_views):
    message = failure_of(test_pages.test_page_loads_cleanly, broken_views)
    assert "/backprop/" in message
    assert "request to another host (blocked): https://cdn.example.com/tracker.png" in message
    assert "gradbookUndefinedFunction" in message
    assert "HTTP 404" in message and "missing-figure.png" in message


def test_unconverted_math_is_reported(broken_views):
    message = failure_of(test_pages.test_math_is_rendered, broken_views)
    assert "unconverted TeX in the prose" in message and "\\frac" in message


def test_a_figure_that_does_not_load_is_reported(broken_views):
    message = failure_of(test_pages.test_every_figure_shows, broken_views)
    assert "missing-figure.png does not load" in message


def test_a_switcher_to_the_wrong_page_is_reported(broken_views, broken_url):
    message = failure_of(test_pages.test_language_switcher_lands_on_the_same_page, broken_views)
    assert f"lands on {broken_url}en/, not {broken_url}en/backprop/" in message


def test_faint_text_is_an_accessibility_violation(broken_views, axe_source):
    message = failure_of(test_pages.test_no_serious_accessibility_violation, broken_views, axe_source, "light")
    assert "color-contrast (serious)" in message and "浅得几乎看不见的文字" in message


def test_a_broken_link_is_reported_with_its_page(broken_url, tmp_path):
    start = broken_url + url_of(*BROKEN_PAGE)
    # The site root as a start too: LinkChecker checks only links under a start URL (the rest
    # count as other sites), and the full crawl starts from the root as well.
    rows = linkcheck([broken_url, start], tmp_path, follow=False)
    bad = [broken(row) for row in rows if row["parentname"] == start and broken(row)]
    assert any("broken link '../no-such-chapter/'" in b and "404" in b for b in bad), bad


def test_a_copy_button_that_copies_nothing_is_reported(broken_views):
    message = failure_of(test_pages.test_copy_button_copies_the_code, broken_views)
    assert "('print(\"copy me\")'…): the copy button copied nothing" in message


def test_a_dark_theme_with_a_light_background_is_reported(broken_views):
    message = failure_of(test_pages.test_theme_renders, broken_views, "dark")
    assert "the background's luminance is" in message and "in the dark theme" in message


def test_what_does_not_fit_a_phone_is_reported(broken_views):
    message = failure_of(test_pages.test_page_fits_a_phone, broken_views)
    assert "宽得超出手机屏幕的盒子" in message and "past the screen, and is cut off" in message
    assert "看不出能滚动的盒子" in message and "shows no sign of it" in message
    assert "小得看不清的字" in message and "is 3.3 px (drawn 328 px wide)" in message
    assert "px wide on a 360 px screen" in message


def test_a_page_over_its_weight_budget_is_reported(broken_views, broken_url):
    message = failure_of(test_pages.test_page_weight_is_within_budget, broken_views)
    assert f"{broken_url}backprop/ weighs" in message and "> 400 KB" in message


def test_a_page_that_search_does_not_find_is_reported(broken_visit, broken_url):
    message = failure_of(
        test_search.test_chinese_search_finds_the_pages_that_teach_it, broken_visit, broken_url, "反向传播"
    )
    assert "searching '反向传播' does not find ['backprop.md']" in message


def test_what_only_the_builder_may_read_is_reported(broken_site, broken_url):
    message = failure_of(test_static_host.test_every_file_is_served_with_its_type, broken_site, broken_url)
    for private in UNREADABLE:
        assert private in message, message
    assert "HTTP 403" in message
