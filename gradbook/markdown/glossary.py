"""Render the glossary (docs/glossary.yml) twice: as the glossary page, and as tooltips.

- The glossary page of each language holds an intro and the line `<!-- glossary-table -->`;
  this extension replaces that line with the table of every term (the term in the page's language,
  the other language's term, the definition, a link to the chapter that introduces it), so no
  term is written twice.
- Every other page gets Material's abbreviation tooltips (`<abbr title="…">`, shown by the
  `content.tooltips` feature) on every term it uses. The markup is the abbr extension's own
  (the tree processor below is its subclass), fed from the glossary instead of `*[…]:` lines,
  with two changes: Chinese has no spaces, so a Chinese term is found inside a run of text
  where `\\b` would never match; and code, math, headings, links and admonition titles are left
  as they are (a heading stays plain text in the table of contents, a link stays one link).
  The page that holds the table gets no tooltips: it defines the terms already.

A Python-Markdown extension (`gradbook.markdown.glossary` under `markdown_extensions`), so any
engine that renders the pages with Python-Markdown gives the same table and tooltips (MkDocs,
Zensical). Options: `language`, the pages' language (zh, en), and `nav`, the site's navigation
(mkdocs.yml hands it its own `nav`), which orders the table by the chapter introducing each term.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from functools import lru_cache
from pathlib import Path

from markdown import Markdown
from markdown.extensions import Extension
from markdown.extensions.abbr import AbbrTreeprocessor
from markdown.preprocessors import Preprocessor
from markdown.util import AtomicString

from gradbook import DOCS
from gradbook.glossary import Term, load_glossary
from gradbook.markdown.errors import PageTransformError

TABLE_MARKER = "<!-- glossary-table -->"
OTHER = {"zh": "en", "en": "zh"}
HEADER = {
    "zh": "| 术语 | 英文 | 释义 | 出处 |",
    "en": "| Term | Chinese | Definition | Introduced in |",
}
TITLE_SEPARATOR = {"zh": "：", "en": ": "}

# Elements whose text is not prose: left exactly as they are, children included.
SKIPPED_TAGS = {
    "a",
    "abbr",
    "code",
    "pre",
    "kbd",
    "script",
    "style",
    "math",
    "summary",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
}
SKIPPED_CLASSES = {"arithmatex", "admonition-title", "headerlink"}


def tooltips(terms: tuple[Term, ...], lang: str) -> dict[str, str]:
    """Every spelling of every term → its tooltip: the other language's term and the definition."""
    found: dict[str, str] = {}
    for term in terms:
        title = f"{term.term(OTHER[lang])}{TITLE_SEPARATOR[lang]}{term.definition(lang)}"
        for form in term.forms(lang):
            found.setdefault(form, title)
    return found


def pattern(forms) -> re.Pattern:
    """Longest spelling first (梯度下降 before 梯度); Latin words only as whole words."""

    def one(form: str) -> str:
        before = r"(?<![A-Za-z0-9_-])" if re.match(r"[A-Za-z0-9_]", form) else ""
        after = r"(?![A-Za-z0-9_-])" if re.search(r"[A-Za-z0-9_]$", form) else ""
        return before + re.escape(form) + after

    return re.compile("|".join(one(form) for form in sorted(forms, key=len, reverse=True)))


class GlossaryTreeprocessor(AbbrTreeprocessor):
    def __init__(self, md: Markdown, titles: dict[str, str], found: re.Pattern):
        super().__init__(md, titles)
        self.RE = found
        self.active = True  # set for each page by GlossaryTable

    @staticmethod
    def skipped(el: etree.Element) -> bool:
        return el.tag in SKIPPED_TAGS or bool(SKIPPED_CLASSES & set((el.get("class") or "").split()))

    def wrap(self, text: str) -> tuple[str, list[etree.Element]]:
        """The text before the first term, and the abbr elements (each with its tail) after it."""
        if isinstance(text, AtomicString):
            return text, []
        elements = []
        for match in reversed(list(self.RE.finditer(text))):
            elements.insert(0, self.create_element(self.abbrs[match[0]], match[0], text[match.end() :]))
            text = text[: match.start()]
        self.created.extend(elements)
        return text, elements

    def iter_element(self, el: etree.Element, parent: etree.Element | None = None) -> None:
        if not self.skipped(el):
            for child in reversed(list(el)):
                self.iter_element(child, el)
            if el.text:
                el.text, elements = self.wrap(el.text)
                for offset, element in enumerate(elements):
                    el.insert(offset, element)
        if parent is not None and el.tail:
            el.tail, elements = self.wrap(el.tail)
            index = list(parent).index(el) + 1
            for offset, element in enumerate(elements):
                parent.insert(index + offset, element)

    def run(self, root: etree.Element) -> None:
        if self.active and self.abbrs:
            self.created: list[etree.Element] = []
            self.iter_element(root)
            self.keep_first_of_each(root)

    def keep_first_of_each(self, root: etree.Element) -> None:
        """A term's tooltip on its first appearance only: a page where every 梯度 is underlined
        reads badly, and each tooltip repeats its definition in the HTML."""
        created = {id(element) for element in self.created}
        parents = {id(child): parent for parent in root.iter() for child in parent}
        seen: set[str] = set()
        for element in [e for e in root.iter() if id(e) in created]:
            term = element.get("title")
            if term not in seen:
                seen.add(term)
                continue
            parent = parents[id(element)]
            index = list(parent).index(element)
            text = (element.text or "") + (element.tail or "")
            if index == 0:
                parent.text = (parent.text or "") + text
            else:
                parent[index - 1].tail = (parent[index - 1].tail or "") + text
            parent.remove(element)


