"""The vocabularies that drive the extractors, read from data files (never literals in code).

``extract/data/*.yaml`` ship inside the package; the actor gazetteer and the agenda topic
phrases come from the repository's curation and schema files, passed in by the caller.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from .regexes import trie_alternation


@cache
def data(name: str) -> Any:
    """One data file from ``extract/data`` (cached; the files are immutable at run time)."""
    text = resources.files(__package__).joinpath("data", f"{name}.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def topic_phrases(values: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Agenda topic -> its cue phrases, from the agenda_topic vocabulary's values."""
    return {topic: list(v.get("phrases") or []) for topic, v in values.items()}


@dataclass(frozen=True)
class Actor:
    actor_id: str
    name: str
    actor_type: str
    country: str | None
    aliases: tuple[str, ...]
    position: str | None = None


@dataclass
class Gazetteer:
    """Known actors with every alias, and a regex that finds any of them in a text.

    A dispatch's own gazetteer (``with_actors``: the known actors and the people it
    introduces) keeps the known aliases' pattern and compiles only the new aliases: compiling
    every alias again took about 4 ms a dispatch, a third of its draft."""

    actors: dict[str, Actor]
    known: Gazetteer | None = field(default=None, repr=False, compare=False)
    by_alias: dict[str, str] = field(init=False, repr=False, compare=False)
    # the aliases this gazetteer adds to ``known`` (all of them when there is none)
    pattern: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    # hits per text: the dispatch and the short phrases resolved against it alternate
    _cache: dict[str, list[tuple[int, int, str]]] = field(
        init=False, default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self.by_alias = dict(self.known.by_alias) if self.known is not None else {}
        own = []
        for actor in self.actors.values():
            for alias in {*actor.aliases, actor.name}:
                if alias and alias.lower() not in self.by_alias:  # an empty alias names no one
                    self.by_alias[alias.lower()] = actor.actor_id
                    own.append(alias.lower())
        self.pattern = _alias_pattern(tuple(sorted(own)))

    def with_actors(self, extra: dict[str, Actor]) -> Gazetteer:
        """This gazetteer and ``extra`` actors, new ones (a dispatch's new people): the hits of
        a gazetteer of all of them, an alias of a known actor staying his (see ``_spans`` for
        the one difference)."""
        if known := sorted(set(extra) & set(self.actors)):
            raise ValueError(f"with_actors adds new actors only; already known: {known}")
        return Gazetteer({**self.actors, **extra}, known=self)

    @classmethod
    def from_rows(cls, rows: list[dict[str, Any]]) -> Gazetteer:
        actors = {}
        for r in rows:
            aliases = (
                r["aliases"]
                if isinstance(r["aliases"], list)
                else [a.strip() for a in str(r["aliases"]).split("|") if a.strip()]
            )
            actors[r["actor_id"]] = Actor(
                r["actor_id"],
                r["name"],
                r["actor_type"],
                r.get("country"),
                tuple(aliases),
                r.get("position"),
            )
        return cls(actors)

    def _actor_of(self, matched: str) -> str:
        """The actor of an alias as the text spells it: by its lower case, else (a letter that
        only case-insensitive matching equates: "Putın", "Lukaſhenko") by the alias it matches."""
        actor = self.by_alias.get(matched.lower())
        if actor is None:
            actor = next(
                a
                for alias, a in self.by_alias.items()
                if re.fullmatch(re.escape(alias), matched, re.IGNORECASE)
            )
        return actor

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """(start, end, actor_id) of every alias occurrence in the range."""
        end = len(text) if end is None else end
        hits = self._cache.get(text)
        if hits is None:
            hits = [(s, e, self._actor_of(text[s:e])) for s, e in self._spans(text)]
            if len(self._cache) >= 64:
                self._cache.clear()
            self._cache[text] = hits
        i = bisect_left(hits, start, key=lambda h: h[0])
        out = []
        while i < len(hits) and hits[i][0] < end:
            if hits[i][1] <= end:
                out.append(hits[i])
            i += 1
        return out

    def names_someone(self, text: str) -> bool:
        """Whether the text names a known actor."""
        return bool(self._spans(text))

    def _spans(self, text: str) -> list[tuple[int, int]]:
        """Every alias occurrence: the leftmost, the longest there, then on after it. With a
        ``known`` gazetteer each pattern is searched, and a match found ahead is kept until the
        scan reaches it (no occurrence of its aliases lies before it, so a search from there
        would find it again). One alternation of all the aliases finds the same, except where
        ignoring case equates two letters (ı and i, ſ and s) and its trie settles on a shorter
        alias ("Putin" in "Putin Ivanov" beside a new "Putın Ivanov"): the longer is taken here."""
        patterns = self._patterns()
        if len(patterns) == 1:
            return [m.span() for m in patterns[0].finditer(text)]
        spans: list[tuple[int, int]] = []
        ahead = [rx.search(text) for rx in patterns]
        while found := [m for m in ahead if m is not None]:
            first = min(found, key=lambda m: (m.start(), -m.end()))
            spans.append(first.span())
            ahead = [
                m if m is None or m.start() >= first.end() else rx.search(text, first.end())
                for m, rx in zip(ahead, patterns, strict=True)
            ]
        return spans

    def _patterns(self) -> list[re.Pattern[str]]:
        """The known gazetteer's patterns and this one's own."""
        known = self.known._patterns() if self.known is not None else []
        return known + ([self.pattern] if self.pattern is not None else [])


@lru_cache(maxsize=256)
def _alias_pattern(aliases: tuple[str, ...]) -> re.Pattern[str] | None:
    """A regex finding any of the (lower-cased) aliases as whole words, ignoring case; None
    for none. A trie matches as the longest-first alternation does (the longer alias wins), a
    quarter faster; a spelling the alias matches only by case folding ("Putın") is mapped back
    to its actor by ``Gazetteer._actor_of``. It sits behind a look-ahead for the first two
    letters an alias can start with (the same matches, an eighth off the scan of a dispatch),
    written from the aliases themselves: ``regexes.guarded`` would parse the pattern for them,
    which costs more than a dispatch's scans save."""
    if not aliases:
        return None
    guard = _letters(a[0] for a in aliases)
    if all(len(a) > 1 for a in aliases):
        guard += _letters(a[1] for a in aliases)
    body = trie_alternation(list(aliases))
    return re.compile(rf"(?={guard})(?:(?<![\w-])(?:{body})(?![\w-]))", re.IGNORECASE)


def _letters(letters: Iterable[str]) -> str:
    """A character class of these letters."""
    return "[" + "".join(re.escape(c) for c in sorted(set(letters))) + "]"
