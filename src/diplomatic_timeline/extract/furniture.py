"""Page furniture: navigation, credits, captions and related-item lists are not news."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .dates import WEEKDAYS, page_dates, without_dates
from .regexes import first_chars, guarded
from .resources import data
from .text import QUOTE_MARK, Segment, ends_sentence, lines

_BAR_SEPARATOR = re.compile(r"\s(?:[|/>»›·]|::)\s")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
# a dateline opening the line ("MINSK, 14 June (BelTA) –"): the news, never a caption
_DATELINE_START = re.compile(r"^[A-Z][A-Z .’'-]{2,}(?:,|\s\()")
_PARAGRAPH_END = re.compile(r"[ \t]*(?:\n[ \t]*(?:\n|$)|$)")
# (not an abbreviation's full stop: "St. Petersburg", "Mr. Putin")
# (not after initials: "U.S. Secretary of State Condoleezza Rice, centre, meets …"; but
# "… had a Plan B. Talks …" ends a sentence)
_SENTENCE_BREAK = re.compile(
    r"(?<!\bSt)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\b[A-Z]\.[A-Z])[.!?][\"”’»]?\s+[A-Z\"“«]"
)
_KICKER = re.compile(r"[A-Z]{3,}(?:\s[A-Z]{3,})?\.\s")


def _kicker_end(line: str) -> int:
    """Where a caption's kicker in capitals ends ("ALLIES. …"), else 0."""
    m = _KICKER.match(line)
    return m.end() if m else 0


_DATE_LINE = re.compile(r"^\d{1,2}[:. ]\d{2}|\b\d{4},?\s+\d{1,2}:\d{2}\b")


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
    line_kind = _line_classifier()
    held = line_kind.words_held(text)  # (the words some line rules need)
    block_rules, credit = _block_and_credit_rules()
    found: list[Furniture] = []
    captions: set[str] = set()
    split: set[int] = set()  # lines a caption rule read, split from their credit
    all_lines = lines(text)
    block_end = -1
    for i, seg in enumerate(all_lines):
        if seg.start < block_end:
            continue
        line = seg.of(text)
        block = next((kind for rx, kind in block_rules if rx.search(line)), None)
        if block:
            block_end = _block_end(text, all_lines, i, rules["block_body_line_chars"])
            found.append(Furniture(seg.start, block_end, text[seg.start : block_end], block, 0.95))
            continue
        # a credit has a label and a colon ("Photo: …"), brackets or slashes ("Name/Agency"):
        # else skip it (the search is costly, and many lines hold a colon)
        m = credit.search(line) if _may_hold_credit(line) else None
        # a whole line of photographer and agency ("Sergei Bobylev / ITAR-TASS") is a credit,
        # though the navigation-bar rule would read it as a bar of two items; a byline
        # ("By Andrei Makhovsky / Reuters") stays a byline
        whole_credit = m is not None and m.start() == 0 and not line.startswith("By ")
        kind = None
        if not whole_credit:
            kind = line_kind(line, held) or _correspondent(text, all_lines, i)
        # a caption of its own words ending in its credit ("… in Sochi. — Reuters photo") is
        # split below (not "GRAPHIC: Photo: REUTERS; …", a label before its credit)
        ends_in_credit = (
            m is not None and len(line[: m.start()].split()) >= 3 and m.end() >= len(line.rstrip())
        )
        if kind and not (kind == "caption" and ends_in_credit):
            found.append(Furniture(seg.start, seg.end, line, kind, 0.9))
            continue
        if (
            m
            and m.start() > 0
            and (i == 0 or QUOTE_MARK.search(line))
            and not m.group(0).endswith("or licensors)")  # (a credit no source note reads as)
        ):
            m = None  # a headline or a quotation ending in its sources: "… (Reuters/AP)"
        if (
            m
            and m.start() > 0
            and line[m.start()] == "("
            and not _caption_sized(line[: m.start()], m.group(0))
        ):
            m = None  # a paragraph of the story ending in its source: "…, the Kremlin said. (AP)"
        if m and _BARE_NAME.fullmatch(m.group(0)) and _tells_news(line[: m.start()]):
            m = None  # "Putin and Lukashenko met in Sochi. (Kremlin Press Service)": its source
        if m and _lone_agency(m.group(0)) and not _describes_a_photo(line[: m.start()]):
            m = None  # "… on December 20, the Kremlin said. Reuters": the story's sign-off
        if m and len(line) < 300:
            caption = line[: m.start()].rstrip(" \t|/")  # (not the "|" before the credit)
            if kind:
                split.add(i)
            if caption:
                found.append(
                    Furniture(seg.start, seg.start + len(caption), caption, "caption", 0.8)
                )
                captions.add(caption)
            found.append(Furniture(seg.start + m.start(), seg.end, m.group(0), "photo_credit", 0.9))
        elif kind:  # a caption whose ending is no credit after all
            found.append(Furniture(seg.start, seg.end, line, kind, 0.9))
    taken = {(f.start, f.end) for f in found}
    for seg in all_lines:
        line = seg.of(text)
        if line in captions and (seg.start, seg.end) not in taken and not _inside(found, seg.start):
            found.append(Furniture(seg.start, seg.end, line, "caption", 0.8))
    found += _captions_next_to_credits(
        text, all_lines, found, rules["caption_max_chars"], frozenset(split)
    )
    found += _section_labels(text, all_lines, found, rules["section_label_max_words"])
    menu_words = rules["section_label_max_words"]
    menu = _menu_items(text, all_lines, found, menu_words)
    return _one_menu(text, sorted(found + menu, key=lambda f: f.start), menu, menu_words)


