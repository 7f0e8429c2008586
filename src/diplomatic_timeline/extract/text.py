"""Text geometry shared by the extractors: paragraphs and sentences as offset ranges.

Every extractor returns spans into the original string, so these helpers never copy or
normalise the text: they only find boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\r\n\s*\r\n")
# a stop, then what stands between it and the next sentence: a match starts at the stop (not
# after it, behind a look-behind: the engine then skips in C to the stops, where the
# look-behind was tried at every character of a text)
_SENTENCE_END = re.compile(r"[.!?][”\"’»)]*\s+(?=[“\"‘«(\[]?[A-Z0-9])")
# the abbreviations that stand before a person's name ("Mr. Lukashenka")
HONORIFICS = ("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Col.", "Lt.")
# full stops that end no sentence
ABBREVIATIONS = (
    *HONORIFICS,
    "St.",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "No.",
    "U.S.",
)
# an initial ending a stretch of text ("… Condoleezza Rice and George W."): no sentence end
_INITIAL_END = re.compile(r"\b[A-Z]\.$")
# a double quotation mark of any style (a sentence or a line quoting someone)
QUOTE_MARK = re.compile(r"[\"“”«»]")


@dataclass(frozen=True)
class Segment:
    """A range of the original text (a paragraph, a line or a sentence)."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


def ends_sentence(line: str) -> bool:
    """The words end with a full stop, "!", "?" or "…" (closing marks aside): a sentence, not
    a headline, label or list item."""
    return line.rstrip().rstrip('”’"»)').endswith((".", "!", "?", "…"))


def lines(text: str) -> list[Segment]:
    """Non-empty lines, stripped of surrounding whitespace, as ranges."""
    return list(_lines(text))


@lru_cache(maxsize=16)
def _lines(text: str) -> tuple[Segment, ...]:
    out: list[Segment] = []
    pos = 0
    for raw_line in text.splitlines(keepends=True):
        body = raw_line.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            start = pos + body.index(stripped)
            out.append(Segment(start, start + len(stripped)))
        pos += len(raw_line)
    return tuple(out)


def paragraphs(text: str) -> list[Segment]:
    """Blocks separated by blank lines; single newlines inside a block are kept."""
    return list(_paragraphs(text))


@lru_cache(maxsize=16)
def _paragraphs(text: str) -> tuple[Segment, ...]:
    out: list[Segment] = []
    pos = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        block = text[pos:end]
        stripped = block.strip()
        if stripped:
            start = pos + block.index(stripped)
            out.append(Segment(start, start + len(stripped)))
        pos = match.end() if match else len(text)
    return tuple(out)


def sentences(text: str, within: Segment | None = None) -> list[Segment]:
    """Sentences of a range, split after . ! ? before a capital (abbreviations kept whole)."""
    if within is None:
        return list(_all_sentences(text))
    return _sentences(text, within)


@lru_cache(maxsize=16)
def _all_sentences(text: str) -> tuple[Segment, ...]:
    """Sentences never cross a paragraph break or a line break (headers, captions and
    list items have no full stop but are separate units)."""
    out: list[Segment] = []
    for line in lines(text):
        out.extend(_sentences(text, line))
    return tuple(out)


def _sentences(text: str, seg: Segment) -> list[Segment]:
    body = seg.of(text)
    out: list[Segment] = []
    start = 0
    for match in _SENTENCE_END.finditer(body):
        after = match.start() + 1  # the stop's end
        head = body[start:after]
        # an initial ends the head only in its last two characters: the search starts there
        # (from the head's start it tried every position of a long sentence). Safe: the head
        # ends in the stop _SENTENCE_END opens with, so "$" is its very end, and "\b" still
        # sees the character before the start position
        if head.endswith(ABBREVIATIONS) or _INITIAL_END.search(head, max(0, len(head) - 2)):
            continue
        out.append(Segment(seg.start + start, seg.start + after + 1))
        start = match.end()
    if body[start:].strip():
        out.append(Segment(seg.start + start, seg.start + len(body.rstrip())))
    return [s for s in out if s.end > s.start]


def containing(segments: list[Segment], offset: int) -> Segment | None:
    """The segment that contains ``offset``."""
    for seg in segments:
        if seg.start <= offset < seg.end:
            return seg
    return None
