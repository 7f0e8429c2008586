"""People the gazetteer does not know, proposed from how news introduces them:
"Belarusian Foreign Minister Vladimir Makei", "Kremlin aide Yuri Ushakov". Later mentions by
surname ("Makei said") or by the title's head ("the minister") refer back to them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from .dates import WEEKDAYS
from .regexes import guarded
from .resources import data


def country_named(phrase: str) -> str | None:
    """The country a nationality word of the phrase names ("Belarusian" → BLR), if any."""
    words = set(re.findall(r"[A-Za-z]+", phrase))
    for code, adjectives in data("speech")["nationalities"].items():
        if words & set(adjectives):
            return code
    return None


@dataclass(frozen=True)
class Person:
    actor_id: str
    name: str
    title: str
    start: int
    end: int

    @property
    def country(self) -> str | None:
        """The country a title names ("Belarusian Foreign Minister" → BLR), if any."""
        return country_named(self.title)

    @property
    def female(self) -> bool:
        """A guess from the first name (Slavic women's names end in -a/-ya) or the title."""
        speech = data("speech")
        first = self.name.split()[0]
        if "woman" in self.title.lower():
            return True
        return first not in speech["male_names_ending_in_a"] and first.endswith(
            tuple(speech["female_name_endings"])
        )

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


# letters that no Unicode decomposition turns into ASCII ones
_UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ı": "i",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
    }
)


def slug(name: str) -> str:
    """An id from a name, its letters stripped of diacritics ("Anušauskas" → anusauskas,
    "Radosław" → radoslaw)."""
    plain = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    plain = plain.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


@cache
def name_particles() -> frozenset[str]:
    """The small words a surname may carry before it ("von der Leyen")."""
    return frozenset(data("speech")["name_particles"])


@cache
def title_heads() -> str:
    """The title words of ``speech.yaml`` as one regex alternation ("M(?:inister|ayor)|a(?:…)|…",
    see ``by_first_character``), for patterns compiled without IGNORECASE."""
    return by_first_character(data("speech")["title_heads"])


def by_first_character(words: Sequence[str]) -> str:
    """Literal words as one regex alternation, grouped by their first character in the order
    they are listed ("Minister|mayor|Mayor|minister" → "M(?:inister|ayor)|m(?:ayor|inister)"),
    which matches the same word as the plain alternation in a pattern compiled without
    IGNORECASE: words with different first characters cannot match at one place, and a group
    keeps its words' order. The engine then tests a place's character once per group, not once
    per word (the introductions read near title words: 70 -> 46 us a dispatch)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        if not word:  # (an empty word matches anywhere: the plain alternation)
            return "|".join(re.escape(w) for w in words)
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


@cache
def title_head_words() -> frozenset[str]:
    """The same title words as a set ("minister", "spokesman", "Chief")."""
    return frozenset(data("speech")["title_heads"])


@cache
def _appositive_title() -> re.Pattern[str]:
    speech = data("speech")
    mods = "|".join(re.escape(m) for m in speech["title_modifiers"] if m[:1].isupper())
    return re.compile(
        rf"(?P<name>[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){{1,2}}), "
        rf"(?:(?:{mods}) ){{0,3}}(?:{title_heads()})\b"
    )


def name_before_title(who: str) -> str | None:
    """ "Valentina Matviyenko, Chairwoman of the Federation Council", "Dmitry Mezentsev, State
    Secretary of the Union State": the name a title follows in apposition (a transcript's
    speaker line), else None."""
    m = _appositive_title().match(who)
    return m.group("name") if m and m.group("name") not in data("places")["places"] else None


@cache
def _introduction() -> re.Pattern[str]:
    speech = data("speech")
    heads = title_heads()
    mods = by_first_character(speech["title_modifiers"])
    # the name may follow "of the Russian Foreign Ministry": capitalised words are taken
    # greedily and the organisation's words stripped from the front afterwards; particles
    # may stand before the surname ("Ursula von der Leyen")
    particles = "|".join(re.escape(p) for p in sorted(name_particles()))
    name = rf"(?:(?:[A-Z][\w’'-]*|[A-Z]\.)\s){{0,6}}(?:(?:{particles})\s){{0,2}}[A-Z][a-z’'-]+"
    return re.compile(
        rf"(?<![A-Za-z])(?P<title>(?:(?:{mods})\s+){{0,5}}(?:{heads}))(?:\s+(?P<of>of|to|in)(?:\s+the)?)?(?:,)?\s+"
        rf"(?P<name>{name})(?![\w-])"
    )


@cache
def _head_word() -> re.Pattern[str]:
    return guarded(re.compile(rf"\b(?:{title_heads()})\b"))  # scanned over whole texts


@lru_cache(maxsize=8)
def _head_windows(text: str, before: int = 90, after: int = 120) -> tuple[tuple[int, int], ...]:
    """Merged ranges around title words: the only places an introduction can be (read twice
    per dispatch, so kept for the last few texts)."""
    out: list[tuple[int, int]] = []
    for head in _head_word().finditer(text):
        lo, hi = max(0, head.start() - before), min(len(text), head.end() + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return tuple(out)


def _introductions(text: str) -> list[re.Match[str]]:
    """Matches of the introduction pattern, run only near title words (it is costly)."""
    return [m for lo, hi in _head_windows(text) for m in _introduction().finditer(text, lo, hi)]


@cache
def title_words() -> frozenset[str]:
    """Words that belong to titles and organisation names, never to a person's name."""
    speech = data("speech")
    words = set(speech["title_heads"]) | set(speech["title_modifiers"])
    words |= {w for h in speech["organisation_heads"] for w in h.split()}
    return frozenset(words)