_REPORTED = re.compile(r"\b(?:said|says|told|tells|added|according)\b")
# a credit that is only a name in brackets ("(Kremlin)", "(Belarusian Ministry of Defense)"):
# it credits a photo's caption, not a story's sentence in the past
_BARE_NAME = re.compile(r"\([^()/:\n]+\)")


@cache
def _words_pattern(name: str) -> re.Pattern[str]:
    """Any of a vocabulary's words (``furniture.yaml``), as whole words."""
    return re.compile(rf"\b(?:{'|'.join(data('furniture')[name])})\b")


def _tells_news(sentence: str) -> bool:
    """A story's sentence, not a photo's caption, before a name in brackets: it has a past
    tense, a plan or a report ("met", "will meet", "said", "next Friday"), and no position of
    the people in a photo ("Putin (R) meets Lukashenko … (AFP)")."""
    return not _position_in_photo().search(sentence) and bool(
        _words_pattern("past_tense").search(sentence)
        or _words_pattern("not_caption_words").search(sentence)
        or _DAY_AHEAD.search(sentence)
    )


@cache
def _position_in_photo() -> re.Pattern[str]:
    """A person's place in a photo: "(R)", "(left)", ", right,"."""
    words = "|".join(re.escape(w) for w in data("furniture")["photo_positions"])
    return re.compile(rf"\((?:{words})\)|,\s(?:left|right),")


# a plan's day ("meets in Moscow next Friday"): no caption's
_DAY_AHEAD = re.compile(rf"\b(?:next|this)\s+(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})\b")


def _describes_a_photo(line: str) -> bool:
    """A caption an agency's bare name may credit: short, and in a caption's present or
    participle ("Yeltsin and Lukashenko shaking hands after the signing", "Lukashenko speaks
    during a news conference"), not a story's plan or report."""
    return len(line) <= data("furniture")["caption_max_chars"] and not _words_pattern(
        "not_caption_words"
    ).search(line)


def _lone_agency(line: str) -> bool:
    """An agency's bare name, perhaps after a dash ("REUTERS", "— AFP")."""
    return line.lstrip("—–- ") in data("furniture")["lone_agencies"]


def _caption_sized(caption: str, credit: str) -> bool:
    """A caption before a bracketed credit: short, and reporting no one's words (a wire
    photo's caption may run longer before a credit that says it is a photo's: "…, Monday,
    Sept. 14, 2020. (Sergei Chirikov/Pool Photo via AP)")."""
    longest = data("furniture")["caption_max_chars"]
    if _words_pattern("photo_credit_words").search(credit):
        longest += 100
    return len(caption) <= longest and not _REPORTED.search(caption)


