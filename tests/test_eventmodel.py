"""The learned event model: which clauses it weighs, what a proposal becomes, and that it
never disturbs what the rules drafted."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomatic_timeline.extract.draft import draft_dispatch, event_options
from diplomatic_timeline.extract.eventmodel import NOTHING, probability, propose
from diplomatic_timeline.extract.linear import LinearModel, load_model

from .test_extract import LEAD, SEEDS, resources

# a happening without a trigger word, told with a date, in a sentence of its own
TEXT = (
    "Presidents meet in Minsk\n\nMINSK, 14 June 2009 (BelTA) – The presidents held talks in "
    "Minsk on Sunday.\n\nGazprom stopped supplying gas to Belarus on June 3 after a price "
    "dispute.\n\nTrade fell by a fifth last year."
)
# accepts the clause with "stopped" in it, and nothing else
STOPPED = LinearModel({"word=stopped": 2.0}, 0.0)


def rules_draft(text: str):
    gazetteer, topics = resources()
    return draft_dispatch(text, gazetteer, topics, learned=False)


def test_a_dated_clause_without_a_drafted_event_is_weighed() -> None:
    options = event_options(rules_draft(TEXT))
    assert any(TEXT[p.clause.start : p.clause.end].startswith("Gazprom stopped") for p in options)


def test_a_clause_holding_a_drafted_mention_is_not_weighed_again() -> None:
    d = rules_draft(TEXT)
    mentions = [m for ev in d.events for m in ev.mentions]
    assert mentions
    for p in event_options(d):
        assert not any(m.start < p.clause.end and p.clause.start < m.end for m in mentions)


def test_another_dated_clause_of_a_sentence_with_an_event_is_weighed_as_such() -> None:
    text = TEXT.replace(
        "Minsk on Sunday.", "Minsk on Sunday, while Gazprom cut supplies to Lithuania on June 2."
    )
    options = event_options(rules_draft(text))
    cut = [p for p in options if "Gazprom cut" in text[p.clause.start : p.clause.end]]
    assert cut and "busy=True" in cut[0].features
    alone = [p for p in options if "Gazprom stopped" in text[p.clause.start : p.clause.end]]
    assert alone and "busy=False" in alone[0].features


def test_the_headline_and_the_date_line_are_never_weighed() -> None:
    d = rules_draft(TEXT)
    for p in event_options(d):
        assert p.clause.start >= d.header.evidence.end
        assert "14 June 2009" not in TEXT[p.clause.start : p.clause.end]


def test_a_dateline_lead_under_a_separate_date_line_is_never_weighed() -> None:
    text = (
        "Gazprom resumes supplies\n\n20.02.2004 10:15\n\nMOSCOW, Feb. 19 (Xinhuanet) -- Gazprom "
        "resumed supplies on Thursday morning.\n\nThe pipeline was shut on Wednesday."
    )
    d = rules_draft(text)
    assert d.header.dateline_place is not None
    options = event_options(d)
    assert options
    assert not any("MOSCOW" in text[p.clause.start : p.clause.end] for p in options)


def test_a_proposal_is_an_other_event_dated_by_its_clause() -> None:
    found = propose(TEXT, event_options(rules_draft(TEXT)), STOPPED)
    assert len(found) == 1
    ev = found[0]
    assert ev.event_type == "other" and ev.status == "held"
    assert ev.date.start == date(2009, 6, 3) and ev.date.precision == "day"
    assert "learned event model" in (ev.date.basis or "")
    m = ev.mentions[0]
    assert TEXT[m.start : m.end] == m.text and m.text.startswith("Gazprom stopped")


def test_a_proposals_confidence_is_the_models_probability() -> None:
    options = event_options(rules_draft(TEXT))
    ev = propose(TEXT, options, STOPPED)[0]
    chosen = next(p for p in options if p.clause.start == ev.mentions[0].start)
    assert ev.confidence == round(probability(STOPPED, chosen), 2)
    assert 0.5 < ev.confidence < 1


def test_a_clause_in_the_future_is_a_scheduled_event_with_a_date_ahead() -> None:
    text = LEAD + "The presidents held talks.\n\nThe pipeline will reopen on Tuesday."
    found = propose(text, event_options(rules_draft(text)), LinearModel({"word=reopen": 2}, 0))
    assert [(ev.status, ev.date.start) for ev in found] == [("scheduled", date(2009, 6, 16))]


def test_nothing_is_proposed_unless_the_clause_beats_nothing_by_the_margin() -> None:
    options = event_options(rules_draft(TEXT))
    assert propose(TEXT, options, LinearModel({}, 0.0)) == []
    assert propose(TEXT, options, LinearModel({"word=stopped": 2.0}, 2.5)) == []
    assert propose(TEXT, options, LinearModel({"word=stopped": 2.0, NOTHING[0]: 2.0}, 0)) == []


def test_the_full_draft_adds_proposals_and_keeps_the_rules_events() -> None:
    gazetteer, topics = resources()
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        rules = draft_dispatch(text, gazetteer, topics, learned=False)
        full = draft_dispatch(text, gazetteer, topics)
        kept = [ev for ev in full.events if ev.probability is None]
        assert [m.start for ev in kept for m in ev.mentions] == [
            m.start for ev in rules.events for m in ev.mentions
        ]
        firsts = [min(m.start for m in ev.mentions) for ev in full.events]
        assert firsts == sorted(firsts)  # in order of first mention


def _first(ev) -> int:
    return min(m.start for m in ev.mentions)


def _linked(d) -> tuple[list[int | None], list[int]]:
    """Which event (by its first mention) each quote and agenda item is linked to."""
    quotes = [None if q.event_index is None else _first(d.events[q.event_index]) for q in d.quotes]
    return quotes, [_first(d.events[i]) for _, i in d.agenda]


def test_quotes_and_agenda_items_keep_their_events_when_proposals_come_in() -> None:
    gazetteer, topics = resources()
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        rules = draft_dispatch(text, gazetteer, topics, learned=False)
        assert _linked(draft_dispatch(text, gazetteer, topics)) == _linked(rules)


def test_the_shipped_model_has_weights_and_proposes_on_the_seeds() -> None:
    model = load_model("event_model")
    assert model.weights and model.margin >= 0
    gazetteer, topics = resources()
    proposed = [
        ev
        for path in SEEDS
        for ev in draft_dispatch(path.read_text(encoding="utf-8"), gazetteer, topics).events
        if ev.probability is not None
    ]
    assert proposed and all(ev.event_type == "other" for ev in proposed)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEEDS), st.integers(0, 3000), st.integers(0, 400))
def test_every_weighed_clause_is_a_slice_inside_one_sentence(path, cut, length) -> None:
    text = path.read_text(encoding="utf-8")[cut:]
    text = text[: len(text) - length]
    for p in event_options(rules_draft(text)):
        assert 0 <= p.sentence.start <= p.clause.start < p.clause.end <= p.sentence.end
        assert p.clause.end <= len(text)
        assert not text[p.clause.start].isspace() and not text[p.clause.end - 1].isspace()
