"""Learned proposals of events the rules do not see: a dated clause of its own.

The trigger rules in ``events`` find talks, visits, signings and the like; the events a curator
records also include happenings without a trigger word ("Gazprom stopped supplying gas on
Wednesday", "the ouster of President Yanukovych in February"). Most of those are told with a
date. So every clause that holds a date expression, in a sentence where the rules found no
event, is a candidate; a few plain features (the expression's kind and precision, the words
before it and in its clause, the clause's tense, money figures, quotation) describe it, and a
linear model weighs "an event" against "nothing". A proposal becomes an event of type
``other``: the clause is its mention, the status is read from its verbs as a trigger's is,
the expression gives its date, and its confidence is the model's probability.

The weights (``data/event_model.json``) are learned from the reviewed development sets by
``diplomatic-timeline train`` (see ``train``), never from the seeds or the blind held-out
sets; a test proves the committed file equals a fresh training run.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from .dates import Resolved, find_dates, resolve
from .events import DraftEvent, Mention, clause_status
from .furniture import Furniture, in_furniture
from .linear import LinearModel
from .text import Segment, sentences

NOTHING = ("nothing",)  # the features of the rules' choice: no event here

_WORD = re.compile(r"[A-Za-z][a-z]+")
_MONEY = re.compile(r"[$€]|\b(?:billion|million|per ?cent|tons?|cubic)\b|%")
_EDGE = ",;:—–-(\"“”«»‘’' \t\n"  # what a clause's mention does not begin or end with
_NAME = re.compile(r"(?<=\s)[A-Z][a-z]+")  # a capitalised word inside the clause
_PLANS = ("scheduled", "proposed")


@dataclass(frozen=True)
class Proposal:
    """A dated clause that might be an event: where, its status and date, its features."""

    clause: Segment
    sentence: Segment
    status: str
    date: Resolved
    in_quote: bool
    features: tuple[str, ...]


def proposals(
    text: str,
    events: Sequence[DraftEvent],
    furniture: list[Furniture],
    quotes: Sequence[tuple[int, int]],
    published: date | None,
    partial: str | None,
    weekday: int | None,
    skip: Sequence[Segment] = (),
) -> list[Proposal]:
    """One candidate per clause holding a date expression (its first), outside page furniture
    and the ``skip`` spans (headline, date line), in a sentence no drafted event is mentioned
    in."""
    sents = sentences(text)
    starts = [s.start for s in sents]
    busy = {bisect_right(starts, m.start) - 1 for ev in events for m in ev.mentions}
    seen: set[Segment] = set()
    out = []
    for x in find_dates(text):
        k = bisect_right(starts, x.start) - 1
        if k < 0 or k in busy or x.start >= sents[k].end or in_furniture(furniture, x.start, x.end):
            continue
        if any(s.start < x.end and x.start < s.end for s in skip):
            continue
        clause, status = clause_status(text, sents[k], x.start, x.end, list(quotes), x)
        mention = _trimmed(text, clause)
        if mention in seen or mention.start >= mention.end:
            continue
        seen.add(mention)
        in_quote = any(a <= x.start < b for a, b in quotes)
        tense = "future" if status in _PLANS else "past"
        r = resolve(x, published, tense, partial, weekday)
        kind = "partial" if r.partial else (r.precision if r.start else "none")
        features = [
            f"expression={x.kind}",
            f"qualifier={x.qualifier}",
            f"relative={x.relative is not None}",
            f"precision={kind}",
            f"status={status}",
            f"in_quote={in_quote}",
            f"money={_MONEY.search(text, clause.start, clause.end) is not None}",
            f"words={min(len(text[clause.start : clause.end].split()) // 5, 6)}",
        ]
        features.append(f"names={min(len(_NAME.findall(text, clause.start, clause.end)), 4)}")
        if published and r.start:
            vs = "before" if r.start < published else "after" if r.start > published else "same"
            features.append(f"vs_publication={vs}")
        before = _WORD.findall(text[clause.start : x.start].lower())[-3:]
        features += [f"before{n}={w}" for n, w in enumerate(reversed(before), 1)]
        if before:
            features.append("before12=" + " ".join(before[-2:]))
        features += [f"word={w}" for w in _WORD.findall(text[clause.start : clause.end].lower())]
        out.append(Proposal(mention, sents[k], status, r, in_quote, tuple(sorted(set(features)))))
    return out


def _trimmed(text: str, clause: Segment) -> Segment:
    start, end = clause.start, clause.end
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE + ".!?":
        end -= 1
    return Segment(start, end)


def probability(model: LinearModel, p: Proposal) -> float:
    """How likely the model finds the clause an event (a logistic of its score over
    nothing's)."""
    margin = model.score(p.features) - model.score(NOTHING)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, margin))))


def accepted(model: LinearModel, p: Proposal) -> bool:
    return model.score(p.features) - model.score(NOTHING) > model.margin


def propose(text: str, found: Sequence[Proposal], model: LinearModel) -> list[DraftEvent]:
    """The proposals the model accepts, as drafted events of type ``other``."""
    events = []
    for p in found:
        if not accepted(model, p):
            continue
        c = p.clause
        mention = Mention(
            c.start,
            c.end,
            text[c.start : c.end],
            "other",
            None,
            p.status,
            p.date,
            None,
            None,
            None,
            p.in_quote,
            p.sentence,
            False,
            False,
            worded=True,
        )
        basis = p.date.basis or "as written"
        when = replace(p.date, basis=f"{basis}; a clause the learned event model proposed")
        events.append(
            DraftEvent(
                "other",
                None,
                [mention],
                when,
                p.status,
                probability=round(probability(model, p), 2),
            )
        )
    return events
