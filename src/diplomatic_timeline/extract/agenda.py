"""Agenda items: what follows "discuss", "topics", "issues of", "attention was paid to"…,
split into phrases and mapped to topic codes through the phrase lists of the vocabulary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .furniture import Furniture, in_furniture
from .resources import data
from .text import sentences


@dataclass(frozen=True)
class AgendaPhrase:
    start: int
    end: int
    text: str
    topic: str
    confidence: float


@cache
def _cues() -> re.Pattern[str]:
    cues = "|".join(data("agenda")["cues"])
    return re.compile(rf"(?<![\w-])(?:{cues})(?![\w-])\s+", re.IGNORECASE)


@cache
def _topic_patterns(
    key: tuple[tuple[str, tuple[str, ...]], ...],
) -> list[tuple[str, re.Pattern[str]]]:
    """One alternation per topic, longest phrase first, so a phrase is scanned once."""
    out = []
    for topic, phrases in key:
        if phrases:
            body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
            out.append((topic, re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")))
    return out


def topic_of(phrase: str, patterns: list[tuple[str, re.Pattern[str]]]) -> tuple[str, float]:
    """The topic whose longest cue phrase occurs in the phrase ('other' when none does);
    ``patterns`` from :func:`topic_patterns`."""
    low = phrase.lower()
    best = ("other", 0)
    for topic, rx in patterns:
        for m in rx.finditer(low):
            if len(m.group(0)) > best[1]:
                best = (topic, len(m.group(0)))
    return best[0], (0.8 if best[1] else 0.3)


def topic_patterns(topics: dict[str, list[str]]) -> list[tuple[str, re.Pattern[str]]]:
    """The compiled phrase lists of the topics (built once per distinct vocabulary)."""
    return _topic_patterns(tuple((t, tuple(p)) for t, p in topics.items()))


def find_agenda(
    text: str, furniture: list[Furniture], topics: dict[str, list[str]]
) -> list[AgendaPhrase]:
    """Agenda phrases of the dispatch, in text order, outside page furniture."""
    rules = data("agenda")
    patterns = topic_patterns(topics)
    stop = re.compile(rules["stop"])
    split = re.compile(rules["split"])
    out: list[AgendaPhrase] = []
    for sentence in sentences(text):
        if in_furniture(furniture, sentence.start, sentence.end):
            continue
        for cue in _cues().finditer(text, sentence.start, sentence.end):
            end_match = stop.search(text, cue.end(), sentence.end)
            end = end_match.start() if end_match else sentence.end
            pos = cue.end()
            for item in [*split.finditer(text, pos, end), None]:
                item_end = item.start() if item else end
                _add(out, text, pos, item_end, patterns, rules)
                if item is None:
                    break
                pos = item.end()
    unique = {(p.start, p.end): p for p in out}
    return sorted(unique.values(), key=lambda p: p.start)


def _add(
    out: list[AgendaPhrase],
    text: str,
    start: int,
    end: int,
    patterns: list[tuple[str, re.Pattern[str]]],
    rules: dict,
) -> None:
    while start < end and text[start] in ' “”"‘’«»(':
        start += 1
    while end > start and text[end - 1] in ' ,“”"‘’«»)':
        end -= 1
    phrase = text[start:end]
    words = phrase.split()
    if not (rules["min_words"] <= len(words) <= rules["max_words"]):
        return
    if words[0].lower() in {"he", "she", "they", "we", "it", "that", "this", "there"}:
        return
    topic, confidence = topic_of(phrase, patterns)
    out.append(AgendaPhrase(start, end, phrase, topic, confidence))
