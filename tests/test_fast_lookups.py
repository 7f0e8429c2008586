"""Fast paths of the drafting extractors find what the slower code they stand in for found:
the header's outlet cues, date patterns read near their key words or places, aliases and a
person's mentions found as literals in the text folded as the regex engine folds case (over
random text with the characters that make case folding odd), holidays read where a name's
first word stands, the outlet cues skipped in a text that names no outlet, title words and
modifiers in alternations grouped by first character, word sets built once."""

from __future__ import annotations

import re
import sys
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from diplomatic_timeline.extract.dates import (
    _KEY_PLACES,
    _KEY_WORDS,
    DAY_KINDS,
    _ending_at_key_words,
    _guarded_patterns,
    _starting_near_key_places,
    _year_windows,
    _years_on_weekday,
    valid_day,
)
from diplomatic_timeline.extract.header import (
    _folded_outlets,
    _may_name_an_outlet,
    _outlet_matches,
    _outlet_pattern,
)
from diplomatic_timeline.extract.people import (
    Person,
    _body_modifiers,
    by_first_character,
    title_words,
)
from diplomatic_timeline.extract.resources import (
    Actor,
    Gazetteer,
    _alias_pattern,
    _literal_spans,
    case_folded,
    data,
)
from diplomatic_timeline.extract.speakers import (
    _function_words,
    _last_mention,
    _mention_branches,
    _mention_pattern,
    _never_in_a_name,
    _place_words,
)

from .test_gazetteer import KNOWN

# pieces of the outlet cues, in several cases, with the characters that fold oddly ("ſ" is
# "s" ignoring case, the Kelvin sign "k", "İ" lowers to two characters)
_OUTLET_TEXT = st.lists(
    st.sampled_from(
        [
            *"Aa -_\n.,ſ\u212aİ",
            *("told ", "TOLD", "Told ", " Itar-Tass", "itar tass", "TAſS", "BelTA", "belta"),
            *(" has learned", " reports", " correspondent", "Reuters", "RIA Novosti", "x"),
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


# letters the engine folds in odd ways (dotless and dotted i, long s, the Kelvin sign, the
# Greek sigmas and the micro sign), word characters and hyphens at an alias's edges
ODD = "aAbiIıİsSſkKKΣσςµμé_-1 ,."


def _alias() -> st.SearchStrategy[str]:
    return st.text(alphabet=ODD, min_size=1, max_size=4).map(str.lower)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=ODD, max_size=30), st.lists(_alias(), min_size=1, max_size=5))
@example(text="S.", aliases=["s", "ſ."])  # two aliases the engine equates, one longer
def test_the_literal_spans_are_the_alias_patterns_matches(text: str, aliases: list[str]) -> None:
    own = tuple(sorted(set(aliases)))
    folded = case_folded(text)
    if folded is None:  # ("İ" lowers to two characters: the pattern is searched instead)
        assert "İ" in text
        return
    pattern = _alias_pattern(own)
    assert pattern is not None
    keys = tuple(case_folded(a) or "" for a in own)
    assert _literal_spans(text, folded, keys) == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ODD + "PutinLukashenko", max_size=40), st.lists(_alias(), max_size=3))
def test_a_gazetteer_found_by_literals_finds_what_its_regexes_find(
    text: str, aliases: list[str]
) -> None:
    extra = {f"new-{i}": Actor(f"new-{i}", a, "person", None, (a,)) for i, a in enumerate(aliases)}
    gazetteer = KNOWN.with_actors(extra)
    assert gazetteer._spans(text) == gazetteer._regex_spans(text)
    assert KNOWN._spans(text) == KNOWN._regex_spans(text)


def test_a_large_gazetteer_is_searched_by_its_regex() -> None:
    many = {f"a{i}": Actor(f"a{i}", f"Name{i}", "person", None, ()) for i in range(70)}
    assert Gazetteer(many)._literal_keys() is None
    assert KNOWN._literal_keys() is not None  # (today's curation: 11 actors, 22 aliases)


