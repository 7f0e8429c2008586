"""Find date expressions in news prose and resolve them against the publication date.

Hand-written patterns rather than dateparser's ``search_dates``: it reads "may" and "we" as
dates, is two orders of magnitude slower than the drafting budget (≥ 200 dispatches/s) allows,
and cannot say which parts of a date the text actually gives. Here every expression keeps its
parts (year, month, day) and its span; a missing year is resolved from the publication date
only when that date's year is itself stated, otherwise the expression stays a partial date
(``--MM-DD``) for the curator — never a guessed year.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .regexes import at_word_start, guarded, initial_either_case
from .text import sentences

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}

# a weekday's capital first letter, tested before a bare weekday's long run of look-behinds
# (each word of a text was put through some thirty of them): the same matches, sooner failed
_WEEKDAY_INITIAL = "(?=[" + "".join(sorted({w[0].upper() for w in WEEKDAYS})) + "])"

# Abbreviations with a plain three-letter form ("May" is a word and "Sept" has four letters: each
# is written out below)
_ABBREVIATED = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Oct", "Nov", "Dec")
_FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
_FULL_MONTHS += ("September", "October", "November", "December")
# the month names, each branch opening with a letter (``_MONTH_WORD`` is found at them)
_MONTH_BRANCHES = (
    *_FULL_MONTHS,
    *(rf"{a}\.?" for a in _ABBREVIATED),
    r"May\.(?=\s+\d\d?,?\s+(?:19|20)\d\d)",
    r"Sept?\.?",
    # headers in capitals: "SEPTEMBER 11, 2020 / 4:36 PM", "6 DEC 2024, 16:12" (an abbreviation
    # only before a number: not an acronym of a headline in capitals, nor "SEPT 11")
    *(m.upper() for m in _FULL_MONTHS if m != "May"),
    r"MAY(?=\s+(?:19|20)\d\d)",
    *(rf"{a}(?=\.?\s+\d)" for a in (*(a.upper() for a in _ABBREVIATED), "SEPT?")),
)
_MONTH_NAMES = "|".join(_MONTH_BRANCHES)
_M = "(?P<{0}>" + _MONTH_NAMES + ")"
_D = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<{0}>(?:19|20)\d\d)"
_DASH = r"\s*(?:–|—|-|to|until)\s*"
# the "year" pattern's words: an opening word, then perhaps a qualifier joined to the year by
# a space or a hyphen ("in 2020", "by mid-2020"; ``_year_windows`` reads their lengths)
_YEAR_OPENERS = ("in", "of", "since", "by", "until")
_YEAR_QUALIFIERS = ("early", "late", "mid")
# a count of years written out or in digits ("two years ago", "30 years since", "twenty-one")
_COUNTS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}
_UNITS = "|".join(w for w, n in _COUNTS.items() if n < 10)
_TENS = "|".join(w for w, n in _COUNTS.items() if n >= 20)
_COUNT = (
    rf"(?<![\w-])(?:[1-9]\d?|(?i:(?:{_TENS})(?:[- ](?:{_UNITS}))?"
    rf"|{'|'.join(w for w, n in _COUNTS.items() if n < 20)}))"
)
# "in February last year", "on 6 December next year", "in April two years ago": the year
# counted from the publication's
_YEAR_WORDS = rf"\s+(?:of\s+)?(?:(?P<ry>last|next)\s+year|(?P<ago>{_COUNT})\s+years\s+ago)\b"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every date pattern, in the order they are tried (longest forms first); built when first
    needed, as it reads the names of gatherings a possessive date may name ("last year's
    forum") from ``data/dates.yaml``."""
    from .resources import data  # the vocabularies are read when first needed

    gatherings = "|".join(re.escape(g) for g in data("dates")["possessive_gatherings"])
    bare_before, bare_after = _bare_weekday_around(data("events")["date_context"])
    not_possessive = rf"(?![’']s\s+(?!(?:[A-Za-z-]+\s+)?(?:{gatherings})s?\b))"
    return [
        # (a lookbehind inside the first group, not a leading \b, lets the scan skip to digits)
        (
            "numeric",
            # a space may follow the separator in some sites' stamps ("27/ 11/ 2007")
            re.compile(
                # (or dashes: "08-12-2019 11:46", the same separator twice)
                r"(?P<d1>(?<!\w)[0-3]?\d)(?P<sep>[./-]) ?(?P<m1>[0-3]?\d)(?P=sep) ?"
                # (a two-digit year only before a time of day: "ON 12/19/22 AT 11:52 AM EST", or
                # after a weekday the date falls on: "Saturday, 09/20/03"; see _weekday_checked)
                r"(?:(?P<y1>(?:19|20)\d\d)\b|(?P<yy>\d\d)(?=,?\s+(?:(?i:at)\s+)?\d{1,2}:\d\d)"
                r"|(?P<yw>\d\d)(?![./:-]?\d))"
            ),
        ),
        # 2024-05-24, and the dotted or slashed year-first form of some sites ("2021.09.10 14:05")
        (
            "iso",
            re.compile(
                # (an ISO timestamp's "T" may follow: "2019-12-08T14:05:00+03:00")
                r"(?P<y1>(?<!\w)(?:19|20)\d\d)(?P<sep>[-./])(?P<m1>[01]\d)(?P=sep)(?P<d1>[0-3]\d)"
                r"(?:\b|(?=T\d))"
            ),
        ),
        # May 31 – June 1[, 2012]
        (
            "md-md",
            re.compile(
                rf"\b{_M.format('m1')}\s+{_D.format('d1')}{_DASH}{_M.format('m2')}\s+{_D.format('d2')}"
                rf"(?:,?\s+{_Y.format('y1')})?\b"
            ),
        ),
        # 31 May – 1 June[ 2012]
        (
            "dm-dm",
            re.compile(
                rf"\b{_D.format('d1')}\s+{_M.format('m1')}{_DASH}{_D.format('d2')}\s+{_M.format('m2')}"
                rf"(?:,?\s+{_Y.format('y1')})?\b"
            ),
        ),
        # June 27th-28th[, 2024]
        (
            "md-d",
            re.compile(
                rf"\b{_M.format('m1')}\s+{_D.format('d1')}{_DASH}{_D.format('d2')}"
                rf"(?:,?\s+{_Y.format('y1')})?\b"
            ),
        ),
        # 27-28 June[ 2024]
        (
            "d-dm",
            re.compile(
                rf"\b{_D.format('d1')}{_DASH}{_D.format('d2')}\s+{_M.format('m1')}"
                rf"(?:,?\s+{_Y.format('y1')})?\b"
            ),
        ),
        # December 8, 1999 / December 8
        (
            "md",
            re.compile(
                # ("Feb.22" in a wire's dateline: no space after an abbreviation's full stop)
                rf"\[?\b{_M.format('m1')}\]?(?:\s+|(?<=\.))(?<!May\.){_D.format('d1')}\b(?!:\d)"
                # ("Nov 26,2011": no space after the comma on some sites; "July 24/2023": a
                # slash before the year)
                rf"(?:(?:,?\s+|,|/){_Y.format('y1')}"
                rf"|{_YEAR_WORDS})?"
            ),
        ),
        # a page's "September, 27/2013" (the day and year run together by a slash)
        # (or by a comma: "October, 07, 2015 - 15:46")
        (
            "md",
            re.compile(rf"\b{_M.format('m1')},\s*{_D.format('d1')}(?:/|,\s+){_Y.format('y1')}\b"),
        ),
        # 8 December 1999 / 17 February
        (
            "dm",
            re.compile(
                # ("28. MAY 2021": a full stop after the day)
                # (or a space before the comma: "14 September ,2020")
                rf"\b{_D.format('d1')}\.?\s+{_M.format('m1')}(?:\b|(?<=\.))"
                rf"(?:(?:,?\s+|[ \t]+,[ \t]*){_Y.format('y1')}"
                # a two-digit year after an apostrophe ("2 Oct.'08")
                rf"|\s?[’'](?P<yy>\d\d)\b|{_YEAR_WORDS})?"
            ),
        ),
        # April-May 2018 / April and May
        (
            "m-m",
            re.compile(
                rf"\b{_M.format('m1')}\s*(?:–|—|-|and|or|to)\s*{_M.format('m2')}\b"
                rf"(?:,?\s+{_Y.format('y1')})?"
            ),
        ),
        # (early|late|mid-) May 2012 / in February
        (
            "month",
            re.compile(
                r"(?:\b(?P<q>early|late|mid|the end of|the beginning of|the middle of"
                r"|[Ll]ast|[Nn]ext)[\s-]+)?"
                rf"\b{_M.format('m1')}\b(?:,?\s+{_Y.format('y1')}|{_YEAR_WORDS})?"
            ),
        ),
        # "in the spring", "this autumn", "last winter", "spring of 2020", "(until) early autumn":
        # three months, as the curators store them ("until" stays outside: a bound unless something
        # is put off until then); a bare "spring" or "fall" is not a date ("exports could fall")
        (
            "season",
            re.compile(
                r"\b(?:(?P<rel>[Tt]his|[Ll]ast|[Nn]ext)\s+|[Ii]n\s+(?:the\s+)?|(?:for|to|until)\s+the\s+"
                r"|(?<=until )|(?<=till )|(?P<y0>(?:19|20)\d\d)\s+)"
                r"(?:(?:early|late|mid)[\s-]+)?"
                r"(?P<season>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?P<y1>(?:19|20)\d\d))?"
            ),
        ),
        # "on New Year's Day", "Victory Day": a holiday's fixed day (``data/dates.yaml``)
        ("holiday", _holiday_pattern(data("dates")["holidays"])),
        # "in the second half of 2025": July to December, as the curators store it
        (
            "half-year",
            re.compile(
                r"\b(?:the\s+)?(?P<half>first|second)\s+half\s+of\s+(?P<y1>(?:19|20)\d\d)\b"
            ),
        ),
        # "in 2020", "in early 2020", "by mid-2020": the year (the text gives no month)
        (
            "year",
            re.compile(
                rf"\b(?:{'|'.join(_YEAR_OPENERS)})\s+(?:(?:{'|'.join(_YEAR_QUALIFIERS)})[- ])?"
                r"(?P<y1>(?:19|20)\d\d)\b"
            ),
        ),
        # "next year's gas price" dates the price, not an event: possessives are left out but
        # for a gathering's ("last year's forum")
        # "next year", "before the end of the year" (the year: "before" is part of the date here,
        # not a bound), "in the first half of next year" (January to June at month precision, as
        # the curators store it)
        (
            "this-year",
            re.compile(
                r"\b(?:(?:the\s+)?(?P<half>first|second)\s+half\s+of\s+)?"
                rf"(?P<rel>this|last|next) year\b{not_possessive}"
                r"|\b(?:(?:the\s+)?(?P<half2>first|second)\s+half|(?:(?:before|by)\s+)?the\s+end)"
                r"\s+of\s+the\s+year\b"
                r"(?![’']s)",
                re.I,
            ),
        ),
        # "two years ago", "30 years since the signing": that year (not "more than 20 years
        # ago", which is only a bound, "some 20 years ago" or "two or three years ago", nor a
        # span: "in the 25 years since", "for three years since")
        (
            "years-ago",
            re.compile(
                r"(?<![Mm]ore than )(?<![Oo]ver )(?<![Ss]ome )(?<![Aa]bout )(?<![Aa]round )"
                r"(?<![Rr]oughly )(?<!or )(?<!the )(?<!for )(?<!several )(?<!in )"
                rf"\b(?:(?:[Nn]early|[Aa]lmost|[Ee]xactly)\s+)?"
                rf"(?P<ago>{_COUNT})\s+years\s+(?:ago|since)\b"
            ),
        ),
        (
            "this-month",
            re.compile(
                rf"\b(?:(?:earlier|later)\s+)?(?P<rel>this|last|next) month\b{not_possessive}"
                r"|\b(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+(?P<rel2>this|last|next|the)"
                r" month\b(?![’']s)",
                re.I,
            ),
        ),
        (
            "this-week",
            re.compile(
                r"\b(?P<q>(?:earlier|later)\s+)?(?P<rel>this|last|next) week(?:[’']s)?\b", re.I
            ),
        ),
        # "on the 15th": a day of the publication month
        ("day-of-month", re.compile(r"\bon the (?P<d1>[0-3]?\d)(?:st|nd|rd|th)\b")),
        (
            "weekday",
            re.compile(
                r"\b(?:(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ll]ate|[Ee]arly|for)\s+(?:on\s+)?"
                r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                # "Sunday's vote", "Friday’s talks"
                r"|(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[’']s(?=\s)"
                # wire style without "on": "flew into Minsk Tuesday morning" (not a habit's
                # "every Monday morning" nor a programme's "his Sunday evening news show")
                rf"|{_WEEKDAY_INITIAL}(?<!every )(?<!each )(?<!his )(?<!her )(?<!their )(?<!its )"
                r"(?P<wd3>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                r"(?=\s+(?:morning|afternoon|evening|night)\b(?!\s+(?:news|show|programme|program"
                r"|broadcast|bulletin|edition|talk|meetings?|sessions?)\b))"
                # US wire style: "met Wednesday in the Kremlin", "leaves Thursday for China",
                # "marched through the city center Wednesday." (see ``events.yaml``)
                rf"|{_WEEKDAY_INITIAL}{bare_before}(?<!\bhis )(?<!\bher )(?<!\btheir )"
                r"(?<!\bits )(?P<wd4>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                rf"{bare_after})"
            ),
        ),
        (
            "relative-day",
            re.compile(
                r"\b(?P<rel>the day (?:after tomorrow|before yesterday)|today|yesterday|tomorrow"
                r"|last night|this morning|this evening|tonight"
                r"|(?:earlier|later) in the day)"
                r"(?:’s|'s)?\b",
                re.I,
            ),
        ),
    ]


def _holiday_pattern(holidays: dict[str, str]) -> re.Pattern[str]:
    """The holidays' names, longest first: an apostrophe straight, curly or left out ("New
    Year’s Day", "New Years Day"), any whitespace between words, a last "Day" or "Eve" in
    either case; perhaps a year or a year counted from the publication's after it ("Christmas
    Day 2019", "New Year's Day next year")."""
    names = sorted(holidays, key=len, reverse=True)
    alternatives = "|".join(
        r"\s+".join(re.escape(word).replace("'", "[’'‘ʼ]?") for word in name.split()[:-1])
        + r"\s+"
        + initial_either_case(re.escape(name.split()[-1]))
        for name in names
    )
    return re.compile(
        rf"\b(?P<holiday>{alternatives})\b(?:,?\s+(?P<y1>(?:19|20)\d\d)\b|{_YEAR_WORDS})?"
    )


@lru_cache(maxsize=1)
def _other_calendar() -> re.Pattern[str]:
    """A word right before a holiday's name that makes it another calendar's ("Lunar New Year's
    Eve", "the Old New Year"; ``data/dates.yaml``): tested on a match, not by look-behinds at
    every place the scan stops."""
    from .resources import data  # the vocabularies are read when first needed

    words = "|".join(map(re.escape, data("dates")["other_calendars"]))
    return re.compile(rf"\b(?:{words})\s+$")


@lru_cache(maxsize=1)
def _holidays() -> dict[str, tuple[int, int]]:
    """Each holiday's month and day, by its name as ``holiday_key`` writes it."""
    from .resources import data  # the vocabularies are read when first needed

    return {
        holiday_key(name): (int(month_day[:2]), int(month_day[3:]))
        for name, month_day in data("dates")["holidays"].items()
    }


def holiday_key(name: str) -> str:
    """A holiday's name as written, lower-cased, without apostrophes, its words one space
    apart: "New Year’s  day" and "New Year's Day" are one holiday."""
    return " ".join(re.sub("[’'‘ʼ]", "", name).lower().split())


@dataclass(frozen=True)
class DateExpr:
    """A date expression as written: which parts the text gives, and where."""

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    qualifier: str | None = None  # early/late/mid/last/next; "attributive": names its event;
    # "part": a part of a year ("before the end of the year"), which dates only a nearby event
    relative: str | None = None  # this/last/next year, today, a weekday name
    year_offset: int = 0  # "February last year": -1; "next year": +1

    @property
    def direction(self) -> str | None:
        """ "past" or "future" when the words themselves say so ("earlier this month", "last
        Thursday", "next year", "tomorrow"): a tense the event's verb may not show."""
        first = self.text.split(maxsplit=1)[0].lower() if self.text.strip() else ""
        if self.relative == "today":  # "later in the day" is no tense
            return None
        if first.startswith(("earlier", "last", "yesterday")) or self.relative == (
            "the day before yesterday"
        ):
            return "past"
        if first.startswith(("later", "next", "tomorrow")) or self.relative == (
            "the day after tomorrow"
        ):
            return "future"
        return None


@dataclass(frozen=True)
class Resolved:
    """A date as the data model stores it, plus what was inferred and why."""

    start: date | None
    end: date | None
    precision: str
    inferred: bool
    basis: str | None
    partial: str | None = None  # --MM-DD or --MM when day/month are known but not the year
    # without a year, the words put the date before publication ("last July")
    behind: bool = False

    @property
    def kind(self) -> str:
        """How much of the date is known: "partial" (no year), its precision, or "none"."""
        if self.partial:
            return "partial"
        return self.precision if self.start else "none"

    def against(self, published: date | None) -> str | None:
        """Whether the date lies "before", on ("same") or "after" the publication day (None
        when either is unknown)."""
        if published is None or self.start is None:
            return None
        if self.start < published:
            return "before"
        return "after" if self.start > published else "same"


UNKNOWN = Resolved(None, None, "unknown", False, None)


def _unknown(partial: str, basis: str, behind: bool = False) -> Resolved:
    """``UNKNOWN`` with a year-less date and its basis: built directly, as
    ``dataclasses.replace`` looks the fields up at every call (a date is resolved a dozen
    times a dispatch without a publication year)."""
    return Resolved(None, None, UNKNOWN.precision, UNKNOWN.inferred, basis, partial, behind)


def _month(value: str | None) -> int | None:
    if not value:
        return None
    return MONTHS.get(value.lower().rstrip("."))


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _count(value: str) -> int:
    if value.isdigit():
        return int(value)
    return sum(_COUNTS[w] for w in re.split(r"[- ]", value.lower()))


def valid_day(year: int, month: int, day: int) -> bool:
    """A day the calendar has (not 31 June; 29 February only in a leap year)."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def page_dates(text: str, start: int = 0, end: int | None = None) -> list[DateExpr]:
    """The date expressions in ``text[start:end]`` a page's date line or dateline may hold: not
    a holiday's name ("Victory Day" over a headline names no publication day)."""
    return [x for x in find_dates(text, start, end) if x.kind != "holiday"]


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateExpr]:
    """Every date expression in ``text[start:end]`` (found once per text, then filtered)."""
    end = len(text) if end is None else end
    found = _all_dates(text)
    i = bisect_left(found, start, key=lambda d: d.start)
    out = []
    while i < len(found) and found[i].start < end:
        if found[i].end <= end:
            out.append(found[i])
        i += 1
    return out


@lru_cache(maxsize=64)
def _all_dates(text: str) -> tuple[DateExpr, ...]:
    return tuple(_scan_dates(text, 0, len(text)))


# Words without which a (non-month) pattern cannot match, to skip it cheaply.
_NEEDS = {
    "this-year": ("year",),
    "half-year": ("half of",),
    "years-ago": ("years",),
    "this-month": ("month",),
    "this-week": ("week",),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "relative-day": (
        "today",  # (and "the day after tomorrow", "the day before yesterday")
        "yesterday",
        "tomorrow",
        "night",
        "this morning",
        "this evening",
        "in the day",
    ),
    "year": (
        " in 1",
        " in 2",
        " of 1",
        " of 2",
        "since ",
        " by ",
        "until ",
        "early ",
        "late ",
        "mid",
    ),
}
# The same as words of ``_NEEDS``, tested in one scan of the lowered text: "on the 1" … "on the
# 9" (nine scans of the text took 15 us a dispatch)
_NEEDS_IN_LOWERED = {"day-of-month": re.compile(r"on the [1-9]")}
# Words without which a pattern cannot match, as a pattern: one short scan skips a slow one.
_NEEDS_PATTERN = {"years-ago": re.compile(r"years\s+(?:ago|since)\b")}
NUMERIC_KINDS = {"numeric", "iso"}
_DIGIT_SEPARATOR = re.compile(r"\d[./-] ?\d")
MONTH_KINDS = {"md-md", "dm-dm", "md-d", "d-dm", "md", "dm", "m-m", "month"}
# the month kinds with a day: each match holds a digit (the "\d" of ``_D``)
DAY_KINDS = {"md-md", "dm-dm", "md-d", "d-dm", "md", "dm"}
_DIGIT = re.compile(r"\d")
# opening with the months' first letters, not with "\b": the engine skips in C to them
_MONTH_WORD = re.compile(at_word_start(_MONTH_BRANCHES) or rf"\b(?:{_MONTH_NAMES})")


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Ranges around month names: the only places month-based patterns can match. A range
    stops at a blank line: no date runs from a headline's "… in July" into the "10 June 2023"
    under it."""
    out: list[tuple[int, int]] = []
    for m in _MONTH_WORD.finditer(text, start, end):
        lo, hi = max(start, m.start() - 40), min(end, m.end() + 40)
        brk = text.rfind("\n\n", lo, m.start())
        lo = lo if brk < 0 else brk + 2
        brk = text.find("\n\n", m.end(), hi)
        hi = hi if brk < 0 else brk
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


# a year of four digits, as the "year" pattern ends: every match of it holds one
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d\b")


def _year_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""Ranges around four-digit years: the only places the "year" pattern can match (its
    scan of a whole dispatch stopped at every "in" and "of": 57 us, the ranges' scans 13).
    A range starts as far before the year as the pattern's words can (a qualifier and its
    separator, the whitespace before them, as long as it runs, and an opening word) and ends
    one character after it, which the pattern's closing "\b" reads. Touching ranges are
    merged: a match then lies inside one range, and a scan of that range finds what the scan
    of the whole text found in it."""
    qualifiers = (0, *(len(q) + 1 for q in _YEAR_QUALIFIERS))  # (with its separator)
    opener = max(map(len, _YEAR_OPENERS))
    out: list[tuple[int, int]] = []
    for year in _YEAR_DIGITS.finditer(text, start, end):  # (none overlap: "\b" ends each)
        at = year.start()
        words = min(_whitespace_start(text, at - q) for q in qualifiers if at - q >= 0)
        lo, hi = max(start, words - opener), min(end, year.end() + 1)
        if out and lo <= out[-1][1]:
            out[-1] = (min(out[-1][0], lo), hi)
        else:
            out.append((lo, hi))
    return out


# Patterns read near a key word only (``_ending_at_key_words``): the word as the pattern has it,
# and the most words a match holds before it ("the first half of this" year, "at the beginning
# of this" month), whitespace between them. None of those words holds the key word, and what
# follows the key word in a match is optional, or a look-ahead that passes at a text's end.
# (Not the seasons, read at their names (``_KEY_PLACES``): "early - summer" may run to any
# number of words.)
_KEY_WORDS = {
    "this-year": (re.compile(r"year\b", re.IGNORECASE), 5),
    "this-month": (re.compile(r"month\b", re.IGNORECASE), 5),
    "this-week": (re.compile(r"week\b", re.IGNORECASE), 2),
}


def _ending_at_key_words(
    kind: str, pattern: re.Pattern[str], text: str, start: int, end: int
) -> list[re.Match[str]]:
    """``pattern.finditer(text, start, end)`` for a pattern of ``_KEY_WORDS``, read near each
    key word (the scan of a whole dispatch by the "this-year" pattern stopped at every "the"
    and "this": 82 us over a development text, this 24). Near each key word the text is
    searched as if it ended right after it: every match holding that word is found there at
    its start (what follows the word passes at a text's end), besides places that match only
    so; each place found is matched against the whole text, and the first that matches is the
    one the whole scan finds (it holds this key word: the first after its start)."""
    key_word, words_before = _KEY_WORDS[kind]
    out: list[re.Match[str]] = []
    pos = start  # where the last match taken ends
    for key in key_word.finditer(text, start, end):
        lo = max(pos, _words_back(text, key.start(), words_before))
        while (cut := pattern.search(text, lo, key.end())) is not None:
            if cut.start() > key.start():
                break  # (a match holding a later key word: read there)
            whole = pattern.match(text, cut.start(), end)
            if whole is not None:
                out.append(whole)
                pos = whole.end()
                break
            lo = cut.start() + 1
    return out


def _words_back(text: str, at: int, words: int, hyphens: bool = False) -> int:
    """Where the whitespace-separated word ``words`` words before ``at`` starts (with
    ``hyphens``, hyphens separate words as whitespace does)."""
    apart = "-" if hyphens else ""  # (besides whitespace)
    for _ in range(words):
        while at > 0 and (text[at - 1].isspace() or text[at - 1] in apart):
            at -= 1
        while at > 0 and not (text[at - 1].isspace() or text[at - 1] in apart):
            at -= 1
    return at


def _whitespace_start(text: str, at: int) -> int:
    r"""Where the whitespace that ends at ``at`` starts (``at`` when none does): "\s" matches
    the characters ``str.isspace`` accepts."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


# Patterns whose every match holds a key place and starts at most so far before the first it
# holds: the key (found along the text; the key places cannot overlap), and where before a key
# place a match holding it can start at the earliest (``_starting_near_key_places``).
_SEPARATOR_AFTER_DIGIT = re.compile(r"[./-](?<=\d[./-])")  # ("[./-]" first: skipped to in C)
_KEY_PLACES: dict[str, tuple[re.Pattern[str], Callable[[str, int], int]]] = {
    # "on Monday", "for on Friday", "late Tuesday", "Sunday's": the name, capitalised, with at
    # most two words before it (an opener and "on"; the rest are look-arounds)
    "weekday": (
        re.compile("|".join(w.capitalize() for w in WEEKDAYS)),
        lambda text, at: _words_back(text, at, 2),
    ),
    # "24.05.2024", "5/7/01": one or two digits, then the first separator
    "numeric": (_SEPARATOR_AFTER_DIGIT, lambda text, at: at - 2),
    # "2024-05-24": four digits, then the first separator
    "iso": (_SEPARATOR_AFTER_DIGIT, lambda text, at: at - 4),
    # "until the early - summer", "in the spring", "2019 autumn": the season's name, with at
    # most three words before it (an opener, "the", a qualifier), apart by whitespace and
    # hyphens however many
    "season": (
        re.compile("|".join(SEASONS)),
        lambda text, at: _words_back(text, at, 3, hyphens=True),
    ),
}


def _starting_near_key_places(
    kind: str, pattern: re.Pattern[str], text: str, start: int, end: int
) -> list[re.Match[str]]:
    """``pattern.finditer(text, start, end)`` for a pattern of ``_KEY_PLACES``, tried only at
    the few places before each key place where a match holding it can start (the weekday
    pattern's scan of a whole dispatch stopped at every capital and every "on", "for" and
    "this": 70 us over a development text, this 21; the numeric and ISO patterns' at every
    digit, the seasons' at every "in", "to" and "this"). A match holds a key place and starts
    within reach before the first it holds: so no match starts elsewhere, and trying the places
    key by key, left to right, from the end of the last match taken, the first that matches is
    the one the whole scan finds next."""
    key, earliest = _KEY_PLACES[kind]
    out: list[re.Match[str]] = []
    pos = start  # where the last match taken ends (or the first place not yet tried)
    for found in key.finditer(text, start, end):
        at = max(pos, earliest(text, found.start()))
        while at <= found.start():
            m = pattern.match(text, at, end)
            if m is not None:
                out.append(m)
                pos = m.end()
                break
            at += 1
        else:
            pos = max(pos, found.start() + 1)
    return out


def _holiday_matches(
    pattern: re.Pattern[str], text: str, start: int, end: int
) -> list[re.Match[str]]:
    """``pattern.finditer(text, start, end)`` for the holidays' pattern, tried only where a
    holiday's first word stands, found as a literal (a match opens with one at a word's start):
    the pattern's scan of a whole dispatch stopped at every capital D, N, O, V, C and B (some
    30 us over a development text, a regex of the first words alone 16)."""
    places = sorted(
        at
        for word in _holiday_openings()
        for at in _occurrences(text, word, start, end)
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")
    )
    out: list[re.Match[str]] = []
    pos = start
    for at in places:
        if at < pos:
            continue
        m = pattern.match(text, at, end)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _occurrences(text: str, word: str, start: int, end: int) -> list[int]:
    """Where ``word`` starts in ``text[start:end]``."""
    out = []
    at = text.find(word, start, end)
    while at != -1:
        out.append(at)
        at = text.find(word, at + 1, end)
    return out


@lru_cache(maxsize=1)
def _holiday_openings() -> tuple[str, ...]:
    """The first words of the holidays' names."""
    from .resources import data  # the vocabularies are read when first needed

    return tuple(sorted({name.split()[0] for name in data("dates")["holidays"]}))


