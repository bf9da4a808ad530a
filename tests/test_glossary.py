"""The glossary (docs/glossary.yml) is complete in both languages, and the build renders it twice:
as the glossary page of each language, and as tooltips on the terms in the chapters
(the Markdown extension gradbook/markdown/glossary.py)."""

from __future__ import annotations

import dataclasses
import html
import re
from html.parser import HTMLParser

import markdown
import pytest
import yaml

from gradbook import DOCS, LANGUAGES, ROOT
from gradbook.built_site import built
from gradbook.glossary import load_glossary
from gradbook.markdown.glossary import TABLE_MARKER, GlossaryError, check, prepared, tooltips

TERMS = load_glossary()
CJK = re.compile(r"[\u3400-\u9fff]")
CHAPTERS = [
    "index",
    "tensors-graphs",
    "autograd",
    "backprop",
    "backprop-shapes",
    "gradient-descent",
    "own-autograd",
    "inside-autograd",
    "gradient-check",
    "mistakes",
]


def test_every_term_is_in_both_languages():
    problems = []
    for term in TERMS:
        for field in ("zh", "en", "zh_definition", "en_definition"):
            if not getattr(term, field).strip():
                problems.append(f"{term.id}: {field} is empty")
        if not CJK.search(term.zh) or not CJK.search(term.zh_definition):
            problems.append(f"{term.id}: the Chinese term or definition has no Chinese")
        if CJK.search(term.en) or CJK.search(term.en_definition):
            problems.append(f"{term.id}: the English term or definition has Chinese in it")
    assert not problems, "\n".join(problems)


def test_no_term_is_listed_twice():
    for key in ("id", "zh", "en"):
        values = [getattr(term, key) for term in TERMS]
        assert len(values) == len(set(values)), (
            f"a {key} is used twice: {sorted(v for v in values if values.count(v) > 1)}"
        )


def test_every_chapter_it_names_exists():
    nav = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["nav"]
    problems = [
        f"{term.id}: chapter {term.chapter!r} is not one of {CHAPTERS}"
        for term in TERMS
        if term.chapter not in CHAPTERS
    ]
    for term in TERMS:
        for lang in LANGUAGES:
            if not (DOCS / lang / f"{term.chapter}.md").is_file():
                problems.append(f"{term.id}: docs/{lang}/{term.chapter}.md does not exist")
        if f"{term.chapter}.md" not in nav:
            problems.append(f"{term.id}: {term.chapter}.md is not in the navigation")
    assert not problems, "\n".join(problems)
    for lang in LANGUAGES:
        assert check(TERMS, DOCS / lang) == []  # the extension's own check, which stops the build


def test_a_glossary_naming_a_missing_chapter_stops_the_build():
    broken = (*TERMS[:1], dataclasses.replace(TERMS[1], chapter="no-such-chapter"), *TERMS[2:])
    with pytest.raises(GlossaryError, match=f"{TERMS[1].id}: chapter 'no-such-chapter' is not a page of"):
        prepared(broken, "zh")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_glossary_page_marks_where_its_table_goes(lang):
    # The page that holds the marker gets the table and no tooltips (gradbook/markdown/glossary.py).
    lines = (DOCS / lang / "glossary.md").read_text(encoding="utf-8").splitlines()
    assert TABLE_MARKER in [line.strip() for line in lines], f"docs/{lang}/glossary.md has no line {TABLE_MARKER}"


def test_every_term_has_a_tooltip_of_its_own():
    for lang in LANGUAGES:
        titles = tooltips(TERMS, lang)
        for term in TERMS:
            assert term.forms(lang), f"{term.id}: no {lang} form gets a tooltip"
            for form in term.forms(lang):
                assert term.definition(lang) in titles[form], f"{form!r} shows another term's definition"


def render(text: str, lang: str) -> str:
    md = markdown.Markdown(
        extensions=[
            "abbr",
            "admonition",
            "attr_list",
            "tables",
            "toc",
            "pymdownx.arithmatex",
            "gradbook.markdown.glossary",
        ],
        extension_configs={"pymdownx.arithmatex": {"generic": True}, "gradbook.markdown.glossary": {"language": lang}},
    )
    return md.convert(text)


def abbr(text: str, lang: str) -> str:
    term = next(t for t in TERMS if text in t.forms(lang))
    title = tooltips(TERMS, lang)[text]
    assert term.definition(lang) in title
    return f'<abbr title="{html.escape(title, quote=False).replace(chr(34), "&quot;")}">{text}</abbr>'


def test_tooltips_find_chinese_terms_inside_a_sentence_longest_first():
    page = render("沿着计算图做反向传播，得到局部梯度，再用梯度下降更新。", "zh")
    for term in ("计算图", "反向传播", "局部梯度", "梯度下降"):
        assert abbr(term, "zh") in page
    assert ">梯度<" not in page  # 梯度 inside 局部梯度 and 梯度下降 is not a term of its own here