def test_folding_equates_what_the_engine_equates_ignoring_case() -> None:
    # every cased character of the basic plane against every other: equal when folded exactly
    # where one matches the other as a literal under IGNORECASE
    cased = [
        chr(c)
        for c in range(0x10000)
        if not 0xD800 <= c < 0xE000 and (chr(c).lower() != chr(c) or chr(c).upper() != chr(c))
    ]
    cased += ["ı", "ſ", "ς", "ϐ", "ᲀ", "ẛ", "ﬅ"]
    folded = {c: case_folded(c) for c in cased}
    classes: dict[str, set[str]] = {}
    for c, f in folded.items():
        if f is not None:
            classes.setdefault(f, set()).add(c)
    for c in ["a", "I", "i", "ı", "S", "ſ", "K", "Σ", "ς", "µ", "ϑ", "Ж", "ᲂ", "ẞ"]:
        rx = re.compile(re.escape(c), re.IGNORECASE)
        matched = {d for d in cased if rx.fullmatch(d) and folded[d] is not None}
        assert matched == classes[folded[c]], c


# pieces of dates and what stands around them: openers, weekdays, digits and separators, the
# words a bare weekday's look-arounds read, whitespace of all kinds
DATE_PIECES = [
    *("on", "On", "for", "last", "Last", "this", "late", "early", "next", "every", "his"),
    *("Monday", "Tuesday", "Sunday", "Mondays", "Friday's", "Friday’s", "morning", "news"),
    *("flew", "met", "said", "in", "Moscow", "and", "the", "x"),
    *("spring", "summer", "autumn", "fall", "winter", "Summer", "summertime", "springs"),
    *("In", "This", "Next", "until", "till", "to", "mid", "early-", "- ", "of", "2019"),
    *("1", "12", "31", "07", "2024", "1999", "19", "20", "0", "T10", "AT", "11:52"),
    *("12/07/", "24.05.", "5/", "/01", "2024-05-24", "2021.09.10", "27/ 11/ 2007", "08-12-20"),
    *(".", "/", "-", ",", ";", "'", "’", "(", ")"),
]
GAPS = ["", " ", "  ", "\n", "\t", "\xa0", "\u2003", "\n\n"]


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(DATE_PIECES), st.sampled_from(GAPS)), max_size=14),
    st.sampled_from(sorted(_KEY_PLACES)),
)
def test_patterns_tried_near_their_key_places_find_what_the_whole_scan_finds(
    pieces: list[tuple[str, str]], kind: str
) -> None:
    text = "".join(p + g for p, g in pieces)
    pattern = dict(_guarded_patterns())[kind]
    found = _starting_near_key_places(kind, pattern, text, 0, len(text))
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]
    assert [m.groupdict() for m in found] == [m.groupdict() for m in pattern.finditer(text)]


MENTION_PIECES = [
    *("Ivanov", "IVANOV", "ivanov", "Ivanova", "Ivanov's", "Ivanov’s", "Ivanovs", "Ivaṅov"),
    *("the minister", "The Minister", "the ministers", "the Minister-", "the spokesman"),
    *("the", "minister", "Sergei", "said", "_", "-", "'", "’", ".", ",", "1", "ı", "ſ", "é"),
]


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(MENTION_PIECES), st.sampled_from(GAPS)), max_size=10),
    st.sampled_from(["Ivanov", "Ivanova", "O'Neill", "Iva", "ſergei", "Ivanov-"]),
    st.sampled_from(["Foreign Minister", "minister", "Presidential Spokesman", "Ambassador", ""]),
    st.integers(0, 200),
)
def test_a_persons_last_mention_is_the_patterns_last_match(
    pieces: list[tuple[str, str]], surname: str, title: str, before: int
) -> None:
    text = "".join(p + g for p, g in pieces)
    before = min(before, len(text))
    person = Person("x", f"Sergei {surname}", title, 0, 1)
    matches = list(_mention_pattern(_mention_branches(surname, title)).finditer(text, 0, before))
    assert _last_mention(text, person, before) == (matches[-1].start() if matches else -1)


