"""Every chapter's notebook: made from the chapter, executed, its outputs equal to the page's,
rendered in both languages, downloadable, light, and cached."""

from __future__ import annotations

import gzip
import re

import nbformat
import pytest

from gradbook import LANGUAGES, notebooks
from gradbook.built_site import NAMES_AN_ADDRESS, built
from gradbook.notebooks import chapters, notebook, stdout_of
from gradbook.snippets import Include, SnippetError, shown_text

CHAPTERS = chapters()
CJK = re.compile(r"[\u4e00-\u9fff]")


def shown_output(targets: list[str]) -> str:
    text = ""
    for target in targets:
        try:
            text += shown_text(Include.parse(target).output())
        except SnippetError:
            pass  # the snippet prints nothing
    return text


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_each_cell_prints_what_the_chapter_shows(chapter, lang):
    problems = []
    for cell in notebook(chapter, lang).cells:
        if cell.cell_type != "code":
            continue
        meta = cell.metadata["gradbook"]
        errors = [o for o in cell.outputs if o.output_type == "error"]
        if errors:
            problems.append(f"{meta['includes']}: {errors[0].ename}: {errors[0].evalue}")
        elif meta["module"]:
            if not re.fullmatch(r"(Writing|Appending to) \S+\.py\n", stdout_of(cell)):
                problems.append(f"{meta['includes']}: writing the module printed {stdout_of(cell)!r}")
        elif stdout_of(cell) != shown_output(meta["includes"]):
            problems.append(
                f"{meta['includes']}: the notebook prints {stdout_of(cell)!r}, the page shows {shown_output(meta['includes'])!r}"
            )
    assert not problems, f"notebooks/{chapter}.ipynb ({lang}):\n" + "\n".join(problems)


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_both_languages_run_the_same_code_and_speak_their_own(chapter):
    zh, en = (notebook(chapter, lang) for lang in LANGUAGES)
    code = [[c.source for c in nb.cells if c.cell_type == "code"] for nb in (zh, en)]
    assert code[0] == code[1] and code[0], "the two languages' notebooks run different code"
    assert CJK.search(zh.cells[0].source), "the Chinese notebook's first cell is not Chinese"
    assert not CJK.search(en.cells[0].source), "the English notebook's first cell is not English"
    assert not any("--8<--" in c.source or "<!--" in c.source for nb in (zh, en) for c in nb.cells)


@pytest.mark.parametrize(
    "rendered, expected",
    [
        # nbconvert makes a paragraph of a formula on lines of its own; the formula's <div> replaces it.
        ("<p>$$\nz = 2\n$$</p>", ['<div class="math-block"><math display="block"']),
        ("<p>$$a$$</p>\n<p>$$b$$</p>", ['<div class="math-block"><math display="block"'] * 2),
        # Inline math is phrasing content: it stays in its paragraph.
        ("<p>so $z$ is</p>", ["<p>so <math"]),
    ],
)
def test_a_block_formula_replaces_the_paragraph_nbconvert_made_of_it(rendered, expected):
    from gradbook.hooks.notebooks import MATH, _math

    lines = MATH.sub(lambda match: _math(match, "test"), rendered).split("\n")
    assert [line[: len(start)] for line, start in zip(lines, expected, strict=True)] == expected
    assert not any(line.endswith("</div></p>") for line in lines)


def test_a_rebuild_with_no_change_starts_no_kernel(monkeypatch):
    for chapter in CHAPTERS:
        notebook(chapter, "zh")  # fills the cache if needed
    import nbclient

    monkeypatch.setattr(nbclient, "NotebookClient", lambda *a, **k: pytest.fail("a kernel was started"))
    for chapter in CHAPTERS:
        notebook(chapter, "en")


def test_the_downloaded_notebook_runs_top_to_bottom_in_a_fresh_kernel(monkeypatch, tmp_path):
    """Bypass the cache once: a fresh kernel, a folder without snippets/, only the project's packages."""
    chapter = "own-autograd" if "own-autograd" in CHAPTERS else CHAPTERS[0]
    saved = notebook(chapter, "en")
    monkeypatch.setattr(notebooks, "CACHE", tmp_path)
    code = [c.source for c in saved.cells if c.cell_type == "code"]
    fresh = [nbformat.from_dict({"outputs": outputs}) for outputs in notebooks.execute(chapter, code)]
    assert [stdout_of(cell) for cell in fresh] == [stdout_of(c) for c in saved.cells if c.cell_type == "code"]