def _may_hold_credit(line: str) -> bool:
    """A cheap test before the credit pattern: each of its forms needs a slash, a bracket, a
    closing parenthesis or an agency's name at the end, or a photo label with its colon."""
    return (
        "/" in line
        or "[" in line
        or line.endswith(")")
        or line.rpartition(" ")[2] in data("furniture")["credit_last_words"]
        or (":" in line and any(label in line for label in data("furniture")["credit_labels"]))
    )


_MENU = 0.7  # the confidence of a menu's items, and of the menu they are joined into


def _menu_item(line: str, max_words: int) -> bool:
    """A short line with no digit (a date or time line is the page's date) and no sentence end."""
    return (
        len(line.split()) <= max_words
        and not any(map(str.isdigit, line))
        and not line.rstrip().endswith((".", "!", "?", ":", ","))
    )


def _menu_items(
    text: str, all_lines: list, found: list[Furniture], max_words: int
) -> list[Furniture]:
    """A site menu one item per line ("Navigation menu" / "News" / "Middle East" / "Africa"):
    the short lines that follow a short navigation line with no blank line between, none
    ending a sentence or holding a digit, are its items."""
    out: list[Furniture] = []
    items = {f.end for f in found if f.kind == "navigation" and len(f.text.split()) <= max_words}
    for i, seg in enumerate(all_lines[:-1]):
        if seg.end not in items and not (out and out[-1].end == seg.end):
            continue
        nxt = all_lines[i + 1]
        line = nxt.of(text)
        after = all_lines[i + 2] if i + 2 < len(all_lines) else None
        if (
            text.count("\n", seg.end, nxt.start) == 1
            and _menu_item(line, max_words)
            and not _inside(found, nxt.start)
            # the block ends at a blank line or goes on with items: a short line with a
            # byline or a paragraph right under it is the headline ("Minsk balancing act")
            and (
                after is None
                or text.count("\n", nxt.end, after.start) > 1
                or (_menu_item(after.of(text), max_words) and not after.of(text).startswith("By "))
            )
        ):
            out.append(Furniture(nxt.start, nxt.end, line, "navigation", _MENU))
    return out


def _one_menu(
    text: str, found: list[Furniture], menu: list[Furniture], max_words: int
) -> list[Furniture]:
    """A menu one item per line is one navigation span, from its first line to its last (each
    short navigation line touching the one before joins it)."""
    out: list[Furniture] = []
    items = set(menu)
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == f.kind == "navigation"
            and (f in items or prev.confidence == _MENU or _menu_item(f.text, max_words))
            and text[prev.end : f.start] == "\n"
        ):
            out[-1] = Furniture(prev.start, f.end, text[prev.start : f.end], "navigation", _MENU)
        else:
            out.append(f)
    return out


def _correspondent(text: str, all_lines: list, i: int) -> str | None:
    """ "Name Surname in City" below the headline and right above a time stamp is a byline."""
    if not 0 < i < len(all_lines) - 1 or not _correspondent_rule().match(all_lines[i].of(text)):
        return None
    gap = text[all_lines[i].end : all_lines[i + 1].start]
    stamp = all_lines[i + 1].of(text)
    return "byline" if gap.count("\n") == 1 and _TIME.search(stamp) else None


@cache
def _correspondent_rule() -> re.Pattern[str]:
    return re.compile(data("furniture")["correspondent"])


@cache
def _block_and_credit_rules() -> tuple[list[tuple[re.Pattern[str], str]], re.Pattern[str]]:
    rules = data("furniture")
    blocks = [(re.compile(r["pattern"]), r["kind"]) for r in rules["blocks"]]
    # the credit pattern is searched along whole lines (a paragraph's, often): behind a guard
    # for the capitals and marks it can start with, seven times faster there
    return blocks, guarded(re.compile(rules["credit"]))


@cache
def _line_classifier() -> _LineRules:
    return _LineRules(data("furniture")["lines"])


