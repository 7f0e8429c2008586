"""Fast paths of the drafting extractors (a seventh speed round) find what the code they stand
in for found: the header's outlet cues skipped in a text that names no outlet; title words and
modifiers in alternations grouped by first character; word sets built once."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from diplomatic_timeline.extract.header import (
    _folded_outlets,
    _may_name_an_outlet,
    _outlet_pattern,
)
from diplomatic_timeline.extract.people import _body_modifiers, by_first_character, title_words
from diplomatic_timeline.extract.resources import case_folded, data
from diplomatic_timeline.extract.speakers import _function_words, _never_in_a_name, _place_words

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
