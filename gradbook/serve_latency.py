"""How long an author waits under `mkdocs serve`: from saving a file to the served page showing it.

    python -m gradbook.serve_latency      (`make bench` runs it too)

Starts `mkdocs serve` (both languages, as `make serve` does) on a free port and waits for its
first build. Then, for each kind of edit an author makes (a Chinese page, an English page, a
snippet), RUNS times: appends a marker of its own to the file, polls the served page until the
marker is on it, puts the file back byte for byte and waits until the marker is gone again (so
the next edit starts from a settled server). The time kept is from the write to the first
response that shows the marker: `mkdocs serve` holds requests while it rebuilds, so that is
when a reader's reload would show it.

The file is restored even when the measurement fails; a failure names the edit and ends with
the server's log.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

from . import ROOT
from .static_host import free_port

RUNS = 3
FIRST_BUILD_SECONDS = 600  # the first build runs every notebook and draws every figure when caches are cold
EDIT_SECONDS = 180  # a snippet's edit runs its chapter's notebook again, in both languages
# MkDocs' watcher takes its first look at the watched files once the first build is served; an
# edit saved before then is never seen. Waiting this long before the first edit is not counted.
WATCHER_START_SECONDS = 3
POLL_SECONDS = 0.1


@dataclass(frozen=True)
class Edit:
    name: str
    file: str  # relative to the repository
    page: str  # the served path that shows it
    marker: str  # how the marker is written into the file ({} is the marker)


EDITS = [
    Edit("a Chinese page", "docs/zh/autograd.md", "autograd/", "\n\n{}\n"),
    Edit("an English page", "docs/en/autograd.md", "en/autograd/", "\n\n{}\n"),
    # A comment at the end of a listing both languages include whole: it shows in the code block.
    Edit("a snippet", "snippets/autograd/no_requires_grad.py", "autograd/", "\n# {}\n"),
]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=EDIT_SECONDS) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return None


def wait_until(condition, what: str, timeout: float) -> float:
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"mkdocs serve: {what} not seen within {timeout:.0f} s")
        time.sleep(POLL_SECONDS)
    return time.perf_counter() - start


def edit_latency(base: str, edit: Edit, root: Path = ROOT) -> float:
    """Seconds from saving the edit to the served page showing it; the file is put back."""
    path = root / edit.file
    original = path.read_bytes()
    marker = f"serve-latency-{uuid.uuid4().hex[:12]}"
    url = base + edit.page
    try:
        path.write_bytes(original + edit.marker.format(marker).encode("utf-8"))
        return wait_until(lambda: marker in (fetch(url) or ""), f"{edit.name}'s marker {marker} on {url}", EDIT_SECONDS)
    finally:
        path.write_bytes(original)
        wait_until(lambda: marker not in (fetch(url) or marker), f"{url} without {marker} again", EDIT_SECONDS)


def latencies(runs: int = RUNS, root: Path = ROOT) -> dict[str, list[float]]:
    """{edit's name: seconds of each run} under one `mkdocs serve` of the project in root."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    # The log goes to a file, not a pipe: a pipe nobody reads fills up and stops the server.
    log = tempfile.TemporaryFile(mode="w+")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=root,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=os.environ | {"NO_MKDOCS_2_WARNING": "1"},
        start_new_session=True,  # its English build runs in a child process: stop them together
    )
    try:
        for edit in EDITS:
            wait_until(
                lambda page=edit.page: server.poll() is not None or fetch(base + page) is not None,
                f"the first build's {edit.page}",
                FIRST_BUILD_SECONDS,
            )
            if server.poll() is not None:
                raise RuntimeError(f"mkdocs serve stopped (exit status {server.returncode})")
        time.sleep(WATCHER_START_SECONDS)
        return {edit.name: [edit_latency(base, edit, root) for _ in range(runs)] for edit in EDITS}
    except Exception as error:
        log.seek(0)
        raise RuntimeError(f"{error}; mkdocs serve's log ends:\n{log.read()[-3000:]}") from error
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()


def main() -> None:
    for name, seconds in latencies().items():
        print(f"  {name}: median {statistics.median(seconds):.2f} s ({', '.join(f'{s:.2f}' for s in seconds)})")


if __name__ == "__main__":
    main()
