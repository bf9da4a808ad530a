"""Where a page's style and layout time goes, and which script code forces it.

    python -m gradbook.layout_profile gradient-descent/ en/gradient-descent/   (paths of the site)

Lighthouse (gradbook/lighthouse_audit.py) says that a long chapter blocks a phone's main thread
for seconds, and that most of it is "Style & Layout" attributed to Material's bundle.js. This
says where in that script: it builds and serves the site as `make bench` does, loads each page
as Lighthouse's phone (412 × 823, 1.75 device pixels, a 4 times slower CPU) in Debian's chromium,
records a timeline trace for a few seconds, and sums the style recalculations and layouts by the
first frames of the JavaScript stack that forced them, mapped through the bundle's source map to
Material's TypeScript sources (gradbook/lighthouse/original_positions.mjs, Mozilla's source-map).
Work with no JavaScript stack is the browser's own rendering of the page.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from .chromium import launch_chromium
from .lighthouse_audit import PACKAGE

PHONE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75, "is_mobile": True, "has_touch": True}
CPU_SLOWDOWN = 4  # Lighthouse's mobile default
SETTLE_SECONDS = 8
RENDERING = ("UpdateLayoutTree", "Layout")  # style recalculation, layout
CATEGORIES = [
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "disabled-by-default-devtools.timeline.stack",
]
FRAMES = 3  # stack frames that name a cause: the forcing call and two callers


def trace(browser, url: str) -> list[dict]:
    context = browser.new_context(**PHONE)
    try:
        page = context.new_page()
        context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        browser.start_tracing(page=page, categories=CATEGORIES)
        page.goto(url, wait_until="load")
        time.sleep(SETTLE_SECONDS)
        data = json.loads(browser.stop_tracing())
    finally:
        context.close()
    return data["traceEvents"] if isinstance(data, dict) else data


def rendering_by_stack(events: list[dict]) -> dict[tuple, list[float]]:
    """{(script url, ((line, column), …)) or None: [milliseconds, count]} of style and layout."""
    found: dict[tuple | None, list[float]] = defaultdict(lambda: [0.0, 0])
    for event in events:
        if event.get("name") not in RENDERING or event.get("ph") != "X":
            continue
        args = event.get("args", {})
        stack = (args.get("beginData") or args.get("data") or {}).get("stackTrace") or []
        key = (stack[0]["url"], tuple((f["lineNumber"], f["columnNumber"]) for f in stack[:FRAMES])) if stack else None
        found[key][0] += event.get("dur", 0) / 1000
        found[key][1] += 1
    return found


def original_positions(source_map: Path, positions: list[tuple[int, int]]) -> list[dict]:
    script = PACKAGE / "original_positions.mjs"
    if not (PACKAGE / "node_modules" / "source-map").is_dir():
        raise RuntimeError(f"`npm ci --prefix {PACKAGE.name}` first (make bench does): source-map is missing")
    result = subprocess.run(
        ["node", str(script), str(source_map)], input=json.dumps(positions), capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def named(site_dir: Path, script_url: str, frames: tuple) -> str:
    """'components/content/code/_/index.ts:249 watchElementSize < …' for a bundle's frames."""
    relative = script_url.split("/assets/", 1)[-1]
    source_map = site_dir / "assets" / (relative + ".map")
    if not source_map.is_file():
        return f"{relative} " + ", ".join(f"{line}:{column}" for line, column in frames)
    places = original_positions(source_map, list(frames))
    return " < ".join(
        f"{(p['source'] or '?').split('javascripts/')[-1]}:{p['line']}{' ' + p['name'] if p['name'] else ''}"
        for p in places
    )


def profile(site_dir: Path, base: str, paths: list[str]) -> list[str]:
    from playwright.sync_api import sync_playwright

    lines = []
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        for path in paths:
            found = rendering_by_stack(trace(browser, base + path))
            total = sum(ms for ms, _ in found.values())
            lines.append(f"/{path}: style and layout {total:.0f} ms in {sum(n for _, n in found.values())} passes")
            for key, (ms, count) in sorted(found.items(), key=lambda kv: -kv[1][0])[:12]:
                cause = "the browser's own rendering (no script)" if key is None else named(site_dir, *key)
                lines.append(f"  {ms:>7.0f} ms  {count:>4}×  {cause}")
        browser.close()
    return lines


def main(paths: list[str]) -> None:
    from .benchmark import served_site

    with served_site() as (base, site_dir):
        print("\n".join(profile(site_dir, base, [p.lstrip("/") for p in paths])))


if __name__ == "__main__":
    main(sys.argv[1:] or ["gradient-descent/"])
