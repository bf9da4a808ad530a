"""The glossary: one source for the site's terms, in both languages (docs/glossary.yml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml

from . import DOCS


@dataclass(frozen=True)
class Term:
    id: str
    zh: str
    en: str
    zh_definition: str
    en_definition: str
    chapter: str  # the page (file name without .md) that introduces the term


@lru_cache(maxsize=1)
def load_glossary() -> tuple[Term, ...]:
    entries = yaml.safe_load((DOCS / "glossary.yml").read_text(encoding="utf-8"))
    return tuple(Term(**entry) for entry in entries)
