"""Fast scans of a later speed round answer as the plain forms they stand for: the word starts'
look-ahead past a word's run for branches that open with any capitalised word, the furniture
model's digit test of a line, and a sentence's dateline looked for only near a dash."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from diplomatic_timeline.extract import events
from diplomatic_timeline.extract.furnituremodel import _has_digit
from diplomatic_timeline.extract.regexes import WordStarts, _after_the_run, _run_filter
from diplomatic_timeline.extract.text import sentences

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
_AFTER = ("", r"(?![\w-])")
_FAST = [WordStarts(_RUN_BRANCHES, after) for after in _AFTER]
_PLAIN = [re.compile(rf"(?<![\w-])(?:{'|'.join(_RUN_BRANCHES)}){after}") for after in _AFTER]


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
    for fast, plain in zip(_FAST, _PLAIN, strict=True):
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