def test_tooltips_match_whole_english_words_plurals_and_capitals():
    page = render("Backpropagation multiplies local gradients. A gradientless tensor has no gradient.", "en")
    for word in ("Backpropagation", "local gradients", "tensor", "gradient"):
        assert abbr(word, "en") in page
    assert "gradientless" in page and ">gradientless<" not in page


def test_tooltips_leave_markdown_code_headings_links_and_math_intact():
    source = (
        "## 反向传播 {#backprop}\n\n"
        "[反向传播](backprop.md) 和 `loss.backward()` 以及 $\\text{loss}$ 都不变；正文里的损失有提示。\n\n"
        '!!! warning "梯度累加"\n\n    梯度会累加。\n'
    )
    page = render(source, "zh")
    assert '<h2 id="backprop">反向传播</h2>' in page
    assert '<a href="backprop.md">反向传播</a>' in page
    assert "<code>loss.backward()</code>" in page
    assert "\\text{loss}" in page and '<span class="arithmatex">\\(\\text{loss}\\)</span>' in page
    assert '<p class="admonition-title">梯度累加</p>' in page
    assert abbr("损失", "zh") in page and abbr("梯度会累加", "zh") in page


def test_the_page_with_the_marker_gets_the_table_and_no_tooltips():
    page = render(f"梯度与反向传播的释义：\n\n{TABLE_MARKER}\n", "zh")
    assert "<table>" in page and page.count("<tr>") == len(TERMS) + 1, page[:300]
    assert "<abbr" not in page  # the glossary defines its terms already
    assert abbr("梯度", "zh") in render("梯度与反向传播。", "zh")  # and a page without it gets them


# The built site, as `make build` builds it (the session fixture `site`, tests/conftest.py).


class Rows(HTMLParser):
    """The rows of the page's tables: the text of each cell, and the links in it."""

    def __init__(self):
        super().__init__()
        self.rows: list[list[tuple[str, list[str]]]] = []
        self.cell: list[str] | None = None
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self.cell, self.links = [], []
        elif tag == "a" and self.cell is not None:
            self.links.append(dict(attrs)["href"])

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            self.rows[-1].append(("".join(self.cell).strip(), self.links))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


@pytest.mark.build
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_glossary_page_lists_every_term(site, lang):
    page_file = built(site, lang, "glossary")
    parser = Rows()
    parser.feed(page_file.read_text(encoding="utf-8"))
    rows = {cells[0][0]: cells for cells in parser.rows if len(cells) == 4}
    other = "en" if lang == "zh" else "zh"
    problems = []
    for term in TERMS:
        cells = rows.get(term.term(lang))
        if cells is None:
            problems.append(f"{term.term(lang)!r} is not in the table")
            continue
        if cells[1][0] != term.term(other) or cells[2][0] != term.definition(lang):
            problems.append(f"{term.term(lang)!r}: the row says {cells[1][0]!r}, {cells[2][0]!r}")
        target = (page_file.parent / cells[3][1][0] / "index.html").resolve() if cells[3][1] else None
        if target != built(site, lang, term.chapter).resolve():
            problems.append(f"{term.term(lang)!r}: the chapter link goes to {target}, not to {term.chapter}")
    assert len(rows) == len(TERMS), f"{len(rows)} rows for {len(TERMS)} terms"
    assert not problems, "\n".join(problems)


@pytest.mark.build
@pytest.mark.parametrize("lang,term", [("zh", "链式法则"), ("en", "chain rule")])
def test_a_chapter_carries_the_tooltip_of_a_term_it_uses(site, lang, term):
    page = built(site, lang, "backprop").read_text(encoding="utf-8")
    assert abbr(term, lang) in page
    assert "content.tooltips" in page  # Material shows abbr titles as its own tooltips


class Tooltips(HTMLParser):
    """Every <abbr> of a page, with the elements it sits in."""

    PROTECTED = frozenset({"a", "abbr", "code", "pre", "math", "h1", "h2", "h3", "h4", "h5", "h6"})
    VOID = frozenset({"br", "hr", "img", "input", "link", "meta", "mspace", "col", "source", "wbr", "path"})

    def __init__(self):
        super().__init__()
        self.open: list[str] = []
        self.count = 0
        self.misplaced: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "abbr":
            self.count += 1
            inside = [t for t in self.open if t in self.PROTECTED]
            if inside:
                self.misplaced.append(f"<abbr> inside <{inside[-1]}>")
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID or tag not in self.open:
            return
        while self.open.pop() != tag:
            pass


@pytest.mark.build
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_tooltips_leave_code_headings_links_and_math_intact(site, lang, chapter):
    parser = Tooltips()
    parser.feed(built(site, lang, chapter).read_text(encoding="utf-8"))
    assert parser.count > 0, f"no tooltips on {lang}/{chapter}"
    assert not parser.misplaced, f"{lang}/{chapter}: " + ", ".join(sorted(set(parser.misplaced)))
