"""The W3C Nu Html Checker (vnu.jar, from npm: tests/html/package.json) over built pages.

vnu starts a Java virtual machine, which costs seconds; every page is handed to one run.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from . import ROOT

NPM_FOLDER = ROOT / "tests" / "html"
VNU_JAR = NPM_FOLDER / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@dataclass(frozen=True)
class Error:
    path: Path
    line: int | None
    message: str
    extract: str = ""  # the markup around the error, as vnu quotes it

    def where(self, root: Path) -> str:
        root = root.resolve()
        path = self.path.relative_to(root) if self.path.is_relative_to(root) else self.path
        return f"{path}:{self.line or '?'}"


def vnu_errors(pages: list[Path]) -> list[Error]:
    """vnu's errors (not its warnings) about each page, in one run of the checker."""
    if not VNU_JAR.exists():
        raise FileNotFoundError(
            f"{VNU_JAR} is missing: `npm ci --prefix {NPM_FOLDER.relative_to(ROOT)} --ignore-scripts` installs it"
        )
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", "--exit-zero-always", *map(str, pages)],
        capture_output=True,
        text=True,
    )
    # vnu writes its report to stderr; a Java failure leaves no JSON there, and says why.
    try:
        report = json.loads(result.stderr)
    except json.JSONDecodeError:
        raise RuntimeError(f"vnu did not report (exit {result.returncode}):\n{result.stderr[-2000:]}") from None
    return [
        Error(_path_of(message.get("url", "")), message.get("lastLine"), message["message"], message.get("extract", ""))
        for message in report["messages"]
        if message["type"] in ("error", "non-document-error")
    ]


def _path_of(url: str) -> Path:
    """vnu names a page by a URL ("file:/tmp/site/./en/index.html")."""
    return Path(unquote(urlparse(url).path)).resolve()


@dataclass(frozen=True)
class Allowed:
    """An error left on purpose: its message, markup its extract holds (so the same message about
    other markup still fails), and why it is left."""

    message: str
    markup: str
    reason: str

    def covers(self, error: Error) -> bool:
        return error.message == self.message and self.markup in error.extract


def unexplained(errors: list[Error], allowed: list[Allowed]) -> tuple[list[Error], list[Allowed]]:
    """The errors no allow-list entry covers, and the entries that cover no error (a stale entry
    would hide the next such error)."""
    left = [error for error in errors if not any(entry.covers(error) for entry in allowed)]
    return left, [entry for entry in allowed if not any(entry.covers(error) for error in errors)]
