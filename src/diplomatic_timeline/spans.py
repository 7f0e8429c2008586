"""Find verbatim spans in a raw text: curators give words, the code computes offsets.

Offsets are 0-based, end-exclusive indices into the Python ``str`` of the raw dispatch, exactly
as stored (no normalisation), so ``raw[start:end] == text`` always holds for a found span.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class SpanNotFound(ValueError):
    """The span cannot be located unambiguously; the message says why and what to add."""


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    text: str


def occurrences(haystack: str, needle: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of ``needle``."""
    if not needle:
        return []
    found: list[int] = []
    i = haystack.find(needle)
    while i != -1:
        found.append(i)
        i = haystack.find(needle, i + 1)
    return found


def find_text(raw: str, text: str, occurrence: int | None = None) -> Span:
    """Locate ``text`` in ``raw``; ``occurrence`` (1-based) is required when it repeats."""
    if not isinstance(text, str) or not text:
        raise SpanNotFound("the span text is empty")
    starts = occurrences(raw, text)
    if not starts:
        raise SpanNotFound(
            f"the text {_short(text)} does not occur in the dispatch; copy it exactly from the "
            "raw file (curly quotes, dashes and non-breaking spaces included)"
        )
    if occurrence is None:
        if len(starts) > 1:
            raise SpanNotFound(
                f"the text {_short(text)} occurs {len(starts)} times; add `occurrence: N` "
                f"(1 to {len(starts)}) to say which one"
            )
        occurrence = 1
    if (
        not isinstance(occurrence, int)
        or isinstance(occurrence, bool)
        or not (1 <= occurrence <= len(starts))
    ):
        raise SpanNotFound(
            f"occurrence {occurrence!r} of {_short(text)} does not exist; it occurs "
            f"{len(starts)} time(s)"
        )
    start = starts[occurrence - 1]
    return Span(start, start + len(text), text)


def find_span(raw: str, spec: Mapping[str, Any]) -> Span:
    """Resolve a span spec: ``text`` (+ ``occurrence``) or ``from`` + ``to``/``to_end``."""
    occurrence = spec.get("occurrence")
    if "text" in spec:
        if "from" in spec or "to" in spec or "to_end" in spec:
            raise SpanNotFound("give either `text` or `from`/`to`, not both")
        return find_text(raw, spec["text"], occurrence)
    if "from" not in spec:
        raise SpanNotFound("a span needs `text`, or `from` with `to` or `to_end: true`")
    first = find_text(raw, spec["from"], occurrence)
    if spec.get("to_end") is True:
        if "to" in spec:
            raise SpanNotFound("give either `to` or `to_end`, not both")
        end = len(raw)
    elif "to" in spec:
        to = spec["to"]
        if not isinstance(to, str) or not to:
            raise SpanNotFound("`to` must be a non-empty text")
        i = raw.find(to, first.start)
        if i == -1:
            raise SpanNotFound(f"the text {_short(to)} does not occur after {_short(first.text)}")
        end = i + len(to)
    else:
        raise SpanNotFound("a `from` span needs `to: TEXT` or `to_end: true`")
    return Span(first.start, end, raw[first.start : end])


def _short(text: str, limit: int = 60) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown)
