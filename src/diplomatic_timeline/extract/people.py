"""People the gazetteer does not know, proposed from how news introduces them:
"Belarusian Foreign Minister Vladimir Makei", "Kremlin aide Yuri Ushakov". Later mentions by
surname ("Makei said") or by the title's head ("the minister") refer back to them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .resources import data


@dataclass(frozen=True)
class Person:
    actor_id: str
    name: str
    title: str
    start: int
    end: int

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


@cache
def _introduction() -> re.Pattern[str]:
    speech = data("speech")
    heads = "|".join(re.escape(h) for h in speech["title_heads"])
    mods = "|".join(re.escape(m) for m in speech["title_modifiers"])
    name = r"[A-Z][a-z’'-]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z’'-]+){1,2}"
    return re.compile(
        rf"(?P<title>(?:(?:{mods})\s+){{0,5}}(?:{heads}))(?:,)?\s+(?P<name>{name})(?![\w-])"
    )


def find_people(text: str, known_names: set[str]) -> list[Person]:
    """Persons introduced with a title, in text order, one entry per person."""
    people: dict[str, Person] = {}
    for m in _introduction().finditer(text):
        name = m.group("name")
        words = name.split()
        while words and words[0] in data("speech")["title_modifiers"]:
            words.pop(0)
        name = " ".join(words)
        if len(words) < 2 or name.lower() in known_names:
            continue
        actor_id = slug(name)
        people.setdefault(actor_id, Person(actor_id, name, m.group("title"), m.start(), m.end()))
    return list(people.values())


def organisation_name(who: str) -> str | None:
    """'the Russian Foreign Ministry' → 'Russian Foreign Ministry' when it names a body."""
    words = who.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    heads = set(data("speech")["organisation_heads"])
    if len(words) >= 2 and words[-1] in heads and all(w[:1].isupper() for w in words):
        return " ".join(words)
    return None