@cache
def _appositive() -> re.Pattern[str]:
    """ "Pavel Borodin, State Secretary of the Union State," / "Dmitry Krutoi, the ambassador," /
    "Volha Sakalova, a political analyst at …," (at a sentence's end only after a reporting
    verb: "…, says Jan Wierzbicki, an analyst at the Centre for Eastern Studies.")."""
    heads = title_heads()
    reporting = "|".join(f"(?<={re.escape(v)} )" for v in data("speech")["appositive_after"])
    rx = re.compile(
        rf"(?P<name>[A-Z][a-z’'-]+\s[A-Z][a-z’'-]+),\s+(?:the\s+|an?\s+)?(?P<title>[^,.;“”\"]{{0,60}}?"
        rf"\b(?:{heads})\b[^,.;“”\"]{{0,60}}),"
        # at a sentence's end only after a reporting verb: "…, says Jan Wierzbicki, an
        # analyst at the Centre for Eastern Studies." (the name's capital tested before the
        # verbs' look-behinds, which every place the guard lets through went through: the
        # same test at one place, the scan 66 -> 51 us a dispatch)
        rf"|(?=[A-Z])(?:{reporting})"
        rf"(?P<name3>[A-Z][a-z’'-]+\s[A-Z][a-z’'-]+),\s+an?\s+(?P<title3>[^,.;“”\"]{{0,40}}?"
        rf"\b(?:{heads})\b[^,.;“”\"]{{0,60}})\.(?=\s|$)"
        # or "Belarus's ambassador in Moscow, Dmitry Krutoi,": title, place, then the name
        rf"|(?P<title2>\b(?:{heads})\b[^,.;“”\"]{{0,40}}),\s+(?P<name2>[A-Z][a-z’'-]+\s[A-Z][a-z’'-]+),"
    )
    return guarded(rx)  # searched along the windows around title words


