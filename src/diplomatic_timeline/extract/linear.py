"""The linear models the drafts use where rules alone fall short (see ``datemodel``,
``statusmodel``, ``eventmodel``, ``furnituremodel`` and ``pubmodel``): named feature weights,
and the margin by which an alternative must beat the rules' choice. The weights are data files
learned by ``diplomatic-timeline train``."""

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

    def score_crossed(self, label: str, description: Iterable[str]) -> float:
        """``score(crossed(label, description))``, summed in the same order, without spelling
        out each crossed feature."""
        weights = self._by_label.get(label, {})
        return sum(map(weights.get, description, repeat(0.0)), self.weights.get(label, 0.0))

    @cached_property
    def _by_label(self) -> dict[str, dict[str, float]]:
        """The weights of crossed features grouped by label."""
        out: dict[str, dict[str, float]] = {}
        for f, w in self.weights.items():
            label, sep, rest = f.partition(_CROSS)
            if sep:
                out.setdefault(label, {})[rest] = w
        return out


_CROSS = "&"


def crossed(label: str, description: Iterable[str]) -> tuple[str, ...]:
    """An option's features when a description is weighed once per label: the label itself
    and each feature crossed with it ("held&trigger=talks")."""
    return (label, *(f"{label}{_CROSS}{d}" for d in description))


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
