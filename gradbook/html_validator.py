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
        Error(_path_of(message.get("url", "")), message.get("lastLine"), message["message"])
        for message in report["messages"]
        if message["type"] in ("error", "non-document-error")
    ]


def _path_of(url: str) -> Path:
    """vnu names a page by a URL ("file:/tmp/site/./en/index.html")."""
    return Path(unquote(urlparse(url).path)).resolve()


def unexplained(errors: list[Error], allowed: dict[str, str]) -> tuple[list[Error], list[str]]:
    """The errors whose message the allow-list does not name, and the allow-list's entries that
    no error has (a stale entry would hide the next error with that message)."""
    seen = {error.message for error in errors}
    return [error for error in errors if error.message not in allowed], [m for m in allowed if m not in seen]
