"""Collect every page of docs/ as a sybil document: see gradbook/sybil_parsers.py."""

from sybil import Sybil

from gradbook.sybil_parsers import PARSERS

pytest_collect_file = Sybil(parsers=PARSERS, path="docs", patterns=["*.md"]).pytest()
