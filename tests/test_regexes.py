"""The fast rewrites of long alternations match exactly where the plain alternations do."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from diplomatic_timeline.extract.agenda import _cue_matches, _cues
from diplomatic_timeline.extract.events import (
    _breaks,
    _clause_break_alternatives,
    _trigger_alternatives,
)
from diplomatic_timeline.extract.regexes import (
    PatternSet,
    WordStarts,
    at_word_start,
    first_chars,
    first_pairs,
    grouped_alternation,
    guarded,
    paired_alternation,
    required_chars,
    trie_alternation,
)

_WORDS = ["trade", "trades", "transit", "tra", "gas", "gas-price", "oil"]
_BRANCHES = [
    "[Tt]alks",
    "(?:tele)?phoned",
    "(?:(?<=the )|(?<=\\d\\d\\d\\d ))(?!This\\b)[A-Z][\\w-]+ Memorandum",
    "(?:\\d+(?:st|nd|rd|th) )?Forum of [A-Z]\\w+",
    "(?i:summit)",
    "(?:mass )?protests?",
]
_TEXT = st.text(
    alphabet=st.sampled_from(list("tradesgpilonTfmMFhPS -1234 Forumthe Memorandum This.")),
    max_size=80,
)


def _starts(rx: re.Pattern[str], text: str, pos: int = 0, end: int | None = None) -> list[int]:
    out, end = [], len(text) if end is None else end
    while m := rx.search(text, pos, end):
        out.append(m.start())
        pos = m.start() + 1
    return out


def test_first_chars_of_a_pattern_cover_both_cases() -> None:
    assert first_chars("(?:tele)?phoned") == frozenset("tTpP")


def test_a_pattern_that_can_start_anywhere_has_no_first_chars() -> None:
    assert first_chars("\\w+ agreement") is None


@given(_TEXT)
def test_the_trie_matches_the_words_the_plain_alternation_matches(text: str) -> None:
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(_WORDS, key=len, reverse=True))})(?!\w)")
    trie = re.compile(rf"(?<!\w){trie_alternation(_WORDS)}(?!\w)")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(_TEXT)
def test_grouped_branches_start_where_the_plain_alternation_starts(text: str) -> None:
    plain = re.compile("|".join(f"(?:{b})" for b in _BRANCHES))
    grouped = re.compile(grouped_alternation(_BRANCHES))
    assert _starts(grouped, text) == _starts(plain, text)


_PAIRED_BRANCHES = [
    *_BRANCHES,
    "x",  # one character: any second
    "[ab]?c\\w",  # an optional first character
    "(?:the )?charter",
    "T(?=o)|To?p",
    "(?i:ta)[bc]",
    "\\w+ agreement",  # no first character: everywhere
]


@given(st.text(alphabet=st.sampled_from(list("xabcTtoOpPAhrey agreement charter")), max_size=60))
def test_paired_branches_start_where_the_plain_alternation_starts(text: str) -> None:
    plain = re.compile("|".join(f"(?:{b})" for b in _PAIRED_BRANCHES))
    paired = re.compile(paired_alternation(_PAIRED_BRANCHES))
    assert _starts(paired, text) == _starts(plain, text)


@given(
    st.text(
        alphabet=st.sampled_from(list("asiktAkSIK\u017f\u0131\u0130\u212a \u00e5")), max_size=12
    )
)
def test_case_insensitive_branches_start_on_every_letter_the_engine_equates(text: str) -> None:
    """Under IGNORECASE "s" matches "ſ", "i" matches "ı" and "İ", "k" the Kelvin sign: a review
    found the paired grouping missed them."""
    branches = ["(?i:as)", "(?i:ki)", "(?i:si)", "(?i:ik)"]
    plain = re.compile("|".join(f"(?:{b})" for b in branches))
    for fast in (paired_alternation(branches), grouped_alternation(branches)):
        assert _starts(re.compile(fast), text) == _starts(plain, text)


_WORD_START_BRANCHES = [b for b in _PAIRED_BRANCHES if first_pairs(b) is not None]


def _word_starts(starts: WordStarts, text: str, pos: int, end: int) -> list[int]:
    out = []
    while (start := starts.search(text, pos, end)) is not None:
        out.append(start)
        pos = start + 1
    return out


@given(
    st.text(alphabet=st.sampled_from(list("xabcTtoOpPAhrey-_ agreement charter\n")), max_size=60),
    st.integers(0, 20),
    st.integers(0, 70),
)
def test_word_starts_are_where_the_plain_alternation_starts(text: str, pos: int, end: int) -> None:
    for after in ("", r"(?![\w-])"):
        fast = WordStarts(_WORD_START_BRANCHES, after)
        plain = re.compile(rf"(?<![\w-])(?:{'|'.join(_WORD_START_BRANCHES)}){after}")
        assert fast.after_separator is not None  # (the pairs of every branch are known)
        assert _word_starts(fast, text, pos, end) == _starts(plain, text, pos, end)


def test_word_starts_fall_back_to_the_plain_alternation() -> None:
    fast = WordStarts(["\\w+ agreement", "talks"])
    assert fast.after_separator is None
    assert _word_starts(fast, "talks, trade agreement", 0, 22) == [0, 7]


def test_first_pairs_of_a_pattern() -> None:
    assert first_pairs("(?:tele)?phoned") == {("t", "e"), ("p", "h")}
    assert first_pairs("[Tt]alks?|T") == {("T", "a"), ("t", "a"), ("T", None)}
    assert first_pairs("(?i:ab)") == {("a", "b"), ("a", "B"), ("A", "b"), ("A", "B")}
    assert first_pairs("a.") == {("a", None)}
    assert first_pairs("\\w+ agreement") is None
    assert first_pairs("a?") is None  # may match nothing


def test_every_event_trigger_is_paired() -> None:
    branches = [a for alts in _trigger_alternatives().values() for a in alts]
    assert all(first_pairs(re.sub(r"\(\?P<\w+>", "(?:", b)) is not None for b in branches)


def test_every_event_trigger_is_grouped_or_tried_everywhere() -> None:
    branches = [a for alts in _trigger_alternatives().values() for a in alts]
    grouped = grouped_alternation(branches)
    assert all(b in grouped for b in branches)


_PATTERNS = [
    re.compile(r"(?<![\w-])(?:the )?[Tt]alks(?![\w-])"),
    re.compile(r"(?P<d1>\d+)(?:st|nd|rd|th) Forum"),
    re.compile(r"(?:tele)?phoned|the phone"),
    re.compile(r"\bthis (?P<d1>month|Forum)\b", re.IGNORECASE),
    re.compile(r"[A-Z][\w-]+ Memorandum"),
]


@given(_TEXT)
def test_a_guarded_pattern_matches_where_the_pattern_matches(text: str) -> None:
    for rx in _PATTERNS:
        assert [m.span() for m in guarded(rx).finditer(text)] == [
            m.span() for m in rx.finditer(text)
        ]


@given(_TEXT, st.integers(0, 20), st.integers(0, 80))
def test_a_pattern_set_finds_each_pattern_s_own_matches(text: str, pos: int, end: int) -> None:
    found = PatternSet(_PATTERNS).finditer_each(text, pos, end)
    assert [[(m.span(), m.groupdict()) for m in ms] for ms in found] == [
        [(m.span(), m.groupdict()) for m in rx.finditer(text, pos, end)] for rx in _PATTERNS
    ]


def test_a_pattern_with_a_back_reference_is_searched_on_its_own() -> None:
    patterns = [re.compile(r"(\w)\1"), re.compile("ab")]
    assert PatternSet(patterns).union is None
    assert [[m.span() for m in ms] for ms in PatternSet(patterns).finditer_each("aab abb")] == [
        [(0, 2), (5, 7)],
        [(1, 3), (4, 6)],
    ]


_WORD_START_PATTERNS = [
    re.compile(r"(?<![\w-])(?:the )?(?:gas|oil) price(?![\w-])"),
    re.compile(r"(?<![\w-])[Tt](?:rade|ransit)s?(?![\w-])"),
    re.compile(r"(?<![\w-])Forum(?: of the \w+)?"),
]


def test_a_shared_word_start_is_tested_once_before_the_groups() -> None:
    assert PatternSet(_WORD_START_PATTERNS).union.pattern.count(r"(?<![\w-])") == 1


@given(_TEXT)
def test_a_pattern_set_of_word_start_patterns_finds_each_pattern_s_own_matches(text: str) -> None:
    found = PatternSet(_WORD_START_PATTERNS).finditer_each(text)
    assert [[m.span() for m in ms] for ms in found] == [
        [m.span() for m in rx.finditer(text)] for rx in _WORD_START_PATTERNS
    ]


def test_a_word_start_that_opens_only_one_branch_is_not_hoisted() -> None:
    patterns = [re.compile(r"(?<![\w-])foo|bar"), re.compile(r"(?<![\w-])baz")]
    found = PatternSet(patterns).finditer_each("xbar baz")
    assert [[m.span() for m in ms] for ms in found] == [[(1, 4)], [(5, 8)]]


_ALTERNATIVES = [["[Tt]alks", "talks on", "meet(?:s|ing)?"], ["met", "[a-z]+ed", "may"], ["May"]]


@given(_TEXT, st.integers(0, 20), st.integers(0, 80))
def test_a_pattern_set_of_alternatives_finds_each_list_s_own_matches(
    text: str, pos: int, end: int
) -> None:
    found = PatternSet.of_alternatives(_ALTERNATIVES, r"(?<![\w-])", r"(?![\w-])")
    assert found.union is not None
    own = [re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])") for alts in _ALTERNATIVES]
    assert [[m.span() for m in ms] for ms in found.finditer_each(text, pos, end)] == [
        [m.span() for m in rx.finditer(text, pos, end)] for rx in own
    ]


def test_alternatives_with_named_groups_fall_back_to_the_patterns_own_union() -> None:
    found = PatternSet.of_alternatives([["(?P<a>x)y"], ["(?P<a>x)"]])
    assert "?P<" not in found.union.pattern
    assert [[m.span() for m in ms] for ms in found.finditer_each("xy x")] == [
        [(0, 2)],
        [(0, 1), (3, 4)],
    ]


def test_required_chars_are_the_literals_outside_groups() -> None:
    assert required_chars("\\s+—\\s+") == {"—"}
    assert required_chars(",\\s+(?:and|but)\\s+") == {","}
    assert required_chars("a|b") == frozenset()  # an alternation needs neither
    assert required_chars("(?<!St)\\.") == {"."}  # not the look-behind's letters
    assert required_chars("(?i)a") == frozenset()


@given(st.text(alphabet=st.sampled_from(list("ab ,.;:—\nStMr and saying")), max_size=60))
def test_clause_breaks_are_those_of_the_whole_alternation(text: str) -> None:
    whole = re.compile("|".join(a for a, _ in _clause_break_alternatives()))
    assert list(_breaks(text)) == [m.span() for m in whole.finditer(text)]


_CUE_TEXT = st.lists(
    st.sampled_from([*"Dd -.,\n", "iscuss", "ed", "ing", "Topics", " on the agenda", "ſ"]),
    max_size=20,
).map("".join)


@given(_CUE_TEXT, st.integers(0, 20), st.integers(0, 90))
def test_agenda_cues_are_found_where_the_cue_pattern_finds_them(
    text: str, pos: int, end: int
) -> None:
    assert [m.span() for m in _cue_matches(text, pos, end)] == [
        m.span() for m in _cues().finditer(text, pos, end)
    ]


_NAMES = ["Putin", "Vladimir Putin", "Pu", "Lukashenko", "Luka", "_x", "9th", "Ölund", "ß"]


@given(
    st.lists(st.sampled_from(_NAMES), min_size=1, max_size=5, unique=True),
    st.text(alphabet=st.sampled_from(list("PutinVladimr Lukashenko_x9thÖlundß-.a\n")), max_size=70),
    st.integers(0, 20),
    st.integers(0, 75),
)
def test_at_word_start_matches_as_after_a_word_boundary(
    names: list[str], text: str, pos: int, end: int
) -> None:
    fast_body = at_word_start([re.escape(n) for n in names])
    assert fast_body is not None
    fast = re.compile(rf"{fast_body}\b")
    plain = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    assert [m.span() for m in fast.finditer(text, pos, end)] == [
        m.span() for m in plain.finditer(text, pos, end)
    ]


def test_at_word_start_only_for_branches_opening_with_a_word_character() -> None:
    assert at_word_start(["-x"]) is None
    assert at_word_start([]) is None
    assert at_word_start(["", "a"]) is None
    assert at_word_start(["a?b"]) is None
    assert at_word_start(["(?:a|b)c"]) is None


# the month names as written before they were listed branch by branch (``dates._MONTH_BRANCHES``)
_ABBREVIATED = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Oct", "Nov", "Dec")
_MONTH_NAMES_BEFORE = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    + "".join(rf"|{a}\.?" for a in _ABBREVIATED)
    + r"|May\.(?=\s+\d\d?,?\s+(?:19|20)\d\d)|Sept?\.?"
    + "|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    + r"|MAY(?=\s+(?:19|20)\d\d)"
    + rf"|(?:{'|'.join(a.upper() for a in _ABBREVIATED)}|SEPT?)(?=\.?\s+\d)"
)


@given(
    st.lists(
        st.sampled_from(["May", "MAY", "Sept", "SEP", "SEPT", "DEC", "Dec", "June", "xMay", "JUNE"])
        | st.sampled_from([" ", ".", ". ", " 12", " 2019", "a", "-", "\n"]),
        max_size=12,
    ),
    st.integers(0, 10),
)
def test_month_names_branch_by_branch_match_as_before(parts: list[str], pos: int) -> None:
    """``dates._MONTH_NAMES`` lists the capitals' abbreviations before a number one by one, each
    with the look-ahead; ``_MONTH_WORD`` opens with the months' first letters: the same matches
    as the former alternation and its word boundary."""
    from diplomatic_timeline.extract.dates import _MONTH_NAMES, _MONTH_WORD

    text = "".join(parts)
    for now, before in (
        (re.compile(_MONTH_NAMES), re.compile(_MONTH_NAMES_BEFORE)),
        (_MONTH_WORD, re.compile(rf"\b(?:{_MONTH_NAMES_BEFORE})")),
    ):
        assert [m.span() for m in now.finditer(text, pos)] == [
            m.span() for m in before.finditer(text, pos)
        ]
