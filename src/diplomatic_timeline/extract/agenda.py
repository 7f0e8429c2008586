"""Agenda items: what follows "discuss", "topics", "issues of", "attention was paid to"…,
split into phrases and mapped to topic codes through the phrase lists of the vocabulary."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .furniture import Furniture, in_furniture
from .regexes import WordStarts, first_chars, grouped_alternation, guarded, trie_alternation
from .resources import data
from .text import ends_sentence, sentences


@dataclass(frozen=True)
class AgendaPhrase:
    start: int
    end: int
    text: str
    topic: str
    confidence: float


@cache
def _cues() -> re.Pattern[str]:
    cues = data("agenda")["cues"]
    if all(first_chars(cue) is not None for cue in cues):
        # grouped by the letters a cue can start with: at a word only the cues that can start
        # there are tried, in their listed order (the same first cue matches, as every cue's
        # first letters are known); a sixth off the scan against one guard before them all
        body = grouped_alternation(cues)
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])\s+", re.IGNORECASE)
    # behind a look-ahead for the letters a cue can start with (the same matches, fewer tries)
    return guarded(re.compile(rf"(?<![\w-])(?:{'|'.join(cues)})(?![\w-])\s+", re.IGNORECASE))


@cache
def _cue_starts() -> WordStarts:
    """Where a cue of ``_cues`` starts (its branches in either case, as ``_cues`` ignores case)."""
    return WordStarts([f"(?i:{cue})" for cue in data("agenda")["cues"]], r"(?![\w-])\s+")


def _cue_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_cues().finditer(text, start, end)``, each match found by ``_cue_starts`` first and
    then read where it starts: over the sentences of a dispatch 234 -> 161 us (the cues' scan
    ignoring case tried the grouped alternation's look-aheads at every word)."""
    rx, starts = _cues(), _cue_starts()
    while (at := starts.search(text, start, end)) is not None:
        cue = rx.match(text, at, end)  # (it matches there: the starts are its own)
        yield cue
        start = cue.end()


@dataclass(frozen=True)
class TopicVocabulary:
    """The topics' phrase lists compiled: ``rx`` reads every phrase at every position (a
    lookahead, so a longer phrase inside another is still seen) in short phrases;
    ``first_words`` finds where a phrase may start in a whole text, and ``by_first_word``
    lists the phrases starting with each word, longest first."""

    rx: re.Pattern[str]
    topic_of_phrase: dict[str, tuple[int, str]]
    first_words: re.Pattern[str]
    by_first_word: dict[str, tuple[str, ...]]


_WORD = re.compile(r"(?<![\w-])[\w’'-]+")
_WORD_CHAR = re.compile(r"[\w-]")


@cache
def _topic_vocabulary(key: tuple[tuple[str, tuple[str, ...]], ...]) -> TopicVocabulary:
    topic_of_phrase: dict[str, tuple[int, str]] = {}
    for rank, (topic, phrases) in enumerate(key):
        for phrase in phrases:
            if phrase.strip():
                topic_of_phrase.setdefault(phrase.lower(), (rank, topic))
    if not topic_of_phrase:  # no phrases: nothing has a topic
        return TopicVocabulary(re.compile(r"(?!)"), {}, re.compile(r"(?!)"), {})
    longest_first = sorted(topic_of_phrase, key=len, reverse=True)
    # a trie reads the longest phrase that ends at a word's end, as the longest-first
    # alternation would, without trying each phrase in turn at every word (twice as fast)
    body = trie_alternation(longest_first)
    by_first_word: dict[str, list[str]] = {}
    for phrase in longest_first:
        first = _WORD.match(phrase)
        by_first_word.setdefault(first.group(0) if first else phrase, []).append(phrase)
    words = trie_alternation(list(by_first_word))
    return TopicVocabulary(
        re.compile(rf"(?<![\w-])(?=({body})(?![\w-]))"),
        topic_of_phrase,
        re.compile(rf"(?<![\w-])(?:{words})(?![\w’'-])"),
        {w: tuple(ps) for w, ps in by_first_word.items()},
    )


def topic_of(phrase: str, vocabulary: TopicVocabulary) -> tuple[str, float]:
    """The topic whose longest cue phrase occurs in the phrase ('other' when none does; of
    equally long ones, the topic listed first)."""
    best: tuple[int, int, str] | None = None  # (-length, topic rank, topic)
    for m in vocabulary.rx.finditer(phrase.lower()):
        rank, topic = vocabulary.topic_of_phrase[m.group(1)]
        key = (-len(m.group(1)), rank, topic)
        if best is None or key < best:
            best = key
    return (best[2], 0.8) if best else ("other", 0.3)


