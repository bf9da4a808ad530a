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
    terms = [term.zh for term in load_glossary()]
    if jieba.dt.initialized:
        for term in terms:
            jieba.add_word(term)
        return
    # Adding a word loads jieba's dictionary, half a second. A rebuild whose pages all come from
    # the search cache (search_index_cache.py) segments nothing, so the terms wait for jieba's
    # first use: its dictionary loads, then they are added, before it cuts a word.
    jieba.dt.gradbook_terms = terms
    if not hasattr(jieba.dt, "load_dictionary"):
        jieba.dt.load_dictionary = jieba.dt.initialize

        def initialize(dictionary=None):
            jieba.dt.load_dictionary(dictionary)
            for term in jieba.dt.gradbook_terms:
                jieba.dt.add_word(term)

        jieba.dt.initialize = initialize
