"""The header of a dispatch: title, publication date, dateline place and outlet.

Only what the text states is proposed. A dateline without a year gives day and month and the
year stays unresolved for the curator (``partial`` = ``--MM-DD``): guessing it from "Other
materials" lists or the current year is how wrong years get into event data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import islice

from .dates import MONTHS, WEEKDAY_WORD, page_dates, partial_parts, without_dates
from .furniture import Furniture, in_furniture
from .regexes import WordStarts, grouped_alternation, guarded
from .resources import case_folded, data
from .text import ends_sentence, lines, paragraphs


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Header:
    title: Evidence | None
    published: date | None
    precision: str
    partial: str | None
    basis: str
    evidence: Evidence | None
    dateline_place: Evidence | None
    outlet: str | None
    outlet_evidence: Evidence | None
    filed: date | None = None  # the dateline's day, where it is before the print date
    dateline_date: Evidence | None = None  # the date the dateline opening the body states
    filed_partial: str | None = None  # the same, as --MM-DD, when no year is stated

    @property
    def news_day(self) -> date | None:
        """The day "today" and "on Wednesday" in the text count from: the day the dateline
        gives ("MOSCOW, Aug. 15 —" in the paper of August 16), else the publication day."""
        return self.filed or self.published

    @property
    def news_partial(self) -> str | None:
        """The same without a year: the dateline's "--04-02" under a "Wednesday, April 3"."""
        return self.filed_partial or self.partial


# a dateline this many days or fewer before the print date is the day the report was filed
_FILING_DAYS = 3


def _filed(published: date | None, d: date | None, partial: str | None) -> date | None:
    """The dateline's day when a header line already gave a later publication day."""
    if published is None:
        return None
    if d is None and partial and len(partial) > 4:
        month, day = partial_parts(partial)
        # "MOSCOW, Dec. 31 —" in the paper of January 2 was filed the year before
        year = published.year - (month > published.month)
        try:
            d = date(year, month, day)
        except ValueError:  # 29 February of another year
            return None
    if d is not None and 0 < (published - d).days <= _FILING_DAYS:
        return d
    return None


def _filed_partial(partial: str | None, dateline: str | None) -> str | None:
    """A year-less dateline one to three days before a year-less print date: the filing day
    (the month lengths of a common year; the 29th of February is never a filing day here)."""
    if not (partial and len(partial) > 4):
        return None
    try:
        printed = date(2001, *partial_parts(partial))
    except ValueError:
        return None
    return dateline if _filed(printed, None, dateline) else None


_NUMERIC_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{2,4}")


def _in_the_datelines_order(
    published: date, evidence: Evidence | None, d: date | None, partial: str | None
) -> date:
    """A header's "12/7/2019" reads either way; the dateline's "Dec 7" says which: a
    day-first reading gives way to the month-first one the dateline states."""
    if evidence is None or not _NUMERIC_DATE.fullmatch(evidence.text):
        return published
    month, day = (d.month, d.day) if d else partial_parts(partial) if partial else (0, 0)
    if (month, day) == (published.day, published.month) and published.day <= 12:
        return date(published.year, published.day, published.month)
    return published


def _date_from(text: str, start: int, end: int) -> tuple[date | None, str | None, Evidence | None]:
    """The first date in the range: a full date, or a --MM-DD partial, with its evidence."""
    for expr in page_dates(text, start, end):
        if expr.month and expr.day:
            ev = Evidence(expr.start, expr.end, expr.text)
            if expr.year:
                return date(expr.year, expr.month, expr.day), None, ev
            return None, f"--{expr.month:02d}-{expr.day:02d}", ev
    return None, None, None


@cache
def _filler() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in data("header")["date_line_filler"]))


@cache
def _masthead_filler() -> re.Pattern[str]:
    return re.compile(data("header")["date_line_masthead_filler"])


