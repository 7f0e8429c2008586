"""The drafting speed-ups of this round answer as the plain forms they stand for: the word
starts' filter on the characters after a word's first two, and the furniture line rules
asked about only when their text holds a word they need."""

from __future__ import annotations

import re
from itertools import chain
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from diplomatic_timeline.extract import events
from diplomatic_timeline.extract.furniture import _line_classifier
from diplomatic_timeline.extract.regexes import WordStarts, _openings
from diplomatic_timeline.extract.text import lines

ROOT = Path(__file__).resolve().parents[1]


def test_openings_of_a_branch() -> None:
    assert _openings("(?:a |the )?charter") == {"a cha", "the c", "chart"}
    assert _openings("[Tt]alks?|T") == {"T", "talk"}  # "T" may be the whole match
    assert _openings("met") == {"met"}
    assert _openings("(?i:ab)c") == {"abc", "aBc", "Abc", "ABc"}
    assert _openings("[A-Z]\\w+ summit") == set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # (then any)
    assert _openings("(?:agreement|treaty)s?") == {"agree", "treat"}  # words: any first
    assert _openings("kin", re.IGNORECASE) == {
        a + b + c for a in "kK\u212a" for b in "iIİı" for c in "nN"
    }
    assert _openings("ab[a-z]") == {"ab"}  # more than eight followers: cut before them
    assert _openings("[a-z]+ed") is None  # too many to list


_BRANCHES = [
    "(?:a |the )?charter",
    "[Tt]he signing",
    "talks?",
    "to(?:ld|ok)",
    "told (?:the )?press",
    "t[a-z]x",  # any letter after the pair: no filter
    "th",  # a whole match of two characters: no filter
    "(?i:tea)s",
    "x",
]


@given(
    st.lists(
        st.sampled_from([*"tTheacrsignlkodxpEAS -_\n", "the ", "charter", "told ", "press"]),
        max_size=30,
    ).map("".join),
    st.integers(0, 10),
)
def test_word_starts_with_the_opening_filter_are_where_the_plain_alternation_starts(
    text: str, pos: int
) -> None:
    for after in ("", r"(?![\w-])"):
        fast = WordStarts(_BRANCHES, after)
        plain = re.compile(rf"(?<![\w-])(?:{'|'.join(_BRANCHES)}){after}")
        found, at = [], pos
        while (start := fast.search(text, at)) is not None:
            found.append(start)
            at = start + 1
        expected, at = [], pos
        while (m := plain.search(text, at)) is not None:
            expected.append(m.start())
            at = m.start() + 1
        assert found == expected


def test_triggers_and_status_cues_start_where_their_plain_alternations_start_in_dev_texts() -> None:
    texts = [
        p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/dev*/raw/dispatches/*"))
    ]
    cue_branches = [
        events._either_case(c) for cs in events.data("events")["status"].values() for c in cs
    ]
    triggers = [
        re.sub(r"\(\?P<\w+>", "(?:", a)
        for a in chain.from_iterable(events._trigger_alternatives().values())
    ]
    scans = [
        (
            events._status_cue_set().starts,
            re.compile(rf"(?<![\w-])(?:{'|'.join(cue_branches)})(?![\w-])"),
        ),
        (events._any_trigger(), re.compile(rf"(?<![\w-])(?:{'|'.join(triggers)})")),
    ]
    assert len(texts) > 500
    for text in texts:
        for starts, plain in scans:
            found, pos = [], 0
            while (at := starts.search(text, pos)) is not None:
                found.append(at)
                pos = at + 1
            expected, pos = [], 0
            while (m := plain.search(text, pos)) is not None:
                expected.append(m.start())
                pos = m.start() + 1
            assert found == expected


def test_line_rules_told_the_words_their_text_holds_answer_as_on_the_line_alone() -> None:
    texts = [
        p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/dev*/raw/dispatches/*"))
    ]
    rules = _line_classifier()
    kinds = 0
    for text in texts:
        held = rules.words_held(text)
        for seg in lines(text):
            line = seg.of(text)
            assert rules(line, held) == rules(line)
            kinds += rules(line) is not None
    assert kinds > 500


def test_the_words_line_rules_need_hold_no_sigma() -> None:
    """``words_held`` looks for them in the text's lower case, where a capital sigma's form
    depends on its neighbours (the only character whose lower case does)."""
    assert not any(set(word) & {"σ", "ς", "Σ"} for word in _line_classifier().words)


def test_a_line_s_covering_span_is_the_first_holding_half_of_it() -> None:
    from diplomatic_timeline.extract.furniture import find_furniture
    from diplomatic_timeline.extract.furnituremodel import _covered, half_inside

    texts = [
        p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/dev*/raw/dispatches/*"))
    ]
    covered = 0
    for text in texts[::3]:
        spans = find_furniture(text)
        for seg in lines(text):
            plain = next((f for f in spans if half_inside(seg, f.start, f.end)), None)
            assert _covered(spans, seg) is plain
            covered += plain is not None
    assert covered > 100
