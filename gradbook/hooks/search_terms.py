"""Make the site's own terms whole words for Chinese search.

Material segments Chinese text with jieba when it builds the search index. jieba's general
dictionary splits several terms of this subject (计算图 → 计算 / 图), so a search for 计算图 would
miss them. The terms come from the glossary, the one source of terms, so adding a term there
makes it searchable.
"""

from __future__ import annotations

import jieba

from gradbook.glossary import load_glossary


def on_config(config, **kwargs):
    if config.theme["language"] != "zh":
        return
    for term in load_glossary():
        jieba.add_word(term.zh)
