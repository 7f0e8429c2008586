"""A learned date for the events the rules leave undated.

The rules in ``events`` leave some events without a date. For each of those, this model weighs
"no date" (the rules' choice) against the dates the text itself offers: every date expression
near the event's mentions, read as past and as future, and the publication day (its month and
day, ``--MM-DD``, when the text states no year). Each candidate
is described by a few plain features (how far the expression is from the event's mentions, in
sentences and characters; its kind and precision; whether it is quoted; how it stands to the
publication day; the event's status and type), and a linear model scores them. A date replaces
"no date" only when it scores higher by the model's margin, and its basis says so. An event
the rules date keeps its date (overriding those was right as often as wrong).

The weights (``data/date_model.json``) are learned from the reviewed development sets with
``diplomatic-timeline train`` (see ``train``): never from the seeds or the blind
held-out sets. They depend on the rules' output, so they are retrained whenever the rules
change; a test proves the committed file equals a fresh training run.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from .dates import BOUND_BEFORE, DateExpr, Resolved, find_dates, resolve
from .events import DraftEvent
from .furniture import Furniture, in_furniture
from .linear import LinearModel, choose
from .text import Segment, paragraphs, sentences

# how many sentences away, outside the event's paragraphs, a date expression is still a candidate
REACH = 3
# a candidate's identity: two expressions resolving to the same stored date are one candidate
Key = tuple[date | None, str | None, str | None]


@dataclass(frozen=True)
class Candidate:
    """A date an event could have, and what describes it (sorted: sums in a fixed order)."""

    date: Resolved
    features: tuple[str, ...]


def key(r: Resolved) -> Key:
    return (r.start, r.precision if r.start else None, r.partial)


@dataclass(frozen=True)
class _Reading:
    """One way to read a date expression (as past, as future, or both when they agree), with
    the features that do not depend on the event (``precision`` and ``shape`` are feature
    strings, "precision=day", "expression=md", crossed with the distance in ``_pairs``)."""

    date: Resolved
    key: Key
    precision: str
    shape: str
    tenses: tuple[str, ...]
    features: tuple[str, ...]


@dataclass(frozen=True)
class _Expr:
    """A date expression: where it is, and its readings."""

    start: int
    sentence: int
    paragraph: int
    readings: tuple[_Reading, ...]


def _readings(
    x: DateExpr,
    published: date | None,
    partial: str | None,
    weekday: int | None,
    quoted: bool,
    bound: str,
) -> tuple[_Reading, ...]:
    out: list[_Reading] = []
    for tense in ("past", "future"):
        r = resolve(x, published, tense, partial, weekday)
        if r.start is None and r.partial is None:
            continue
        if out and out[0].key == key(r):  # a stated year reads the same in either tense
            a = out[0]
            out[0] = _Reading(a.date, a.key, a.precision, a.shape, (*a.tenses, tense), a.features)
            continue
        vs_pub = r.against(published) or "na"
        precision, shape = f"precision={r.kind}", f"expression={x.kind}"
        static = (
            shape,
            precision,
            f"qualifier={x.qualifier}",
            f"relative={x.relative is not None}",
            f"in_quote={quoted}",
            f"vs_publication={vs_pub}",
            f"bound={bound}",
        )
        features = tuple(f"expr&{f}" for f in static)
        out.append(_Reading(r, key(r), precision, shape, (tense,), features))
    return tuple(out)


def _index(starts: list[int], offset: int) -> int:
    """Index of the segment (by its start) that holds ``offset``."""
    return max(0, bisect_right(starts, offset) - 1)


def candidates(
    text: str,
    events: Sequence[DraftEvent],
    published: date | None,
    partial: str | None,
    weekday: int | None,
    furniture: list[Furniture],
    quotes: Sequence[tuple[int, int]],
    dateline: Segment | None = None,
) -> list[list[Candidate]]:
    """Every event's candidates, the rules' date first: only an event the rules leave undated
    has others (where the rules give a date, overriding it was right as often as wrong)."""
    if all(ev.date.kind != "none" for ev in events):  # nothing to weigh: skip the scan
        return [[Candidate(ev.date, ("rule",))] for ev in events]
    where = _Places([s.start for s in sentences(text)], [p.start for p in paragraphs(text)])
    # an expression no undated event reaches is never read (``_of_event`` passes over it):
    # about half of them over the development texts, and reading one resolves it twice
    reaches = [_Reach.of(ev, where) if ev.date.kind == "none" else None for ev in events]
    reached = _Reach.union([r for r in reaches if r is not None])
    exprs = []
    for x in find_dates(text):
        if in_furniture(furniture, x.start, x.end):
            continue
        if dateline and x.start < dateline.end and dateline.start < x.end:
            continue  # the publication date itself: the publication day candidate
        sentence, paragraph = where.sentence(x.start), where.paragraph(x.start)
        if not reached.holds(sentence, paragraph):
            continue
        quoted = any(a <= x.start < b for a, b in quotes)
        readings = _readings(x, published, partial, weekday, quoted, _bound(text, x.start))
        exprs.append(_Expr(x.start, sentence, paragraph, readings))
    pub = _publication_day(published, partial)
    return [
        [Candidate(ev.date, ("rule",))]
        if reach is None
        else _of_event(ev, exprs, pub, where, reach)
        for ev, reach in zip(events, reaches, strict=True)
    ]


def _bound(text: str, start: int) -> str:
    """The bounding word right before a date expression, or "none"."""
    m = BOUND_BEFORE.search(text, max(0, start - 14), start)
    return m.group("word").lower() if m else "none"


def _publication_day(published: date | None, partial: str | None) -> Resolved | None:
    """The publication day as a candidate: in full, or its month and day when the text gives
    no year ("--05-31", the curator resolves the year)."""
    if published:
        return Resolved(published, published, "day", False, None)
    if partial and len(partial) == len("--MM-DD"):
        return Resolved(None, None, "unknown", False, None, partial=partial)
    return None


@dataclass(frozen=True)
class _Places:
    """The starts of the text's sentences and paragraphs: which one an offset is in."""

    sentence_starts: list[int]
    paragraph_starts: list[int]

    def sentence(self, offset: int) -> int:
        return _index(self.sentence_starts, offset)

    def paragraph(self, offset: int) -> int:
        return _index(self.paragraph_starts, offset)


