"""The learned date model: what it may propose, when it overrides the rules, and that its
weights are reproducible from the development sets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from diplomatic_timeline.extract.datemodel import (
    Candidate,
    candidates,
    key,
    redate,
)
from diplomatic_timeline.extract.dates import UNKNOWN, Resolved, find_dates, resolve
from diplomatic_timeline.extract.draft import date_options, draft_dispatch
from diplomatic_timeline.extract.linear import LinearModel, choose, load_model

from .test_extract import SEEDS, all_spans, resources


def rules_draft(text: str):
    gazetteer, topics = resources()
    return draft_dispatch(text, gazetteer, topics, learned=False)


def full_draft(text: str):
    gazetteer, topics = resources()
    return draft_dispatch(text, gazetteer, topics)


def test_an_event_the_rules_date_has_no_other_candidate() -> None:
    d = rules_draft(SEEDS[0].read_text(encoding="utf-8"))
    for ev, options in zip(d.events, date_options(d), strict=True):
        assert options[0].date == ev.date
        if ev.date.start is not None or ev.date.partial is not None:
            assert len(options) == 1


def test_every_candidate_is_a_date_of_the_text_the_publication_day_or_none() -> None:
    for path in SEEDS:
        d = rules_draft(path.read_text(encoding="utf-8"))
        published = d.header.published
        allowed = {key(UNKNOWN)}
        if published:
            allowed.add((published, "day", None))
        elif d.header.partial:
            allowed.add((None, None, d.header.partial))
        for x in find_dates(d.text):
            for tense in ("past", "future"):
                allowed.add(key(resolve(x, published, tense, d.header.partial)))
        for options in date_options(d):
            assert all(key(c.date) in allowed for c in options[1:])


def test_the_rules_date_stays_unless_another_beats_it_by_the_margin() -> None:
    options = [
        Candidate(UNKNOWN, frozenset({"rule"})),
        Candidate(replace(UNKNOWN, partial="--05-31"), frozenset({"expr"})),
    ]
    assert choose(LinearModel({"expr": 0.4}, 0.5), options) == 0
    assert choose(LinearModel({"expr": 0.6}, 0.5), options) == 1
    assert choose(LinearModel({}, 0.5), options) == 0


def test_a_date_the_model_gives_says_so_in_its_basis() -> None:
    text = (
        "Putin and Lukashenko meet\n\nMINSK, 14 June 2009 (BelTA) – The presidents held talks "
        "on Sunday.\n\nThey agreed that a summit of the Union State would be held."
    )
    d = rules_draft(text)
    undated = [i for i, ev in enumerate(d.events) if ev.date.start is None]
    assert undated
    redate(d.events, date_options(d), LinearModel({"pub": 5.0}, 0.5))
    ev = d.events[undated[0]]
    assert ev.date.start == date(2009, 6, 14) and ev.date.inferred
    assert "learned date model" in (ev.date.basis or "")


def test_without_a_stated_year_the_publication_day_is_offered_as_month_and_day() -> None:
    text = (
        "Putin and Lukashenko meet\n\nMINSK, June 14 (BelTA) – The presidents held talks. "
        "They agreed that a summit of the Union State would be held."
    )
    d = rules_draft(text)
    assert (d.header.published, d.header.partial) == (None, "--06-14")
    undated = [i for i, ev in enumerate(d.events) if ev.date.partial is None]
    assert undated
    redate(d.events, date_options(d), LinearModel({"pub": 5.0}, 0.5))
    ev = d.events[undated[0]]
    assert (ev.date.start, ev.date.partial, ev.date.inferred) == (None, "--06-14", True)
    assert "states no year" in (ev.date.basis or "")


def test_an_empty_model_changes_no_date() -> None:
    for path in SEEDS:
        d = rules_draft(path.read_text(encoding="utf-8"))
        before = [ev.date for ev in d.events]
        redate(d.events, date_options(d), LinearModel({}, 0.5))
        assert [ev.date for ev in d.events] == before


def test_the_shipped_model_has_weights_and_a_positive_margin() -> None:
    model = load_model("date_model")
    assert model.weights and model.margin > 0


def test_candidates_of_no_events_are_none() -> None:
    assert candidates("MINSK, 14 June 2009 – Talks.", [], None, None, None, [], []) == []


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_the_full_draft_never_raises_and_keeps_spans_as_slices(text: str) -> None:
    d = full_draft(text)
    for start, end, piece in all_spans(d):
        assert 0 <= start <= end <= len(text) and text[start:end] == piece


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEEDS), st.integers(0, 3000))
def test_a_learned_date_is_always_one_of_the_events_candidates(path, cut) -> None:
    text = path.read_text(encoding="utf-8")[cut:]
    rules = rules_draft(text)
    full = full_draft(text)
    # (a page cut below its date line may get the publication model's date: other candidates)
    assume(full.header.evidence == rules.header.evidence)
    by_rules = [ev for ev in full.events if ev.probability is None]  # not the event model's
    for ev, options in zip(by_rules, date_options(rules), strict=True):
        assert key(ev.date) in {key(c.date) for c in options}


def test_a_resolved_date_says_how_much_is_known_and_where_it_lies_against_publication() -> None:
    day = Resolved(date(2023, 7, 1), date(2023, 7, 1), "day", False, None)
    assert (day.kind, day.against(date(2023, 4, 7)), day.against(None)) == ("day", "after", None)
    assert replace(day, start=date(2023, 4, 7)).against(date(2023, 4, 7)) == "same"
    assert (replace(UNKNOWN, partial="--05-31").kind, UNKNOWN.kind) == ("partial", "none")
    assert UNKNOWN.against(date(2023, 4, 7)) is None


def test_a_date_after_until_is_a_candidate_marked_as_a_bound() -> None:
    text = (
        "MINSK, Sept. 14, 2020 - Russian paratroopers arrived in Belarus for a joint exercise "
        "near Brest, which runs until Sept. 25.\n"
    )
    d = rules_draft(text)
    bounded = [
        c for options in date_options(d) for c in options[1:] if c.date.start == date(2020, 9, 25)
    ]
    assert bounded and all("expr&bound=until" in c.features for c in bounded)
