"""Every page of the built site, both languages, is valid HTML to the W3C Nu Html Checker (vnu).

vnu runs once over all pages (a Java start costs seconds). Its errors fail the test, named by
file, line and message, except the few that Material's own templates make on every page, which
are listed below with the reason each is left; an entry that no page has any more fails too.
"""

from __future__ import annotations

import pytest

from gradbook.html_validator import unexplained, vnu_errors

pytestmark = pytest.mark.build

MATERIAL_ERRORS = {
    # base.html: the drawer and search toggles are checkboxes with autocomplete="off", which
    # browsers honour on a checkbox (Firefox would otherwise restore a toggle's state on reload,
    # a drawer left open). Leaving it out means overriding Material's whole base template.
    "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, “email”, “hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, “url”, or “week”.": "Material's base.html",
    # partials/toc.html labels the "__toc" toggle, which partials/nav-item.html draws only for a
    # page in the navigation; the notebook pages are left out of it (they repeat their chapter),
    # so on them the label names no control, and does nothing.
    "The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control.": "Material's partials/toc.html",
}


@pytest.fixture(scope="module")
def errors(site):
    return vnu_errors(sorted(site.rglob("*.html")))


def test_every_page_is_valid_html(site, errors):
    left, _ = unexplained(errors, MATERIAL_ERRORS)
    assert not left, f"vnu: {len(left)} errors:\n" + "\n".join(
        f"{error.where(site)}: {error.message}" for error in left
    )


def test_every_material_error_left_still_occurs(errors):
    _, stale = unexplained(errors, MATERIAL_ERRORS)
    assert not stale, "allowed vnu errors that no page has any more (remove them from MATERIAL_ERRORS):\n" + "\n".join(
        stale
    )
