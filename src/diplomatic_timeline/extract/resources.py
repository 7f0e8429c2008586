"""The vocabularies that drive the extractors, read from data files (never literals in code).

``extract/data/*.yaml`` ship inside the package; the actor gazetteer and the agenda topic
phrases come from the repository's curation and schema files, passed in by the caller.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from .regexes import guarded, trie_alternation


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
    """Known actors with every alias, and a regex that finds any of them in a text."""

    actors: dict[str, Actor]
    by_alias: dict[str, str] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None
    # hits per text: the dispatch and the short phrases resolved against it alternate
    _cache: dict[str, list[tuple[int, int, str]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for actor in self.actors.values():
            for alias in {*actor.aliases, actor.name}:
                self.by_alias.setdefault(alias.lower(), actor.actor_id)
        # a trie matches as the longest-first alternation does (the longer alias wins), a
        # quarter faster; a spelling the alias matches only by case folding ("Putın") is
        # mapped back to its actor by ``_actor_of``
        body = trie_alternation(list(self.by_alias)) or r"(?!x)x"
        # behind a look-ahead for the first two letters an alias can start with (the same
        # matches, an eighth off the scan of every dispatch)
        self.pattern = guarded(re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE))

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
            assert self.pattern is not None
            hits = [
                (m.start(), m.end(), self._actor_of(m.group(0)))
                for m in self.pattern.finditer(text)
            ]
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
