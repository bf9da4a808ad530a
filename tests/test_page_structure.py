"""The pages of both languages have the same shape, and every block on them is checked.

Each test names the page, the line and what is wrong, and reports every problem at once.
"""

from __future__ import annotations

import ast
import re

import pytest
import yaml

from gradbook import DOCS, LANGUAGES, ROOT, SNIPPETS
from gradbook.page_model import HiddenCheck, read
from gradbook.pages import (
    annotation_items_after,
    annotation_markers,
    blanked,
    collapsibles,
    fences,
    headings,
    include_lines,
    page_names,
    paragraphs,
    without_fences_and_comments,
)
from gradbook.snippets import SnippetError, all_snippets, output_path, sections, shown_text
from gradbook.sybil_parsers import DOCTEST, FIGURE, NOT_PYTHON, OUTPUT, PYTHON

PAGES = page_names()
ALL_PAGES = [DOCS / lang / name for lang in LANGUAGES for name in PAGES[lang]]


def ids(pages):
    return [str(p.relative_to(DOCS)) for p in pages]


def test_every_page_exists_in_both_languages():
    zh, en = (set(PAGES[lang]) for lang in LANGUAGES)
    assert zh == en, f"only in docs/zh: {sorted(zh - en)}; only in docs/en: {sorted(en - zh)}"


@pytest.mark.parametrize("name", PAGES["zh"])
def test_same_headings_and_ids_in_both_languages(name):
    zh, en = (headings(DOCS / lang / name) for lang in LANGUAGES)
    missing = [
        f"docs/{lang}/{name}: '{text}' has no {{#id}}"
        for lang, hs in zip(LANGUAGES, (zh, en), strict=True)
        for _, i, text in hs
        if not i
    ]
    assert not missing, "every heading needs an explicit id shared by both languages:\n" + "\n".join(missing)
    assert [(level, i) for level, i, _ in zh] == [(level, i) for level, i, _ in en], (
        f"docs/zh/{name} and docs/en/{name} differ in headings"
    )


@pytest.mark.parametrize("name", PAGES["zh"])
def test_same_examples_in_both_languages(name):
    zh, en = (include_lines(DOCS / lang / name) for lang in LANGUAGES)
    assert zh == en, f"docs/zh/{name} and docs/en/{name} include different snippets:\nzh: {zh}\nen: {en}"


def runs_and_checks(page) -> list[tuple[int, str, str]]:
    """(line, what it does, how the page writes it) of every block a page runs or asserts, in
    order. What it does leaves out the page's language: a block's includes, a figure's spec but
    its words, a hidden check's code as Python (its comments are translated), a checked table's shape."""
    model = read(page)
    found = []
    for block in sorted([*model.fences, *model.hidden_checks], key=lambda block: block.line):
        if isinstance(block, HiddenCheck):
            written = f"{block.kind}: {block.code}"
            try:
                does = f"{block.kind} {ast.dump(ast.parse(block.code))}"
            except SyntaxError as error:
                does = f"{block.kind} with a syntax error: {error}"
            if block.table:
                does += f" of a table with rows of {[len(cells) for _, cells in block.table]} cells"
        elif block.language in FIGURE:
            written = f"figure: {block.source}"
            does = f"figure {_figure_run(yaml.safe_load(block.source) or {})}"
        elif block.language in PYTHON | DOCTEST | OUTPUT:
            written = f"{block.language}: {block.source}"
            does = f"{block.language} {block.include_targets or block.source}"
        else:
            continue
        found.append((block.line, does, written.rstrip()))
    return found


def _figure_run(spec: dict) -> list:
    """A figure's spec without its words (alt text, caption, axis and curve labels): what it draws."""
    return sorted((k, v) for k, v in spec.items() if k not in ("alt", "caption", "axes", "labels"))


@pytest.mark.parametrize("name", PAGES["zh"])
def test_both_languages_run_and_check_the_same(name):
    """What the Chinese page runs and checks, the English page runs and checks, in the same order:
    a number one language's prose states and checks is checked in the other's too."""
    zh, en = (runs_and_checks(DOCS / lang / name) for lang in LANGUAGES)
    for z, e in zip([*zh, None], [*en, None], strict=False):
        if z and e and z[1] == e[1]:
            continue
        if z is None and e is None:
            return
        shown = [
            f"docs/{lang}/{name}:{b[0]}: {b[2]}" if b else f"docs/{lang}/{name} has no more"
            for lang, b in zip(LANGUAGES, (z, e), strict=True)
        ]
        pytest.fail(
            f"the two languages run or check different things ({len(zh)} blocks, {len(en)}) from here:\n"
            + "\n".join(shown)
        )


# The title of a collapsible block in one language, and in the other: the depth a chapter keeps
# one click away ("深入一点 / Going deeper") and the exercises' answers.
COLLAPSIBLE_TITLES = {"深入一点": "Going deeper", "答案": "Answer"}


