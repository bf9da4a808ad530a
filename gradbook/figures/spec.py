"""The figure spec: the YAML of a `figure` fence, checked and read into a Spec (keys: see the package's docstring)."""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from .. import figures  # the package: DRAWERS is read there (the drawers, in turn, import Spec)

REQUIRED = ("snippet", "draw", "of", "alt", "caption")


class FigureError(Exception):
    """A figure spec that cannot be drawn, worded for its author."""


@dataclass
class Spec:
    snippet: str
    draw: str
    of: object
    alt: str
    caption: str
    labels: list[str] = field(default_factory=list)
    x: str = "epoch"
    log: str = ""
    together: bool = False
    axes: dict = field(default_factory=dict)
    reference: dict = field(default_factory=dict)
    direction: str = ""  # graphs: "across" or "down"; by default a long chain is drawn down
    order: str = ""  # backward-graph: the snippet's list of tensor names, in the order their hooks ran
    shapes: bool = False  # graphs: each tensor's shape after its name

    @classmethod
    def parse(cls, source: str) -> Spec:
        try:
            data = yaml.safe_load(source) or {}
        except yaml.YAMLError as error:
            raise FigureError(f"the figure spec is not YAML: {error}") from None
        missing = [key for key in REQUIRED if not str(data.get(key, "")).strip()]
        if missing:
            raise FigureError(
                f"the figure spec lacks {', '.join(missing)} (alt and caption are the text a reader without the picture gets)"
            )
        if data["draw"] not in figures.DRAWERS:
            raise FigureError(f"draw: {data['draw']!r} is not one of {sorted(figures.DRAWERS)}")
        if str(data.get("log", "")) not in ("", "x", "y", "xy"):
            raise FigureError(f"log: {data['log']!r} is not one of x, y, xy")
        if data.get("order") and data["draw"] != "backward-graph":
            raise FigureError("order: the visiting order is drawn on a backward-graph only")
        if data.get("shapes") and data["draw"] not in ("graph", "backward-graph"):
            raise FigureError("shapes: tensor shapes are drawn on a graph or backward-graph only")
        return cls(**{key: data[key] for key in data if key in cls.__dataclass_fields__})
