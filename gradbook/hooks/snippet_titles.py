"""Give every included code block its file name as title, and every output block a caption.

A reader sees which file in snippets/ a block comes from (one hop to the code) without the
author writing the path twice.
"""

from __future__ import annotations

import re

OUTPUT_CAPTION = {"zh": "输出", "en": "Output"}

INCLUDE_FENCE = re.compile(
    r"^(?P<open>[ \t]*`{3,}[ \t]*)(?P<language>py|python|pycon|text)(?P<attributes>[^\n]*)\n"
    r'(?P<first>[ \t]*-{1,}8<-{1,}[ \t]+"(?P<path>[^":\n]+)(?::[^"\n]*)?"[ \t]*\n)',
    re.MULTILINE,
)


def on_page_markdown(markdown, config, **kwargs):
    caption = OUTPUT_CAPTION[config.theme["language"]]

    def titled(match: re.Match) -> str:
        if "title=" in match["attributes"]:
            return match[0]
        path = match["path"]
        title = caption if path.endswith(".out.txt") else f"snippets/{path}"
        return f'{match["open"]}{match["language"]} title="{title}"{match["attributes"]}\n{match["first"]}'

    return INCLUDE_FENCE.sub(titled, markdown)
