"""The learned status model: which statuses it weighs, and that it keeps the rules' status
unless another beats it by its margin."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diplomatic_timeline.extract.draft import draft_dispatch, status_options
from diplomatic_timeline.extract.linear import LinearModel, choose, crossed
from diplomatic_timeline.extract.statusmodel import describe, restatus, statuses

from .test_extract import resources

TEXT = (
    "Presidents to meet in Minsk\n\nMINSK, 14 June 2009 (BelTA) – The presidents will hold "
    "talks in Minsk on Sunday, the press service said."
)


def rules_draft(text: str = TEXT):
    gazetteer, topics = resources()
    return draft_dispatch(text, gazetteer, topics, learned=False)


def test_every_status_is_weighed_the_rules_first() -> None:
    d = rules_draft()
    for ev, options in zip(d.events, status_options(d), strict=True):
        assert options[0].status == ev.status
        assert sorted(o.status for o in options) == sorted(statuses())


def test_a_status_option_is_the_description_crossed_with_its_status() -> None:
    (first, *_), *_ = status_options(rules_draft())
    assert first.features[0] == first.status
    assert f"{first.status}&rule={first.status}" in first.features


def test_the_rules_status_stays_unless_another_beats_it_by_the_margin() -> None:
    d = rules_draft()
    talks = next(ev for ev in d.events if ev.event_type == "meeting")
    assert talks.status == "scheduled"
    described = [status_options(d)[d.events.index(talks)][0].description]
    restatus([talks], described, LinearModel({"held&trigger=talks": 1.0}, 1.0))
    assert talks.status == "scheduled"  # 1.0 does not beat the margin of 1.0
    restatus([talks], described, LinearModel({"held&trigger=talks": 1.5}, 1.0))
    assert talks.status == "held"


def test_a_word_cut_by_the_window_is_no_feature() -> None:
    text = "Presidents meet\n\nMINSK, 14 June 2009 (BelTA) – Alexander Lukashenko held talks."
    d = rules_draft(text)
    talks = next(ev for ev in d.events if ev.event_type == "meeting")
    words = {f for f in describe(text, talks, None) if f.startswith("before=")}
    assert words == {"before=lukashenko", "before=held"}  # not "ander", cut from "Alexander"


@given(
    st.dictionaries(
        st.sampled_from(["held", "scheduled", "proposed", "cancelled"]), st.floats(-3, 3)
    ),
    st.floats(0, 2),
)
def test_restatus_chooses_as_choose_does(biases: dict[str, float], margin: float) -> None:
    d = rules_draft()
    crossed = {  # several weights per status: sums in another order would differ at ties
        "held&type=meeting": 0.7,
        "held&rule=scheduled": 0.2,
        "held&trigger=talks": 0.1,
        "proposed&rule=scheduled": 0.4,
        "proposed&type=meeting": 0.3,
    }
    model = LinearModel({**biases, **crossed}, margin)
    options = status_options(d)
    expected = [o[choose(model, o)].status for o in options]
    restatus(d.events, [o[0].description for o in options], model)
    assert [ev.status for ev in d.events] == expected


def test_restatus_sums_as_choose_does_at_a_tie() -> None:
    d = rules_draft()
    model = LinearModel({"held": 0.1, "held&rule=scheduled": 0.2, "held&type=meeting": 0.3}, 0.6)
    options = status_options(d)
    expected = [o[choose(model, o)].status for o in options]
    restatus(d.events, [o[0].description for o in options], model)
    assert [ev.status for ev in d.events] == expected


def test_a_word_with_a_letter_beyond_ascii_is_one_word() -> None:
    text = "Talks\n\nMINSK, 14 June 2009 (BelTA) – Anušauskas held talks."
    d = rules_draft(text)
    talks = next(ev for ev in d.events if ev.event_type == "meeting")
    assert "before=anušauskas" in describe(text, talks, None)


@given(
    st.dictionaries(
        st.sampled_from(["held", "held&a", "held&b", "held&c", "x&a"]), st.floats(-3, 3)
    ),
    st.lists(st.sampled_from(["a", "b", "c", "d"]), unique=True),
)
def test_a_crossed_score_is_the_score_of_the_crossed_features(
    weights: dict[str, float], description: list[str]
) -> None:
    model = LinearModel(weights, 0.0)
    assert model.score_crossed("held", description) == model.score(crossed("held", description))
