"""The built site, shared by every test that reads it: built once per run (per xdist worker),
strict, both languages.

It is built without the test libraries (gradbook/built_site.py), as `pip install .` would leave it, and
for the address the browser suite serves it from (GRADBOOK_SITE_URL: a free port
on 127.0.0.1, chosen first), into a folder nginx's unprivileged worker may read, so the build
tests, the figure tests and the browser suite all look at one build.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gradbook.built_site import build_site
from gradbook.static_host import free_port, readable_tempdir


@pytest.fixture(scope="session")
def site_port() -> int:
    return free_port()


@pytest.fixture(scope="session")
def site(site_port) -> Path:
    folder = readable_tempdir("gradbook-site-")
    site_dir = folder / "site"
    result = build_site(site_dir, {"GRADBOOK_SITE_URL": f"http://127.0.0.1:{site_port}/"})
    log = result.stdout + result.stderr
    # The test libraries are unimportable in this build (gradbook/built_site.py, TEST_ONLY): an
    # ImportError naming one means the build imports what `pip install .` does not install.
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{log}"
    warnings = [line for line in log.splitlines() if "WARNING" in line]
    assert not warnings, "the build warns:\n" + "\n".join(warnings)
    yield site_dir
    shutil.rmtree(folder, ignore_errors=True)