@pytest.mark.parametrize("name", PAGES["zh"])
def test_same_collapsible_blocks_in_both_languages(name):
    """What a reader opens with one click is the same in both languages: the same blocks in the
    same order, each showing the same examples and holding as many checks."""
    zh, en = (collapsibles(DOCS / lang / name) for lang in LANGUAGES)
    problems = (
        [f"docs/zh/{name} has {len(zh)} collapsible blocks, docs/en/{name} {len(en)}"] if len(zh) != len(en) else []
    )
    for z, e in zip(zh, en, strict=False):
        where = f"docs/zh/{name}:{z.line} and docs/en/{name}:{e.line}"
        if z.kind != e.kind:
            problems.append(f"{where}: a '{z.kind}' block against a '{e.kind}' block")
        if z.title in COLLAPSIBLE_TITLES and COLLAPSIBLE_TITLES[z.title] != e.title:
            problems.append(f"{where}: '{z.title}' is '{COLLAPSIBLE_TITLES[z.title]}' in English, not '{e.title}'")
        if z.includes != e.includes:
            problems.append(f"{where}: the blocks show different examples:\n  zh: {z.includes}\n  en: {e.includes}")
        if z.checks != e.checks:
            problems.append(f"{where}: {z.checks} hidden checks in Chinese, {e.checks} in English")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", ALL_PAGES, ids=ids(ALL_PAGES))
def test_every_fenced_block_is_checked_or_declared(page):
    problems = []
    for fence in fences(page):
        try:
            includes = fence.includes
        except SnippetError as error:
            problems.append(f"{fence.where}: {error}")
            continue
        if fence.language in PYTHON and not includes:
            problems.append(f"{fence.where}: Python written in the page; put it in snippets/ and include it")
        elif fence.language in OUTPUT and not includes:
            problems.append(
                f"{fence.where}: a text block typed into the page would drift from the run; include the snippet's .out.txt"
            )
        elif fence.language in OUTPUT and includes and not all(i.is_output for i in includes):
            problems.append(f"{fence.where}: a text block includes code; show code in a py block")
        elif fence.language in PYTHON and includes and any(i.is_output for i in includes):
            problems.append(f"{fence.where}: a py block includes an output file; show outputs in a text block")
        elif fence.language not in PYTHON | DOCTEST | NOT_PYTHON | FIGURE:
            problems.append(
                f"{fence.where}: language {fence.language!r} is neither checked nor declared (gradbook/sybil_parsers.py)"
            )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", ALL_PAGES, ids=ids(ALL_PAGES))
def test_every_printed_output_is_shown_right_after_its_code(page):
    """A reader who runs a shown block sees its output on the page: no output goes unchecked."""
    problems = []
    page_fences = fences(page)
    for index, fence in enumerate(page_fences):
        if fence.language not in PYTHON or not fence.includes:
            continue
        expected = [i.output() for i in fence.includes]
        prints = any((SNIPPETS / i.path).exists() and _prints(i) for i in expected)
        following = page_fences[index + 1] if index + 1 < len(page_fences) else None
        shown = following.includes if following and following.language in OUTPUT else None
        if shown and all(i.lines for i in shown):  # a cut of a long output
            shown = [i.output() for i in fence.includes] if {i.path for i in shown} == {expected[0].path} else shown
        if prints and shown != expected:
            problems.append(
                f"{fence.where}: its output ({', '.join(i.display for i in expected)}) must be the next block"
            )
    assert not problems, "\n".join(problems)


def _prints(output_include) -> bool:
    try:
        return bool(shown_text(output_include))
    except SnippetError:
        return False


@pytest.mark.parametrize("page", ALL_PAGES, ids=ids(ALL_PAGES))
def test_code_annotations_are_all_explained(page):
    problems = []
    for fence in fences(page):
        if fence.language not in PYTHON or not fence.includes:
            continue
        markers = annotation_markers("".join(shown_text(i) for i in fence.includes))
        items = annotation_items_after(page, fence)
        if markers and markers != list(range(1, len(markers) + 1)):
            problems.append(f"{fence.where}: annotation markers {markers} should count 1, 2, 3 …")
        if len(markers) != items:
            problems.append(
                f"{fence.where}: {len(markers)} annotation markers in the code, {items} explanations after it"
            )
    assert not problems, "\n".join(problems)


def test_every_snippet_is_included_by_a_page():
    included = {target.split(":")[0] for page in ALL_PAGES for target in include_lines(page)}
    orphans = [
        f"snippets/{p.relative_to(SNIPPETS)}" for p in all_snippets() if str(p.relative_to(SNIPPETS)) not in included
    ]
    assert not orphans, f"snippets that no page includes: {orphans}"


def test_every_output_file_belongs_to_a_snippet():
    strays = [
        f"snippets/{p.relative_to(SNIPPETS)}"
        for p in SNIPPETS.rglob("*.out.txt")
        if not (SNIPPETS / p.relative_to(SNIPPETS)).with_name(p.name.removesuffix(".out.txt") + ".py").exists()
    ]
    assert not strays, f"output files with no snippet: {strays}"


def test_every_page_is_in_the_navigation():
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)

    def walk(items):
        for item in items:
            if isinstance(item, dict):
                for value in item.values():
                    yield from walk(value if isinstance(value, list) else [value])
            else:
                yield item

    in_nav = set(walk(config["nav"]))
    assert in_nav == set(PAGES["zh"]), (
        f"not in nav: {sorted(set(PAGES['zh']) - in_nav)}; in nav but missing: {sorted(in_nav - set(PAGES['zh']))}"
    )


