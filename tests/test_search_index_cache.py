"""The search cache (gradbook/hooks/search_index_cache.py) gives a page the entries Material's
indexer would, indexes an edited page afresh, and reads an unchanged one from its file."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from material.plugins.search.plugin import SearchIndex

from gradbook.hooks import search_index_cache


@pytest.fixture
def index(tmp_path, monkeypatch):
    monkeypatch.setattr(search_index_cache, "FOLDER", tmp_path)
    return lambda: SearchIndex(lang=["zh"], separator=r"[\s\u200b\-]+", pipeline=[], fields={})


def page(content: str) -> SimpleNamespace:
    return SimpleNamespace(content=content, url="autograd/", toc=[], meta={}, title="自动微分")


HTML = '<h1 id="autograd">自动微分</h1><p>反向传播从损失出发。</p><h2 id="leaf">叶子张量</h2><p>x 是叶子。</p>'


def test_a_page_gets_materials_own_entries_and_keeps_them(index, tmp_path):
    fresh = index()
    SearchIndex.material_add_entry_from_context(fresh, page(HTML))
    cached = index()
    search_index_cache.add_entry_from_context(cached, page(HTML))
    assert cached.entries == fresh.entries and len(fresh.entries) == 2
    assert len(list(tmp_path.glob("*.json"))) == 1


def test_an_unchanged_page_is_read_from_its_file_and_an_edited_one_indexed_again(index, tmp_path, monkeypatch):
    search_index_cache.add_entry_from_context(index(), page(HTML))
    calls = []
    original = SearchIndex.material_add_entry_from_context
    monkeypatch.setattr(
        SearchIndex, "material_add_entry_from_context", lambda self, p: calls.append(p) or original(self, p)
    )
    again = index()
    search_index_cache.add_entry_from_context(again, page(HTML))
    assert calls == [] and [entry["location"] for entry in again.entries] == ["autograd/", "autograd/#leaf"]
    edited = index()
    search_index_cache.add_entry_from_context(edited, page(HTML.replace("x 是叶子", "w 是叶子")))
    assert len(calls) == 1 and "w" in edited.entries[1]["text"]
    assert len(list(tmp_path.glob("*.json"))) == 2
