"""Fast scans of the drafting extractors answer as the plain forms they stand for: the
skipping finders and the word starts' dispatch against the patterns they wrap, the extended
prefixes, the events' whole-text scans (a word's run passed before the branches that open with
any capitalised word, a sentence's dateline looked for only near a dash), the furniture line
rules asked about only when their text holds a word they need, and the furniture model's digit
test of a line."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import chain
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from diplomatic_timeline.extract import events
from diplomatic_timeline.extract.furniture import _line_classifier
from diplomatic_timeline.extract.furnituremodel import _has_digit
from diplomatic_timeline.extract.regexes import (
    _PAIR,
    Skipping,
    WordStarts,
    _after_the_run,
    _extended,
    _openings,
    _run_filter,
)
from diplomatic_timeline.extract.text import lines, sentences

ROOT = Path(__file__).resolve().parents[1]


def _starts(search: Callable[[str, int], int | None], text: str, pos: int = 0) -> list[int]:
    """Every place ``search`` finds a start, each search from one past the last start."""
    found = []
    while (at := search(text, pos)) is not None:
        found.append(at)
        pos = at + 1
    return found


def _plain_starts(rx: re.Pattern[str], text: str, pos: int = 0) -> list[int]:
    """The same for a pattern: where each of its searches starts a match."""
    return _starts(lambda t, p: m.start() if (m := rx.search(t, p)) else None, text, pos)


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
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw/dispatches").glob("*"))]
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


@cache
def _fast_and_plain(branches: tuple[str, ...]) -> list[tuple[WordStarts, re.Pattern[str]]]:
    """``WordStarts`` over the branches and the plain alternation it stands for, with nothing
    after a branch and with a word's end after it."""
    return [
        (
            WordStarts(list(branches), after),
            re.compile(rf"(?<![\w-])(?:{'|'.join(branches)}){after}"),
        )
        for after in ("", r"(?![\w-])")
    ]


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
    for fast, plain in _fast_and_plain(tuple(_BRANCHES)):
        assert _starts(fast.search, text, pos) == _plain_starts(plain, text, pos)


def test_the_status_cues_and_triggers_start_where_their_plain_alternations_start() -> None:
    # the seeds as written, upper- and lower-cased, and every development dispatch
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw/dispatches").glob("*"))]
    texts += [t.upper() for t in texts] + [t.lower() for t in texts]
    texts += [
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
            assert _starts(starts.search, text) == _plain_starts(plain, text)


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


# branches opening with a word's run (of several classes, greedy or lazy, behind look-arounds),
# beside ones whose pairs are told and one the run filter cannot read
_RUN_BRANCHES = [
    "(?:[A-Z][\\w]+ summit)",
    "[A-Z][\\w-]+ (?:Economic |International )?Forum",
    "(?:(?<=the )|(?<=The ))(?:(?!(?:This|No)\\b)[A-Z][\\w-]+ (?:Accords?|Memo))",
    "[A-Z][a-z]+?,? talks",
    "[A-Z][\\w-]*’s visit",
    "[Ss]\\w+ (?i:forum)",
    "[a-z]+ed",  # (no filter for the lower-case letters: "ed" would be read as the run)
    "the summit",
    "Summit",
]
_WORDS = ["summit", "Forum", "FORUM", "Economic ", "the ", "This", "Accord", "Memo", "talks"]
_WORDS += ["’s visit", ", talks"]


@given(
    st.lists(
        st.sampled_from([*"AaSsTtEeMmNnX_-’' ,.\n9ſİıÖé", *_WORDS]),
        max_size=30,
    ).map("".join),
    st.integers(0, 10),
)
def test_word_starts_past_a_words_run_are_where_the_plain_alternation_starts(
    text: str, pos: int
) -> None:
    for fast, plain in _fast_and_plain(tuple(_RUN_BRANCHES)):
        assert fast.after_separator is not None and "[\\w-]*+" in fast.after_separator.pattern
        assert _starts(fast.search, text, pos) == _plain_starts(plain, text, pos)


def test_the_run_filter_reads_what_follows_a_words_run() -> None:
    assert _after_the_run("(?:[A-Z][\\w]+ summit)") == {" summ"}
    assert _after_the_run("[A-Z][\\w-]+ (?:Economic |International )?Forum") == {
        " Econ",
        " Inte",
        " Foru",
    }
    assert _after_the_run("\\w+ agreement") == {" agre"}  # (its first character of the run)
    assert _after_the_run("[A-Z][a-z]+,? talks") == {", tal", " talk"}
    assert _run_filter(["[A-Z]\\w+ summit", "[A-Z]\\w+ Forum"]) == r"(?=[\w-]*+\ (?:Foru|summ))"


def test_no_run_filter_where_the_run_may_end_otherwise() -> None:
    assert _after_the_run("[a-z]+ed") is None  # ("ed" would be read as part of the run)
    assert _after_the_run("[A-Z]\\w*-based") is None  # (so would the hyphen)
    assert _after_the_run("[A-Z][^ ]+ summit") is None  # (a run of any character)
    assert _after_the_run("[A-Z]\\w+(?: summit)?") is None  # (nothing may follow it)
    assert _after_the_run("[A-Z] summit") is None  # (no run)
    assert _run_filter(["[A-Z]\\w+ summit", "[a-z]+ed"]) == ""  # (one branch unread: none)


def test_a_lines_digit_is_any_character_str_isdigit_takes() -> None:
    ascii_digits = [chr(c) for c in range(128) if chr(c).isdigit()]
    assert ascii_digits == list("0123456789")  # (the ASCII line's search)
    for line in ["no digit here", "in 2019", "x²", "١٢", "Kyiv – ⑤", "élan", "", "9"]:
        assert _has_digit(line) == any(map(str.isdigit, line))
    paths = sorted(ROOT.glob("tests/dev*/raw/dispatches/*"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    assert len(texts) > 500
    for text in texts:
        for line in text.splitlines():
            assert _has_digit(line) == any(map(str.isdigit, line))


def test_a_sentences_own_words_start_where_the_dateline_pattern_alone_puts_them() -> None:
    paths = sorted(ROOT.glob("tests/dev*/raw/dispatches/*"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    texts += ["MINSK, 14 June 2009 (BelTA) – Talks", "MOSCOW -- Talks", "MOSCOW —  Talks"]
    texts += ["A" + "b" * 80 + " - x", "A" + "b" * 81 + " - x"]  # (the farthest dash, one past)
    datelines = 0
    for text in texts:
        for sentence in sentences(text):
            for before in (sentence.end, sentence.start + 40, sentence.start + 83):
                before = min(before, sentence.end)
                plain = events._DATELINE_DASH.match(text, sentence.start, before)
                expected = plain.end() if plain else sentence.start
                assert events._after_dateline(text, sentence, before) == expected
                datelines += plain is not None
    assert datelines > 100
