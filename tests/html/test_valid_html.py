"""Every page of the built site, both languages, is valid HTML to the W3C Nu Html Checker (vnu).

vnu runs once over all pages (a Java start costs seconds). Its errors fail the test, named by
file, line and message, except the few that Material's own templates make, which are listed
below by message and markup with the reason each is left; an entry no page has any more fails.
"""

from __future__ import annotations

import pytest

from gradbook.html_validator import Allowed, unexplained, vnu_errors

pytestmark = pytest.mark.build

MATERIAL_ERRORS = [
    Allowed(
        "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, “email”, “hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, “url”, or “week”.",
        '<input class="md-toggle" data-md-toggle=',
        'Material\'s base.html gives its drawer and search toggles, checkboxes, autocomplete="off", which '
        "browsers honour on a checkbox (Firefox would otherwise restore a toggle's state on reload, a drawer "
        "left open); leaving it out means overriding Material's whole base template",
    ),
    Allowed(
        "The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control.",
        '<label class="md-nav__title" for="__toc">',
        "Material's partials/toc.html labels the __toc toggle, which partials/nav-item.html draws only for a "
        "page in the navigation; the notebook pages are left out of it (they repeat their chapter), so there "
        "the label names no control and does nothing",
    ),
]


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
        f"{entry.message} ({entry.markup})" for entry in stale
    )
