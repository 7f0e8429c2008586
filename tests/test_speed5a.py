"""The drafting speed-ups of events and regexes answer as the plain forms they stand for."""

from __future__ import annotations

import re
from itertools import chain
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from diplomatic_timeline.extract import events
from diplomatic_timeline.extract.regexes import _PAIR, Skipping, _extended

_TEXT = st.lists(
    st.sampled_from([*"theprsidntlaHPTBkKſİı -,.\n\u212a", "the two presidents", "Kiev"]),
    max_size=40,
).map("".join)
_PATTERNS = [
    re.compile(r"\b(?:(?P<a>presidents?|leaders?)|(?P<b>heads? of state))\b", re.IGNORECASE),
    re.compile(r"\b(?:[Tt]he|[Bb]oth) (?:two )?presidents\b"),
    re.compile(r"\b(?P<prep>in|at)\s+(?:the\s+)?(?P<place>Kiev|Kievan Rus)\b"),
    re.compile(r"(?<![\w-])(?:ſt|sk|Kk)"),  # letters the engine equates, ignoring case or not
    re.compile(r"\b(?:st|kin)\b", re.IGNORECASE),  # "ſt", "\u212ain" too
    re.compile(r"(?i)\bkin\b"),  # a global flag: the pattern's own scan
    re.compile(r"(?:the )?\w+ leaders?"),  # the first characters cannot be told
    re.compile(r"[ .,]\bt"),  # a boundary after a character that is not a word's
]


def _matches(found: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in found]


@given(_TEXT)
def test_skipping_finds_the_pattern_s_own_matches(text: str) -> None:
    for rx in _PATTERNS:
        assert _matches(Skipping(rx).finditer(text)) == _matches(rx.finditer(text))


def test_skipping_starts_at_a_word_start_only_for_a_pattern_opening_with_a_boundary() -> None:
    assert r"(?<!\w\w)" in Skipping(_PATTERNS[0]).finder.pattern
    assert r"(?<!\w\w)" not in Skipping(_PATTERNS[3]).finder.pattern
    assert Skipping(_PATTERNS[5]).finder is None
    assert Skipping(_PATTERNS[6]).finder is None


def test_the_whole_text_scans_of_events_match_their_plain_patterns() -> None:
    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "raw/dispatches").glob("*"))]
    texts += [t.upper() for t in texts] + [t.lower() for t in texts]
    scans = [events._place_pattern(), events._any_group()[0], events._pair_of_presidents()]
    for text in texts:
        for scan in scans:
            assert _matches(scan.finditer(text)) == _matches(scan.rx.finditer(text))


_PREFIX = st.lists(st.sampled_from(["a", "b", "K", None]), max_size=3).map(tuple)


@given(st.sets(_PREFIX, max_size=8), st.sets(_PREFIX, max_size=8))
def test_extended_prefixes_are_those_of_every_prefix_with_every_follower(
    prefixes: set[tuple[str | None, ...]], following: set[tuple[str | None, ...]]
) -> None:
    prefixes = {p[:_PAIR] for p in prefixes}
    assert _extended(prefixes, following) == {
        p if len(p) == _PAIR else (p + s)[:_PAIR] for p in prefixes for s in following
    }


def test_the_status_cues_and_triggers_start_where_their_plain_alternations_start() -> None:
    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "raw/dispatches").glob("*"))]
    texts += [t.upper() for t in texts] + [t.lower() for t in texts]
    cue_branches = [
        events._either_case(c) for cs in events.data("events")["status"].values() for c in cs
    ]
    triggers = [
        re.sub(r"\(\?P<\w+>", "(?:", a)
        for a in chain.from_iterable(events._trigger_alternatives().values())
    ]
    scans = [  # each against the plain alternation of its branches
        (
            events._status_cue_set().starts,
            re.compile(rf"(?<![\w-])(?:{'|'.join(cue_branches)})(?![\w-])"),
        ),
        (events._any_trigger(), re.compile(rf"(?<![\w-])(?:{'|'.join(triggers)})")),
    ]
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
