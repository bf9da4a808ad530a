"""Give every chapter its notebook: made and executed by gradbook/notebooks.py, rendered by
mkdocs-jupyter, linked from the chapter, and stripped of what would load from elsewhere.
"""

from __future__ import annotations

import re

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from gradbook.markdown.mathml import to_mathml
from gradbook.notebooks import chapters, write_notebook

LINKS = {
    "zh": ("在 Jupyter 笔记本中查看本章", "下载笔记本 (.ipynb)"),
    "en": ("This chapter as a Jupyter notebook", "Download the notebook (.ipynb)"),
}
# mkdocs-jupyter's template inlines JupyterLab's whole stylesheet (about 580 KB) into every
# notebook page and loads MathJax from a CDN. The site styles the cells itself
# (overrides/assets/site.css) and renders math at build time, so both go.
STYLE = re.compile(r"<style[^>]*>.*?</style>", re.DOTALL)
SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.DOTALL)
# nbconvert's Markdown makes a paragraph of a formula on lines of its own ("<p>$$…$$</p>"); its
# MathML goes in a <div>, which a <p> cannot hold, so the formula replaces the paragraph.
MATH = re.compile(
    r"<p>\s*\$\$(?P<paragraph>(?:(?!\$\$).)+)\$\$\s*</p>|\$\$(?P<block>.+?)\$\$|(?<![\\$])\$(?P<inline>[^$\n]+?)\$",
    re.DOTALL,
)
# mkdocs-jupyter's own copy widget, and the copy of each cell's source it copies from (which
# its stylesheet hides, and which would show as plain text under every cell without it).
COPY_WIDGET = re.compile(
    r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>|<div class="clipboard-copy-txt"[^>]*>[^<]*</div>',
    re.DOTALL,
)
# Code cells, and code blocks inside Markdown cells (a shell command), as nbconvert writes them.
CODE = re.compile(r'<div class="(?:highlight-ipynb hl-python|highlight)"><pre>(?!<code>)(.*?)</pre>', re.DOTALL)
HEADING = re.compile(
    r'<h(?P<level>[1-6]) id="[^"]*">(?P<text>.*?)<a class="anchor-link" href="#[^"]*">¶</a></h(?P=level)>', re.DOTALL
)
OUTPUT_TEXT = re.compile(r'(<div class="jp-RenderedText[^"]*"[^>]*>\s*<pre>)(.*?)(</pre>)', re.DOTALL)
SHOWN_OUTPUT_LINES = (12, 8)  # a long output is shown as its first and last lines; the .ipynb keeps all
# Code and outputs keep their dollar signs; everything else on a notebook page is its Markdown
# cells' prose (which may hold nested <div>s: a shell block, an admonition), where $…$ is math.
CODE_OR_OUTPUT = re.compile(r"(<pre\b.*?</pre>|<code\b.*?</code>)", re.DOTALL)
INLINE_CODE = re.compile(r"`([^`]*)`")
# nbconvert's cell ids ("cell-id=backprop-3") hold a "=", and Material's copy button finds its
# code with the CSS selector "#__code_<id> > code", which a "=" makes invalid: nothing is copied.
CELL_ID = re.compile(r'\bid="cell-id=')


def on_config(config):
    # mkdocs-jupyter caches each rendered notebook, then evicts every cache entry its own build did
    # not use. Both languages sharing one cache folder would evict each other's entries on every
    # build and render all notebooks again (about 6 s); a folder per language keeps both warm.
    from gradbook import CACHE

    jupyter = config.plugins["mkdocs-jupyter"].config
    jupyter["cache_dir"] = str(CACHE / "mkdocs-jupyter" / config.theme["language"])
    return config


@event_priority(100)  # before mkdocs-jupyter's on_files, which turns .ipynb files into pages
def on_files(files, config):
    lang = config.theme["language"]
    for chapter in chapters():
        # A real file in a folder of its own, not File.generated: mkdocs-jupyter reads the
        # notebook from the file's src_dir, which a generated file does not have.
        folder, src_uri = write_notebook(chapter, lang)
        files.append(
            File(src_uri, src_dir=str(folder), dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls)
        )
    return files