def find_people(text: str, known_names: set[str]) -> list[Person]:
    """Persons introduced with a title, in text order, one entry per person."""
    people: dict[str, Person] = {}
    for m in _introductions(text):
        words = _last_name(m.group("name").split())
        name = _without_possessive(" ".join(words))
        if any(w in title_words() for w in words):
            continue  # "Presidential Press Secretary" is a title, not a name
        if name_particles() & set(words) and m.group("of"):
            # a place or a body comes first after a title's "of", "to" or "in", and particles
            # there are a place's: "the Governor of Rio de Janeiro", "ambassador in Santiago de
            # Chile"
            continue
        if (
            not 2 <= sum(w not in name_particles() for w in words) <= 3
            or name.lower() in known_names
        ):
            continue
        actor_id = slug(name)
        people.setdefault(actor_id, Person(actor_id, name, m.group("title"), m.start(), m.end()))
    appositives = [
        m for lo, hi in _head_windows(text) for m in _appositive().finditer(text, lo, hi)
    ]
    for m in appositives:
        name = _without_possessive(m.group("name") or m.group("name2") or m.group("name3"))
        title = m.group("title") or m.group("title2") or m.group("title3")
        if name.lower() in known_names or any(w in title_words() for w in name.split()):
            continue
        actor_id = slug(name)
        people.setdefault(actor_id, Person(actor_id, name, title, m.start(), m.end()))
    return sorted(people.values(), key=lambda p: p.start)


def _last_name(words: list[str]) -> list[str]:
    """A person's name at the end of a run of capitalised words: the last two (three with a
    middle initial: "George W. Bush"), the particles before a surname kept with it ("Ursula
    von der Leyen")."""
    surname = len(words) - 1
    while surname > 0 and words[surname - 1] in name_particles():
        surname -= 1
    first = surname - 1
    if first > 0 and re.fullmatch(r"[A-Z]\.", words[first]):
        first -= 1
    return words[max(first, 0) :]


def _without_possessive(name: str) -> str:
    """ "Alexander Lukashenko’s" (the owner of a title) is Alexander Lukashenko."""
    return re.sub(r"[’']s$", "", name)


def organisation_name(who: str) -> str | None:
    """'the Russian Foreign Ministry' → 'Russian Foreign Ministry' when it names a body
    (capitalised words ending in Ministry, Office, …, or anything ending in "press service")."""
    words = who.split()
    # "On Saturday the Belarusian Foreign Ministry announced": the day is no part of the name
    while len(words) > 2 and words[0].lower() in _time_words():
        words = words[1:]
    if words and words[0].lower() == "the":
        words = words[1:]
    phrase = " ".join(words)
    of = re.fullmatch(r"(press (?:office|service)) of (?:the )?(.+)", phrase)
    if of:  # "the press office of the Belarusian government" → its press office
        phrase = f"{of.group(2)} {of.group(1)}"
        words = phrase.split()
    modifiers = _body_modifiers()
    for head in data("speech")["organisation_heads"]:
        if len(words) >= 2 and phrase.endswith(" " + head):
            body = phrase[: -len(head)].split()
            # "the Belarusian foreign ministry": a capitalised body, lower-case modifiers allowed
            if (
                body
                and body[0][:1].isupper()
                and all(w[:1].isupper() or w.lower() in modifiers for w in body)
            ):
                return phrase
    return None


@cache
def _body_modifiers() -> frozenset[str]:
    """Lower-case words a body's name may hold ("the Belarusian foreign ministry"): the title
    modifiers and the organisation heads' words, lower-cased (built once, not at each subject
    resolved)."""
    speech = data("speech")
    words = {m.lower() for m in speech["title_modifiers"]}
    words |= {w.lower() for h in speech["organisation_heads"] for w in h.split()}
    return frozenset(words)


@cache
def _time_words() -> frozenset[str]:
    """Words of a time adverbial that may open a subject phrase ("On Saturday the …")."""
    return frozenset(w.lower() for w in data("speech")["time_openers"]) | frozenset(WEEKDAYS)


def organisation_id(name: str) -> str:
    """A slug without the possessive: "Belarusian Government’s press service" →
    belarusian-government-press-service."""
    return slug(re.sub(r"[’']s\b", "", name))