class _LineRules:
    """The kind of the first line rule (in data order) that matches a line. Rules anchored at
    the line's start are tried at once as one alternation; the few others one by one, and
    only on a line that holds a word they need (a navigation bar's separator, a copyright
    sign: most lines hold none, and those rules were half the alternation's time). Those words
    are looked for once in the whole text (``words_held``): a rule none of whose words the
    text holds is not asked about on any of its lines (the words' tests, line by line, took a
    fifth of the furniture's own time)."""

    def __init__(self, rules: list[dict]) -> None:
        self.rules = rules
        anchored: list[tuple[str, frozenset[str] | None]] = []
        self.one_by_one: list[_OneByOne] = []
        for i, r in enumerate(rules):
            pattern = r["pattern"]
            if pattern.startswith("(?i)"):
                pattern = f"(?i:{pattern[4:]})"
            needs = tuple(r.get("needs") or ())
            at_start = pattern.removeprefix("(?i:").startswith("^")
            if at_start and not needs:
                anchored.append((f"(?P<r{i}>{pattern})", first_chars(pattern)))
            elif at_start:  # matched at the line's start (a search would try every position)
                self.one_by_one.append((i, re.compile(pattern).match, needs))
            else:  # searched along every line that holds the words it needs
                self.one_by_one.append((i, guarded(re.compile(pattern)).search, needs))
        self.combined = _by_first_char(anchored)
        self.words = tuple(sorted({word for _, _, needs in self.one_by_one for word in needs}))
        self._kept: dict[frozenset[str], tuple[_OneByOne, ...]] = {}

    def words_held(self, text: str) -> frozenset[str]:
        """The words the rules tried one by one need that the text holds: a line of it holds
        no other (a line's lower case is part of the text's, each character being lowered on
        its own; the one exception, a capital sigma's final form, is in no such word)."""
        return frozenset(filter(text.lower().__contains__, self.words))

    def __call__(self, line: str, held: frozenset[str] | None = None) -> str | None:
        """The line's kind, or None; ``held``: the words its text holds (``words_held``),
        None for a line on its own."""
        m = _rules_for(self.combined, line[:1]).match(line)
        first = int(m.lastgroup[1:]) if m and m.lastgroup else len(self.rules)
        lowered = None
        for i, find, needs in self.one_by_one if held is None else self._kept_for(held):
            if i >= first:
                break
            if needs:
                lowered = line.lower() if lowered is None else lowered
                if not any(map(lowered.__contains__, needs)):  # (map: no generator steps)
                    continue
            if find(line):
                return self.rules[i]["kind"]
        return self.rules[first]["kind"] if first < len(self.rules) else None

    def _kept_for(self, held: frozenset[str]) -> tuple[_OneByOne, ...]:
        """The rules tried one by one that a text holding these words may match (kept by the
        words held: texts share a few sets of them)."""
        kept = self._kept.get(held)
        if kept is None:
            kept = tuple(r for r in self.one_by_one if not r[2] or not held.isdisjoint(r[2]))
            self._kept[held] = kept
        return kept


# a rule tried on its own: its index in the data, its test, the words a line needs for it
_OneByOne = tuple[int, Callable[[str], "re.Match[str] | None"], tuple[str, ...]]


def _by_first_char(
    branches: list[tuple[str, frozenset[str] | None]],
) -> dict[str, re.Pattern[str]]:
    """The anchored rules as one alternation per character a line can start with, each with
    only the rules that can match there, in data order (the same first match as the whole
    alternation: a rule that cannot start with a line's first character cannot match it);
    "" holds the rules whose first characters cannot be told, for any other line."""
    chars = set().union(*(c for _, c in branches if c))
    out = {ch: re.compile("|".join(b for b, c in branches if c is None or ch in c)) for ch in chars}
    out[""] = re.compile("|".join(b for b, c in branches if c is None) or "(?!)")
    return out


def _rules_for(by_char: dict[str, re.Pattern[str]], first: str) -> re.Pattern[str]:
    """The alternation for a line's first character, or for a character it folds to when
    case is ignored ("ſ" matches "s" in a case-insensitive rule), else for none."""
    for ch in (first, first.upper(), first.lower()):
        if ch in by_char:
            return by_char[ch]
    return by_char[""]


def _block_end(text: str, all_lines: list, first: int, body_chars: int) -> int:
    """Where a related-items list ends: before the first long line that ends a sentence (the
    article resuming), else at the end of the text."""
    last = all_lines[first].end
    for seg in all_lines[first + 1 :]:
        line = seg.of(text)
        if len(line) >= body_chars and ends_sentence(line):
            return last
        last = seg.end
    return len(text.rstrip())


