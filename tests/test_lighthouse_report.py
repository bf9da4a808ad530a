"""make bench's Lighthouse figures: read from Lighthouse's report, the median of the runs kept,
a page under the target named (gradbook/lighthouse_audit.py); no browser runs here."""

from __future__ import annotations

import pytest

from gradbook import lighthouse_audit as lighthouse
from gradbook.lighthouse_audit import Audit


def report_of(score: float, blocking: float = 120.0, elements: int = 800) -> dict:
    return {
        "finalDisplayedUrl": "http://127.0.0.1/x/",
        "categories": {"performance": {"score": score}},
        "audits": {"total-blocking-time": {"numericValue": blocking}, "dom-size": {"numericValue": elements}},
    }


def test_an_audit_is_read_from_lighthouses_report():
    assert Audit.of_report(report_of(0.914, 350.5, 9480)) == Audit(91, 350.5, 9480)


def test_a_run_lighthouse_could_not_finish_is_an_error_not_a_score():
    broken = report_of(0.0) | {"runtimeError": {"code": "NO_FCP"}}
    with pytest.raises(RuntimeError, match=r"could not audit .*NO_FCP"):
        Audit.of_report(broken)


def test_the_median_run_is_kept_and_a_page_under_90_is_named(monkeypatch):
    runs = {"fast/": iter([95, 99, 97]), "slow/": iter([40, 92, 61])}
    monkeypatch.setattr(lighthouse, "audit", lambda url: Audit(next(runs[url.split("/", 3)[3]]), 10.0, 100))
    lines, missed = lighthouse.report("http://h/", ["fast/", "slow/"])
    assert "97  (runs 95, 97, 99)" in lines[0] and "under" not in lines[0]
    assert "61  (runs 40, 61, 92)" in lines[1] and "under 90" in lines[1]
    assert missed == ["/slow/: Lighthouse mobile performance 61 < 90"]
