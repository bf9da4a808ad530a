"""What the two-core run keeps together (conftest.py, unit_of): a chapter's examples in both languages, a page's
browser checks in either colour scheme, and the link checks (one crawl); everything else goes wherever a worker is free."""

import importlib.util

from gradbook import ROOT

# The project's root conftest.py (tests/conftest.py is the `conftest` this folder imports).
_spec = importlib.util.spec_from_file_location("root_conftest", ROOT / "conftest.py")
_root_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_root_conftest)
unit_of = _root_conftest.unit_of


def test_a_chapters_examples_in_both_languages_are_one_unit():
    # They run in step, in one namespace (gradbook/language_twins.py): one worker must have both.
    assert unit_of("docs/zh/backprop.md::line:12,column:1") == unit_of("docs/zh/backprop.md::line:300,column:1")
    assert unit_of("docs/zh/backprop.md::line:12,column:1") == unit_of("docs/en/backprop.md::line:20,column:1")
    assert unit_of("docs/zh/backprop.md::line:12,column:1") != unit_of("docs/zh/autograd.md::line:12,column:1")


def test_a_pages_browser_checks_are_one_unit_in_both_schemes():
    units = {
        unit_of(f"tests/browser/test_pages.py::{check}")
        for check in (
            "test_page_loads_cleanly[zh/notebooks/backprop.ipynb]",
            "test_theme_renders[zh/notebooks/backprop.ipynb-dark]",
            "test_no_serious_accessibility_violation[zh/notebooks/backprop.ipynb-light]",
        )
    }
    assert units == {"browser:zh/notebooks/backprop.ipynb"}
    assert unit_of("tests/browser/test_pages.py::test_theme_renders[en/notebooks/backprop.ipynb-dark]") not in units


def test_other_tests_are_units_of_their_own():
    first, second = "tests/test_figures.py::test_a[x]", "tests/test_figures.py::test_b[x]"
    assert unit_of(first) == first and unit_of(second) == second


def test_the_link_checks_are_one_unit_so_the_site_is_crawled_once():
    units = {
        unit_of("tests/browser/test_links.py::test_no_broken_link_or_anchor_on_the_page[zh/backprop.md]"),
        unit_of("tests/browser/test_links.py::test_no_broken_link_or_anchor_on_the_page[en/index.md]"),
        unit_of("tests/browser/test_links.py::test_no_broken_link_anywhere_else"),
    }
    assert units == {"links"}