def topic_vocabulary(topics: dict[str, list[str]]) -> TopicVocabulary:
    """The compiled phrase lists of the topics (built once per distinct vocabulary)."""
    return _topic_vocabulary(tuple((t, tuple(p)) for t, p in topics.items()))


def find_agenda(
    text: str, furniture: list[Furniture], topics: dict[str, list[str]]
) -> list[AgendaPhrase]:
    """Agenda phrases of the dispatch, in text order, outside page furniture."""
    rules = data("agenda")
    vocabulary = topic_vocabulary(topics)
    stop, split = _stop_and_split()
    out: list[AgendaPhrase] = []
    for sentence in sentences(text):
        if in_furniture(furniture, sentence.start, sentence.end):
            continue
        for cue in _cue_matches(text, sentence.start, sentence.end):
            end_match = stop.search(text, cue.end(), sentence.end)
            end = end_match.start() if end_match else sentence.end
            pos = cue.end()
            for item in [*split.finditer(text, pos, end), None]:
                item_end = item.start() if item else end
                _add(out, text, pos, item_end, vocabulary, rules)
                if item is None:
                    break
                pos = item.end()
    out += _topic_mentions(text, furniture, out, vocabulary, rules["topic_gap_words"])
    unique = {(p.start, p.end): p for p in out}
    return sorted(unique.values(), key=lambda p: p.start)


@cache
def _stop_and_split() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rules = data("agenda")
    return re.compile(rules["stop"]), re.compile(rules["split"])


def _topic_mentions(
    text: str,
    furniture: list[Furniture],
    found: list[AgendaPhrase],
    vocabulary: TopicVocabulary,
    gap_words: int,
) -> list[AgendaPhrase]:
    """Topic phrases no cue introduced ("the price of Russian gas", "settle the oil and gas
    balance"): curators record what talks are about in any wording, so each run of topic
    phrases a few words apart is proposed, at low confidence, as it stands (the curator
    extends it to the whole item)."""
    gap = re.compile(rf"(?:\s+[\w’'$%-]+){{0,{gap_words}}}\s+|\s+")
    lowered = text.lower()
    runs: list[list] = []
    for sentence in sentences(text):
        if in_furniture(furniture, sentence.start, sentence.end) or not ends_sentence(
            sentence.of(text)
        ):
            continue  # a line without a sentence's end may be a tag list or another headline
        last = None
        for word in vocabulary.first_words.finditer(lowered, sentence.start, sentence.end):
            start = word.start()
            for phrase in vocabulary.by_first_word[word.group(0)]:
                end = start + len(phrase)
                if lowered.startswith(phrase, start) and not _WORD_CHAR.match(lowered, end):
                    break
            else:
                continue
            if last is not None and (start < last[1] or gap.fullmatch(text, last[1], start)):
                last[1] = max(last[1], end)  # "oil and gas": one item
                continue
            last = [start, end, vocabulary.topic_of_phrase[phrase][1]]
            runs.append(last)
    cued = sorted((p.start, p.end) for p in found)
    starts = [a for a, _ in cued]
    return [
        AgendaPhrase(start, end, text[start:end], topic, 0.4)
        for start, end, topic in runs
        if not _overlaps(cued, starts, start, end) and not _in_a_name(text, start, end)
    ]


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether a span of the sorted ``spans`` overlaps [start, end): only those starting
    before ``end`` are looked at, last first."""
    for k in range(bisect_left(starts, end) - 1, -1, -1):
        if spans[k][1] > start:
            return True
        if spans[k][0] < start - 400:  # no cued phrase is that long
            return False
    return False


# a capitalised word before or after: the phrase is part of a name or a title ("State Secretary
# of the Union State", "Vitebsk Oblast Executive Committee", "Defense Minister")
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w’'-]*(?:\s+of(?:\s+the)?)?\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z]")
# the body an event is a session of ("a session of the Supreme State Council"): its name
_BODY_OF = re.compile(
    r"\b(?:session|sitting|meeting|summit|secretary|chairman)\s+of\s+(?:the\s+)?$", re.I
)


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised topic phrase is part of a name or title, not a topic."""
    if not text[start].isupper() or text[start:end].isupper():
        return False  # a lower-case phrase, or an acronym ("EAEU partners")
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    return bool(
        _NAME_BEFORE.search(before) or _NAME_AFTER.match(text, end) or _BODY_OF.search(before)
    )


def _add(
    out: list[AgendaPhrase],
    text: str,
    start: int,
    end: int,
    vocabulary: TopicVocabulary,
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
    topic, confidence = topic_of(phrase, vocabulary)
    out.append(AgendaPhrase(start, end, phrase, topic, confidence))
