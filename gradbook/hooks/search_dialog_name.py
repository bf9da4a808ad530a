"""Give Material's search dialog a name, which screen readers announce when it opens.

Material renders `<div class="md-search" … role="dialog">` without one (axe: a dialog needs an
accessible name). The name is the theme's own word for search in the page's language, the one
it already puts on the search options (查找 / Search). Changing the rendered page, rather than
copying Material's search or header partial into overrides/, leaves nothing to fall behind a
Material upgrade; if Material ever renders the dialog differently, the build stops and says so.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
THEME_WORD = re.compile(r'<nav class="md-search__options" aria-label="([^"]+)"')


def named(output: str, where: str) -> str:
    word = THEME_WORD.search(output)
    if output.count(DIALOG) != 1 or not word:
        raise PluginError(f"{where}: Material's search dialog is no longer rendered as {DIALOG}; update {__file__}")
    return output.replace(DIALOG, DIALOG.replace('role="dialog"', f'role="dialog" aria-label="{word[1]}"'))


def on_post_page(output, page, config, **kwargs):
    return named(output, page.file.src_uri)


def on_post_template(output_content, template_name, config, **kwargs):
    return named(output_content, template_name) if template_name == "404.html" else output_content
