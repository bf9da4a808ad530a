"""No broken internal link or anchor, in either language: LinkChecker crawls the served site.

One crawl per session (LinkChecker with its AnchorCheck plugin, started from every page of both
languages, following every link on the site's host), then one test per page names that page's
broken links and anchors. The per-line anchors of code blocks (#__codelineno-…, a link on the
very element that carries the id) are not checked: there are hundreds, always right by
construction. Speed: see linkchecker_run.py and the LinkChecker header of gradbook.benchmark.serve;
one thread is faster than ten here (they contend for the interpreter).
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from browsing import PAGE_IDS, PAGE_PARAMS, url_of

pytestmark = pytest.mark.browser

LINKCHECKER = Path(__file__).resolve().parent / "linkchecker_run.py"
COMMENT = re.compile(r"# (created by|Read the documentation|Write comments|Stopped checking)")
CONFIG = """[checking]
maxrequestspersecond=1000
[AnchorCheck]
"""


def linkcheck(starts: list[str], folder: Path, follow: bool = True) -> list[dict]:
    """Every URL LinkChecker met from the start pages: a row per (link, page it is on).

    follow=False checks the links of the start pages only, without crawling on."""
    config = folder / "linkcheckerrc"
    config.write_text(CONFIG)
    config.chmod(0o644)  # LinkChecker drops root privileges (to nobody) once it has read it
    # page/#anchor is checked for the anchor; its links are those of page/, crawled once.
    # Recursion level 1: the start pages and their links, whose own links are not followed.
    depth = [] if follow else ["--recursion-level", "1"]
    result = subprocess.run(
        [
            sys.executable,
            str(LINKCHECKER),
            "--config",
            str(config),
            "--no-status",
            "--verbose",
            "--output",
            "csv",
            "--threads",
            "1",
            "--timeout",
            "30",
            "--ignore-url",
            "#__codelineno-",
            "--no-follow-url",
            "#",
            *depth,
            *starts,
        ],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    lines = [line for line in result.stdout.splitlines() if not COMMENT.match(line)]
    assert result.returncode in (0, 1) and lines, (
        f"linkchecker did not run (exit {result.returncode}):\n{result.stderr[-3000:]}"
    )
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"))


@pytest.fixture(scope="session")
def crawl(base_url, tmp_path_factory) -> list[dict]:
    return linkcheck(
        [base_url + url_of(lang, name) for lang, name in PAGE_PARAMS], tmp_path_factory.mktemp("linkchecker")
    )


def broken(row: dict) -> str | None:
    if row["valid"] != "True":
        return f"broken link {row['urlname']!r} -> {row['url']}: {row['result']}"
    if "Anchor" in row["warningstring"]:
        return f"broken anchor {row['urlname']!r} -> {row['url']}: {row['warningstring']}"
    return None


def where(row: dict) -> str:
    return f"line {row['line']}" if row["line"] else "?"


@pytest.mark.parametrize("lang,name", PAGE_PARAMS, ids=PAGE_IDS)
def test_no_broken_link_or_anchor_on_the_page(crawl, base_url, lang, name):
    url = base_url + url_of(lang, name)
    own = [row for row in crawl if row["url"] == url]
    assert own and own[0]["valid"] == "True", f"LinkChecker could not check {url}: {own and own[0]['result']}"
    bad = [f"{where(row)}: {broken(row)}" for row in crawl if row["parentname"] == url and broken(row)]
    assert not bad, f"{url}:\n" + "\n".join(f"  - {b}" for b in bad)


def test_no_broken_link_anywhere_else(crawl, base_url):
    """Links from what is not a page: CSS, notebooks, other generated files."""
    pages = {base_url + url_of(lang, name) for lang, name in PAGE_PARAMS}
    bad = [
        f"{row['parentname'] or '(start)'}: {broken(row)}"
        for row in crawl
        if row["parentname"] not in pages and broken(row)
    ]
    assert not bad, "\n".join(f"  - {b}" for b in bad)