_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
# a byline line right under the line, at most a blank line apart ("Wednesday, April 3" / "By
# DANIEL HARWOOD", "By Peter Colvin in Moscow"): the story's own date (not a timeline's "By
# Wednesday evening, …")
_BYLINE_NEXT = re.compile(
    r"[ \t]*\n(?:[ \t]*\n)?[ \t]*By[ \t]+[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}"
    r"(?:[ \t]+in[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)?[ \t]*(?:\n|$)"
)


# … or right above it ("By Hugh Carrow in Moscow" / "Friday 20 February"), perhaps with the
# writer's service on the next line ("By Nathan Ellery" /
# "Washington Post Foreign Service" / "Wednesday, April 3; Page A18")
_BYLINE_ABOVE = re.compile(
    r"(?:^|\n)[ \t]*By[ \t]+[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}"
    r"(?:[ \t]+in[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)?[ \t]*\n"
    r"(?:[ \t]*[A-Z][^\n]{0,60}\n)?[ \t]*$"
)


def _bare_date_line(text: str, start: int, end: int, masthead: bool) -> bool:
    """A short line that is a full date plus times, a byline, an issue number or a label, and
    nothing else: a publication date line of some site's layout. Above the title (a masthead)
    the day and month without a year will do ("Daily Digest | Thursday, January 11"); further
    down such a line may be a source note's date."""
    if end - start > data("header")["date_line_max_chars"]:
        return False
    found = page_dates(text, start, end)
    # a day and month alone will do above the title, or with a weekday and a time of day
    # ("Wednesday December 8 2:41 PM ET") or a byline under it, not in a source note ("… 1700
    # gmt 27 Nov 02") nor a schedule's "Friday, December 8" or "29 June - 10:00"
    weekday = WEEKDAY_WORD.search(text, start, end) is not None
    yearless_ok = masthead or (
        weekday
        and (
            _TIME.search(text, start, end) is not None
            or _BYLINE_NEXT.match(text, end)
            or _BYLINE_ABOVE.search(text, max(0, start - 160), start)
        )
    )
    if not any(e.month and e.day and (e.year or yearless_ok) for e in found):
        return False
    rest = without_dates(text, start, end, found)
    if masthead:  # a rubric trail above the title: "Kommersant | Politics | Oct. 04, 2010"
        rest = _masthead_filler().sub(" ", rest)
    return not re.search(r"[A-Za-z]{2,}", _filler().sub(" ", rest))


