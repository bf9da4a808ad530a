"""Pictures are drawn from the real run: they change with the snippet, and they carry their text."""

from __future__ import annotations

import re

import pytest

from gradbook import figures, snippets
from gradbook.figures import FigureError, Spec

GRAPH = """
import torch
x = torch.tensor(3.0)
w = torch.tensor(WEIGHT, requires_grad=True)
loss = (w * x - 6.0) ** 2
loss.backward()
print(loss.item(), w.grad.item())
"""

CURVES = """
history = {"epoch": [], "loss": []}
w = 0.0
for epoch in range(1, 6):
    loss = (2.0 - w) ** 2
    w += 0.5 * (2.0 - w)
    history["epoch"].append(epoch)
    history["loss"].append(loss)
"""


@pytest.fixture
def snippet_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(snippets, "snippets_dir", lambda: tmp_path)
    monkeypatch.setattr(figures, "snippets_dir", lambda: tmp_path)
    monkeypatch.setattr(figures, "CACHE", tmp_path / "cache")
    return tmp_path


def graph_spec(**changes) -> str:
    spec = {"snippet": "demo.py", "draw": "graph", "of": "loss", "alt": "the graph of loss", "caption": "A graph."}
    spec.update(changes)
    return "\n".join(f"{key}: {value}" for key, value in spec.items() if value is not None)


def test_a_figure_without_text_alternative_is_refused():
    with pytest.raises(FigureError, match="lacks alt"):
        Spec.parse(graph_spec(alt=None))


def test_the_graph_shows_the_run_values_and_gradients(snippet_dir):
    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "1.0"))
    svg = figures.figure_html(graph_spec())
    text = re.sub(r"<[^>]+>", " ", svg)
    assert "MulBackward0" in text and "PowBackward0" in text
    assert "= 9" in text and "grad −18" in text  # loss (3·1 − 6)² = 9, ∂loss/∂w = 2·(−3)·3 = −18
    assert 'role="img"' in svg and 'aria-label="the graph of loss"' in svg and "<figcaption>A graph.</figcaption>" in svg
    assert "currentColor" in svg and figures.INK not in svg
    assert not re.search(r"(?:href|src)=\"(?:https?:)?//", svg)


def test_changing_a_number_in_the_snippet_changes_the_picture(snippet_dir):
    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "1.0"))
    before = figures.figure_html(graph_spec())
    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "2.0"))
    after = figures.figure_html(graph_spec())
    assert before != after and "grad 0" in re.sub(r"<[^>]+>", " ", after)


def test_the_same_run_draws_the_same_svg(snippet_dir):
    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "1.0"))
    spec = Spec.parse(graph_spec())
    assert figures.draw_graph(spec) == figures.draw_graph(spec)
    (snippet_dir / "curves.py").write_text(CURVES)
    curves = Spec.parse(graph_spec(snippet="curves.py", draw="curves", of="curves.py:history"))
    assert figures.draw_curves(curves) == figures.draw_curves(curves)


def test_a_graph_that_disagrees_with_the_page_is_reported(snippet_dir):
    import torch

    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "1.0"))
    page_namespace = {"loss": torch.tensor(8.0)}
    [problem] = figures.disagreements(Spec.parse(graph_spec()), page_namespace)
    assert "node loss: the picture shows 9, the page's run has 8" in problem


def test_a_rebuild_with_no_change_runs_nothing(snippet_dir, monkeypatch):
    (snippet_dir / "demo.py").write_text(GRAPH.replace("WEIGHT", "1.0"))
    first = figures.figure_html(graph_spec())
    monkeypatch.setattr(figures, "run_for_figure", lambda snippet: pytest.fail("ran the snippet again"))
    assert figures.figure_html(graph_spec()) == first