@lru_cache(maxsize=1)
def _guarded_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """The patterns behind a look-ahead for their first characters (same matches, faster)."""
    return [(kind, guarded(pattern)) for kind, pattern in _patterns()]


def _scan_dates(text: str, start: int, end: int) -> list[DateExpr]:
    """Every date expression in ``text[start:end]``, longest first, none overlapping."""
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    windows = _windows(text, start, end)
    # (the windows a day of the month can be read in: a third of them hold no digit)
    day_windows = [(lo, hi) for lo, hi in windows if _DIGIT.search(text, lo, hi)]
    lowered = text.lower()
    # "24.05.2024", "2024-05-24": digits on both sides of a separator (the numeric kinds'
    # test, run once for both)
    digits_separated = _DIGIT_SEPARATOR.search(text, start, end) is not None
    for kind, pattern in _guarded_patterns():
        needs = _NEEDS.get(kind)
        if needs and not any(n in lowered for n in needs):
            continue  # cheap test: the pattern cannot match without one of these words
        if kind in _NEEDS_IN_LOWERED and not _NEEDS_IN_LOWERED[kind].search(lowered):
            continue
        if kind in _NEEDS_PATTERN and not _NEEDS_PATTERN[kind].search(text, start, end):
            continue
        if kind in NUMERIC_KINDS and not digits_separated:
            continue
        if kind == "holiday":
            matches = _holiday_matches(pattern, text, start, end)
        elif kind in _KEY_WORDS:
            matches = _ending_at_key_words(kind, pattern, text, start, end)
        elif kind in _KEY_PLACES:
            matches = _starting_near_key_places(kind, pattern, text, start, end)
        else:
            if kind in DAY_KINDS:
                ranges = day_windows
            elif kind in MONTH_KINDS:
                ranges = windows
            elif kind == "year":
                ranges = _year_windows(text, start, end)
            else:
                ranges = [(start, end)]
            matches = [m for lo, hi in ranges for m in pattern.finditer(text, lo, hi)]
        for match in matches:
            s, e = match.span()
            if _overlaps_taken(taken, s, e):
                continue
            expr = _expr(kind, match, text)
            if expr is not None:
                found.append(expr)
                insort(taken, (s, e))
    return sorted(found, key=lambda x: x.start)


