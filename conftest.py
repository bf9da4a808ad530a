"""Collect every page of docs/ as a sybil document: see gradbook/sybil_parsers.py."""

import pytest
from sybil import Sybil
from sybil.integration.pytest import SybilItem

from gradbook.sybil_parsers import PARSERS

pytest_collect_file = Sybil(parsers=PARSERS, path="docs", patterns=["*.md"]).pytest()


def pytest_collection_modifyitems(items):
    """A page's examples share one namespace and run in order: under pytest-xdist
    (`-n 2 --dist loadgroup`, as `make test` runs) they all go to one worker."""
    for item in items:
        if isinstance(item, SybilItem):
            item.add_marker(pytest.mark.xdist_group(str(item.path)))