@dataclass(frozen=True)
class _Reach:
    """Where an event's candidates may stand: the sentences within ``REACH`` of its mentions'
    and the paragraphs of its mentions (an expression in either is one of its candidates)."""

    sentences: frozenset[int]
    paragraphs: frozenset[int]

    @classmethod
    def of(cls, ev: DraftEvent, where: _Places) -> _Reach:
        near = {where.sentence(m.start) + d for m in ev.mentions for d in range(-REACH, REACH + 1)}
        return cls(frozenset(near), frozenset(where.paragraph(m.start) for m in ev.mentions))

    @classmethod
    def union(cls, reaches: Sequence[_Reach]) -> _Reach:
        """Where any of the events' candidates may stand."""
        return cls(
            frozenset().union(*(r.sentences for r in reaches)),
            frozenset().union(*(r.paragraphs for r in reaches)),
        )

    def holds(self, sentence: int, paragraph: int) -> bool:
        return sentence in self.sentences or paragraph in self.paragraphs


def _of_event(
    ev: DraftEvent,
    exprs: Sequence[_Expr],
    pub: Resolved | None,
    where: _Places,
    reach: _Reach,
) -> list[Candidate]:
    """The candidates of an event the rules leave undated: no date first, then the dates of
    the text near it (within ``reach``), then the publication day."""
    found: dict[Key, tuple[Resolved, set[str]]] = {}

    def add(r: Resolved, k: Key, features: Iterable[str]) -> None:
        if k in found:
            found[k][1].update(features)
        else:
            found[k] = (r, set(features))

    base = (
        f"status={ev.status}",
        f"type={ev.event_type}",
        f"mentions={min(len(ev.mentions), 3)}",
        f"title={any(m.in_title for m in ev.mentions)}",
        f"worded={any(m.worded for m in ev.mentions)}",
        f"quoted={all(m.in_quote for m in ev.mentions)}",
        f"published={pub.kind if pub else None}",
    )
    add(ev.date, key(ev.date), ("none", *(f"none&{b}" for b in base)))
    m_sents = {where.sentence(m.start) for m in ev.mentions}
    m_paras = reach.paragraphs
    starts = [m.start for m in ev.mentions]
    of_event = (f"expr&status={ev.status}", f"expr&type={ev.event_type}")
    for e in exprs:
        if not reach.holds(e.sentence, e.paragraph):
            continue
        apart = min(min(abs(e.sentence - s) for s in m_sents), 4)
        chars = min(min(abs(e.start - m) for m in starts) // 40, 6)
        placed = (*of_event, *_placed(apart, e.paragraph in m_paras, chars))
        for reading in e.readings:
            pairs = _pairs(apart, reading.precision, ev.status, reading.tenses, reading.shape)
            add(reading.date, reading.key, (*placed, *reading.features, *pairs))
    if pub:  # after the expressions: a stated date that is the publication day keeps its words
        add(pub, key(pub), ("pub", *(f"pub&{b}" for b in base)))
    return [Candidate(r, tuple(sorted(fs))) for r, fs in found.values()]


@cache
def _placed(apart: int, same_paragraph: bool, chars: int) -> tuple[str, ...]:
    """Where an expression is from the event (sentences apart, at most 4; characters apart in
    steps of 40, at most 6)."""
    return (
        f"expr&same_paragraph={same_paragraph}",
        f"expr&sentences_apart={apart}",
        f"expr&chars_apart={chars}",
    )


@cache
def _pairs(
    apart: int, precision: str, status: str, tenses: tuple[str, ...], shape: str
) -> tuple[str, ...]:
    """Distance crossed with the reading's precision, tense against the event's status, and the
    expression's kind."""
    tensed = [f"tense={t}&status={status}" for t in tenses]
    return tuple(
        f"expr&{a}&{b}"
        for a in (f"same_sentence={apart == 0}", f"sentences_apart={apart}")
        for b in (precision, *tensed, shape)
    )


def redate(
    events: Sequence[DraftEvent], options: Sequence[Sequence[Candidate]], model: LinearModel
) -> None:
    """Give each undated event the date the model prefers, saying so in its basis."""
    for ev, opts in zip(events, options, strict=True):
        k = choose(model, opts)
        if k == 0:
            continue
        chosen = opts[k]
        stated = any(f.startswith("expr") for f in chosen.features)
        why = (chosen.date.basis or "as written") if stated else "the publication day"
        if not stated and chosen.date.partial:
            why += " (its month and day: the text states no year, the curator resolves it)"
        ev.date = replace(
            chosen.date,
            inferred=chosen.date.inferred or not stated,
            basis=f"{why}; preferred by the learned date model to no date",
        )
