"""Give every included code block its file name as title, and every output block a caption.

A reader sees which file in snippets/ a block comes from (one hop to the code) without the
author writing the path twice.

A Python-Markdown extension (`gradbook.markdown.snippet_titles` under `markdown_extensions`), so
any engine that renders the pages with Python-Markdown gives the same titles (MkDocs, Zensical).
Option `output_caption`: the caption of an output block, in the page's language (mkdocs.yml: 输出,
mkdocs.en.yml: Output).
"""

from __future__ import annotations

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

from gradbook.markdown.errors import PageTransformError
from gradbook.page_model import PageError, read_page

# What a title is given to: the code and output fences pymdownx.superfences titles from its
# `title=` attribute (backticks; the languages the pages include snippets in).
TITLED_LANGUAGES = ("py", "python", "pycon", "text")


def titled(markdown: str, output_caption: str) -> str:
    """The page's Markdown with a title on every fence that opens with an include line."""
    lines = markdown.split("\n")
    try:
        fences = read_page(markdown).fences
    except PageError as error:  # an unclosed fence or comment: the page's line, not a traceback
        raise PageTransformError(str(error)) from None
    for fence in fences:
        path = fence.first_include_path
        if path is None or not fence.marker.startswith("`") or fence.language not in TITLED_LANGUAGES:
            continue
        if "title=" in fence.attributes:
            continue
        text = output_caption if path.endswith(".out.txt") else f"snippets/{path}"
        lines[fence.line - 1] = fence.opening_with(f'title="{text}"')
    return "\n".join(lines)


class SnippetTitles(Preprocessor):
    def __init__(self, md: Markdown, output_caption: str):
        super().__init__(md)
        self.output_caption = output_caption

    def run(self, lines: list[str]) -> list[str]:
        # The include line itself says which file a fence shows, so this runs before
        # pymdownx.snippets (32) replaces it with the file's lines.
        return titled("\n".join(lines) + "\n", self.output_caption).split("\n")[:-1]


class SnippetTitlesExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {"output_caption": ["", "the caption of an output block (.out.txt), in the page's language"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        caption = self.getConfig("output_caption")
        if not caption:
            raise ValueError("gradbook.markdown.snippet_titles: set output_caption, the caption of output blocks")
        md.preprocessors.register(SnippetTitles(md, caption), "gradbook-snippet-titles", 40)


def makeExtension(**kwargs) -> SnippetTitlesExtension:
    return SnippetTitlesExtension(**kwargs)
