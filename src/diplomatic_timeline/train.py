"""Learn the date model's weights (see ``extract/datemodel``) from reviewed development sets.

Every development dispatch is drafted with the rules' dates only (the main gazetteer, as for
unseen text); each drafted event that the evaluation matches to a reviewed event, and of whose
candidates exactly one has the reviewed date, is one example. The model is a softmax over an
event's candidates, fitted with AdaGrad for a fixed number of passes in a fixed order: the same
sets give the same weights, byte for byte. The seeds and the blind held-out sets are never
trained on.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .curate import curate
from .evaluate import date_right, match_events, synthetic_sets
from .extract.datemodel import Candidate, DateModel, choose
from .extract.draft import date_options, draft_dispatch
from .extract.resources import Gazetteer, topic_phrases
from .raw import load_raw
from .schema import Schemas, load_schemas
from .yamlio import load_yaml

PASSES = 15
RATE = 0.05
L2 = 1e-3
MARGIN = 0.5  # by how much a candidate must beat the rules' date
MIN_WEIGHT = 1e-4  # smaller weights are left out of the file
MODEL_PATH = Path(__file__).parent / "extract" / "data" / "date_model.json"


@dataclass(frozen=True)
class Example:
    """One matched event: its candidates and the index of the one with the reviewed date."""

    options: list[Candidate]
    right: int


_DEVELOPMENT = re.compile(r"tests/dev(?:-retired)?\d*")


def development_sets(root: Path) -> list[Path]:
    """The development sets under ``root/tests`` (dev*, dev-retired*), never held-out ones."""
    return [root / folder for folder, _ in synthetic_sets(root) if _DEVELOPMENT.fullmatch(folder)]


def examples(
    set_root: Path, schemas: Schemas, gazetteer: Gazetteer, topics: dict[str, list[str]]
) -> list[Example]:
    """The training examples of one reviewed set, drafted with ``gazetteer``."""
    raw = load_raw(set_root)
    gold = curate(set_root, raw, schemas)
    events_by_id = {e["event_id"]: e for e in gold["events"]}
    out = []
    for row in sorted(gold["dispatches"], key=lambda r: r["dispatch_id"]):
        if row["review_status"] != "reviewed":
            continue
        did = row["dispatch_id"]
        draft = draft_dispatch(raw[did].text, gazetteer, topics, learned=False)
        mentions = [m for m in gold["event_mentions"] if m["dispatch_id"] == did]
        gids, _, matched = match_events(draft, mentions, events_by_id)
        options = date_options(draft)
        for i, j in sorted(matched):
            reviewed = events_by_id[gids[j]]
            right = [
                k
                for k, c in enumerate(options[i])
                if date_right(c.date.start, c.date.precision, c.date.partial, reviewed)
            ]
            if len(right) == 1 and len(options[i]) > 1:
                out.append(Example(options[i], right[0]))
    return out


def examples_by_set(root: Path) -> list[list[Example]]:
    """The examples of each development set under ``root``, drafted with the main gazetteer
    (as unseen text is)."""
    schemas = load_schemas(root)
    actors = load_yaml(root / "curation" / "actors.yaml", "curation/actors.yaml")
    gazetteer = Gazetteer.from_rows(actors)
    topics = topic_phrases(schemas.values("agenda_topic"))
    return [examples(s, schemas, gazetteer, topics) for s in development_sets(root)]


def fit(data: list[Example]) -> dict[str, float]:
    """Feature weights of a softmax over each example's candidates (AdaGrad, L2)."""
    w: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(lambda: 1e-8)
    for _ in range(PASSES):
        for ex in data:
            scores = [sum(w[f] for f in c.features) for c in ex.options]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for k, (c, e) in enumerate(zip(ex.options, exps, strict=True)):
                gradient = e / total - (k == ex.right)
                if abs(gradient) < 1e-6:
                    continue
                for f in c.features:
                    g = gradient + L2 * w[f]
                    squares[f] += g * g
                    w[f] -= RATE * g / math.sqrt(squares[f])
    return dict(w)


def model_document(weights: dict[str, float]) -> str:
    """The model file's text: sorted, rounded weights and the margin."""
    kept = {f: round(v, 4) for f, v in sorted(weights.items()) if abs(v) >= MIN_WEIGHT}
    doc = {
        "about": "Date model weights learned by `diplomatic-timeline train-dates` from the "
        "development sets; see src/diplomatic_timeline/extract/datemodel.py",
        "margin": MARGIN,
        "weights": kept,
    }
    return json.dumps(doc, indent=0, sort_keys=True, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class CrossValidation:
    """Of the matched events with alternatives: how many the rules alone date right, how many
    the model does, and how many it fixes and breaks, each event scored by a model trained on
    the folds without its set."""

    events: int
    rules_right: int
    model_right: int
    fixed: int
    broken: int


def cross_validate(root: Path, folds: int = 6) -> CrossValidation:
    """Leave-sets-out cross-validation over the development sets: set n is in fold n % folds."""
    per_set = examples_by_set(root)
    events = rules_right = model_right = fixed = broken = 0
    for fold in range(folds):
        training = [ex for n, exs in enumerate(per_set) if n % folds != fold for ex in exs]
        model = DateModel(fit(training), MARGIN)
        for ex in (ex for n, exs in enumerate(per_set) if n % folds == fold for ex in exs):
            k = choose(model, ex.options)
            events += 1
            rules_right += ex.right == 0
            model_right += ex.right == k
            fixed += ex.right == k != 0
            broken += ex.right == 0 != k
    return CrossValidation(events, rules_right, model_right, fixed, broken)


def train(root: Path) -> tuple[str, int, int]:
    """The model document trained on ``root``'s development sets, the number of examples and
    of sets."""
    per_set = examples_by_set(root)
    data = [ex for exs in per_set for ex in exs]
    return model_document(fit(data)), len(data), len(per_set)
