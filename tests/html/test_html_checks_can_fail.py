"""The HTML checks report a page that is wrong on purpose: two inline figures that share ids (so
the second one's marker is the first one's, as on the site's pages before figures had ids of
their own), a figure that refers to nothing and to an element outside it, and a <div> inside a
<p>, as the notebook pages' block formulas were."""

from __future__ import annotations

from gradbook.html_ids import id_problems
from gradbook.html_validator import Allowed, Error, unexplained, vnu_errors

BROKEN = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Broken on purpose</title></head>
<body>
<svg viewBox="0 0 10 10"><defs><path id="m1" d="M0 0h1"/></defs><g id="line2d_1"><use xlink:href="#m1"/></g></svg>
<svg viewBox="0 0 10 10"><defs><path id="m1" d="M0 0h2"/></defs><g id="line2d_1"><use href="#m1"/></g></svg>
<svg viewBox="0 0 10 10"><path d="M0 0" clip-path="url(#p2)" aria-labelledby="caption"/></svg>
<p id="caption"><div>a block formula</div></p>
</body>
</html>
"""


def test_vnu_names_file_line_and_message(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text(BROKEN, encoding="utf-8")
    reported = {(error.where(tmp_path), error.message) for error in vnu_errors([page])}
    assert ("broken.html:6", "Duplicate ID “m1”.") in reported
    assert ("broken.html:6", "Duplicate ID “line2d_1”.") in reported
    assert ("broken.html:8", "No “p” element in scope but a “p” end tag seen.") in reported


def test_the_id_check_names_a_shared_id_and_a_reference_into_another_figure():
    assert id_problems(BROKEN) == [
        "line 5: id 'm1' is used 2 times (lines 5, 6)",
        "line 5: id 'line2d_1' is used 2 times (lines 5, 6)",
        "line 6: the figure of line 6 refers to #m1, which is the element on line 5, in the figure of line 5",
        "line 7: the figure of line 7 refers to #p2, which is nothing",
        "line 7: the figure of line 7 refers to #caption, which is the element on line 8, outside every figure",
    ]


def test_figures_with_ids_of_their_own_pass():
    mended = """<!doctype html>
<svg id="fig-a"><defs><path id="fig-a-m1" d="M0 0h1"/></defs><g id="fig-a-line2d1"><use xlink:href="#fig-a-m1"/></g></svg>
<svg id="fig-b"><clipPath id="fig-b-p2"><rect width="1" height="1"/></clipPath><path clip-path="url(#fig-b-p2)" d="M0 0"/></svg>
"""
    assert id_problems(mended) == []


def test_an_allowed_error_is_left_and_a_stale_entry_named(tmp_path):
    errors = [
        Error(tmp_path / "a.html", 3, "allowed", '<input class="theirs">'),
        Error(tmp_path / "a.html", 4, "allowed", '<input class="ours">'),
        Error(tmp_path / "a.html", 5, "not allowed", '<input class="theirs">'),
    ]
    theirs = Allowed("allowed", 'class="theirs"', "why")
    gone = Allowed("gone", 'class="theirs"', "why")
    left, stale = unexplained(errors, [theirs, gone])
    assert left == errors[1:]
    assert stale == [gone]
