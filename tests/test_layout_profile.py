"""The layout profile (gradbook/layout_profile.py) sums style and layout by the script code that
forced it, and names that code in Material's sources through the bundle's source map."""

from __future__ import annotations

import json

import pytest

from gradbook import layout_profile
from gradbook.layout_profile import rendering_by_stack

BUNDLE = "http://127.0.0.1:8000/assets/javascripts/bundle.min.js"


def rendering(name: str, ms: float, stack: list[tuple[int, int]] | None = None, *, begin: bool = True) -> dict:
    frames = [{"url": BUNDLE, "lineNumber": line, "columnNumber": column} for line, column in stack or []]
    data = {"stackTrace": frames} if frames else {}
    return {"name": name, "ph": "X", "dur": ms * 1000, "args": {"beginData" if begin else "data": data}}


def test_passes_are_summed_by_the_stack_that_forced_them_and_the_rest_is_the_browsers():
    events = [
        rendering("Layout", 10, [(14, 100), (14, 200)]),
        rendering("UpdateLayoutTree", 5, [(14, 100), (14, 200)], begin=False),
        rendering("Layout", 7, [(14, 300)]),
        rendering("Layout", 2),
        {"name": "Paint", "ph": "X", "dur": 90_000, "args": {}},  # not style or layout
    ]
    found = rendering_by_stack(events)
    assert found == {
        (BUNDLE, ((14, 100), (14, 200))): [15.0, 2],
        (BUNDLE, ((14, 300),)): [7.0, 1],
        None: [2.0, 1],
    }


def test_a_minified_position_is_named_in_its_source(tmp_path):
    if not (layout_profile.PACKAGE / "node_modules" / "source-map").is_dir():
        pytest.fail("source-map is missing: make node-packages installs it")
    # A map of one line of "a.js", `function watch(){}`, minified to column 0 of line 1.
    source_map = {
        "version": 3,
        "sources": ["src/templates/assets/javascripts/components/x.ts"],
        "names": ["watch"],
        "mappings": "AAEAA",
    }
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "bundle.min.js.map").write_text(json.dumps(source_map))
    assert layout_profile.named(tmp_path, "http://h/assets/bundle.min.js", ((1, 1),)) == "components/x.ts:3 watch"
