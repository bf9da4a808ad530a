"""Collect every page of docs/ as a sybil document (see gradbook/sybil_parsers.py), and keep what
belongs together on one pytest-xdist worker when the suite runs on both cores (`make test`)."""

import re

import pytest
from sybil import Sybil

from gradbook.language_twins import run_in_step
from gradbook.sybil_parsers import PARSERS

pytest_collect_file = Sybil(parsers=PARSERS, path="docs", patterns=["*.md"]).pytest()


@pytest.hookimpl(trylast=True)  # after -k and -m have deselected: only what runs is paired
def pytest_collection_modifyitems(items):
    items[:] = run_in_step(items)


# tests/browser/test_pages.py::test_theme_renders[zh/backprop.md-dark] -> the page zh/backprop.md
BROWSER_CHECK = re.compile(r"^tests/browser/test_pages\.py::\w+\[(?P<page>[^\]]+?\.(?:md|ipynb))(?:-\w+)?\]$")


LINK_CHECKS = "tests/browser/test_links.py"


def unit_of(nodeid: str) -> str:
    """The unit of work a test is sent to a worker in.

    A chapter's examples share one namespace and run in order, both languages in step, so a
    chapter of docs/ is one unit; a page's browser checks share one view of the page (PageViews in
    tests/browser/conftest.py), so they are one unit; the link checks all read one crawl of the
    whole site (a session fixture, which each worker would otherwise make again: two minutes on a
    busy machine), so they are one unit; any other test is a unit of its own."""
    path = nodeid.split("::", 1)[0]
    if path.startswith("docs/"):
        return "docs:" + path.split("/", 2)[-1]  # both languages: they run in step (gradbook/language_twins.py)
    check = BROWSER_CHECK.match(nodeid)
    if check:
        return "browser:" + check["page"]
    if path == LINK_CHECKS:
        return "links"
    return nodeid


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: without -n it is never called
def pytest_xdist_make_scheduler(config, log):
    # pytest-xdist's own grouping (--dist loadgroup, xdist_group marks) renames node ids, which
    # pytest 9 no longer reads: its groups split. A scheduler that asks unit_of() does not.
    from xdist.scheduler import LoadScopeScheduling

    class PageScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return unit_of(nodeid)

    return PageScheduling(config, log)
