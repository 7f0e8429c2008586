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
def _topic_pattern(key: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[re.Pattern[str], dict]:
    """One alternation of every topic's phrases, longest first, read at every position (a
    lookahead): a phrase is scanned once, and a longer phrase inside another is still seen."""
    topic_of_phrase: dict[str, tuple[int, str]] = {}
    for rank, (topic, phrases) in enumerate(key):
        for phrase in phrases:
            if phrase.strip():
                topic_of_phrase.setdefault(phrase.lower(), (rank, topic))
    if not topic_of_phrase:
        return re.compile(r"(?!)"), topic_of_phrase  # no phrases: nothing has a topic
    body = "|".join(re.escape(p) for p in sorted(topic_of_phrase, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?=({body})(?![\w-]))"), topic_of_phrase


def topic_of(phrase: str, pattern: tuple[re.Pattern[str], dict]) -> tuple[str, float]:
    """The topic whose longest cue phrase occurs in the phrase ('other' when none does; of
    equally long ones, the topic listed first); ``pattern`` from :func:`topic_pattern`."""
    rx, topic_of_phrase = pattern
    best: tuple[int, int, str] | None = None  # (-length, topic rank, topic)
    for m in rx.finditer(phrase.lower()):
        rank, topic = topic_of_phrase[m.group(1)]
        key = (-len(m.group(1)), rank, topic)
        if best is None or key < best:
            best = key
    return (best[2], 0.8) if best else ("other", 0.3)


def topic_pattern(topics: dict[str, list[str]]) -> tuple[re.Pattern[str], dict]:
    """The compiled phrase lists of the topics (built once per distinct vocabulary)."""
    return _topic_pattern(tuple((t, tuple(p)) for t, p in topics.items()))


def find_agenda(
    text: str, furniture: list[Furniture], topics: dict[str, list[str]]
) -> list[AgendaPhrase]:
    """Agenda phrases of the dispatch, in text order, outside page furniture."""
    rules = data("agenda")
    patterns = topic_pattern(topics)
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
    patterns: tuple[re.Pattern[str], dict],
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
