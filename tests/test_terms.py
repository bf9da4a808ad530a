"""One word for one thing, and a glossary true to the pages: no page uses a form the glossary
says to avoid, and every term is used on the chapter the glossary names for it."""

from __future__ import annotations

import textwrap

import pytest

from gradbook import DOCS, LANGUAGES, ROOT
from gradbook.glossary import Term, avoided_uses, chapters_without_their_terms, load_glossary

TERMS = load_glossary()
PAGES = [(lang, page) for lang in LANGUAGES for page in sorted((DOCS / lang).glob("*.md"))]


@pytest.mark.parametrize("lang,page", PAGES, ids=[f"{lang}/{page.name}" for lang, page in PAGES])
def test_no_page_uses_a_form_the_glossary_avoids(lang, page):
    found = avoided_uses(page, lang, TERMS, name=str(page.relative_to(ROOT)))
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_term_is_used_on_its_chapter(lang):
    problems = chapters_without_their_terms(TERMS, DOCS / lang, lang)
    assert not problems, "\n".join(problems)


def test_some_terms_name_forms_to_avoid():
    # The tests above would pass on any page if the glossary listed nothing to avoid.
    assert all(any(term.avoided(lang) for term in TERMS) for lang in LANGUAGES)


# The checks fail, and say where: pages wrong on purpose.

GRAD_FN = Term(
    id="grad-fn",
    zh="梯度函数",
    en="gradient function",
    zh_definition="…",
    en_definition="…",
    chapter="autograd",
    zh_avoid=("反向函数",),
    en_avoid=("backward function",),
)


def write(path, text):
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def test_an_avoided_form_names_the_page_the_line_and_the_term_to_write(tmp_path):
    page = write(
        tmp_path / "autograd.md",
        """
        # 自动微分

        `y.grad_fn` 是 y 的梯度函数。
        每个反向函数乘上自己的局部梯度。
        """,
    )
    [message] = avoided_uses(page, "zh", (GRAD_FN,), name="docs/zh/autograd.md")
    assert message == "docs/zh/autograd.md:4: '反向函数' is a form to avoid; write '梯度函数' (glossary: grad-fn)"


def test_an_avoided_english_form_is_found_at_the_start_of_a_sentence_but_not_inside_a_word(tmp_path):
    page = write(
        tmp_path / "autograd.md",
        """
        Backward function names end in Backward0.
        A backward functional is another word.
        """,
    )
    found = avoided_uses(page, "en", (GRAD_FN,), name="autograd.md")
    assert found == [
        "autograd.md:1: 'backward function' is a form to avoid; write 'gradient function' (glossary: grad-fn)"
    ]


def test_a_term_missing_from_its_chapter_is_named(tmp_path):
    write(tmp_path / "autograd.md", "# Autograd\n\nEvery result has a grad_fn.\n")
    [message] = chapters_without_their_terms((GRAD_FN,), tmp_path, "en")
    assert message.startswith(f"{tmp_path / 'autograd.md'}: the glossary names this chapter for grad-fn")
    assert "gradient function / Gradient function" in message
    write(tmp_path / "autograd.md", "# Autograd\n\nEvery result has a gradient function.\n")
    assert chapters_without_their_terms((GRAD_FN,), tmp_path, "en") == []


def test_an_entry_without_forms_to_avoid_still_loads():
    term = Term(id="x", zh="张量", en="tensor", zh_definition="…", en_definition="…", chapter="tensors-graphs")
    assert term.avoided("zh") == term.avoided("en") == ()


def test_an_avoided_form_wrapped_across_two_lines_is_found_where_it_starts(tmp_path):
    page = write(
        tmp_path / "autograd.md",
        """
        Each backward
        function multiplies in its local gradient.

        A backward

        function in another paragraph is two sentences.
        """,
    )
    assert avoided_uses(page, "en", (GRAD_FN,), name="autograd.md") == [
        "autograd.md:1: 'backward function' is a form to avoid; write 'gradient function' (glossary: grad-fn)"
    ]
    page = write(tmp_path / "autograd.md", "每个反向\n函数都乘上局部梯度。\n\n反向\n\n函数\n")
    assert avoided_uses(page, "zh", (GRAD_FN,), name="x.md") == [
        "x.md:1: '反向函数' is a form to avoid; write '梯度函数' (glossary: grad-fn)"
    ]
