"""The glossary: one source for the site's terms, in both languages (docs/glossary.yml)."""

from __future__ import annotations

import re
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
    # The words that get the term's tooltip, when they differ from the term itself (a term like
    # 阶 / order is also an everyday word, so only its unambiguous forms are marked).
    zh_forms: tuple[str, ...] = ()
    en_forms: tuple[str, ...] = ()

    def term(self, lang: str) -> str:
        return getattr(self, lang)

    def definition(self, lang: str) -> str:
        return getattr(self, f"{lang}_definition")

    def forms(self, lang: str) -> tuple[str, ...]:
        """Every spelling of the term that a page of this language may use."""
        given = getattr(self, f"{lang}_forms")
        if lang != "en":
            return given or (self.zh,)
        words = given or (self.en, plural(self.en))
        # A sentence may start with the term: "Backpropagation walks …".
        return tuple(dict.fromkeys(form for word in words for form in (word, word[:1].upper() + word[1:])))


def plural(noun: str) -> str:
    if re.search(r"(s|x|sh|ch)$", noun):
        return noun + "es"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + "s"


@lru_cache(maxsize=1)
def load_glossary() -> tuple[Term, ...]:
    entries = yaml.safe_load((DOCS / "glossary.yml").read_text(encoding="utf-8"))
    return tuple(
        Term(**{key: tuple(value) if key.endswith("_forms") else value for key, value in entry.items()})
        for entry in entries
    )
