"""A learned second opinion on page furniture below the headline.

The rules in ``furniture`` know the credits, captions, bylines and lists of the layouts they
were written for; each new outlet brings others. This model weighs every line of the text below
the headline that the rules leave as news: "furniture" or not, from plain features of the line
(its length and word count, its place in the text, how it ends, digits, capitals, pipes and
slashes, whether it holds a date, its first and last words and up to twelve of its words, its
neighbours' lengths, and whether the rules marked the lines around it). A line becomes
furniture only when the model's score beats "news" by its margin; it takes the kind of the
furniture next to it (a line under a caption is a credit or a caption too), else navigation.

The headline, the date line and the lines above them stay the rules' (the publication date
and the title are read from them), and so do the rules' own furniture spans: the model only
adds. A line holding a quotation mark or opening with a speaker's label ("Vladimir Putin: …")
is never weighed: it is news whatever its shape.

The weights (``data/furniture_model.json``) are learned from the reviewed development sets with
``diplomatic-timeline train`` (see ``train``): a line is furniture when half of it lies inside
reviewed page furniture. Never the seeds nor the blind held-out sets; a test proves the
committed file equals a fresh training run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from .dates import find_dates
from .furniture import Furniture
from .linear import LinearModel, Option, choose
from .resources import data
from .text import QUOTE_MARK, Segment, lines

NEWS = Option(("news",))


@cache
def _speaker_label() -> re.Pattern[str]:
    """A speaker's label opening a transcript line ("Vladimir Putin: Ladies and gentlemen,";
    not a page's "Related Topics:", ``speech.yaml`` ``not_speaker_labels``). It has no "^":
    use it with ``match``, which anchors it at the line's start."""
    labels = "|".join(re.escape(w) for w in data("speech")["not_speaker_labels"])
    return re.compile(rf"\s*(?!(?i:{labels})\b)(?:[A-Z][a-z’'-]+\s){{1,3}}[A-Z][a-z’'-]+:\s+\S")


def _spoken(line: str) -> bool:
    """A transcript's speaker line or a line holding a quotation mark (the label is matched at
    the line's start and the marks searched apart: as one alternation with the mark, the label
    was tried at every position of the line)."""
    return bool(_speaker_label().match(line) or QUOTE_MARK.search(line))


_ENDS = '.!?”"»'
_STRIP = ".,:;|()[]«»“”\"'"


@dataclass(frozen=True)
class Line:
    """A line below the headline that the rules leave as news, and what describes it."""

    segment: Segment
    features: tuple[str, ...]
    kind: str  # the kind it would take: the furniture next to it, else navigation


def half_inside(seg: Segment, start: int, end: int) -> bool:
    """Whether at least half of a line lies inside the span: the line is that furniture's (as
    drafted by the rules, or as reviewed, for training)."""
    return min(seg.end, end) - max(seg.start, start) >= (seg.end - seg.start) / 2


def _covered(spans: Iterable[Furniture], seg: Segment) -> Furniture | None:
    """The furniture span holding at least half of the line (not empty), if any. A span that
    does not overlap the line holds none of it: that cheap test first spares most spans the
    call (every line of a dispatch against each of its spans took a quarter of this model's
    candidates' time)."""
    for f in spans:
        if f.start < seg.end and seg.start < f.end and half_inside(seg, f.start, f.end):
            return f
    return None


def candidates(text: str, furniture: Sequence[Furniture], below: int) -> list[Line]:
    """The lines from ``below`` on (the headline's end) that the rules leave as news."""
    all_lines = [s for s in lines(text) if s.of(text).strip()]
    marks = [_covered(furniture, s) for s in all_lines]
    out = []
    for i, seg in enumerate(all_lines):
        if seg.start < below or marks[i] is not None or _spoken(seg.of(text)):
            continue  # (a transcript's speaker line or a quotation is news, whatever its shape)
        near = next(
            (
                m
                for m in (marks[i - 1] if i else None, marks[i + 1] if i + 1 < len(marks) else None)
                if m is not None
            ),
            None,
        )
        out.append(
            Line(seg, _describe(text, all_lines, i, marks), near.kind if near else "navigation")
        )
    return out


def _describe(
    text: str, all_lines: list[Segment], i: int, marks: list[Furniture | None]
) -> tuple[str, ...]:
    seg = all_lines[i]
    line = seg.of(text).strip()
    words = line.split()
    prev = all_lines[i - 1].of(text).strip() if i else ""
    nxt = all_lines[i + 1].of(text).strip() if i + 1 < len(all_lines) else ""
    found = {
        "furniture",
        f"len={min(len(line) // 20, 12)}",
        f"words={min(len(words), 15)}",
        f"pos={min(i, 12)}",
        f"rel={10 * i // max(len(all_lines), 1)}",
        f"end={line[-1:] in _ENDS}",
        f"digit={_has_digit(line)}",
        f"caps={5 * sum(map(str.isupper, [w[0] for w in words])) // max(len(words), 1)}",
        f"pipe={'|' in line}",
        f"slash={'/' in line}",
        f"colon={':' in line}",
        f"upper={line.isupper()}",
        f"date={bool(find_dates(text, seg.start, seg.end))}",
        f"first={words[0].lower()[:12] if words else ''}",
        f"last={words[-1].lower()[:12] if words else ''}",
        f"prevlen={min(len(prev) // 40, 5)}",
        f"nextlen={min(len(nxt) // 40, 5)}",
        f"prevend={prev[-1:] in _ENDS}",
        f"prev_furniture={i > 0 and marks[i - 1] is not None}",
        f"next_furniture={i + 1 < len(marks) and marks[i + 1] is not None}",
    }
    found.update(f"w={w.lower().strip(_STRIP)[:15]}" for w in words[:12])
    return tuple(sorted(found))


_ASCII_DIGIT = re.compile("[0-9]")


def _has_digit(line: str) -> bool:
    """Whether a character of the line is a digit (``str.isdigit``: superscripts and other
    scripts' digits too). In an ASCII line only "0"-"9" are, found by one search in C, not by a
    call per character (most lines below the headline are ASCII paragraphs with no digit
    early: half the time of the test)."""
    if line.isascii():
        return _ASCII_DIGIT.search(line) is not None
    return any(map(str.isdigit, line))


def options(line: Line) -> list[Option]:
    """News (the rules' choice) first, then furniture."""
    return [NEWS, Option(line.features)]


def proposals(
    text: str, furniture: Sequence[Furniture], below: int, model: LinearModel
) -> list[Furniture]:
    """The lines the model marks as furniture that the rules left as news, as furniture spans
    (confidence 0.5: a curator checks them first)."""
    return [
        Furniture(c.segment.start, c.segment.end, c.segment.of(text), c.kind, 0.5)
        for c in candidates(text, furniture, below)
        if choose(model, options(c)) == 1
    ]