def extract_header(text: str, furniture: list[Furniture]) -> Header:
    """Propose the header fields from the first lines and the opening of the body."""
    rules = data("header")
    # a byline or timestamp line may carry the date ("Source: Xinhua | 2006-12-29 21:46:03"),
    # but never the title
    dated_chrome = [f for f in furniture if f.kind in _DATED_CHROME]
    body_lines = list(
        islice(
            (
                s
                for s in lines(text)
                if not in_furniture(furniture, s.start, s.end)
                or in_furniture(dated_chrome, s.start, s.end)
            ),
            8,
        )
    )
    dateline_lines = [re.compile(p) for p in rules["dateline_lines"]]
    date_line = _date_line()
    byline_date = re.compile(rules["byline_date_line"])

    title = filed = None
    published = partial = None
    evidence = place = None
    basis = "no publication date in the text"
    for seg in body_lines:
        line = seg.of(text)
        chrome = in_furniture(dated_chrome, seg.start, seg.end)
        if (
            date_line.search(line)
            or (title is not None and byline_date.match(line))
            or _bare_date_line(text, seg.start, seg.end, masthead=title is None)
        ):
            if published is None:
                d, p, ev = _date_from(text, seg.start, seg.end)
                if ev and _takes_over(evidence, d):
                    published, partial, evidence = d, p, ev
                    basis = f"stated in the header line '{line}'"
            elif (
                title is not None and filed is None and any(rx.match(line) for rx in dateline_lines)
            ):
                # "Moscow, November 25" under the title of the page of November 26: the day
                # the report was filed, which its "today" counts from
                d, p, _ = _date_from(text, seg.start, seg.end)
                filed = _filed(published, d, p)
            continue
        if title is None and not chrome and len(line) > 15 and not line.endswith((":",)):
            title = Evidence(seg.start, seg.end, line)

    outlet = outlet_evidence = dateline_date = filed_partial = None
    dateline = re.compile(rules["dateline"])
    placeless = re.compile(rules["dateline_without_place"])
    opening = re.compile(rules["date_opening"])
    for para in paragraphs(text)[:8]:
        chunk = para.of(text)
        m = dateline.match(chunk)
        if m and not _dateline_place_fits(m):
            m = None
        if not (m and page_dates(chunk, m.start("date"), m.end("date"))):
            m = placeless.match(chunk)  # "Sept. 14 (Bloomberg) --": "Sept" is no place
        if m and page_dates(chunk, m.start("date"), m.end("date")):
            if m.groupdict().get("place"):
                place = Evidence(
                    para.start + m.start("place"), para.start + m.end("place"), m.group("place")
                )
            d, p, ev = _date_from(text, para.start + m.start("date"), para.start + m.end("date"))
            dateline_date = ev
            if published is None:
                if ev and _takes_over(evidence, d):
                    published, partial, evidence = d, p, ev
                    basis = f"stated in the dateline '{chunk[: m.end('date')].strip()}'"
                else:
                    filed_partial = _filed_partial(partial, p)
            else:
                published = _in_the_datelines_order(published, evidence, d, p)
                filed = _filed(published, d, p)
            name = m.group("outlet1") or m.groupdict().get("outlet2")
            if name and name.strip().lower() in rules["outlets"]:
                outlet = rules["outlets"][name.strip().lower()]
                key = "outlet1" if m.group("outlet1") else "outlet2"
                outlet_evidence = Evidence(para.start + m.start(key), para.start + m.end(key), name)
            break
        m = opening.match(chunk)
        if m and published is None:
            d, p, ev = _date_from(text, para.start + m.start("date"), para.start + m.end("date"))
            if ev and _takes_over(evidence, d):
                published, partial, evidence = d, p, ev
                basis = f"stated at the opening of the body '{m.group(0).strip()}'"
                if m.group("place"):
                    place = Evidence(
                        para.start + m.start("place"), para.start + m.end("place"), m.group("place")
                    )
            break

    if published is None and partial:
        footer = _labelled_date(text, furniture, partial)
        if footer is not None:
            published, partial, evidence = footer[0], None, footer[1]
            basis = f"stated in the page's date line '{footer[2]}'"

    if evidence is None:
        sole = _sole_labelled_date(text, furniture)
        if sole is not None:
            published, evidence = sole[0], sole[1]
            basis = f"stated in the page's only date line '{sole[2]}'"

    if evidence is None:
        published, evidence, found = _monitoring_source(text, rules["monitoring_source"])
        if evidence is not None:
            basis = f"stated in the monitoring source line '{found}'"

    if outlet is None:
        outlet, outlet_evidence = _outlet_from_cues(text, furniture)
    if evidence is not None and published is None and partial:
        basis += "; the year is not stated: curator to resolve"
    precision = "day" if published else "unknown"
    return Header(
        title,
        published,
        precision,
        partial,
        basis,
        evidence,
        place,
        outlet,
        outlet_evidence,
        filed,
        dateline_date,
        filed_partial,
    )


def _dateline_place_fits(m: re.Match[str]) -> bool:
    """The looser dateline forms need a surer place: a spaced dash after it ("CAIRO - 8 December
    2019:") only after a place in capitals or a known one (not "Lukashenko - 20 July 1994:"),
    a full stop after the date ("EADaily, September 14th, 2020. Russian …", "St. Petersburg,
    Dec. 20. …") only after capitalised words that open no adverbial (not "In Minsk, December 8,
    1999. The treaty …", nor "He was first elected in a runoff, on 10 July 1994. …")."""
    place = m.group("place")
    between = m.string[m.end("place") : m.start("date")]
    if (
        "," not in between
        and "." not in between
        and not (place.isupper() or place in data("places")["places"])
    ):
        return False
    full_stop = m.group(0).endswith(".") and m.group("outlet2") is None
    words = place.split()
    return not full_stop or (
        words[0] not in data("speech")["adverbial_openers"]
        and not any(w[:1].islower() for w in words)
    )