@cache
def _date_label() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in data("header")["date_labels"])
    return re.compile(rf"(?:{labels})\b[:\s]*(?:[Oo]n\s+)?")


def _page_date_line(line: str) -> bool:
    """The page's own date under a caption ("Published On 28 May 2021", "Updated: Friday, May
    28, 2021"): a label and a date, no caption."""
    m = _date_label().match(line)
    return m is not None and bool(page_dates(line, m.end()))


def _captions_next_to_credits(
    text: str,
    all_lines: list,
    found: list[Furniture],
    max_chars: int,
    split: frozenset[int] = frozenset(),
) -> list[Furniture]:
    """A short line right after a photo credit, or right above it with no blank line between,
    that does not end a sentence or date the dispatch (captions before a credit on the same
    line are split by the credit pattern). Above a credit that is a whole line, a caption may
    be one full sentence ("Putin and Lukashenko in Sochi on Monday."). A caption a caption rule
    read and its credit split (``split``) has its caption: the line next to it is not one."""
    out = []
    # where the photo credits start, picked once (each line was tested against every span
    # found; most dispatches have no credit, and then no line is tested)
    credits = [f.start for f in found if f.kind == "photo_credit"]
    credit_lines: set[int] = set()
    if credits:
        credit_lines = {
            i
            for i, seg in enumerate(all_lines)
            if i not in split and any(seg.start <= start < seg.end + 1 for start in credits)
        }
    bare_credits = {  # the credit is the whole line: its caption may be the line above
        i for i in credit_lines if all_lines[i].start in credits
    }
    # an agency's name alone ("REUTERS"), read as a byline, credits a one-sentence caption that
    # touches it from above ("Yeltsin and Lukashenko after the signing on Wednesday.")
    lone_agencies = {
        i
        for i, seg in enumerate(all_lines)
        if 0 < i < len(all_lines) - 1  # not the story's sign-off on its last line
        and _lone_agency(seg.of(text))
        and _describes_a_photo(all_lines[i - 1].of(text))
        and not any(f.kind != "byline" and f.start <= seg.start < f.end for f in found)
    }
    for i in sorted(credit_lines | lone_agencies):
        for j in (i + 1, i - 1):
            if j in credit_lines or not 0 <= j < len(all_lines):
                continue
            if i in lone_agencies and j != i - 1:
                continue
            seg = all_lines[j]
            if j < i and (i not in bare_credits | lone_agencies or j == 0):
                continue  # a caption above its credit: only a credit that is the whole line,
                # and never the first line of the text (the headline)
            gap = (
                text[seg.end : all_lines[i].start] if j < i else text[all_lines[i].end : seg.start]
            )
            if gap.count("\n") != 1:
                continue  # a caption touches its credit; a blank line starts the article
            line = seg.of(text)
            one_sentence = (
                (
                    j < i
                    or (
                        i in bare_credits
                        and j < len(all_lines) - 1  # the story goes on after a caption
                        and len(line) <= 160
                        and _describes_a_photo(line)
                        and not _words_pattern("news_words").search(line)
                    )
                )
                and line.endswith(".")
                # (a kicker in capitals may open it: "ALLIES. Putin and Lukashenko shake hands")
                and not _SENTENCE_BREAK.search(line[:-1], _kicker_end(line))
                and not _DATELINE_START.match(line)
                and _ends_paragraph(text, all_lines[max(i, j)])
            )
            if (
                len(line) <= max_chars
                and (
                    one_sentence
                    or (i not in lone_agencies and not line.endswith((".", "!", "?", ":")))
                )
                and not _inside(found + out, seg.start)
                and not _DATE_LINE.search(line)
                and not _page_date_line(line)
                and not _date_line(text, seg)  # "15 September 2020" over a credit: the page's
            ):
                out.append(Furniture(seg.start, seg.end, line, "caption", 0.6))
                credit = all_lines[i]
                if i in lone_agencies and not _inside(found + out, credit.start):
                    out.append(
                        Furniture(credit.start, credit.end, credit.of(text), "photo_credit", 0.6)
                    )
    return out