def _overlaps_taken(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span of ``taken`` (sorted, and none overlapping another
    by this test): the spans' ends rise with their starts, so of those starting before ``end``
    only the last can reach past ``start`` (one look instead of one per span taken)."""
    i = bisect_left(taken, (end,))
    return i > 0 and start < taken[i - 1][1]


def _two_digit_year(yy: str) -> int:
    """'08 is 2008, '98 is 1998."""
    return int(yy) + (2000 if int(yy) < 50 else 1900)


def _weekday_checked(base: dict, text: str, year: int, first: int, second: int) -> DateExpr | None:
    """A numeric date with a two-digit year and nothing after it, taken only when the weekday
    before it on its line is the day it falls on ("Saturday, 09/20/03"): the weekday settles
    the century (a hundred years on, the same day is another weekday) and which number is the
    month; without one, "(9/7/01)" in a list of other items' headlines is left alone."""
    weekday = _weekday_before(text, base["start"])
    if weekday is None:
        return None
    readings = {(first, second), (second, first)}  # day and month, in either order
    fits = [
        (d, m)
        for d, m in readings
        if valid_day(year, m, d) and date(year, m, d).weekday() == weekday
    ]
    if len(fits) != 1:
        return None
    d, m = fits[0]
    return DateExpr(**base, year=year, month=m, day=d)


def _expr(kind: str, match: re.Match[str], text: str) -> DateExpr | None:
    g = match.groupdict()
    s, e = match.span()
    base = {"start": s, "end": e, "text": text[s:e], "kind": kind}
    if g.get("ry"):
        base["year_offset"] = -1 if g["ry"] == "last" else 1
    if g.get("ago"):  # "two years ago": a year, counted back from the publication's
        base["year_offset"] = -_count(g["ago"])
    if kind == "years-ago":  # dates only an event right beside it ("met 16 years ago", "30
        # years since the signing"; see events._assign_dates)
        return DateExpr(**base, qualifier="part")
    if g.get("yw"):
        return _weekday_checked(base, text, _two_digit_year(g["yw"]), int(g["d1"]), int(g["m1"]))
    if kind in ("numeric", "iso"):
        y, m, d = _int(g.get("y1")) or _two_digit_year(g["yy"]), int(g["m1"]), int(g["d1"])
        if kind == "numeric" and m > 12 and d <= 12:
            m, d = d, m  # "08/27/2014", "08.19.08": the American order, the only one a 27th
            # or 19th month allows
        return DateExpr(**base, year=y, month=m, day=d) if valid_day(y, m, d) else None
    if kind in ("md-md", "dm-dm", "md-d", "d-dm", "md", "dm"):
        m1 = _month(g.get("m1"))
        d1 = _int(g.get("d1"))
        m2 = _month(g.get("m2")) or (m1 if g.get("d2") else None)
        d2 = _int(g.get("d2"))
        if not m1 or not d1 or not valid_day(2000, m1, d1) or (d2 and not valid_day(2000, m2, d2)):
            return None
        year = _int(g.get("y1"))
        if g.get("yy"):
            year = _two_digit_year(g["yy"])
        return DateExpr(**base, year=year, month=m1, day=d1, end_month=m2, end_day=d2)
    if kind == "m-m":
        return DateExpr(
            **base, year=_int(g.get("y1")), month=_month(g["m1"]), end_month=_month(g["m2"])
        )
    if kind == "month":
        if g["m1"] == "May" and not g.get("y1") and not g.get("q"):
            # A bare capitalised "May" opening a sentence is the verb, not the month (but
            # "In May the two met" is the month).
            before = text[max(0, s - 4) : s]
            if not re.search(
                r"\b(?i:in|of|early|late|mid|since|until|by)\s*$", text[max(0, s - 12) : s]
            ) or before.endswith((". ", "\n")):
                return None
        if g["m1"].lower().rstrip(".") in {"mar", "may"} and g["m1"][0].islower():
            return None
        q = g.get("q")  # "Last June" opening a sentence is "last June"
        return DateExpr(
            **base, year=_int(g.get("y1")), month=_month(g["m1"]), qualifier=q and q.lower()
        )
    if kind == "holiday":
        if _other_calendar().search(text, max(0, s - 20), s):
            return None
        month, day = _holidays()[holiday_key(g["holiday"])]
        return DateExpr(**base, year=_int(g.get("y1")), month=month, day=day)
    if kind == "half-year":
        first = _HALF_FIRST_MONTH[g["half"]]
        return DateExpr(s, e, text[s:e], "m-m", year=int(g["y1"]), month=first, end_month=first + 5)
    if kind == "year":
        year_start = match.start("y1")
        return DateExpr(year_start, e, text[year_start:e], kind, year=int(g["y1"]))
    if kind == "this-month":
        rel = (g.get("rel") or g["rel2"]).lower()
        return DateExpr(**base, relative=("this" if rel == "the" else rel) + " month")
    if kind == "this-week":
        q = (g.get("q") or "").strip().lower()
        return DateExpr(**base, relative=g["rel"].lower() + " week", qualifier=q or None)
    if kind == "season":
        first = SEASONS[g["season"].lower()]
        year = _int(g.get("y1") or g.get("y0"))
        rel = (g.get("rel") or "").lower() or None
        return DateExpr(
            **base,
            year=year,
            month=first,
            end_month=(first + 1) % 12 + 1,
            relative=f"{rel} season" if rel and not year else None,
        )
    if kind == "day-of-month":
        day = int(g["d1"])
        return DateExpr(**base, day=day, relative="nth day") if 1 <= day <= 31 else None
    if kind == "this-year":
        half = (g.get("half") or g.get("half2") or "").lower()
        first = _HALF_FIRST_MONTH.get(half)
        part = bool(half) or not g.get("rel") or "end of" in base["text"].lower()
        return DateExpr(
            **base,
            month=first,
            end_month=first + 5 if first else None,
            qualifier="part" if part else None,  # dates only the event it follows closely
            relative=(g.get("rel") or "this").lower() + " year",
        )
    if kind == "weekday":
        return DateExpr(**base, relative=(g["wd"] or g["wd2"] or g["wd3"] or g["wd4"]).lower())
    # "last night" is yesterday's; "this morning" and "later in the day" are today's
    if kind == "relative-day":
        before = _OUTLET_BEFORE.search(text, max(0, s - 40), s) if g["rel"] == "Today" else None
        if before and before.group(1) in _country_names():
            return None  # an outlet's name: "told Georgia Today", "Russia Today", "USA Today"
        rel = g["rel"].lower()
        rel = {"last night": "yesterday"}.get(
            rel, "today" if rel[:4] in ("this", "toni") or rel.endswith(" the day") else rel
        )
        return DateExpr(**base, relative=rel)
    return None


# the first month of a year's half ("the second half of 2025": July to December)
_HALF_FIRST_MONTH = {"first": 1, "second": 7}
# "told Georgia Today", "an interview with Russia Today" (not a headline's "Visit Russia Today")
_OUTLET_BEFORE = re.compile(r"\b(?:told|to|with|by|on|from|of)\s+([A-Z][A-Za-z]+) $")


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    from .resources import data  # the vocabularies are read when first needed

    return frozenset(data("places")["countries"]) | {"USA"}


_WEEKDAY_NAME = rf"(?P<wd>{'|'.join(w.capitalize() for w in WEEKDAYS)})\b"
# a weekday's name in any case ("Thursday", "THURSDAY")
WEEKDAY_WORD = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lead_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A weekday after a speech verb, a weekday of an event (not "late on"), and plan words."""
    from .resources import data  # the vocabularies are read when first needed

    words = data("events")["date_context"]
    said = "|".join(words["speech_verbs"])
    return (
        # "said on Thursday" within a clause, or "said Thursday" right after the verb (not
        # "told the Sunday Times", nor "said Sunday's vote", the day of something said of)
        re.compile(
            rf"\b(?:{said})\b(?:[^.;:\"“”«»\n]{{0,60}}?\bon)?\s+{_WEEKDAY_NAME}"
            r"(?!\s+[A-Z]|[’']s\b)"
        ),
        re.compile(rf"(?<![Ll]ate )(?<![Ee]arly )\b[Oo]n\s+{_WEEKDAY_NAME}"),
        re.compile(rf"\b(?:{'|'.join(words['plan_words'])})\b"),
    )


def _bare_weekday_around(context: dict[str, list[str]]) -> tuple[str, str]:
    """What stands around a bare weekday (``events.yaml``'s ``date_context``): a lower-case
    word before it, not one of ``not_before_bare_weekday``; punctuation or one of
    ``after_bare_weekday`` after it."""
    not_after = "".join(rf"(?<!\b{w} )" for w in context["not_before_bare_weekday"])
    after = "|".join(context["after_bare_weekday"])
    return rf"(?<=[a-z] ){not_after}", rf"(?=[,.;]|\s+(?:{after})\b)"


@lru_cache(maxsize=1)
def _bare_weekday() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Wire style without "on" ("flew home from Moscow Wednesday and …"): the weekday, a
    past-tense verb before it, and a modal before it (see ``events.yaml``'s ``date_context``)."""
    from .resources import data

    words = data("events")["date_context"]
    bare_before, bare_after = _bare_weekday_around(words)
    return (
        re.compile(rf"{_WEEKDAY_INITIAL}{bare_before}{_WEEKDAY_NAME}{bare_after}"),
        # a word in -ed ("returned"), not "need", "speed" or "indeed"
        re.compile(rf"\b(?:[a-z]{{2,}}(?<!e)ed|{'|'.join(words['past_verbs'])})\b"),
        re.compile(rf"\b(?:{'|'.join(words['modals'])})\b", re.I),
    )


_LEAD_WORDS = 4  # fewer words than this after the date is a date or time line, not the lead


def _lead_paragraph(text: str, start: int) -> tuple[int, int]:
    """The lead paragraph at or after ``start``: a header's own date line ("June 13, 15:07",
    "UPDATED: …"), a headline and a standfirst (no full stop) are passed over for the first
    paragraph of prose (four at most)."""
    for _ in range(4):
        end = text.find("\n\n", start)
        end = end if end >= 0 else len(text)
        body = text[start:end]
        if end == len(text) or (
            len(body.split()) >= _LEAD_WORDS and re.search(r"[.!?][”\"’»)]*(?:\s|$)", body)
        ):
            return start, end
        start = end + 2
    return start, start


def _lead_sentence_end(text: str, start: int, end: int) -> int:
    """The end of the lead's first sentence: a dateline cut off as a "sentence" of its own
    ("MOSCOW, June 14 /ITAR-TASS/.") is joined to the sentence that follows it."""
    for s in sentences(text):
        if s.end > start and len(text[max(s.start, start) : s.end].split()) >= 6:
            return min(s.end, end)
    return end


_WEEKDAY_BEFORE = re.compile(rf"(?i:(?P<wd>{'|'.join(WEEKDAYS)})),?[ \t]*$")
_WEEKDAY_AFTER = re.compile(r",?[ \t]*(?P<wd>[A-Za-z]+)")


# a word right before a date that makes it a bound of what it dates, not its day ("exercises
# which run until Sept. 25", "no talks before March", "after the 20th"; not "through", as
# "talks continued through last week" were held then)
BOUND_BEFORE = re.compile(r"\b(?P<word>after|before|until|till|by|since|from)\s+(?:the\s+)?$", re.I)


def without_dates(text: str, start: int, end: int, found: list[DateExpr]) -> str:
    """The stretch with its dates (``found`` in it, in order) taken out, to see what else a
    date line holds ("12:40 06.09.2023 (updated: 14:05 …)" → "12:40   (updated: 14:05 …)")."""
    rest, pos = [], start
    for e in found:
        rest.append(text[pos : e.start])
        pos = e.end
    rest.append(text[pos:end])
    return " ".join(rest)


def stated_weekday(text: str, start: int, end: int) -> int | None:
    """The weekday a date line gives beside its date on the same line ("Daily Digest |
    Thursday, January 11", "January 11, Thursday"): a year-less dispatch's own weekday, as
    good as its lead's (a weekday on the line above is the headline's)."""
    before = _weekday_before(text, start)
    if before is not None:
        return before
    after = _WEEKDAY_AFTER.match(text, end)
    return WEEKDAYS.get(after.group("wd").lower()) if after else None


def _weekday_before(text: str, start: int) -> int | None:
    """The weekday right before ``start`` on its line ("Thursday, January 11"), if any."""
    line_start = text.rfind("\n", 0, start) + 1
    before = _WEEKDAY_BEFORE.search(text, line_start, start)
    return WEEKDAYS[before.group("wd").lower()] if before else None


def lead_weekday(text: str, start: int) -> int | None:
    """The weekday of a dispatch whose dateline has no year, as its lead gives it: wire copy
    reports what was "said on Thursday" or "signed … on Tuesday" on the dateline's day (but
    "late on Tuesday" is the night before, and a plan "to meet on Saturday" lies ahead). Only
    the lead paragraph from ``start`` is read, and for an event only its first sentence; with
    neither, the first saying dated by a weekday further down."""
    spoken, event_day, plan = _lead_patterns()
    start, end = _lead_paragraph(text, start)
    m = spoken.search(text, start, end)
    if (
        m
        and not plan.search(text, m.start(), m.start("wd"))
        and not _NOT_THE_DAY.search(text, m.start(), m.start("wd"))
    ):
        return WEEKDAYS[m.group("wd").lower()]
    sentence_end = _lead_sentence_end(text, start, end)
    m = event_day.search(text, start, sentence_end)
    if m and not plan.search(text, start, m.start()):
        return WEEKDAYS[m.group("wd").lower()]
    bare, past, modal = _bare_weekday()
    m = bare.search(text, start, sentence_end)
    if (
        m
        and past.search(text, start, m.start())
        and not plan.search(text, start, m.start())
        and not modal.search(text, start, m.start())
    ):
        return WEEKDAYS[m.group("wd").lower()]
    # else the first saying further down that is dated by a bare weekday ("Peskov told
    # reporters on Wednesday"; not "said last Thursday" or a plan)
    for m in spoken.finditer(text, end):
        if not plan.search(text, m.start(), m.start("wd")) and not _NOT_THE_DAY.search(
            text, m.start(), m.start("wd")
        ):
            return WEEKDAYS[m.group("wd").lower()]
    return None


_NOT_THE_DAY = re.compile(r"\b(?:last|next|late|this|early)\s+(?:on\s+)?$", re.I)


def resolve(
    expr: DateExpr,
    published: date | None,
    tense: str = "past",
    partial: str | None = None,
    weekday: int | None = None,
) -> Resolved:
    """Turn an expression into stored dates, using the publication date only if it is known.

    ``published`` must be a date whose year the text states; with ``None`` a missing year stays
    missing (partial ``--MM-DD``) and relative expressions stay unknown, unless ``weekday``
    (the publication day's weekday, from the lead) places a weekday or week on the calendar.
    """
    if expr.relative:
        if published is None and partial:
            return _resolve_relative_partial(expr, partial, tense, weekday)
        return _resolve_relative(expr, published, tense)
    year, inferred = expr.year, False
    if year is None:
        if published is None:
            if expr.month:
                partial = f"--{expr.month:02d}" + (f"-{expr.day:02d}" if expr.day else "")
                counted = "counts its year from the publication's" if expr.year_offset else None
                return _unknown(
                    partial,
                    f"'{expr.text}' {counted or 'gives no year'}; the publication year is "
                    "not stated: curator to resolve",
                    behind=expr.qualifier == "last",
                )
            return UNKNOWN
        year, inferred = _nearest_year(expr, published, tense), True
        if expr.year_offset:  # "in February last year"
            year = published.year + expr.year_offset
        elif expr.qualifier in ("last", "next") and expr.month:
            # "last January" in a January dispatch is a year back; "next May" the May ahead
            ahead = expr.qualifier == "next"
            year = published.year + (
                (1 if expr.month <= published.month else 0)
                if ahead
                else (-1 if expr.month >= published.month else 0)
            )
    basis = f"year {year} taken from the dispatch's day" if inferred else None
    if inferred and expr.year_offset:
        basis = f"year {year}: '{expr.text}' counted from the publication year"
    if expr.month is None:
        return Resolved(date(year, 1, 1), date(year, 1, 1), "year", inferred, basis)
    if expr.day is None:
        first = date(year, expr.month, 1)
        last = first
        if expr.end_month:  # "winter 2015", "December–February": the end is in the next year
            last = date(year + (expr.end_month < expr.month), expr.end_month, 1)
        return Resolved(first, last, "month", inferred, basis)
    if expr.month == 2 and expr.day == 29 and not calendar.isleap(year):
        # "Feb. 29" of a year that has none: no year can be given without guessing
        return _unknown("--02-29", f"'{expr.text}' is not a day of {year}: curator to resolve")
    start = date(year, expr.month, expr.day)
    end = start
    if expr.end_day:
        end_year = year + (1 if (expr.end_month or expr.month) < expr.month else 0)
        end = date(end_year, expr.end_month or expr.month, expr.end_day)
    return Resolved(start, end, "day", inferred, basis)


def _nearest_year(expr: DateExpr, published: date, tense: str) -> int:
    """The publication year, or the one before/after when the tense says so (a plan that
    could lie either way: across the new year only when within two months of it)."""
    month, day = expr.month or 1, expr.day or 1
    if (
        tense == "past"
        and (month, day) > (published.month, published.day)
        and month - published.month > 2
    ):
        return published.year - 1
    if (
        tense == "future"
        and (month, day) < (published.month, published.day)
        and published.month - month > 2
    ):
        return published.year + 1
    if tense == "untensed":
        # no tense at all: the publication year's day, unless that lies more than half a year
        # ahead ("since the December 8 summit" in March); across the new year as for "nearest"
        # ("with the presidential election on January 26" in December)
        if (date(published.year, month, min(day, 28)) - published).days > 183:
            return published.year - 1
        tense = "nearest"
    if tense == "nearest" and month != published.month:
        # a postponed or called-off plan "for December" in a January dispatch was last December,
        # one "for January" in a December dispatch next January; further off, this year's
        if month > published.month and (published.month - month) % 12 <= 2:
            return published.year - 1
        if month < published.month and (month - published.month) % 12 <= 2:
            return published.year + 1
    return published.year


def partial_parts(partial: str) -> tuple[int, int | None]:
    """The month and day (None for ``--MM``) of a year-less date ``--MM-DD``."""
    parts = [int(x) for x in partial.strip("-").split("-")]
    return parts[0], (parts[1] if len(parts) > 1 else None)


def _resolve_relative_partial(
    expr: DateExpr, partial: str, tense: str = "past", weekday: int | None = None
) -> Resolved:
    """'today', 'last month'… against a publication date known only as --MM-DD: the result
    has no year either (and is unknown where the year would matter, as on 1 March). Weekdays
    and weeks need the publication day's ``weekday`` as well."""
    month, day = partial_parts(partial)
    rel = expr.relative or ""
    basis = f"'{expr.text}' resolved against the dispatch's day {partial} (year unknown)"
    if weekday is not None and day is not None and rel in WEEKDAYS:
        # (a week is a range, which a --MM-DD partial cannot hold: it stays for the curator)
        # every year in which the publication day falls on that weekday gives the same
        # month and day, unless a 29 February lies between: then it stays unknown
        found = {
            r.start.strftime("--%m-%d")
            for y in _years_on_weekday(month, day, weekday)
            for r in [_resolve_relative(expr, date(y, month, day), tense)]
            if r.start is not None
        }
        if len(found) == 1:
            basis += ", its weekday taken from the lead"
            return _unknown(found.pop(), basis)
        return UNKNOWN
    if rel.endswith(" month"):
        shifted = (month - 1 + {"this": 0, "last": -1, "next": 1}[rel.split()[0]]) % 12 + 1
        return _unknown(f"--{shifted:02d}", basis)
    if rel == "nth day" and expr.day and valid_day(2024, month, expr.day):
        return _unknown(f"--{month:02d}-{expr.day:02d}", basis)
    if rel in _DAYS_AWAY and day is not None:
        offset = _DAYS_AWAY[rel]
        days = (
            {
                (date(y, month, day) + timedelta(days=offset)).strftime("--%m-%d")
                for y in (2023, 2024)
            }
            if valid_day(2024, month, day)
            else set()
        )
        if len(days) == 1:
            return _unknown(days.pop(), basis)
    return UNKNOWN


@lru_cache(maxsize=512)
def _years_on_weekday(month: int, day: int, weekday: int) -> tuple[int, ...]:
    """The years from 2001 to 2028 in which the day of the month falls on the weekday: the
    publication years a partial date with a known weekday may have (worked out once per day
    and weekday, not at each of its weekday words)."""
    return tuple(
        y
        for y in range(2001, 2029)
        if valid_day(y, month, day) and date(y, month, day).weekday() == weekday
    )


_DAYS_AWAY = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _resolve_relative(expr: DateExpr, published: date | None, tense: str) -> Resolved:
    if published is None:
        return UNKNOWN
    rel = expr.relative or ""
    basis = f"'{expr.text}' resolved against the dispatch's day {published.isoformat()}"
    if rel.endswith(" month"):
        offset = {"this": 0, "last": -1, "next": 1}[rel.split()[0]]
        index = published.year * 12 + published.month - 1 + offset
        first = date(index // 12, index % 12 + 1, 1)
        return Resolved(first, first, "month", True, basis)
    if rel.endswith(" year"):
        offset = {"this": 0, "last": -1, "next": 1}[rel.split()[0]]
        year = published.year + offset
        if expr.month and expr.end_month:  # a half-year: its months
            first, last = date(year, expr.month, 1), date(year, expr.end_month, 1)
            return Resolved(first, last, "month", True, basis)
        first = date(year, 1, 1)
        return Resolved(first, first, "year", True, basis)
    if rel.endswith(" week"):  # Monday to Sunday of that week (docs/curation.md)
        offset = {"this": 0, "last": -1, "next": 1}[rel.split()[0]]
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=offset)
        first, last = monday, monday + timedelta(days=6)
        if offset == 0 and expr.qualifier == "later":  # the rest of this week
            first = min(published + timedelta(days=1), last)
        elif offset == 0 and expr.qualifier == "earlier":
            last = max(published - timedelta(days=1), first)
        return Resolved(first, last, "day", True, basis)
    if rel.endswith(" season"):  # "this autumn": the season of the publication year
        offset = {"this": 0, "last": -1, "next": 1}[rel.split()[0]]
        year = published.year + offset
        end_month = expr.end_month or expr.month or 1
        end_year = year + (1 if end_month < (expr.month or 1) else 0)
        return Resolved(
            date(year, expr.month or 1, 1), date(end_year, end_month, 1), "month", True, basis
        )
    if rel == "nth day" and expr.day:  # "on the 15th": of the publication month
        month, year = published.month, published.year
        if tense == "future" and expr.day < published.day:
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        elif tense == "past" and expr.day > published.day:
            month, year = (12, year - 1) if month == 1 else (month - 1, year)
        if not valid_day(year, month, expr.day):
            return UNKNOWN
        day = date(year, month, expr.day)
        return Resolved(day, day, "day", True, basis)
    if rel in _DAYS_AWAY:
        day = published + timedelta(days=_DAYS_AWAY[rel])
        return Resolved(day, day, "day", True, basis)
    if rel in WEEKDAYS:
        delta = (published.weekday() - WEEKDAYS[rel]) % 7
        ahead = (WEEKDAYS[rel] - published.weekday()) % 7
        # a called-off plan ("had been planned for Monday") is the nearer of the two Mondays
        forward = tense == "future" or (tense == "nearest" and 0 < ahead < delta)
        if expr.direction == "past":  # "last Friday", whatever the verb's tense (a week back
            day = published - timedelta(days=delta or 7)  # in a Friday's dispatch)
        elif expr.direction == "future":  # "next Tuesday", even in a report of a plan
            day = published + timedelta(days=ahead or 7)
        elif not forward or delta == 0:
            day = published - timedelta(days=delta)
        else:
            day = published + timedelta(days=ahead)
        return Resolved(day, day, "day", True, basis)
    return UNKNOWN