RANDOM_CALLS = (
    "torch.rand",
    "torch.randn",
    "torch.randint",
    "torch.randperm",
    "nn.Linear",
    "np.random",
    ".normal_(",
    ".uniform_(",
)
SEEDS = ("torch.manual_seed(", "np.random.seed(", "np.random.default_rng(")


@pytest.mark.parametrize("snippet", all_snippets(), ids=lambda p: str(p.relative_to(SNIPPETS)))
def test_random_snippets_are_seeded(snippet):
    code = snippet.read_text(encoding="utf-8")
    if any(call in code for call in RANDOM_CALLS):
        assert any(seed in code for seed in SEEDS), (
            f"snippets/{snippet.relative_to(SNIPPETS)} draws random numbers without a seed"
        )


@pytest.mark.parametrize("snippet", all_snippets(), ids=lambda p: str(p.relative_to(SNIPPETS)))
def test_snippet_sections_are_well_formed(snippet):
    sections(snippet)  # raises SnippetError naming the file and line


def test_output_paths_follow_the_convention():
    assert output_path("backprop/by_hand.py") == "backprop/by_hand.out.txt"


# What a run prints, quoted in the prose: a tensor as PyTorch prints it, or a number with five or
# more decimals (a float32 value, a rounding error). Rounder numbers ("the gradient is −2") are
# the invisible checks' job.
QUOTED_TENSOR = re.compile(r"`(tensor\([^`\n]*\))`")
LONG_NUMBER = re.compile(r"(?<![\w.])[−-]?\d+\.\d{5,}(?:e[−-]?\d+)?")
CHECKED_TABLE = re.compile(r"<!--\s*check-table:.*?-->[ \t]*\n(?:[ \t]*\n)*(?:\|[^\n]*\n?)+", re.DOTALL)


@pytest.mark.parametrize("page", ALL_PAGES, ids=ids(ALL_PAGES))
def test_numbers_quoted_in_the_prose_are_checked(page):
    """A printed value that the prose quotes is in what the page shows from a run, or in one of its
    check blocks: change either and the two part, and this names the line."""
    model = read(page)
    text = model.text
    checked = "".join(text[comment.start : comment.end] for comment in model.comments)
    for fence in fences(page):
        try:
            checked += "".join(shown_text(include) for include in fence.includes or [])
        except SnippetError:
            pass  # named by test_every_fenced_block_is_checked_or_declared
    checked = checked.replace("−", "-")
    prose = without_fences_and_comments(CHECKED_TABLE.sub(lambda m: "\n" * m[0].count("\n"), text))
    problems = []
    for number, match in [(1, m) for m in QUOTED_TENSOR.finditer(prose)] + [
        (0, m) for m in LONG_NUMBER.finditer(prose)
    ]:
        quoted = match[number].replace("−", "-")
        if quoted not in checked:
            problems.append(
                f"'{match[number]}' is quoted in the prose but neither shown from a run nor in a check block of the page"
            )
    where = page.relative_to(ROOT)
    assert not problems, f"{where}:\n" + "\n".join(problems)


# A Chinese paragraph longer than this is a wall on a phone (about eleven lines at 360 px) and
# usually two thoughts: split it where the second begins.
LONGEST_CHINESE_PARAGRAPH = 200
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("name", PAGES["zh"])
def test_chinese_paragraphs_are_short_enough_to_read(name):
    page = DOCS / "zh" / name
    problems = [
        f"docs/zh/{name}:{line}: {count} Chinese characters (at most {LONGEST_CHINESE_PARAGRAPH}): {text[:30]}…"
        for line, text in paragraphs(page)
        if (count := len(HAN.findall(text))) > LONGEST_CHINESE_PARAGRAPH
    ]
    assert not problems, "split these paragraphs where their second thought begins:\n" + "\n".join(problems)


# Chromium shows a line break of the source as a space, even between two Chinese characters
# (measured: 中文。⏎中文 is 5 px wider than 中文。中文), so a Chinese sentence is not wrapped in the
# source where both sides are Chinese. A space beside code, a number or Latin is the site's style.
CJK = "[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]"
WRAPPED_BETWEEN_CHINESE = re.compile(rf"{CJK}\n[ \t]*(?={CJK})")


@pytest.mark.parametrize("name", PAGES["zh"])
def test_no_stray_space_between_chinese_characters(name):
    page = DOCS / "zh" / name
    problems = [
        f"docs/zh/{name}:{line}: '{text[-8:]}⏎…' shows a space in the browser; join the two lines"
        for line, text in line_ends_wrapped_between_chinese(page)
    ]
    assert not problems, "\n".join(problems)


def line_ends_wrapped_between_chinese(page):
    prose = blanked(page.read_text(encoding="utf-8"))
    for match in WRAPPED_BETWEEN_CHINESE.finditer(prose):
        line = prose.count("\n", 0, match.start()) + 1
        yield line, prose.split("\n")[line - 1]