@pytest.mark.build
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_the_notebook_page_is_rendered_and_downloadable(site, chapter, lang):
    page = built(site, lang, f"notebooks/{chapter}.ipynb")
    html_text = page.read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in html_text
    assert html_text.count("jp-CodeCell") >= 1, (
        "not rendered as a notebook page (mkdocs-static-i18n#198 would serve a raw file)"
    )
    assert "<math" in html_text or "$" not in html_text
    download = page.parent / f"{chapter}.ipynb"
    nbformat.validate(nbformat.read(download, as_version=4))
    chapter_page = built(site, lang, f"{chapter}.md").read_text(encoding="utf-8")
    assert f'href="../notebooks/{chapter}/{chapter}.ipynb" download' in chapter_page
    assert f'href="../notebooks/{chapter}/"' in chapter_page


@pytest.mark.build
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_a_notebook_page_weighs_at_most_400_kb_and_loads_nothing_from_elsewhere(site, chapter, lang):
    """Weight as a first visit downloads it from a host that compresses text (gzip), as static
    hosts do; the browser suite and `make bench` measure the same in a real browser."""
    page = built(site, lang, f"notebooks/{chapter}.ipynb")
    html_text = page.read_text(encoding="utf-8")
    loads = NAMES_AN_ADDRESS.sub("", html_text)
    assert not re.search(r"<(?:script|link|img)[^>]+(?:src|href)=\"(?:https?:)?//", loads)
    assets = {page} | {
        page.parent / a for a in re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"#?]+\.(?:js|css))"', html_text)
    }
    weight = sum(len(gzip.compress(path.read_bytes())) for path in assets)
    assert weight <= 400 * 1024, (
        f"notebooks/{chapter} ({lang}) weighs {weight / 1024:.0f} KB with its scripts and styles"
    )
    # A guard against mkdocs-jupyter's own markup and styles coming back (about 620 KB a page by
    # default), not a budget for content: the longest chapter, gradient descent, is 253 KB of its
    # own (122 KB of it the highlighted code of its 29 cells) since the mini-batch and
    # four-derivatives sections. The reader's budget is the compressed weight above.
    assert len(html_text.encode()) <= 300 * 1024, (
        "the notebook's HTML alone is over 300 KB (mkdocs-jupyter's default is about 620 KB)"
    )


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def _text(fragment: str) -> str:
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


TOC_LINK = re.compile(
    r'<a href="#(?P<id>[-\w]+)" class="md-nav__link">\s*<span class="md-ellipsis">\s*(?P<title>.*?)\s*</span>',
    re.DOTALL,
)


@pytest.mark.build
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_the_notebook_page_shows_each_cell_once_as_code(site, chapter, lang):
    """A cell's code is on the page once, in a code block, and nowhere as running text (as the
    hidden copy of each cell's source that mkdocs-jupyter's stylesheet would otherwise hide)."""
    html_text = built(site, lang, f"notebooks/{chapter}.ipynb").read_text(encoding="utf-8")
    article = html_text[html_text.index("<article") : html_text.index("</article>")]
    blocks = [_squeezed(_text(b)) for b in re.findall(r"<pre\b.*?</pre>", article, re.DOTALL)]
    prose = _squeezed(_text(re.sub(r"<pre\b.*?</pre>", " ", article, flags=re.DOTALL)))
    problems = []
    for cell in notebook(chapter, lang).cells:
        if cell.cell_type != "code":
            continue
        code = _squeezed(cell.source)
        if sum(code in block for block in blocks) < 1:
            problems.append(f"no code block shows {code[:60]!r}")
        if "\n" in cell.source.strip() and code in prose:
            problems.append(f"the page shows {code[:60]!r} as running text too")
    assert not problems, f"notebooks/{chapter} ({lang}):\n" + "\n".join(problems)


@pytest.mark.build
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_the_notebook_table_of_contents_reads_as_the_chapter(site, chapter, lang):
    def toc(name: str) -> dict[str, str]:
        page = built(site, lang, name).read_text(encoding="utf-8")
        return {m["id"]: _text(m["title"]) for m in TOC_LINK.finditer(page)}

    chapter_toc, notebook_toc = toc(f"{chapter}.md"), toc(f"notebooks/{chapter}.ipynb")
    differ = {i: (title, notebook_toc.get(i)) for i, title in chapter_toc.items() if notebook_toc.get(i) != title}
    assert chapter_toc and not differ, f"notebooks/{chapter} ({lang}): (chapter, notebook) titles differ: {differ}"
