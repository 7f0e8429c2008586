"""Fast paths of the drafting models find what the slower code they stand in for found (the
date model reads only the date expressions an undated event reaches; the event near a
quotation or an agenda phrase is found by bisection)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from diplomatic_timeline.extract import datemodel
from diplomatic_timeline.extract.dates import UNKNOWN
from diplomatic_timeline.extract.draft import _EventsNear, date_options, draft_dispatch
from diplomatic_timeline.extract.events import DraftEvent
from diplomatic_timeline.extract.resources import Gazetteer, topic_phrases
from diplomatic_timeline.extract.text import Segment, paragraphs

ROOT = Path(__file__).resolve().parents[1]


class _Everywhere:
    """A reach holding every sentence and paragraph."""

    def holds(self, sentence: int, paragraph: int) -> bool:
        return True


def test_the_date_model_s_candidates_are_those_of_every_expression_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    actors = yaml.safe_load((ROOT / "curation/actors.yaml").read_text(encoding="utf-8"))
    vocab = yaml.safe_load((ROOT / "schemas/vocabularies.yaml").read_text(encoding="utf-8"))
    gazetteer = Gazetteer.from_rows(actors)
    topics = topic_phrases(vocab["agenda_topic"]["values"])
    paths = sorted(ROOT.glob("tests/dev*/raw/dispatches/*"))[::6]
    weighed = 0
    for path in paths:
        draft = draft_dispatch(path.read_text(encoding="utf-8"), gazetteer, topics)
        for ev in draft.events[::2]:  # (some dated events undated: more candidates to weigh)
            ev.date = UNKNOWN
        fast = date_options(draft)
        with monkeypatch.context() as m:
            m.setattr(datemodel._Reach, "union", classmethod(lambda cls, reaches: _Everywhere()))
            slow = date_options(draft)
        assert fast == slow, path
        weighed += sum(len(options) > 1 for options in fast)
    assert weighed > 100  # (the test weighs candidates: undated events near dates)


def _event_near_by_walking(
    events: list[DraftEvent],
    offset: int,
    paragraph: Segment | None,
    inside: tuple[int, int] | None = None,
) -> int | None:
    """The walk over every mention ``draft._EventsNear`` stands in for: the event mentioned
    inside the span, else the last one mentioned before the offset (within the paragraph when
    given)."""
    if inside:
        for i, ev in enumerate(events):
            if any(inside[0] <= m.start < inside[1] for m in ev.mentions):
                return i
    best = None
    for i, ev in enumerate(events):
        for m in ev.mentions:
            if (
                m.start <= offset
                and (paragraph is None or m.start >= paragraph.start)
                and (best is None or m.start > best[0])
                and not m.in_title
            ):
                best = (m.start, i)
    if best is None and paragraph is not None:
        return _event_near_by_walking(events, offset, None)
    return best[1] if best else None


def test_the_event_near_an_offset_is_the_walk_s() -> None:
    actors = yaml.safe_load((ROOT / "curation/actors.yaml").read_text(encoding="utf-8"))
    vocab = yaml.safe_load((ROOT / "schemas/vocabularies.yaml").read_text(encoding="utf-8"))
    gazetteer = Gazetteer.from_rows(actors)
    topics = topic_phrases(vocab["agenda_topic"]["values"])
    asked = 0
    for path in sorted(ROOT.glob("tests/dev*/raw/dispatches/*"))[::5]:
        text = path.read_text(encoding="utf-8")
        draft = draft_dispatch(text, gazetteer, topics)
        events = draft.events
        near = _EventsNear.of(events)
        starts = {m.start for ev in events for m in ev.mentions}
        offsets = sorted({0, len(text)} | {s + d for s in starts for d in (-1, 0, 1)})
        for offset in offsets:
            paragraph = next((p for p in paragraphs(text) if p.start <= offset < p.end), None)
            for inside in (None, (offset, offset + 40), (offset - 200, offset)):
                expected = _event_near_by_walking(events, offset, paragraph, inside)
                assert near.near(offset, inside) == expected, (path, offset, inside)
                asked += 1
    assert asked > 1000


_MENTION = st.tuples(st.integers(0, 30), st.booleans())  # (start, in the headline)


@given(st.lists(st.lists(_MENTION, max_size=4), max_size=6), st.integers(-1, 32), st.integers(0, 8))
def test_the_event_near_an_offset_is_the_walk_s_for_any_mentions(
    events: list[list[tuple[int, bool]]], offset: int, width: int
) -> None:
    drafted = [
        SimpleNamespace(mentions=[SimpleNamespace(start=s, in_title=t) for s, t in mentions])
        for mentions in events
    ]  # (events sharing a mention's start: the first listed is the one near)
    near = _EventsNear.of(drafted)
    paragraph = Segment(max(0, offset - width), offset + width + 1)
    for inside in (None, (offset, offset + width)):
        expected = _event_near_by_walking(drafted, offset, paragraph, inside)
        assert near.near(offset, inside) == expected