@cache
def _comments_heading() -> re.Pattern[str]:
    return re.compile(data("header")["comments_heading"])


def _takes_over(evidence: Evidence | None, found: date | None) -> bool:
    """Whether a date read further down replaces the one read so far: where there was none,
    or with the year a day and month alone lacked ("Thursday, January 11" above the title,
    "MOSCOW, January 11, 2018" in the dateline)."""
    return evidence is None or found is not None


@cache
def _date_line() -> re.Pattern[str]:
    """A header line that is a date line: the date label, ``date_lines`` or ``dateline_lines``
    (header.yaml), as one alternation. A line is searched once, not once per pattern: the same
    answer, as the patterns hold no back-reference (a number would then name another group)
    and no global flag."""
    labelled, _, _ = _label_patterns()
    rules = data("header")
    patterns = [labelled.pattern, *rules["date_lines"], *rules["dateline_lines"]]
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@cache
def _label_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A header line opening with a date label ("Posted: …"), a labelled line with its colon
    ("Last Updated: June 15, 2009"), and one whose colon may be missing but whose date follows
    at once ("Date 14.09.2020")."""
    labels = "|".join(re.escape(label) for label in data("header")["date_labels"])
    return (
        re.compile(rf"^(?:{labels})\b\s*:?\s*"),
        re.compile(rf"^(?:{labels})\s*:\s*"),
        re.compile(rf"^(?:{labels})\s*:?\s+(?=\d|[A-Z][a-z]+\.?\s+\d)"),
    )


def _other_items(furniture: list[Furniture]) -> list[Furniture]:
    """Furniture that is not the page's own byline or time stamp (which may carry its date):
    lists of other items, captions, navigation."""
    return [f for f in furniture if f.kind not in _DATED_CHROME]


_DATED_CHROME = ("byline", "timestamp")


def _labelled_date(
    text: str, furniture: list[Furniture], partial: str
) -> tuple[date, Evidence, str] | None:
    """The full date of the page's labelled date line ("Last Updated: June 15, 2009 06:27 EDT")
    outside lists of other items, if it agrees with the day and month of the year-less
    dateline: the two are the same day. (Alone, such a line may be a reader's comment or
    another item's, and its year would be a guess.)"""
    _, rx, _ = _label_patterns()
    others = _other_items(furniture)
    for seg in lines(text):
        line = seg.of(text)
        if not rx.match(line) or in_furniture(others, seg.start, seg.end):
            continue
        published, _, evidence = _date_from(text, seg.start, seg.end)
        if published is not None and evidence is not None:
            if partial == f"--{published.month:02d}-{published.day:02d}":
                return published, evidence, line
            return None
    return None


def _sole_labelled_date(text: str, furniture: list[Furniture]) -> tuple[date, Evidence, str] | None:
    """With no date in the header, the page's own labelled date line below the story ("Date
    14.09.2020") when it is the only one before any comments: two such lines are a list of
    other items, and one after "Comments" a reader's."""
    _, _, rx = _label_patterns()
    comments = _comments_heading()
    others = _other_items(furniture)
    all_lines = lines(text)
    found = []
    for k, seg in enumerate(all_lines):
        line = seg.of(text)
        if comments.match(line):
            break
        if rx.match(line) and not in_furniture(others, seg.start, seg.end):
            found.append(k)
    if len(found) != 1:
        return None
    k = found[0]
    seg, line = all_lines[k], all_lines[k].of(text)
    # only the label, the date and a time ("Date 14.09.2020"), after a paragraph that ends a
    # sentence (not under another item's headline), and not the first of a list of labelled
    # fields ("Date: 30 June 2023 / Venue: Minsk")
    after_prose = k > 0 and ends_sentence(all_lines[k - 1].of(text))
    next_label = k + 1 < len(all_lines) and _FIELD.match(all_lines[k + 1].of(text))
    if not after_prose or next_label or not _bare_date_line(text, seg.start, seg.end, False):
        return None
    published, _, evidence = _date_from(text, seg.start, seg.end)
    return (published, evidence, line) if published is not None and evidence else None


_FIELD = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)?:\s")


