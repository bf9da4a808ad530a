"""Lighthouse's mobile performance of the served site, for `make bench` (gradbook/benchmark.py).

Lighthouse 12.2.3 (npm, pinned by gradbook/lighthouse/package-lock.json; later versions want
Node 22) drives Debian's chromium, never a browser it downloads, against the built site served
by nginx on 127.0.0.1 (gradbook/static_host.py). Its default is a mid-range phone: a 412 px wide
screen, a CPU slowed 4 times and a slow 4G network, simulated from one unthrottled load. Each
page is audited RUNS times and the median score kept, as Lighthouse's own documentation advises
(a single run varies by several points); its total blocking time (the main thread's long tasks
after the first paint) and DOM size (elements) are those of the median run.
"""

from __future__ import annotations

import json
import statistics
import subprocess
from dataclasses import dataclass

from . import ROOT
from .chromium import CHROMIUM

PACKAGE = ROOT / "gradbook" / "lighthouse"
CLI = PACKAGE / "node_modules" / "lighthouse" / "cli" / "index.js"

RUNS = 3
MIN_SCORE = 90


@dataclass(frozen=True)
class Audit:
    score: int  # performance, 0 to 100
    blocking_ms: float  # total blocking time
    elements: int  # DOM size

    @classmethod
    def of_report(cls, report: dict) -> Audit:
        if report.get("runtimeError"):
            raise RuntimeError(f"Lighthouse could not audit {report['finalDisplayedUrl']}: {report['runtimeError']}")
        audits = report["audits"]
        return cls(
            round(100 * report["categories"]["performance"]["score"]),
            audits["total-blocking-time"]["numericValue"],
            int(audits["dom-size"]["numericValue"]),
        )


def audit(url: str) -> Audit:
    """One Lighthouse run (mobile, performance only) of url."""
    if not CLI.is_file():
        raise RuntimeError(f"{CLI} is missing: `npm ci --prefix {PACKAGE.relative_to(ROOT)}` (make bench does)")
    command = [
        "node",
        str(CLI),
        url,
        f"--chrome-path={CHROMIUM}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        "--only-categories=performance",
        "--output=json",
        "--output-path=stdout",
        "--quiet",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"lighthouse {url} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return Audit.of_report(json.loads(result.stdout))


def median_audit(url: str, runs: int = RUNS) -> tuple[Audit, list[int]]:
    """(the run with the median score, every run's score)."""
    audits = sorted((audit(url) for _ in range(runs)), key=lambda a: a.score)
    median = statistics.median_low([a.score for a in audits])
    return next(a for a in audits if a.score == median), [a.score for a in audits]


def report(base_url: str, paths: list[str], runs: int = RUNS) -> tuple[list[str], list[str]]:
    """(lines to print, targets missed) for every path under base_url."""
    lines, missed = [], []
    width = max(len(p) for p in paths)
    for path in paths:
        found, scores = median_audit(base_url + path, runs)
        flag = "" if found.score >= MIN_SCORE else f"   under {MIN_SCORE}"
        lines.append(
            f"  {'/' + path:<{width + 1}}  {found.score:>3}  (runs {', '.join(map(str, scores))})"
            f"  blocking {found.blocking_ms:>6.0f} ms  {found.elements:>5} elements{flag}"
        )
        if flag:
            missed.append(f"/{path}: Lighthouse mobile performance {found.score} < {MIN_SCORE}")
    return lines, missed


if __name__ == "__main__":  # python -m gradbook.lighthouse_audit <url>: one page, for a quick look
    import sys

    for url in sys.argv[1:]:
        print(url, median_audit(url))
