"""Page furniture: navigation, credits, captions and related-item lists are not news."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .resources import data
from .text import lines


@dataclass(frozen=True)
class Furniture:
    start: int
    end: int
    text: str
    kind: str
    confidence: float


def find_furniture(text: str) -> list[Furniture]:
    """Spans of site chrome, in text order, none overlapping."""
    rules = data("furniture")
    line_rules = [(re.compile(r["pattern"]), r["kind"]) for r in rules["lines"]]
    block_rules = [(re.compile(r["pattern"]), r["kind"]) for r in rules["blocks"]]
    credit = re.compile(rules["credit"])
    found: list[Furniture] = []
    captions: set[str] = set()
    all_lines = lines(text)
    for seg in all_lines:
        line = seg.of(text)
        block = next((kind for rx, kind in block_rules if rx.search(line)), None)
        if block:
            end = len(text.rstrip())
            found.append(Furniture(seg.start, end, text[seg.start : end], block, 0.95))
            break
        kind = next((kind for rx, kind in line_rules if rx.search(line)), None)
        if kind:
            found.append(Furniture(seg.start, seg.end, line, kind, 0.9))
            continue
        m = credit.search(line)
        if m and len(line) < 300:
            caption = line[: m.start()].rstrip()
            if caption:
                found.append(
                    Furniture(seg.start, seg.start + len(caption), caption, "caption", 0.8)
                )
                captions.add(caption)
            found.append(Furniture(seg.start + m.start(), seg.end, m.group(0), "photo_credit", 0.9))
    taken = {(f.start, f.end) for f in found}
    for seg in all_lines:
        line = seg.of(text)
        if line in captions and (seg.start, seg.end) not in taken and not _inside(found, seg.start):
            found.append(Furniture(seg.start, seg.end, line, "caption", 0.8))
    return sorted(found, key=lambda f: f.start)


def _inside(found: list[Furniture], offset: int) -> bool:
    return any(f.start <= offset < f.end for f in found)


def in_furniture(furniture: list[Furniture], start: int, end: int) -> bool:
    """True when the range overlaps any furniture span."""
    return any(start < f.end and f.start < end for f in furniture)
