"""Running a snippet for a figure: its whole namespace, with the gradient of every named tensor kept."""

from __future__ import annotations

import hashlib
from contextlib import contextmanager

from .. import figures  # the package: snippets_dir is read there (a test may replace it)
from ..snippets import Include, run_section, sections
from .graph_models import saved_input
from .spec import FigureError


@contextmanager
def gradients_of_every_named_tensor(namespace: dict):
    """While a snippet runs, make backward() keep the gradients of its named intermediate tensors.

    Autograd keeps .grad on leaves only; a picture of the backward pass needs the gradient that
    reaches every node. retain_grad() changes no value, so the run prints what it always prints.
    """
    import torch

    original = torch.Tensor.backward

    constants = namespace.setdefault("__constants__", {})

    def remember_constants(fn, seen: set) -> None:
        """Saved constant inputs are freed by backward(); note their values first."""
        if fn is None or fn in seen:
            return
        seen.add(fn)
        for position, (parent, _) in enumerate(fn.next_functions):
            if parent is None:
                constants[(fn, position)] = saved_input(fn, position)
            remember_constants(parent, seen)

    def backward(tensor, *args, **kwargs):
        remember_constants(tensor.grad_fn, set())
        for value in list(namespace.values()):
            if isinstance(value, torch.Tensor) and value.grad_fn is not None and value.requires_grad:
                value.retain_grad()
        return original(tensor, *args, **kwargs)

    torch.Tensor.backward = backward
    try:
        yield
    finally:
        torch.Tensor.backward = original


def run_snippet(snippet: str) -> dict:
    """The namespace of a fresh run of the whole snippet, with every named tensor's gradient kept."""
    path = figures.snippets_dir() / snippet
    if not path.is_file():
        raise FigureError(f"missing include: snippets/{snippet} does not exist")
    namespace: dict = {"__name__": "__main__"}
    with gradients_of_every_named_tensor(namespace):
        for section in sections(path):
            run_section(Include(snippet, section.name), namespace)
    return namespace


_runs: dict[tuple[str, str], dict] = {}


def run_for_figure(snippet: str) -> dict:
    """The run a figure is drawn from (run_snippet), to be read, not changed.

    Both languages draw the same figures: within one process a snippet runs once for them, as
    long as no file of its folder has changed (the key holds their contents' digest)."""
    path = figures.snippets_dir() / snippet
    if not path.is_file():
        raise FigureError(f"missing include: snippets/{snippet} does not exist")
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sorted(path.parent.glob("*.py")))).hexdigest()
    key = (str(path), digest)
    if key not in _runs:
        _runs[key] = run_snippet(snippet)
    return _runs[key]
