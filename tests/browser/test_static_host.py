"""The built site as a static host serves it (Debian's nginx, gradbook/static_host.py).

Every file of the site answers 200 with the content type its kind needs, to a worker that runs
as an unprivileged user: a file or folder only the builder may read is named. A missing path
answers 404 with the 404 page of its language. Search engines find every page: each language's
sitemap.xml lists all of its pages, and every page names its canonical address and its
counterpart in each language (hreflang alternates, in its <head> and in sitemap.xml:
gradbook/hooks/language_alternates.py), at the address it is served from.
"""

from __future__ import annotations

import gzip
import re
import urllib.error
import urllib.request
from pathlib import Path
from xml.etree import ElementTree

import pytest

from browsing import OTHER, PAGE_IDS, PAGE_PARAMS, url_of
from gradbook import LANGUAGES
from gradbook.built_site import PREFIX
from gradbook.static_host import WORKER_USER, worker_is_unprivileged

pytestmark = pytest.mark.browser

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# The content type each kind of file is served with; a kind not listed here fails the test,
# so a new kind of file is looked at once.
CONTENT_TYPES = {
    ".html": "text/html",
    ".css": "text/css",
    ".js": "application/javascript",
    ".json": "application/json",
    ".xml": "text/xml",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".ipynb": "application/x-ipynb+json",
    # Temml's font for primes and script capitals (gradbook/hooks/temml_assets.py); already compressed.
    ".woff2": "font/woff2",
    # sitemap.xml.gz: crawlers read it by its name; it is never shown.
    ".gz": "application/octet-stream",
    # Source maps of Material's scripts: only a browser's developer tools read them, by name.
    ".map": "application/octet-stream",
}


def get(url: str) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    try:
        response = urllib.request.urlopen(request, timeout=30)
    except urllib.error.HTTPError as error:
        response = error
    body = response.read()
    if response.headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return response.status, dict(response.headers), body


def test_the_worker_runs_as_an_unprivileged_user():
    assert worker_is_unprivileged(), (
        f"the suite does not run as root, so nginx cannot run its worker as {WORKER_USER}: files only the "
        "builder may read would pass unseen (CI runs as root)"
    )


def test_every_file_is_served_with_its_type(site_dir, base_url):
    bad = []
    for path in sorted(Path(site_dir).rglob("*")):
        if path.is_dir():
            continue
        relative = path.relative_to(site_dir).as_posix()
        status, headers, _ = get(base_url + relative)
        expected = CONTENT_TYPES.get(path.suffix)
        served = headers.get("Content-Type", "").split(";")[0]
        if status != 200:
            bad.append(f"{relative}: HTTP {status}")
        elif expected is None:
            bad.append(
                f"{relative}: a kind of file the site never served before ({path.suffix or 'no suffix'}, served as {served}): add it to CONTENT_TYPES"
            )
        elif served != expected:
            bad.append(f"{relative}: served as {served}, not {expected}")
    assert not bad, f"{len(bad)} file(s) of {site_dir} not served as they should be:\n" + "\n".join(
        f"  - {b}" for b in bad
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_missing_path_shows_the_404_page_of_its_language(base_url, lang):
    prefix = PREFIX[lang]
    status, _, body = get(f"{base_url}{prefix}no-such-page/")
    html = body.decode("utf-8")
    assert status == 404, f"{base_url}{prefix}no-such-page/ answered {status}, not 404"
    assert f'<html lang="{lang}"' in html, f"{prefix}no-such-page/ shows a page that is not in {lang}: {html[:300]!r}"
    assert "404" in html, f"{prefix}no-such-page/ does not show the 404 page"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sitemap_lists_every_page(base_url, lang):
    prefix = PREFIX[lang]
    status, _, body = get(f"{base_url}{prefix}sitemap.xml")
    assert status == 200, f"{prefix}sitemap.xml answered {status}"
    listed = {loc.text for loc in ElementTree.fromstring(body).iter(f"{SITEMAP}loc")}
    expected = {base_url + url_of(lang_, name) for lang_, name in PAGE_PARAMS if lang_ == lang}
    assert expected - listed == set(), f"{prefix}sitemap.xml misses {sorted(expected - listed)}"
    assert listed - expected == set(), f"{prefix}sitemap.xml lists what is not a page: {sorted(listed - expected)}"


CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)"')
HEAD_ALTERNATE = re.compile(r'<link rel="alternate " hreflang="([^"]+)" href="([^"]+)"')
XHTML_LINK = "{http://www.w3.org/1999/xhtml}link"


@pytest.fixture(scope="module")
def sitemap_alternates(base_url) -> dict[str, dict[str, str]]:
    """{page URL: {hreflang: URL}} from both languages' sitemap.xml."""
    found = {}
    for prefix in PREFIX.values():
        root = ElementTree.fromstring(get(f"{base_url}{prefix}sitemap.xml")[2])
        for url in root.iter(f"{SITEMAP}url"):
            found[url.find(f"{SITEMAP}loc").text] = {
                link.get("hreflang"): link.get("href") for link in url.iter(XHTML_LINK)
            }
    return found


@pytest.mark.parametrize("lang,name", PAGE_PARAMS, ids=PAGE_IDS)
def test_every_page_names_its_address_and_its_other_language(base_url, sitemap_alternates, lang, name):
    """Its canonical link in <head>; its hreflang alternates, in <head> and in sitemap.xml, answer 200."""
    url = base_url + url_of(lang, name)
    status, _, body = get(url)
    head = body.decode("utf-8").split("</head>")[0]
    canonical = CANONICAL.findall(head)
    assert status == 200 and canonical == [url], f"{url} (HTTP {status}): canonical links {canonical}, not [{url!r}]"
    expected = {
        lang: url,
        OTHER[lang]: base_url + url_of(OTHER[lang], name),
        "x-default": base_url + url_of("zh", name),
    }
    in_head = HEAD_ALTERNATE.findall(head)
    assert dict(in_head) == expected and len(in_head) == 3, (
        f"{url}: hreflang alternates in <head> are {in_head}, not {expected}"
    )
    given = sitemap_alternates.get(url)
    assert given == expected, f"{url}: hreflang alternates in sitemap.xml are {given}, not {expected}"
    for hreflang, href in expected.items():
        assert get(href)[0] == 200, f"{url}: its {hreflang} alternate {href} does not answer 200"
