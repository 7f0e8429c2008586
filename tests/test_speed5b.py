"""Faster scans of the drafting extractors find what the scans they replace found."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from diplomatic_timeline.extract.dates import (
    _KEY_WORDS,
    _ending_at_key_words,
    _guarded_patterns,
    _year_windows,
)
from diplomatic_timeline.extract.header import _outlet_matches, _outlet_pattern

# pieces of the outlet cues, in several cases, with the characters that end a word or not
_OUTLET_TEXT = st.lists(
    st.sampled_from(
        [
            *"Aa -_\n.,",
            *("told ", "TOLD", "Told ", " Itar-Tass", "itar tass", "TASS", "BelTA", "belta"),
            *(" has learned", " reports", " correspondent", "ſ", "Reuters", "RIA Novosti", "x"),
        ]
    ),
    max_size=16,
).map("".join)


@given(_OUTLET_TEXT)
def test_outlet_cues_are_found_where_the_outlet_pattern_finds_them(text: str) -> None:
    rx = _outlet_pattern()[0]
    assert [m.span() for m in _outlet_matches(text)] == [m.span() for m in rx.finditer(text)]


# the "year" pattern's phrases, whole or broken, between other characters (whitespace of all
# kinds; Arabic-Indic digits are "\d" too)
_YEAR_PHRASE = st.tuples(
    st.sampled_from(["in", "of", "since", "by", "until", "In", "BY", "pin", ""]),
    st.sampled_from([" ", "  ", "\n", "\t", "\u2003", "\u00a0 ", ""]),
    st.sampled_from(["", "early ", "late-", "mid-", "Mid ", "early", "mid  "]),
    st.sampled_from(["2020", "1999", "2101", "19", "20201", "20\u0661\u0662"]),
).map("".join)
_YEAR_TEXT = st.lists(
    st.one_of(_YEAR_PHRASE, st.sampled_from([" ", "\n", "(", ".", "_", "ſ", "-", "x", "1"])),
    max_size=8,
).map("".join)


@given(_YEAR_TEXT, st.integers(0, 30), st.integers(0, 120))
def test_the_year_pattern_finds_in_the_years_ranges_what_it_finds_in_the_text(
    text: str, pos: int, end: int
) -> None:
    rx = dict(_guarded_patterns())["year"]
    end = min(end, len(text))
    in_ranges = [
        m.span() for lo, hi in _year_windows(text, pos, end) for m in rx.finditer(text, lo, hi)
    ]
    assert in_ranges == [m.span() for m in rx.finditer(text, pos, end)]


def test_whitespace_to_a_pattern_is_what_str_isspace_accepts() -> None:
    # (the years' ranges step back over whitespace with str.isspace, for the pattern's "\s+")
    space = re.compile(r"\s")
    assert all(bool(space.match(c)) == c.isspace() for c in map(chr, range(sys.maxunicode + 1)))


# the words of the patterns read near a key word, a possessive and a gathering's name after
# them, between whitespace of all kinds
_KEY_WORD_TEXT = st.lists(
    st.tuples(
        st.sampled_from(
            [
                *("the", "The", "first", "second", "half", "of", "this", "last", "next", "NEXT"),
                *("year", "Year", "year’s", "before", "by", "end", "midyear", "yearly", "at"),
                *("month", "MONTH", "month's", "beginning", "middle", "earlier", "later", "weeks"),
                *("week", "Week", "week’s", "weekly", "in"),
                *("for", "to", "early", "2020", "forum", "gas", "x", ""),
            ]
        ),
        st.sampled_from([" ", "  ", "\n", "\u2003", "", ",", "-", "’s "]),
    ).map("".join),
    max_size=12,
).map("".join)


@settings(max_examples=300)
@given(
    st.sampled_from(sorted(_KEY_WORDS)),
    _KEY_WORD_TEXT,
    st.integers(0, 30),
    st.integers(0, 150),
)
def test_a_pattern_read_near_its_key_words_finds_what_its_whole_scan_finds(
    kind: str, text: str, pos: int, end: int
) -> None:
    rx = dict(_guarded_patterns())[kind]
    end = min(end, len(text))
    near = [m.span() for m in _ending_at_key_words(kind, rx, text, pos, end)]
    assert near == [m.span() for m in rx.finditer(text, pos, end)]
