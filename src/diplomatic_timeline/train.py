"""Learn the drafts' linear models from reviewed development sets: the date model (see
``extract/datemodel``), the status model (see ``extract/statusmodel``), the event model (see
``extract/eventmodel``), the furniture model (see ``extract/furnituremodel``) and the
publication model (see ``extract/pubmodel``).

Every development dispatch is drafted by the rules alone (the main gazetteer, as for unseen
text). Date examples: each drafted event that the evaluation matches to a reviewed event, and
of whose candidates exactly one has the reviewed date. Status examples: each matched event,
the right option the status the dispatch reports. Event examples: each dated clause the
event model weighs, an event if it overlaps a mention of a reviewed event the rules missed.
Furniture examples: each line below the headline the rules leave as news, furniture when half
of it lies inside reviewed page furniture. Publication examples: each page's candidate dates,
the right one inside the reviewed publication date's evidence, or "no date" where it has none;
and each page whose date line the rules read once more without that line, "no date" right.
All models are a softmax over an example's options, fitted with AdaGrad for a fixed number of
passes in a fixed order: the same sets give the same weights, byte for byte. The seeds and the
blind held-out sets are never trained on.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .curate import curate
from .evaluate import Report, date_right, evaluate, match_events, synthetic_sets
from .extract.dates import DateExpr
from .extract.draft import (
    Draft,
    date_options,
    draft_dispatch,
    event_options,
    furniture_lines,
    status_options,
)
from .extract.eventmodel import NOTHING, Proposal
from .extract.furniture import Furniture, find_furniture
from .extract.furnituremodel import half_inside
from .extract.furnituremodel import options as furniture_options
from .extract.header import Evidence, extract_header
from .extract.linear import Described, LinearModel, Option, choose
from .extract.pubmodel import candidates as publication_candidates
from .extract.pubmodel import options as publication_options
from .extract.resources import Gazetteer, topic_phrases
from .raw import load_raw
from .schema import Schemas, load_schemas
from .yamlio import load_yaml

PASSES = 15
RATE = 0.05
L2 = 1e-3
# by how much an alternative must beat the rules' choice: a date their "no date", a status
# theirs, an event their "nothing" (0: more likely than not). Chosen on a six-fold
# cross-validation of the whole draft over the development sets (scripts' figures in
# docs/extraction.md): a status at 0.25 and a furniture line at 0.5 gave +20 events right in
# status and date of 8725 and 13 -> 11 draft rows in furniture against 1.0 for both, losing
# no speaker; a furniture line at 0.25 or 0 lost speakers.
MARGINS = {
    "date_model": 0.5,
    "status_model": 0.25,
    "event_model": 0.0,
    "furniture_model": 0.5,
    "publication_model": 1.0,
}
MIN_SETS = 2  # a feature must occur in this many development sets to get a weight
MIN_WEIGHT = 1e-4  # smaller weights are left out of the file
MODEL_DIR = Path(__file__).parent / "extract" / "data"


@dataclass(frozen=True)
class Example:
    """One decision: the options (the rules' choice first) and the index of the right one. A
    date example's options are an event's candidate dates; a status example's the five
    statuses; an event example's "nothing" and the clause."""

    options: list[Described]
    right: int


_DEVELOPMENT = re.compile(r"tests/dev(?:-retired)?\d*")


def development_sets(root: Path) -> list[Path]:
    """The development sets under ``root/tests`` (dev*, dev-retired*), never held-out ones."""
    return [root / folder for folder, _ in synthetic_sets(root) if _DEVELOPMENT.fullmatch(folder)]


def examples(
    set_root: Path, schemas: Schemas, gazetteer: Gazetteer, topics: dict[str, list[str]]
) -> dict[str, list[Example]]:
    """The training examples of one reviewed set for each model (by name), drafted with
    ``gazetteer``."""
    raw = load_raw(set_root)
    gold = curate(set_root, raw, schemas)
    events_by_id = {e["event_id"]: e for e in gold["events"]}
    dates: list[Example] = []
    statuses: list[Example] = []
    events: list[Example] = []
    lines: list[Example] = []
    pages: list[Example] = []
    for row in sorted(gold["dispatches"], key=lambda r: r["dispatch_id"]):
        if row["review_status"] != "reviewed":
            continue
        did = row["dispatch_id"]
        draft = draft_dispatch(raw[did].text, gazetteer, topics, learned=False)
        mentions = [m for m in gold["event_mentions"] if m["dispatch_id"] == did]
        gids, reported, matched = match_events(draft, mentions, events_by_id)
        options = date_options(draft)
        status_choices = status_options(draft)
        for i, j in sorted(matched):
            reviewed = events_by_id[gids[j]]
            right = [
                k
                for k, c in enumerate(options[i])
                if date_right(c.date.start, c.date.precision, c.date.partial, reviewed)
            ]
            if len(right) == 1 and len(options[i]) > 1:
                dates.append(Example(options[i], right[0]))
            labels = [o.status for o in status_choices[i]]
            statuses.append(Example(status_choices[i], labels.index(reported[gids[j]])))
        found = {gids[j] for _, j in matched}
        missed = [(m["start_char"], m["end_char"]) for m in mentions if m["event_id"] not in found]
        events.extend(_event_example(p, missed) for p in event_options(draft))
        reviewed = [
            (f["start_char"], f["end_char"])
            for f in gold["page_furniture"]
            if f["dispatch_id"] == did
        ]
        lines.extend(
            Example(
                furniture_options(c), int(any(half_inside(c.segment, a, b) for a, b in reviewed))
            )
            for c in furniture_lines(draft.text, draft.header, draft.furniture)
        )
        pages.extend(_publication_examples(draft, row))
    return {
        "date_model": dates,
        "status_model": statuses,
        "event_model": events,
        "furniture_model": lines,
        "publication_model": pages,
    }


def _publication_examples(draft: Draft, row: dict[str, Any]) -> list[Example]:
    """A page's dates weighed as its publication date, and the same page without the line
    the rules read it from (if the rules then find none): what a date line is not."""
    text, header = draft.text, draft.header
    found = [_publication_example(text, draft.furniture, header.title, row)]
    if header.evidence is not None:
        a = text.rfind("\n", 0, header.evidence.start) + 1
        b = text.find("\n", header.evidence.end)
        cut = text[:a] + ("" if b < 0 else text[b + 1 :])
        furniture = find_furniture(cut)
        rest = extract_header(cut, furniture)
        if rest.evidence is None:
            found.append(_publication_example(cut, furniture, rest.title, row, cut=True))
    return [ex for ex in found if ex is not None]


def _publication_example(
    text: str,
    furniture: list[Furniture],
    title: Evidence | None,
    row: dict[str, Any],
    cut: bool = False,
) -> Example | None:
    """Right is the first candidate inside the reviewed evidence that gives the reviewed date,
    or "no date" where the page states none (or had it cut); None where that cannot be told: a
    candidate in the evidence read as another date ("27 Nov 02" as November 2), or one outside
    it giving the reviewed date."""
    found = publication_candidates(text, furniture, title)
    start, end = row["published_date_start_char"], row["published_date_end_char"]
    reviewed = row["published_date"]
    gives = [reviewed is not None and _gives(c.expr, reviewed) for c in found]
    inside = [
        not cut and start is not None and start <= c.expr.start and c.expr.end <= end for c in found
    ]
    right = [k for k, c in enumerate(found, 1) if inside[k - 1] and gives[k - 1]]
    if right:
        return Example(publication_options(found), right[0])
    if any(inside) or any(gives):
        return None
    return Example(publication_options(found), 0)


def _gives(x: DateExpr, reviewed: date) -> bool:
    """Whether the expression states the reviewed date's parts (the year where it has one)."""
    return (x.month, x.day) == (reviewed.month, reviewed.day) and x.year in (None, reviewed.year)


def _event_example(p: Proposal, missed: list[tuple[int, int]]) -> Example:
    is_event = any(p.clause.start < end and start < p.clause.end for start, end in missed)
    return Example([Option(NOTHING), Option(p.features)], int(is_event))


def examples_by_set(root: Path) -> list[dict[str, list[Example]]]:
    """The examples of each development set under ``root``, drafted with the main gazetteer
    (as unseen text is)."""
    schemas = load_schemas(root)
    actors = load_yaml(root / "curation" / "actors.yaml", "curation/actors.yaml")
    gazetteer = Gazetteer.from_rows(actors)
    topics = topic_phrases(schemas.values("agenda_topic"))
    return [examples(s, schemas, gazetteer, topics) for s in development_sets(root)]


def fit_sets(sets: list[list[Example]]) -> dict[str, float]:
    """Weights learned from the examples of several sets, for the features that occur in at
    least ``MIN_SETS`` of them (a word seen in one dispatch only teaches that dispatch)."""
    seen: dict[str, set[int]] = defaultdict(set)
    for n, exs in enumerate(sets):
        for ex in exs:
            for option in ex.options:
                for f in option.features:
                    seen[f].add(n)
    common = frozenset(f for f, where in seen.items() if len(where) >= MIN_SETS)
    data = [
        Example([Option(tuple(f for f in o.features if f in common)) for o in ex.options], ex.right)
        for exs in sets
        for ex in exs
    ]
    return fit(data)


def fit(data: list[Example]) -> dict[str, float]:
    """Feature weights of a softmax over each example's options (AdaGrad, L2)."""
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


_ABOUT = {
    "date_model": "extract/datemodel.py",
    "status_model": "extract/statusmodel.py",
    "event_model": "extract/eventmodel.py",
    "furniture_model": "extract/furnituremodel.py",
    "publication_model": "extract/pubmodel.py",
}


def model_document(name: str, weights: dict[str, float]) -> str:
    """A model file's text: sorted, rounded weights and the margin."""
    kept = {f: round(v, 4) for f, v in sorted(weights.items()) if abs(v) >= MIN_WEIGHT}
    doc = {
        "about": "Weights learned by `diplomatic-timeline train` from the development sets; see "
        f"src/diplomatic_timeline/{_ABOUT[name]}",
        "margin": MARGINS[name],
        "weights": kept,
    }
    return json.dumps(doc, indent=0, sort_keys=True, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class CrossValidation:
    """Of one model's examples: how often the rules' choice (the first option) is right, how
    often the model's is, and how many it fixes and breaks, each example scored by a model
    trained on the folds without its set. For the event model the rules' choice is "nothing":
    ``fixed`` counts the events it proposes rightly, ``broken`` the clauses it proposes that
    are none."""

    examples: int
    rules_right: int
    model_right: int
    fixed: int
    broken: int


def cross_validate(
    root: Path, folds: int = 6, per_set: list[dict[str, list[Example]]] | None = None
) -> dict[str, CrossValidation]:
    """Leave-sets-out cross-validation of each model over the development sets: set n is in
    fold n % folds. ``per_set``: the sets' examples, if already drawn (``examples_by_set``)."""
    per_set = examples_by_set(root) if per_set is None else per_set
    out = {}
    for name in MARGINS:
        sets = [exs[name] for exs in per_set]
        total = rules_right = model_right = fixed = broken = 0
        for fold in range(folds):
            training = [exs for n, exs in enumerate(sets) if n % folds != fold]
            model = LinearModel(fit_sets(training), MARGINS[name])
            for ex in (ex for n, exs in enumerate(sets) if n % folds == fold for ex in exs):
                k = choose(model, ex.options)
                total += 1
                rules_right += ex.right == 0
                model_right += ex.right == k
                fixed += ex.right == k != 0
                broken += ex.right == 0 != k
        out[name] = CrossValidation(total, rules_right, model_right, fixed, broken)
    return out


def whole_draft_cross_validation(
    root: Path,
    margins: Mapping[str, float] = MARGINS,
    folds: int = 6,
    per_set: list[dict[str, list[Example]]] | None = None,
) -> Report:
    """The whole draft scored as ``evaluate`` scores it, each development set drafted with all
    five models trained on the folds without it (set n is in fold n % folds): what the margins
    are chosen on, since a model's own figures do not show what its choices do to the others'
    (a status the date model reads, a line the quotes lose). ``per_set`` as for
    ``cross_validate``."""
    per_set = examples_by_set(root) if per_set is None else per_set
    actors = load_yaml(root / "curation" / "actors.yaml", "curation/actors.yaml")
    pooled = Report()
    for fold in range(folds):
        models = {
            name: LinearModel(
                fit_sets([exs[name] for n, exs in enumerate(per_set) if n % folds != fold]),
                margin,
            )
            for name, margin in margins.items()
        }
        for n, set_root in enumerate(development_sets(root)):
            if n % folds == fold:
                report = evaluate(set_root, schemas_root=root, gazetteer_rows=actors, models=models)
                pooled.add(report)
    return pooled


def train(root: Path) -> tuple[dict[str, tuple[str, int]], int]:
    """Each model's document trained on ``root``'s development sets with its number of
    examples, and the number of sets."""
    per_set = examples_by_set(root)
    out = {}
    for name in MARGINS:
        sets = [exs[name] for exs in per_set]
        out[name] = (model_document(name, fit_sets(sets)), sum(map(len, sets)))
    return out, len(per_set)