def _section_labels(
    text: str, all_lines: list, found: list[Furniture], max_words: int
) -> list[Furniture]:
    """Very short lines above the title ("Politics") are section labels, not news, and so is a
    site's name above its navigation bar ("Ministry of Foreign Affairs of the Republic of …")."""
    out: list[Furniture] = []
    before_date_line = None  # how many labels stood above a date line
    top = all_lines[:4]
    for k, seg in enumerate(top):
        line = seg.of(text)
        if _inside(found, seg.start):
            continue
        # a site's name of a line or two above its navigation bar ("1TV" / "Georgian Public
        # Broadcaster" / "News | Politics | …")
        above_navigation = (k == 0 and len(top) > 1 and _is_bar(found, text, top[1])) or (
            k < 2
            and len(top) > 2
            and _is_bar(found, text, top[2])
            and len(line.split()) <= 4
            and not _date_line(text, seg)  # "Friday, October 3, 1997" is the page's date
        )
        if above_navigation and not ends_sentence(line):
            out.append(Furniture(seg.start, seg.end, line, "navigation", 0.5))
            continue
        if _date_line(text, seg):
            before_date_line = len(out) if before_date_line is None else before_date_line
            continue  # read by the header extractor; labels may follow it ("EASTERN EUROPE")
        if any(map(str.isdigit, line)):
            break
        words = _words(line) if _rubric_above_title(text, top, k) else len(line.split())
        if words > max_words or line.endswith((".", "!", "?")):
            if ends_sentence(line) or len(line) > 160:
                # the body comes next, so a short line above it was the title (and below a
                # date line, "Putin visits Minsk / Union State talks" are title and subtitle)
                del out[before_date_line if before_date_line is not None else -1 :]
            break  # the title: everything below it is the dispatch
        out.append(Furniture(seg.start, seg.end, line, "navigation", 0.5))
    return out


def _words(line: str) -> int:
    """Words of a label, an ampersand joining two of them ("Russian Politics & Diplomacy")."""
    return sum(w != "&" for w in line.split())


def _rubric_above_title(text: str, top: list[Segment], k: int) -> bool:
    """ "Russian Politics & Diplomacy", every word capitalised, above a headline (a date line
    may stand between) is a rubric; "Putin & Lukashenko meet" is a headline."""
    if not all(w == "&" or w[:1].isupper() for w in top[k].of(text).split()):
        return False
    below = [seg for seg in top[k + 1 :] if not _date_line(text, seg)]
    return bool(below) and not ends_sentence(below[0].of(text)) and len(below[0].of(text)) <= 160


def _date_line(text: str, seg: Segment) -> bool:
    """A header's date line ("12 June 2020", "Daily Digest | Thursday, January 11"): a date
    and at most one lower-case word besides, unlike a headline that names a date ("Leaders to
    meet in Sochi on September 14")."""
    dates = page_dates(text, seg.start, seg.end)
    if not dates or ends_sentence(seg.of(text)):
        return False
    rest = without_dates(text, seg.start, seg.end, dates)
    return sum(w[:1].islower() for w in rest.split()) <= 1


def _is_bar(found: list[Furniture], text: str, seg: Segment) -> bool:
    """A navigation bar: a navigation line of several items ("Home | About | News")."""
    return any(f.kind == "navigation" and f.start == seg.start for f in found) and bool(
        _BAR_SEPARATOR.search(seg.of(text))
    )


def _ends_paragraph(text: str, seg: Segment) -> bool:
    """Whether a blank line or the end of the text follows the line."""
    return _PARAGRAPH_END.match(text, seg.end) is not None


def _inside(found: list[Furniture], offset: int) -> bool:
    for f in found:  # noqa: SIM110 - called for every line: a plain loop is faster than any()
        if f.start <= offset < f.end:
            return True
    return False


def in_furniture(furniture: list[Furniture], start: int, end: int) -> bool:
    """True when the range overlaps any furniture span."""
    for f in furniture:  # noqa: SIM110 - some 140 calls a dispatch: faster than any()
        if start < f.end and f.start < end:
            return True
    return False
