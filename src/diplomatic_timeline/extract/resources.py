"""The vocabularies that drive the extractors, read from data files (never literals in code).

``extract/data/*.yaml`` ship inside the package; the actor gazetteer and the agenda topic
phrases come from the repository's curation and schema files, passed in by the caller.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from .regexes import char_class, trie_alternation


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
    every alias again took about 4 ms a dispatch, a third of its draft. While the aliases are
    few (``_LITERAL_MOST``) no pattern is searched or compiled at all: each alias is found as a
    literal in the text's folded case."""

    actors: dict[str, Actor]
    known: Gazetteer | None = field(default=None, repr=False, compare=False)
    by_alias: dict[str, str] = field(init=False, repr=False, compare=False)
    # the aliases this gazetteer adds to ``known`` (all of them when there is none), lower-cased
    own: tuple[str, ...] = field(init=False, repr=False, compare=False)
    # the regex of ``own``, compiled at once for a gazetteer of its own, else when first asked
    _pattern: re.Pattern[str] | None = field(init=False, default=None, repr=False, compare=False)
    # the folded aliases (see ``_literal_keys``), () when they are not to be found as literals
    _keys: tuple[str, ...] | None = field(init=False, default=None, repr=False, compare=False)
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
        self.own = tuple(sorted(own))
        if self.known is None:
            self._pattern = _alias_pattern(self.own)

    @property
    def pattern(self) -> re.Pattern[str] | None:
        """The regex of this gazetteer's own aliases. Few aliases are found as literals
        (``_literal_spans``), the regex compiled only where that cannot be done: compiling a
        dispatch's took longer than its other alias scans."""
        if self._pattern is None and self.own:
            self._pattern = _alias_pattern(self.own)
        return self._pattern

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
        """Every alias occurrence: the leftmost, the longest there, then on after it. A few
        aliases (a dispatch's gazetteer today) are found as literals (``_literal_spans``), else
        the regexes are searched. One alternation of all the aliases finds the same, except
        where ignoring case equates two letters (ı and i, ſ and s) and its trie settles on a
        shorter alias ("Putin" in "Putin Ivanov" beside a new "Putın Ivanov"): the longer is
        taken here."""
        folded = case_folded(text) if self._literal_keys() is not None else None
        if folded is not None:
            return _literal_spans(text, folded, self._literal_keys())
        return self._regex_spans(text)

    def _regex_spans(self, text: str) -> list[tuple[int, int]]:
        """``_spans`` by the regexes: with a ``known`` gazetteer each pattern is searched, and a
        match found ahead is kept until the scan reaches it (no occurrence of its aliases lies
        before it, so a search from there would find it again)."""
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

    def _literal_keys(self) -> tuple[str, ...] | None:
        """Every alias of this gazetteer and the known ones, folded (``case_folded``), when they are
        few enough to be found one by one (``_LITERAL_MOST``); None otherwise, or if one cannot
        be folded."""
        if self._keys is None:
            known = self.known._literal_keys() if self.known is not None else ()
            own = tuple(case_folded(alias) or "" for alias in self.own)
            keys = None if known is None or not all(own) else (*known, *own)
            self._keys = keys if keys is not None and len(keys) <= _LITERAL_MOST else ()
        return self._keys or None


# Aliases found one by one as literals at most: each is one search of the text (some 0.5 us
# over a dispatch), the regex of them all one pass at some 30 ns a character whatever their
# number; a dispatch's gazetteer holds some 25, a compiled pattern of its own aliases cost
# some 0.2 ms a dispatch.
_LITERAL_MOST = 64


def _literal_spans(text: str, folded: str, keys: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans the alias pattern's ``finditer`` finds, found by searching the folded text for
    each folded alias: at each place where an alias stands as a whole word (no letter, digit,
    underscore or hyphen on either side) the longest there, then the leftmost of those, the
    next after its end, and so on. The regex engine ignores case as ``case_folded`` folds."""
    longest: dict[int, int] = {}  # start -> end of the longest alias standing there
    for key in keys:
        start = folded.find(key)
        while start != -1:
            end = start + len(key)
            if end > longest.get(start, -1) and _stands_alone(text, start, end):
                longest[start] = end
            start = folded.find(key, start + 1)
    spans: list[tuple[int, int]] = []
    for start, end in sorted(longest.items()):
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def _stands_alone(text: str, start: int, end: int) -> bool:
    r"""Whether text[start:end] has no word character or hyphen just before or after it (the
    alias pattern's ``(?<![\w-])`` and ``(?![\w-])``)."""
    return not (
        (start > 0 and _WORD_OR_HYPHEN.match(text, start - 1))
        or (end < len(text) and _WORD_OR_HYPHEN.match(text, end))
    )


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


@lru_cache(maxsize=16)
def case_folded(text: str) -> str | None:
    """The text with each character replaced by one the regex engine's IGNORECASE equates it
    with, the same for all it equates (its lower case, and "i" for "ı", "s" for "ſ", …): two
    strings of one length match each other ignoring case when their folded forms are equal.
    None for a text whose lower case has another length ("İ" lowers to two characters, where
    the engine takes "i"). Kept for the last few texts: a dispatch is folded for its alias
    scans and for each person's mentions (the test for the odd characters takes some 10 us)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    table, odd = _case_classes()
    return lowered.translate(table) if odd is not None and odd.search(lowered) else lowered


@cache
def _case_classes() -> tuple[dict[int, int], re.Pattern[str] | None]:
    """The lower cases the engine equates beyond a character's own lower case ("ı" with "i",
    "ſ" with "s", Greek and old Cyrillic variants: ``re._casefix``), each mapped to the
    smallest of its class (an ASCII letter stays as it is), and a class of those mapped."""
    try:
        from re import _casefix
    except ImportError:  # pragma: no cover (a Python without it: folding by lower case only)
        return {}, None
    table = {}
    for code, others in _casefix._EXTRA_CASES.items():
        smallest = min(code, *others)
        if smallest != code:
            table[code] = smallest
    odd = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")
    return table, odd


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
    # (built from the folded aliases: two the engine equates, "s" and "ſ.", share a branch, so
    # the longer wins there too, as it does among the literals)
    keys = sorted({case_folded(a) or a for a in aliases})
    guard = char_class(a[0] for a in keys)
    if all(len(a) > 1 for a in keys):
        guard += char_class(a[1] for a in keys)
    body = trie_alternation(keys)
    return re.compile(rf"(?={guard})(?:(?<![\w-])(?:{body})(?![\w-]))", re.IGNORECASE)
