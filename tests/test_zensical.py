"""Zensical, Material for MkDocs' successor, renders every page as MkDocs does (issue 19).

The page transforms are Python-Markdown extensions (gradbook/markdown/), which Zensical runs
too; it runs no MkDocs hooks and drops the plugins it does not know (mkdocs-jupyter). This builds
each language with Zensical (pinned in pyproject.toml and constraints.txt) and compares the
article of every Markdown page with the MkDocs build the suite already made (the `site` fixture,
tests/conftest.py). They must be equal once the differences in EXPECTED, each with its reason,
are taken out: a difference not listed fails, naming the page with a diff, and so does an entry
that a page it names no longer shows.

Zensical builds in a temporary project of its own: it wants docs_dir and site_dir inside the
folder of its config, and keeps its cache in that folder's .cache/, which `zensical build --clean`
deletes; from the repository's root that would be the project's own .cache/ (figures, notebook
runs, rendered notebooks). The temporary config inherits the repository's (INHERIT, which
Zensical reads as MkDocs does) and changes only those paths.

Marked `zensical`: `make test` runs it, `make fast` leaves it out (a second build of each language).
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from gradbook import CACHE, DOCS, LANGUAGES, ROOT, SNIPPETS
from gradbook.built_site import PREFIX, built, page_path
from gradbook.notebooks import chapters
from gradbook.pages import page_names

CONFIG = {"zh": "mkdocs.yml", "en": "mkdocs.en.yml"}
ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">(?P<content>.*?)</article>', re.DOTALL)


@dataclass(frozen=True)
class Expected:
    """A difference between the engines that is known, and why it is there."""

    name: str
    reason: str
    engine: str  # whose article has the markup the other's lacks: "mkdocs" or "zensical"
    markup: re.Pattern  # the markup, taken out of that article before the comparison
    on_chapters_only: bool  # only on the pages that run code (gradbook.notebooks.chapters)


EXPECTED = (
    Expected(
        name="notebook links",
        reason=(
            "gradbook/hooks/notebooks.py, a MkDocs hook, puts under each chapter's title the links to its "
            "notebook, which mkdocs-jupyter (a MkDocs plugin) renders; Zensical runs neither, so it has no "
            "notebook page to link to."
        ),
        engine="mkdocs",
        markup=re.compile(
            r'<p><a class="md-button" href="\.\./notebooks/[\w-]+/">[^<]*</a> '
            r'<a class="md-button" href="\.\./notebooks/[\w-]+/[\w-]+\.ipynb" download>[^<]*</a></p>\n'
        ),
        on_chapters_only=True,
    ),
    Expected(
        name="skip-link target",
        reason=(
            "Zensical's base.html opens the article with the target of its 'skip to content' link; "
            "Material's link points at the page's first heading instead. Template, not page content."
        ),
        engine="zensical",
        markup=re.compile(r'\A<a id="__skip" tabindex="-1"></a>\s*'),
        on_chapters_only=False,
    ),
)


def article(page_html: str) -> str:
    """The content of the page's article, without the indentation the template puts around it."""
    found = ARTICLE.search(page_html)
    assert found, 'no <article class="md-content__inner …"> on the page'
    return found["content"].strip()


def explained(mkdocs: str, zensical: str, is_chapter: bool) -> tuple[str, str, list[str]]:
    """Both articles with the expected differences taken out, and every expected one not found."""
    articles = {"mkdocs": mkdocs, "zensical": zensical}
    missing = []
    for entry in EXPECTED:
        if entry.on_chapters_only and not is_chapter:
            continue
        text, found = entry.markup.subn("", articles[entry.engine])
        if not found:
            missing.append(
                f"the expected difference {entry.name!r} is not on the page any more: remove it from EXPECTED"
            )
        articles[entry.engine] = text
    return articles["mkdocs"], articles["zensical"], missing


def differences(name: str, mkdocs_html: str, zensical_html: str) -> list[str]:
    """What differs between the two engines' article of a page, beyond EXPECTED: empty when equal."""
    mkdocs, zensical, problems = explained(
        article(mkdocs_html), article(zensical_html), name.removesuffix(".md") in chapters()
    )
    if mkdocs != zensical:
        diff = difflib.unified_diff(mkdocs.splitlines(), zensical.splitlines(), "MkDocs", "Zensical", n=1, lineterm="")
        problems.append("an unexplained difference:\n" + "\n".join(line[:240] for line in list(diff)[:60]))
    return [f"{name}: {problem}" for problem in problems]