def _monitoring_source(text: str, pattern: str) -> tuple[date | None, Evidence | None, str]:
    """The day a monitored broadcast went out, from a line such as "in Russian 1700 gmt 27 Nov
    02" (BBC Monitoring's layout): a two-digit year is 19xx from 50 up, else 20xx."""
    m = re.search(pattern, text)
    month = MONTHS.get(m.group("m").lower()) if m else None
    if m is None or month is None:
        return None, None, ""
    year = int(m.group("y"))
    if year < 100:
        year += 1900 if year >= 50 else 2000
    day = int(m.group("d"))
    try:
        when = date(year, month, day)
    except ValueError:
        return None, None, ""
    return when, Evidence(m.start("d"), m.end("y"), text[m.start("d") : m.end("y")]), m.group(0)


@cache
def _outlet_alternatives() -> tuple[str, ...]:
    """Every cue with every outlet's written form, the longest forms first (literals)."""
    rules = data("header")
    return tuple(
        re.escape(cue).replace(re.escape("{outlet}"), re.escape(written))
        for written in sorted(rules["outlets"], key=len, reverse=True)
        for cue in rules["outlet_cues"]
    )


@cache
def _outlet_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    # behind a look-ahead for the cues' first characters, and grouped by first character
    # (every alternative is a literal, so each has its own: at a word only those that can
    # start with its letter are tried, in their listed order, and the same alternative
    # matches as in the plain alternation)
    body = grouped_alternation(list(_outlet_alternatives()))
    rx = guarded(re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE))
    return rx, data("header")["outlets"]


@cache
def _outlet_starts() -> WordStarts:
    """Where a match of ``_outlet_pattern`` starts (its alternatives in either case, as the
    pattern ignores case): found first, then read with the pattern where it starts. Most
    dispatches hold no cue, and the pattern's look-aheads, tried at every word ignoring case,
    took 135 us over a whole dispatch; this scan, 45."""
    return WordStarts([f"(?i:{cue})" for cue in _outlet_alternatives()], r"(?![\w-])")


def _outlet_matches(text: str) -> Iterator[re.Match[str]]:
    """``_outlet_pattern()[0].finditer(text)``, each match found by ``_outlet_starts``."""
    rx, starts = _outlet_pattern()[0], _outlet_starts()
    pos = 0
    while (at := starts.search(text, pos)) is not None:
        m = rx.match(text, at)  # (it matches there: the starts are its own)
        yield m
        pos = m.end()


def _may_name_an_outlet(text: str) -> bool:
    """Whether the text holds an outlet's written form, ignoring case as the cue pattern does
    (found in the text folded by ``case_folded``, which the gazetteer's scans fold anyway):
    every cue names one, and two dispatches in three name none, where the cue scan reads the
    whole text for nothing (some 55 us). True for a text the folding cannot read."""
    folded = case_folded(text)
    return folded is None or any(written in folded for written in _folded_outlets())


@cache
def _folded_outlets() -> tuple[str, ...]:
    """The outlets' written forms folded as ``case_folded`` folds a text."""
    return tuple(case_folded(written) or written for written in _outlet_pattern()[1])


def _outlet_from_cues(text: str, furniture: list[Furniture]) -> tuple[str | None, Evidence | None]:
    """The outlet a phrase such as "BelTA has learned" or "told Itar-Tass" names."""
    if not _may_name_an_outlet(text):
        return None, None
    outlets = _outlet_pattern()[1]
    for m in _outlet_matches(text):
        if in_furniture(furniture, m.start(), m.end()):
            continue
        phrase = m.group(0).lower()
        for written in sorted(outlets, key=len, reverse=True):
            if written in phrase:
                return outlets[written], Evidence(m.start(), m.end(), m.group(0))
    return None, None
