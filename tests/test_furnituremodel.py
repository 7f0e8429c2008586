"""The learned furniture model: it only adds lines below the headline that the rules left as
news, never the header's lines, a quotation or a transcript's speaker line."""

from __future__ import annotations

from diplomatic_timeline.extract.furniture import find_furniture
from diplomatic_timeline.extract.furnituremodel import candidates, proposals
from diplomatic_timeline.extract.linear import LinearModel

TEXT = (
    "Putin and Lukashenko meet in Sochi\n\n"
    "MINSK, 14 June 2009 (BelTA) – The presidents met in Sochi on Friday.\n\n"
    "Our reporters covered the summit for three days.\n\n"
    "Photo: Sergei Ivanov / BelTA\n\n"
    "Vladimir Putin: Ladies and gentlemen, we have agreed on gas.\n\n"
    "“We agreed,” Lukashenko said.\n\n"
    "Our newsroom works around the clock\n"
)
BELOW = TEXT.index(" (BelTA)")  # the end of the dateline's date, as in a draft
EVERYTHING = LinearModel({"furniture": 5.0}, 1.0)  # a model that marks every line it may
NOTHING = LinearModel({}, 1.0)


def test_only_lines_the_rules_left_below_the_header_are_weighed() -> None:
    rules = find_furniture(TEXT)
    weighed = [c.segment.of(TEXT) for c in candidates(TEXT, rules, BELOW)]
    assert "Putin and Lukashenko meet in Sochi" not in weighed  # the headline
    assert all(not any(f.start <= TEXT.index(w) < f.end for f in rules) for w in weighed)
    assert "Our newsroom works around the clock" in weighed
    assert not any(w.startswith("MINSK") for w in weighed)  # the dateline's paragraph


def test_a_quotation_or_a_speaker_line_is_never_weighed() -> None:
    weighed = [c.segment.of(TEXT) for c in candidates(TEXT, find_furniture(TEXT), BELOW)]
    assert not any("Ladies and gentlemen" in w or "We agreed" in w for w in weighed)


def test_a_marked_line_becomes_a_span_of_the_text_that_a_curator_checks_first() -> None:
    added = proposals(TEXT, find_furniture(TEXT), BELOW, EVERYTHING)
    assert added
    for f in added:
        assert TEXT[f.start : f.end] == f.text
        assert f.confidence == 0.5
    assert proposals(TEXT, find_furniture(TEXT), BELOW, NOTHING) == []


def test_a_marked_line_takes_the_kind_of_the_furniture_next_to_it() -> None:
    rules = find_furniture(TEXT)
    kinds = {c.segment.of(TEXT): c.kind for c in candidates(TEXT, rules, BELOW)}
    credit = next(f for f in rules if f.text.startswith("Photo:"))
    assert kinds["Our reporters covered the summit for three days."] == credit.kind
    assert kinds["Our newsroom works around the clock"] == "navigation"
