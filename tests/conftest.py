"""The built site, shared by every test that reads it: built once per run, strict, both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from gradbook.built_site import build_site


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("site")
    result = build_site(site_dir)
    log = result.stdout + result.stderr
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{log}"
    warnings = [line for line in log.splitlines() if "WARNING" in line]
    assert not warnings, "the build warns:\n" + "\n".join(warnings)
    return site_dir
