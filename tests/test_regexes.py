"""The fast rewrites of long alternations match exactly where the plain alternations do."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from diplomatic_timeline.extract.events import _trigger_alternatives
from diplomatic_timeline.extract.regexes import first_chars, grouped_alternation, trie_alternation

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


def _starts(rx: re.Pattern[str], text: str) -> list[int]:
    out, pos = [], 0
    while m := rx.search(text, pos):
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


def test_every_event_trigger_is_grouped_or_tried_everywhere() -> None:
    branches = [a for alts in _trigger_alternatives().values() for a in alts]
    grouped = grouped_alternation(branches)
    assert all(b in grouped for b in branches)
