"""The linear models the drafts use where rules alone fall short (see ``datemodel``,
``statusmodel`` and ``eventmodel``): named feature weights, and the margin by which an
alternative must beat the rules' choice. The weights are data files learned by
``diplomatic-timeline train``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from itertools import repeat
from typing import Protocol


class Described(Protocol):
    """An option a model weighs: anything with feature names."""

    @property
    def features(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Option:
    """An option described by its features alone."""

    features: tuple[str, ...]


@dataclass(frozen=True)
class LinearModel:
    """Feature weights, and the margin by which an alternative must beat the rules' choice."""

    weights: Mapping[str, float]
    margin: float

    def score(self, features: Iterable[str]) -> float:
        return sum(map(self.weights.get, features, repeat(0.0)))

    @cached_property
    def by_label(self) -> dict[str, dict[str, float]]:
        """The weights of crossed features ("label&feature") grouped by label: a label's
        score without spelling out each crossed feature."""
        out: dict[str, dict[str, float]] = {}
        for f, w in self.weights.items():
            label, crossed, rest = f.partition("&")
            if crossed:
                out.setdefault(label, {})[rest] = w
        return out


def choose(model: LinearModel, options: Sequence[Described]) -> int:
    """Index of the option to keep: the rules' (the first) unless another beats it by the
    margin."""
    return pick([model.score(c.features) for c in options], model.margin)


def pick(scores: Sequence[float], margin: float) -> int:
    """Index of the best score (the first of equals) if it beats the first by ``margin``,
    else 0."""
    best = max(range(len(scores)), key=lambda k: (scores[k], -k))
    return best if scores[best] - scores[0] > margin else 0


@cache
def load_model(name: str) -> LinearModel:
    """A shipped model, ``data/<name>.json`` (read once)."""
    path = resources.files(__package__).joinpath("data", f"{name}.json")
    doc = json.loads(path.read_text("utf-8"))
    return LinearModel(doc["weights"], doc["margin"])
