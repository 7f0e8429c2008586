"""The actor gazetteer: a dispatch's own gazetteer (known actors plus the people it introduces)
finds what one gazetteer of all of them would, without compiling the known aliases again."""

from __future__ import annotations

from dataclasses import replace

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomatic_timeline.extract.resources import Actor, Gazetteer
from diplomatic_timeline.extract.speakers import _person_roles

from .conftest import ROOT

KNOWN = Gazetteer.from_rows(
    yaml.safe_load((ROOT / "curation/actors.yaml").read_text(encoding="utf-8"))
)
NEW = [
    Actor("ivan-putin", "Ivan Putin", "person", "RU", ("Ivan Putin", "Putin")),
    Actor("olga-petrova", "Olga Petrova", "person", "BY", ("Olga Petrova", "Petrova")),
    Actor("vladimir-p", "Vladimir Putinov", "person", "RU", ("Vladimir Putinov", "Putinov")),
    Actor("lukash", "Lukash", "person", "BY", ("Lukash",)),
]
WORDS = [
    "Putin",
    "PUTIN",
    "Putın",
    "Ivan",
    "Ivan Putin",
    "Putinov",
    "Vladimir",
    "Vladimir Putin",
    "Vladimir Putinov",
    "Lukash",
    "Lukashenko",
    "Lukaſhenko",
    "Olga Petrova",
    "Petrova",
    "Kremlin",
    "x",
]
SEPARATORS = [" ", "-", "'s ", ", ", "\n", ""]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=12),
    st.sets(st.integers(0, len(NEW) - 1)),
)
def test_a_dispatchs_gazetteer_finds_what_one_of_all_actors_finds(
    pieces: list[tuple[str, str]], which: set[int]
) -> None:
    text = "".join(w + s for w, s in pieces)
    extra = {NEW[i].actor_id: NEW[i] for i in sorted(which)}
    whole = Gazetteer({**KNOWN.actors, **extra})
    assert KNOWN.with_actors(extra).find(text) == whole.find(text)


def test_a_dispatchs_gazetteer_compiles_only_its_new_aliases() -> None:
    extended = KNOWN.with_actors({NEW[1].actor_id: NEW[1]})
    assert extended.known is KNOWN
    assert extended.pattern is not None
    assert extended.pattern.fullmatch("Petrova")
    assert not extended.pattern.search("Vladimir Putin")
    assert extended.find("Olga Petrova met Putin")[0][2] == "olga-petrova"


def test_an_alias_of_a_known_actor_stays_his() -> None:
    extended = KNOWN.with_actors({NEW[0].actor_id: NEW[0]})
    assert extended.find("Putin") == KNOWN.find("Putin")


def test_the_role_patterns_are_built_once_for_the_same_role_holders() -> None:
    # the persons of two dispatches differ by the people they introduce, not by who holds roles
    first = _person_roles(frozenset({"vladimir-putin", "olga-petrova"}))
    assert _person_roles(frozenset({"vladimir-putin", "ivan-ivanov"})) is first


def test_where_ignoring_case_equates_letters_the_longer_alias_is_taken() -> None:
    # one trie over all aliases settles on "Putin"; the dispatch's own pattern finds the longer
    extra = {"putin-ivanov": Actor("putin-ivanov", "Putın Ivanov", "person", None, ())}
    assert KNOWN.with_actors(extra).find("Putin Ivanov spoke") == [(0, 12, "putin-ivanov")]


def test_only_new_actors_are_added() -> None:
    with pytest.raises(ValueError, match="vladimir-putin"):
        KNOWN.with_actors({"vladimir-putin": KNOWN.actors["vladimir-putin"]})


def test_an_empty_alias_names_no_one() -> None:
    extra = {"x": Actor("x", "Olga Petrova", "person", None, ("", "Petrova"))}
    assert KNOWN.with_actors(extra).find("Petrova said") == [(0, 7, "x")]


def test_a_copy_of_a_gazetteer_finds_what_it_finds() -> None:
    assert replace(KNOWN).find("Putin met Lukashenko") == KNOWN.find("Putin met Lukashenko")
