"""The glossary: one source for the site's terms, in both languages (docs/glossary.yml)."""

from __future__ import annotations

import re
from bisect import bisect_right
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
    # Other words for the same thing that pages must not use, so that one concept has one name in
    # each language (tests/test_terms.py names the page, line and the term to write instead).
    zh_avoid: tuple[str, ...] = ()
    en_avoid: tuple[str, ...] = ()

    def term(self, lang: str) -> str:
        return getattr(self, lang)

    def definition(self, lang: str) -> str:
        return getattr(self, f"{lang}_definition")

    def avoided(self, lang: str) -> tuple[str, ...]:
        return getattr(self, f"{lang}_avoid")

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


def load_glossary() -> tuple[Term, ...]:
    """The terms, read again when docs/glossary.yml changes: `mkdocs serve` rebuilds in one
    process, and its Markdown extension (gradbook/markdown/glossary.py) asks on every page."""
    return _parsed((DOCS / "glossary.yml").stat().st_mtime_ns)


@lru_cache(maxsize=1)
def _parsed(stamp: int) -> tuple[Term, ...]:
    entries = yaml.safe_load((DOCS / "glossary.yml").read_text(encoding="utf-8"))
    return tuple(
        Term(**{key: tuple(value) if key.endswith(("_forms", "_avoid")) else value for key, value in entry.items()})
        for entry in entries
    )


def _pattern(form: str, lang: str) -> re.Pattern:
    """A form as a whole word in English (so "reverse mode" does not match inside a longer word),
    anywhere in Chinese, which has no spaces between words."""
    if lang != "en":
        return re.compile(re.escape(form))
    variants = {form, form[:1].upper() + form[1:]}
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(variants))) + r")(?![\w-])")


def avoided_uses(page, lang: str, terms: tuple[Term, ...], name: str | None = None) -> list[str]:
    """Every use on a page of a form the glossary says to avoid, with its line and the term to write.

    A form wrapped across two lines of the source counts, on the line where it starts: the lines
    are joined first, with a space in English and with nothing in Chinese, as a browser shows them.
    """
    name = name or str(page)
    wrap = " " if lang == "en" else ""
    joined, starts, previous = "", [], None
    for line in (line.strip() for line in page.read_text(encoding="utf-8").splitlines()):
        if previous is not None:
            joined += wrap if line and previous else "\n"  # a blank line ends a paragraph
        starts.append(len(joined))
        joined += line
        previous = line
    found = []
    for term in terms:
        for form in term.avoided(lang):
            for match in _pattern(form, lang).finditer(joined):
                number = bisect_right(starts, match.start())
                found.append(
                    (
                        number,
                        f"{name}:{number}: {form!r} is a form to avoid; write {term.term(lang)!r} (glossary: {term.id})",
                    )
                )
    return [message for _, message in sorted(found)]


def uses_term(text: str, term: Term, lang: str) -> bool:
    """Whether a page's text uses the term in one of the forms that get its tooltip."""
    text = re.sub(r"\s+", " ", text)  # a term may be wrapped across two lines of the source
    return any(_pattern(form, lang).search(text) for form in term.forms(lang))


def chapters_without_their_terms(terms: tuple[Term, ...], docs, lang: str) -> list[str]:
    """Every term whose chapter (in the pages of docs/<lang>) never uses it."""
    problems = []
    for term in terms:
        page = docs / f"{term.chapter}.md"
        if not uses_term(page.read_text(encoding="utf-8"), term, lang):
            problems.append(
                f"{page}: the glossary names this chapter for {term.id}, but it never says {' / '.join(term.forms(lang))}"
            )
    return problems
