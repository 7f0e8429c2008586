"""A learned publication date for the pages whose date line the header rules cannot read.

The rules in ``header`` know the date lines of the layouts they were written for; each new
outlet brings others ("Dec. 27, 2016 6:00 AM" under a byline, "Sep 3 2013 by NAME", "Dec. 19
| Vedomosti | Translated by …"). Where the rules find no publication date at all, this model
weighs "no date" against every date expression that states a month and a day as written and
stands where a date line could: in a short line, or opening its line; not in a line holding
a quotation mark, not inside another item's furniture (a related story, a caption, a credit,
tags, a menu), not in a sentence of news ("The summit is set for June 5, 2010."). Each is
described by plain features of its line (its place from the top and from the bottom, its
length, its words besides the date, a time of day, a weekday, pipes, whether it ends a
sentence, the furniture around it, above, in or below the headline) and of the expression
(its kind, its rank among the candidates, whether it states a year, whether it is the page's
latest date). A date is taken only when it beats "no date" by the model's margin; without a
stated year it stays day and month, as the rules leave it, for the curator.

The weights (``data/publication_model.json``) are learned from the reviewed development sets
with ``diplomatic-timeline train`` (see ``train``). Each page is an example: the right option
is the candidate inside the reviewed publication date's evidence that gives the reviewed date,
or "no date" where the page states none. Each page whose date line the rules read is an
example a second time, without that line: then "no date" is right (what a date line is not
is learned from the pages' other dates). Never the seeds nor the blind held-out sets; a test
proves the committed file equals a fresh training run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from .dates import WEEKDAY_WORD, DateExpr, page_dates, valid_day, without_dates
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
_NUMBER_BEFORE = re.compile(r"\d[ /.-]?$")
# text.QUOTE_MARK's marks and the opening single and low ones (not ’, an apostrophe as often):
# a date line quotes no one
_QUOTE_MARK = re.compile(r"[“”«»„‘\"]")


@dataclass(frozen=True)
class Candidate:
    """A date expression that could be the publication date, and what describes it."""

    expr: DateExpr
    line: str
    features: tuple[str, ...]


def candidates(
    text: str, furniture: Sequence[Furniture], title: Evidence | None
) -> list[Candidate]:
    """The date expressions that could be the page's: a month and a day as written, in a short
    line or opening its line; none in a line with a quotation mark, in another item's
    furniture, in a sentence of news or right after a number."""
    all_lines = lines(text)
    n = len(all_lines)
    found = []
    for i, seg in enumerate(all_lines):
        short = seg.end - seg.start <= SHORT_LINE
        if _QUOTE_MARK.search(text, seg.start, seg.end):
            continue  # a quotation's "from 1 January" is no date line
        for x in page_dates(text, seg.start, seg.end):
            if not _stated(x) or _not_the_pages(furniture, x):
                continue
            if _NUMBER_BEFORE.search(text, max(seg.start, x.start - 4), x.start):
                continue  # "27 Nov 02" read as "Nov 02": a form the date reader misses
            if (short or x.start - seg.start <= OPENING) and not _in_a_sentence(text, seg, x):
                found.append((i, seg, x))
    full = [date(x.year, x.month, x.day) for _, _, x in found if x.year]
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
        is_latest = bool(x.year and date(x.year, x.month, x.day) == latest)
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


def _not_the_pages(furniture: Sequence[Furniture], x: DateExpr) -> bool:
    """A date inside another item's furniture: a related story's, a photo's, a tag's or a
    menu's date is not the page's."""
    return any(f.start <= x.start < f.end and f.kind in _OTHER_ITEMS for f in furniture)


_OTHER_ITEMS = frozenset({"related_list", "caption", "photo_credit", "tags", "navigation"})


def _in_a_sentence(text: str, seg: Segment, x: DateExpr) -> bool:
    """ "On March 19, when …" or "The summit is set for June 5, 2010." is a sentence of news,
    not a date line ("MOSCOW, December 10 (TASS) –", "Posted 12 June 2009"): a line opening
    with an adverbial word that is long or ends a sentence, or a long line or a sentence with a
    lower-case word before the date."""
    line = seg.of(text)
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    long = seg.end - seg.start > SHORT_LINE
    sentence = ends_sentence(line)
    if first in data("speech")["adverbial_openers"] and (long or sentence):
        return True
    return (long or sentence) and any(
        w[:1].islower() for w in _WORD.findall(text, seg.start, x.start)
    )


def _stated(x: DateExpr) -> bool:
    """A month and a day as written, not counted from another day ("January 1 next year"),
    that the calendar has (without a year, a leap year's)."""
    return (
        bool(x.month and x.day)
        and x.relative is None
        and not x.year_offset
        and not x.qualifier
        and valid_day(x.year or 2000, x.month, x.day)
    )


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
    found = candidates(text, furniture, header.title)
    k = choose(model, options(found))
    if k == 0:
        return header
    x, line = found[k - 1].expr, found[k - 1].line.strip()
    evidence = Evidence(x.start, x.end, x.text)
    shown = line if len(line) <= 80 else line[:79] + "…"
    basis = f"the learned publication model's choice: the date in the line '{shown}'"
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
