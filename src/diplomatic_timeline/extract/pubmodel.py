"""A learned publication date for the pages whose date line the header rules cannot read.

The rules in ``header`` know the date lines of the layouts they were written for; each new
outlet brings others ("19Feb2004/618 am EST", "Published on: 08/19/08", a date under the
byline in a sidebar). Where the rules find no publication date at all, this model weighs
"no date" against every date expression with a month and a day that stands where a date line
could: in a short line, or opening its line. Each is described by plain features of its line
(its place from the top and from the bottom, its length, its words besides the date, a time of
day, a weekday, pipes, whether it ends a sentence, the page furniture around it, above or
below the headline) and of the expression (its kind, whether it states a year, whether it is
the page's latest date). A date is taken only when it beats "no date" by the model's margin;
without a stated year it stays day and month, as the rules leave it, for the curator.

The weights (``data/publication_model.json``) are learned from the reviewed development sets
with ``diplomatic-timeline train`` (see ``train``): the right option is the expression inside
the reviewed publication date's evidence, or "no date" where the page states none. Every
development page is an example, also those whose date line the rules read (what a date line
looks like is the same there); never the seeds nor the blind held-out sets. A test proves the
committed file equals a fresh training run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from .dates import WEEKDAY_WORD, DateExpr, find_dates, without_dates
from .furniture import Furniture
from .header import Evidence, Header
from .linear import LinearModel, Option, choose
from .resources import data
from .text import Segment, ends_sentence, lines

NO_DATE = Option(("no_date",))
SHORT_LINE = 120  # characters: a line this short may be a date line whatever its place
OPENING = 40  # characters: a date this near its line's start may open a dateline
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]{2,}")
_QUOTE_MARK = re.compile(r"[“”«»\"]")


@dataclass(frozen=True)
class Candidate:
    """A date expression that could be the publication date, and what describes it."""

    expr: DateExpr
    line: str
    features: tuple[str, ...]


def candidates(
    text: str, furniture: Sequence[Furniture], title: Evidence | None
) -> list[Candidate]:
    """The date expressions with a month and a day in a short line or opening their line."""
    all_lines = lines(text)
    n = len(all_lines)
    found = []
    for i, seg in enumerate(all_lines):
        short = seg.end - seg.start <= SHORT_LINE
        for x in find_dates(text, seg.start, seg.end):
            if not _stated(x) or _QUOTE_MARK.search(text, seg.start, x.start):
                continue  # a quotation's "from 1 January" is no date line
            if (short or x.start - seg.start <= OPENING) and not _in_a_sentence(text, seg, x):
                found.append((i, seg, x))
    full = [date(x.year, x.month, x.day) for _, _, x in found if x.year and _valid(x)]
    latest = max(full, default=None)
    out = []
    for rank, (i, seg, x) in enumerate(found):
        line = seg.of(text)
        rest = without_dates(text, seg.start, seg.end, [x])
        words = [w.lower() for w in _WORD.findall(rest)]
        cover = next((f.kind for f in furniture if f.start <= x.start < f.end), "none")
        where = (
            "none"
            if title is None
            else "title"
            if title.start <= x.start < title.end
            else "above"
            if x.start < title.start
            else "below"
        )
        is_latest = bool(x.year and _valid(x) and date(x.year, x.month, x.day) == latest)
        features = {
            "date",
            f"top={min(i, 10)}",
            f"bottom={min(n - 1 - i, 6)}",
            f"rank={min(rank, 4)}",
            f"kind={x.kind}",
            f"year={x.year is not None}",
            f"latest={is_latest}",
            f"len={min(len(line) // 20, 8)}",
            f"words={min(len(words), 8)}",
            f"opens={x.start - seg.start <= 2}",
            f"time={bool(_TIME.search(rest))}",
            f"weekday={bool(WEEKDAY_WORD.search(line))}",
            f"pipe={'|' in line}",
            f"sentence={ends_sentence(line)}",
            f"furniture={cover}",
            f"title={where}",
        }
        features.update(f"w={w[:15]}" for w in words[:8])
        out.append(Candidate(x, line, tuple(sorted(features))))
    return out


def _in_a_sentence(text: str, seg: Segment, x: DateExpr) -> bool:
    """ "On March 19, when …" opens a sentence of news, not a dateline ("MOSCOW, December 10
    (TASS) –"): a line opening with an adverbial word that is long or ends a sentence, or a
    long line with a lower-case word before the date."""
    line = seg.of(text)
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    long = seg.end - seg.start > SHORT_LINE
    if first in data("speech")["adverbial_openers"] and (long or ends_sentence(line)):
        return True
    return long and any(w[:1].islower() for w in _WORD.findall(text, seg.start, x.start))


def _stated(x: DateExpr) -> bool:
    """A month and a day as written, not counted from another day ("January 1 next year")."""
    return bool(x.month and x.day) and x.relative is None and not x.year_offset and not x.qualifier


def _valid(x: DateExpr) -> bool:
    try:
        date(x.year or 2000, x.month or 1, x.day or 1)
    except ValueError:
        return False
    return True


def options(found: Sequence[Candidate]) -> list[Option | Candidate]:
    """No date (the rules' choice) first, then each candidate."""
    return [NO_DATE, *found]


def with_publication(
    header: Header, text: str, furniture: Sequence[Furniture], model: LinearModel
) -> Header:
    """The header with the model's publication date where the rules found none (an unchanged
    header where they found one, or where no candidate beats "no date")."""
    if header.evidence is not None:
        return header
    found = [c for c in candidates(text, furniture, header.title) if _valid(c.expr)]
    k = choose(model, options(found))
    if k == 0:
        return header
    x, line = found[k - 1].expr, found[k - 1].line.strip()
    evidence = Evidence(x.start, x.end, x.text)
    basis = f"the learned publication model's date line '{line}'"
    if x.year:
        published = date(x.year, x.month, x.day)
        return replace(header, published=published, precision="day", evidence=evidence, basis=basis)
    partial = f"--{x.month:02d}-{x.day:02d}"
    return replace(
        header,
        partial=partial,
        evidence=evidence,
        basis=basis + "; the year is not stated: curator to resolve",
    )