def zensical_project(folder: Path, lang: str) -> Path:
    """A project folder for Zensical: a copy of the language's pages and a config that inherits
    the repository's, with docs_dir, site_dir and the two paths relative to the repository moved."""
    shutil.copytree(DOCS / lang, folder / "docs")
    config = folder / "mkdocs.yml"
    settings = {
        "INHERIT": str(ROOT / CONFIG[lang]),
        "docs_dir": "docs",
        "site_dir": "site",
        "theme": {"custom_dir": str(ROOT / "overrides")},
        # Zensical merges lists from INHERIT by appending: the repository's relative `snippets`
        # stays first and finds nothing from here; this one finds the files.
        "markdown_extensions": {"pymdownx.snippets": {"base_path": [str(SNIPPETS)]}},
    }
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    return config


@pytest.fixture(scope="module")
def zensical_sites(tmp_path_factory, site_port) -> dict[str, Path]:
    env = {
        **os.environ,
        # The site's own Markdown extensions, from this checkout whether or not it is installed.
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "GRADBOOK_SITE_URL": f"http://127.0.0.1:{site_port}/",  # as the `site` fixture builds
    }
    sites = {}
    for lang in LANGUAGES:
        folder = tmp_path_factory.mktemp(f"zensical-{lang}")
        config = zensical_project(folder, lang)
        result = subprocess.run(
            [sys.executable, "-m", "zensical", "build", "--clean", "--strict", "--config-file", str(config)],
            cwd=folder,
            capture_output=True,
            text=True,
            env=env,
        )
        assert result.returncode == 0, f"zensical build of {CONFIG[lang]} failed:\n{result.stdout}{result.stderr}"
        # Zensical's cache, which --clean empties, is the temporary project's, not the site's.
        assert (folder / ".cache").is_dir(), f"Zensical kept no cache in {folder}: where is it?"
        assert not CACHE.resolve().is_relative_to(folder.resolve())
        sites[lang] = folder / "site"
    return sites


@pytest.mark.zensical
@pytest.mark.build
def test_zensical_renders_every_page_as_mkdocs_does(site, zensical_sites):
    problems = []
    for lang in LANGUAGES:
        for name in page_names()[lang]:
            # Zensical built one language into its site's root; in the MkDocs site English is en/.
            zensical_page = zensical_sites[lang] / page_path(lang, name).removeprefix(PREFIX[lang]) / "index.html"
            mkdocs_html = built(site, lang, name).read_text(encoding="utf-8")
            zensical_html = zensical_page.read_text(encoding="utf-8")
            problems += [f"{lang}/{problem}" for problem in differences(name, mkdocs_html, zensical_html)]
    assert not problems, "Zensical's pages differ from MkDocs':\n\n" + "\n\n".join(problems)


# The comparison itself, on articles made up here: it must see a difference and name it.

CHAPTER = "backprop.md"
LINKS = (
    '<p><a class="md-button" href="../notebooks/backprop/">在 Jupyter 笔记本中查看本章</a> '
    '<a class="md-button" href="../notebooks/backprop/backprop.ipynb" download>下载笔记本 (.ipynb)</a></p>\n'
)
BODY = '<h1 id="backprop">反向传播</h1>\n{links}<p>链式法则<span class="filename">{caption}</span></p>'


def page(body: str, engine: str) -> str:
    skip = '<a id="__skip" tabindex="-1"></a>\n' if engine == "zensical" else ""
    return f'<main><article class="md-content__inner md-typeset">\n  {skip}\n\n{body}\n\n  </article></main>'


def test_the_expected_differences_compare_equal():
    mkdocs = page(BODY.format(links=LINKS, caption="输出"), "mkdocs")
    zensical = page(BODY.format(links="", caption="输出"), "zensical")
    assert differences(CHAPTER, mkdocs, zensical) == []


def test_an_unexplained_difference_fails_naming_the_page_and_the_lines():
    mkdocs = page(BODY.format(links=LINKS, caption="输出"), "mkdocs")
    zensical = page(BODY.format(links="", caption="Output"), "zensical")  # an option the engine lost
    [problem] = differences(CHAPTER, mkdocs, zensical)
    assert problem.startswith("backprop.md: an unexplained difference:"), problem
    assert '-<p>链式法则<span class="filename">输出</span></p>' in problem, problem
    assert '+<p>链式法则<span class="filename">Output</span></p>' in problem, problem


def test_an_expected_difference_no_page_shows_fails():
    # MkDocs without the notebook links: the entry that explains them has nothing left to explain.
    mkdocs = page(BODY.format(links="", caption="输出"), "mkdocs")
    zensical = page(BODY.format(links="", caption="输出"), "zensical")
    [problem] = differences(CHAPTER, mkdocs, zensical)
    assert "'notebook links' is not on the page any more" in problem, problem
