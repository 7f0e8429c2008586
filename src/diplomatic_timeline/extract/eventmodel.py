"""Learned proposals of events the rules do not see: a dated clause of its own.

The trigger rules in ``events`` find talks, visits, signings and the like; the events a curator
records also include happenings without a trigger word ("Gazprom stopped supplying gas on
Wednesday", "the ouster of President Yanukovych in February"). Most of those are told with a
date. So every clause that holds a date expression and no mention of a drafted event is a
candidate; a few plain features (the expression's kind and precision, the words before it and
in its clause, the clause's tense, money figures, quotation, whether its sentence mentions a
drafted event) describe it, and a
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

from .dates import DateExpr, Resolved, find_dates, resolve
from .events import DraftEvent, Mention, clause_around, status_around
from .furniture import Furniture, in_furniture
from .linear import LinearModel
from .text import Segment, sentences

NOTHING = ("nothing",)  # the features of the rules' choice: no event here

_WORD = re.compile(r"[A-Za-z][a-z]+")
_NAME = re.compile(r"\b[A-Z][a-z]+")
_MONEY = re.compile(r"[$€]|\b(?:billion|million|per ?cent|tons?|cubic)\b|%")
_EDGE = ",;:—–-(\"“”«»‘’'"  # punctuation a clause's mention does not begin or end with
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
    """One candidate per clause holding a date expression (its first) and no drafted event's
    mention ("busy" when its sentence mentions one); a clause touching page furniture or a
    ``skip`` span (headline, date line, dateline) is none."""
    sents = sentences(text)
    starts = [s.start for s in sents]
    busy = {bisect_right(starts, m.start) - 1 for ev in events for m in ev.mentions}
    spans = [(m.start, m.end) for ev in events for m in ev.mentions]
    days = {ev.date.start for ev in events if ev.date.start and ev.date.precision == "day"}
    seen: set[Segment] = set()
    quoted = list(quotes)
    out = []
    for x in find_dates(text):
        k = bisect_right(starts, x.start) - 1
        if k < 0 or x.start >= sents[k].end:
            continue
        mention = _trimmed(text, clause_around(text, sents[k], x.start, x.end))
        if k in busy and any(a < mention.end and mention.start < b for a, b in spans):
            continue
        if (
            mention in seen
            or in_furniture(furniture, mention.start, mention.end)
            or any(s.start < mention.end and mention.start < s.end for s in skip)
        ):
            continue
        seen.add(mention)
        status = status_around(text, sents[k], quoted, x)
        in_quote = any(a <= x.start < b for a, b in quotes)
        tense = "future" if status in _PLANS else "past"
        r = resolve(x, published, tense, partial, weekday)
        features = _features(text, mention, x, r, status, in_quote, published, r.start in days)
        features = tuple(sorted((*features, f"busy={k in busy}")))
        out.append(Proposal(mention, sents[k], status, r, in_quote, features))
    return out


def _features(
    text: str,
    clause: Segment,
    x: DateExpr,
    r: Resolved,
    status: str,
    in_quote: bool,
    published: date | None,
    drafted_day: bool,
) -> tuple[str, ...]:
    """What describes a clause: the expression's kind and precision, whether a drafted event
    has its day (the same happening told again?), the clause's status, quotation, money,
    length and names, the three words before the expression and the words of the clause
    outside it (never the date's own words: "June" says nothing of an event)."""
    words = text[clause.start : x.start] + " " + text[x.end : clause.end]
    features = [
        f"expression={x.kind}",
        f"qualifier={x.qualifier}",
        f"relative={x.relative is not None}",
        f"precision={r.kind}",
        f"drafted_day={drafted_day}",
        f"status={status}",
        f"in_quote={in_quote}",
        f"money={_MONEY.search(text, clause.start, clause.end) is not None}",
        f"words={min(len(words.split()) // 5, 6)}",
        f"names={min(len(_NAME.findall(words)), 4)}",
    ]
    if r.against(published):
        features.append(f"vs_publication={r.against(published)}")
    before = _WORD.findall(text[clause.start : x.start].lower())[-3:]
    features += [f"before{n}={w}" for n, w in enumerate(reversed(before), 1)]
    if before:
        features.append("before12=" + " ".join(before[-2:]))
    features += [f"word={w}" for w in _WORD.findall(words.lower())]
    return tuple(sorted(set(features)))


def _trimmed(text: str, clause: Segment) -> Segment:
    """The clause without the spaces and punctuation at its edges, as a curator marks a
    mention (it always keeps the date expression, which is inside it)."""
    start, end = clause.start, clause.end
    while start < end and (text[start].isspace() or text[start] in _EDGE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE + ".!?"):
        end -= 1
    return Segment(start, end)


def _margin(model: LinearModel, p: Proposal) -> float:
    """By how much the model prefers an event to nothing."""
    return model.score(p.features) - model.score(NOTHING)


def probability(model: LinearModel, p: Proposal) -> float:
    """How likely the model finds the clause an event (the softmax of event against
    nothing)."""
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, _margin(model, p)))))


def propose(text: str, found: Sequence[Proposal], model: LinearModel) -> list[DraftEvent]:
    """The proposals the model prefers to nothing by its margin, as drafted events of type
    ``other``."""
    events = []
    for p in found:
        if _margin(model, p) <= model.margin:
            continue
        c = p.clause
        mention = Mention(
            start=c.start,
            end=c.end,
            text=text[c.start : c.end],
            event_type="other",
            name=None,
            status=p.status,
            date=p.date,
            location=None,
            country=None,
            visit_kind=None,
            in_quote=p.in_quote,
            sentence=p.sentence,
            anaphoric=False,
            in_title=False,
            worded=True,
        )
        basis = f"{p.date.basis or 'as written'}; a clause the learned event model proposed"
        events.append(
            DraftEvent(
                "other",
                None,
                [mention],
                replace(p.date, basis=basis),
                p.status,
                probability=round(probability(model, p), 2),
            )
        )
    return events
