"""A learned status for the rules' events.

The rules in ``events`` read an event's status from the cues of its trigger's clause (will,
plans, postponed, called off …). Where those cues mislead (a "planned" visit that took place,
a "will" in a headline about talks already held), the words right around the mentions, the
trigger words themselves and how the event's date stands to the publication day say more. For
each drafted event, this model weighs the rules' status against the other four: every option
is the event's description crossed with one status ("scheduled&rule=held",
"held&vs_publication=before", "postponed&before=put"), and a linear model scores them. Another
status replaces the rules' only when it scores higher by the model's margin.

The weights (``data/status_model.json``) are learned from the reviewed development sets with
``diplomatic-timeline train`` (see ``train``), never from the seeds or the blind held-out
sets; a test proves the committed file equals a fresh training run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from .events import DraftEvent
from .linear import LinearModel, crossed, pick
from .resources import data

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # a whole word, "Anušauskas", "Putin's"
# how far around a mention, within its sentence, its words describe it (characters)
BEFORE, AFTER = 20, 10


@dataclass(frozen=True)
class StatusOption:
    """One status an event could have, and the event's description (crossed with the status,
    its features)."""

    status: str
    description: tuple[str, ...]

    @property
    def features(self) -> tuple[str, ...]:
        return crossed(self.status, self.description)


@cache
def statuses() -> tuple[str, ...]:
    """The statuses the rules know (those with cues in the data file), in its order."""
    return tuple(data("events")["status"])


_FLAGS = ("in_quote", "in_title", "rescheduled", "purpose", "earlier", "worded")


def describe(text: str, ev: DraftEvent, published: date | None) -> tuple[str, ...]:
    """What describes an event, whatever its status: the rules' status (its own and each
    mention's), its type, how much of its date is known and where it lies against the
    publication day, the mentions' flags, trigger words and the words around them."""
    found = {
        "rule=" + ev.status,
        "first=" + ev.mentions[0].status,
        "type=" + ev.event_type,
        "date=" + ev.date.kind,
        f"vs_publication={ev.date.against(published)}",
        f"mentions={min(len(ev.mentions), 3)}",
    }
    for m in ev.mentions:
        found.add("mention=" + m.status)
        found.add("trigger=" + text[m.start : m.end].lower())
        found.update("flag=" + flag for flag in _FLAGS if getattr(m, flag))
        lo, hi = max(m.sentence.start, m.start - BEFORE), min(m.sentence.end, m.end + AFTER)
        found.update("before=" + w for w in _words(text, lo, m.start))
        found.update("after=" + w for w in _words(text, m.end, hi))
    return tuple(sorted(found))


def _words(text: str, start: int, end: int) -> list[str]:
    """The whole words of a range, lower-cased (a word cut by its edge is none: "nko")."""
    found = list(_WORD.finditer(text, start, end))
    if found and found[0].start() == start and start > 0 and text[start - 1].isalpha():
        found = found[1:]
    if found and found[-1].end() == end and end < len(text) and text[end].isalpha():
        found = found[:-1]
    return [w.group(0).lower().replace("’", "'") for w in found]


def options(status: str, description: tuple[str, ...]) -> list[StatusOption]:
    """The statuses an event the rules gave ``status`` could have, that status first."""
    return [StatusOption(s, description) for s in _in_order(status)]


@cache
def _in_order(status: str) -> tuple[str, ...]:
    """Every status, the rules' first."""
    return (status, *(s for s in statuses() if s != status))


def restatus(
    events: Sequence[DraftEvent], descriptions: Sequence[tuple[str, ...]], model: LinearModel
) -> None:
    """Give each event the status the model prefers to the rules' by its margin: ``choose``
    over its ``options`` (``LinearModel.score_crossed`` scores each without building it)."""
    for ev, description in zip(events, descriptions, strict=True):
        order = _in_order(ev.status)
        scores = [model.score_crossed(s, description) for s in order]
        ev.status = order[pick(scores, model.margin)]