def check(terms: tuple[Term, ...], docs: Path) -> list[str]:
    problems = []
    for key in ("id", "zh", "en"):
        values = [getattr(term, key) for term in terms]
        problems += [
            f"docs/glossary.yml: {key} {value!r} is used twice"
            for value in sorted(set(values))
            if values.count(value) > 1
        ]
    for term in terms:
        if not (docs / f"{term.chapter}.md").is_file():
            problems.append(f"docs/glossary.yml: {term.id}: chapter {term.chapter!r} is not a page of {docs}")
        for lang in ("zh", "en"):
            if not term.term(lang).strip() or not term.definition(lang).strip():
                problems.append(f"docs/glossary.yml: {term.id}: no {lang} term or definition")
    return problems


def chapter_title(docs: Path, chapter: str) -> str:
    """The chapter's own title, up to its colon: 反向传播 for 反向传播：链式法则与……"""
    for line in (docs / f"{chapter}.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return re.split(r"：|: ", line[2:].strip(), maxsplit=1)[0]
    return chapter


def table(terms: tuple[Term, ...], lang: str, docs: Path, nav_order: list[str]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    order = {name: index for index, name in enumerate(nav_order)}
    rows = [HEADER[lang], "| --- | --- | --- | --- |"]
    for term in sorted(terms, key=lambda t: order.get(f"{t.chapter}.md", len(order))):
        link = f"[{cell(chapter_title(docs, term.chapter))}]({term.chapter}.md)"
        rows.append(
            f"| **{cell(term.term(lang))}** | {cell(term.term(OTHER[lang]))} | {cell(term.definition(lang))} | {link} |"
        )
    return "\n".join(rows)


def nav_files(nav) -> list[str]:
    found = []
    for item in nav or []:
        if isinstance(item, dict):
            for value in item.values():
                found += nav_files(value if isinstance(value, list) else [value])
        else:
            found.append(item)
    return found


class GlossaryError(PageTransformError):
    """The glossary disagrees with the pages: the build stops, naming what to mend."""


@lru_cache(maxsize=4)
def prepared(terms: tuple[Term, ...], lang: str) -> tuple[dict[str, str], re.Pattern]:
    """The tooltips and the pattern that finds them, made once per glossary and language (the
    engines make a new extension for every page)."""
    problems = check(terms, DOCS / lang)
    if problems:
        raise GlossaryError("\n".join(problems))
    titles = tooltips(terms, lang)
    return titles, pattern(titles)


class GlossaryTable(Preprocessor):
    """Put the table in place of its marker, and turn the tooltips off on the page it is on."""

    def __init__(self, md: Markdown, lang: str, nav, tooltips: GlossaryTreeprocessor):
        super().__init__(md)
        self.lang = lang
        self.nav = nav
        self.tooltips = tooltips

    def run(self, lines: list[str]) -> list[str]:
        marker = [index for index, line in enumerate(lines) if line.strip() == TABLE_MARKER]
        # Decided for every page: an engine may reuse one Markdown instance for several.
        self.tooltips.active = not marker
        if not marker:
            return lines
        rows = table(load_glossary(), self.lang, DOCS / self.lang, nav_files(self.nav)).split("\n")
        return [*lines[: marker[0]], *rows, *lines[marker[0] + 1 :]]


class GlossaryExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "language": ["", "the pages' language: zh or en"],
            "nav": [[], "the site's navigation (the nav of mkdocs.yml): the table's order"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        lang = self.getConfig("language")
        if lang not in OTHER:
            raise GlossaryError(f"gradbook.markdown.glossary: language is {lang!r}, not one of {sorted(OTHER)}")
        titles, found = prepared(load_glossary(), lang)
        tooltips = GlossaryTreeprocessor(md, titles, found)
        # After the abbr extension's own tree processor (7): hand-written abbreviations win.
        md.treeprocessors.register(tooltips, "glossary-tooltips", 6.5)
        # Before pymdownx.snippets (32) and before the HTML block processor (20) keeps the
        # marker, an HTML comment, as raw HTML.
        md.preprocessors.register(GlossaryTable(md, lang, self.getConfig("nav"), tooltips), "glossary-table", 40)


def makeExtension(**kwargs) -> GlossaryExtension:
    return GlossaryExtension(**kwargs)