def on_page_markdown(markdown, page, config, **kwargs):
    chapter = page.file.src_uri.removesuffix(".md")
    if page.file.src_uri.startswith("notebooks/") or chapter not in chapters():
        return markdown
    view, download = LINKS[config.theme["language"]]
    links = (
        f"[{view}](notebooks/{chapter}.ipynb){{ .md-button }} "
        f'<a class="md-button" href="../notebooks/{chapter}/{chapter}.ipynb" download>{download}</a>'
    )
    return re.sub(r"^(# .+\n)", lambda m: f"{m[1]}\n{links}\n", markdown, count=1, flags=re.MULTILINE)


def _math(match: re.Match, where: str) -> str:
    import html

    block = match["paragraph"] if match["paragraph"] is not None else match["block"]
    # A formula that does not render raises MathError, a PluginError under MkDocs: the build
    # stops with its message alone (gradbook/markdown/errors.py).
    if block is not None:
        return f'<div class="math-block">{to_mathml(html.unescape(block).strip(), "block", where)}</div>'
    return to_mathml(html.unescape(match["inline"]).strip(), "inline", where)


def _heading_ids(content: str, page, config) -> str:
    """Give the notebook's headings the ids of the chapter's headings (nbconvert leaves Chinese
    headings with empty ids), in the page and in its table of contents."""
    from gradbook import DOCS
    from gradbook.pages import headings

    chapter = page.file.src_uri.removeprefix("notebooks/").removesuffix(".ipynb")
    chapter_headings = headings(DOCS / config.theme["language"] / f"{chapter}.md")
    ids = iter([f"{chapter}-notebook"] + [i for _, i, _ in chapter_headings])
    # The table of contents as the chapter words it: nbconvert's drops the code in a heading
    # ("`w.data` or `torch.no_grad()`" became "or").
    titles = {i: INLINE_CODE.sub(r"\1", text) for _, i, text in chapter_headings}
    assigned: list[str] = []

    def heading(match: re.Match) -> str:
        heading_id = next(ids, None) or f"heading-{len(assigned)}"
        assigned.append(heading_id)
        level = match["level"]
        return f'<h{level} id="{heading_id}">{match["text"]}<a class="headerlink" href="#{heading_id}">¶</a></h{level}>'

    content = HEADING.sub(heading, content)
    anchors = iter(assigned)

    def retarget(items) -> None:
        for item in items:
            item.id = next(anchors, item.id)
            item.title = titles.get(item.id, item.title)
            retarget(item.children)

    retarget(page.toc)
    return content


def _cut(text: str) -> str:
    lines = text.split("\n")
    first, last = SHOWN_OUTPUT_LINES
    if len(lines) <= first + last + 1:
        return text
    return "\n".join([*lines[:first], f"… ({len(lines) - first - last} more lines in the .ipynb)", *lines[-last:]])


def on_page_content(content, page, config, **kwargs):
    if not page.file.src_uri.startswith("notebooks/"):
        return content
    # The notebook repeats its chapter: a search should land on the chapter, once, and the
    # search index (downloaded on every first visit) should not carry the text twice.
    page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    content = COPY_WIDGET.sub("", SCRIPT.sub("", STYLE.sub("", content)))
    # Material's own code blocks: its colours, its copy button.
    content = CODE.sub(lambda m: f'<div class="highlight"><pre><code>{m[1]}</code></pre>', content)
    # A wide output scrolls sideways: tabindex lets a keyboard reach it and scroll it.
    content = OUTPUT_TEXT.sub(lambda m: m[1].replace("<pre>", '<pre tabindex="0">') + _cut(m[2]) + m[3], content)
    content = CELL_ID.sub('id="cell-', content)
    where = page.file.src_uri
    content = "".join(
        part if index % 2 else MATH.sub(lambda x: _math(x, where), part)
        for index, part in enumerate(CODE_OR_OUTPUT.split(content))
    )
    return _heading_ids(content, page, config)