MONTH_PIECES = [
    *("May", "June", "Sept.", "Feb.", "March", "12", "1st", "31", "2012", "'08", "٣"),
    *("–", "-", "to", "until", "and", ",", ".", "[", "]", "of", "last", "year", "x"),
]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(MONTH_PIECES), st.sampled_from(GAPS)), max_size=10))
def test_a_month_date_with_a_day_holds_a_digit(pieces: list[tuple[str, str]]) -> None:
    # (so _scan_dates reads those kinds only in the windows that hold one)
    text = "".join(p + g for p, g in pieces)
    for kind, pattern in _guarded_patterns():
        if kind in DAY_KINDS:
            assert all(re.search(r"\d", m.group(0)) for m in pattern.finditer(text))


@given(st.integers(1, 12), st.integers(1, 31), st.integers(0, 6))
def test_the_years_a_day_falls_on_a_weekday(month: int, day: int, weekday: int) -> None:
    assert _years_on_weekday(month, day, weekday) == tuple(
        y
        for y in range(2001, 2029)
        if valid_day(y, month, day) and date(y, month, day).weekday() == weekday
    )


def test_the_outlets_fold_to_their_written_forms() -> None:
    outlets = _outlet_pattern()[1]
    assert _folded_outlets() == tuple(outlets)
    assert all(case_folded(written) == written for written in outlets)


@given(_OUTLET_TEXT)
def test_a_text_skipped_for_outlet_cues_holds_no_cue(text: str) -> None:
    if not _may_name_an_outlet(text):
        assert _outlet_pattern()[0].search(text) is None


# words sharing first characters and prefixes ("Min", "Minister", "minister", "Mi-n"), and
# text of their pieces, so that a word, its prefix and a repeat compete at one place
_WORD = st.text(alphabet="Mmi-n s", min_size=1, max_size=6)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=6), st.text(alphabet="Mmi-n s,", max_size=30))
def test_words_grouped_by_first_character_match_as_the_plain_alternation(
    words: list[str], text: str
) -> None:
    plain = "|".join(re.escape(w) for w in words)
    grouped = by_first_character(words)
    for shape in ("(?:{})", r"(?:(?:{})\s*){{0,3}}(?:{}),?", r"(?P<w>(?:{})+?)(?:s|$)"):
        a = re.compile(shape.format(plain, plain))
        b = re.compile(shape.format(grouped, grouped))
        assert [(m.span(), m.groups()) for m in a.finditer(text)] == [
            (m.span(), m.groups()) for m in b.finditer(text)
        ]


def test_the_word_sets_built_once_are_those_built_at_each_call() -> None:
    speech = data("speech")
    assert _never_in_a_name() == title_words() | _function_words() | _place_words()
    assert _body_modifiers() == {m.lower() for m in speech["title_modifiers"]} | {
        w.lower() for h in speech["organisation_heads"] for w in h.split()
    }


_HOLIDAY_TEXT = st.lists(
    st.sampled_from(
        [
            *("New ", "Year's ", "Years ", "Year’s ", "Day", "day", "Eve", "Christmas ", "x"),
            *("Orthodox ", "Victory ", "Boxing ", "Lunar ", "2019", " next year", ", ", "\n", " "),
        ]
    ),
    max_size=10,
).map("".join)


@given(_HOLIDAY_TEXT, st.integers(0, 20))
def test_holidays_read_at_their_first_words_are_the_whole_scans(text: str, pos: int) -> None:
    from diplomatic_timeline.extract.dates import _holiday_matches

    rx = dict(_guarded_patterns())["holiday"]
    near = [m.span() for m in _holiday_matches(rx, text, pos, len(text))]
    assert near == [m.span() for m in rx.finditer(text, pos)]
