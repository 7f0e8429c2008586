"""Events: triggers found in the text, dated, placed, given a status, merged into one event
per real event.

A trigger ("telephone conversation", "official visit", "session of the Supreme State
Council", "talks") is one mention. Mentions join an existing event when they name the same
body or instrument, share its date, or refer back to it without a date of their own ("the
talks", "the upcoming meeting"); otherwise they start a new event. Status comes from the cue
nearest the trigger in its sentence (will / scheduled → scheduled, deferred → postponed, could
/ no plans → proposed, met / held → held); "postponed" and "cancelled" win over earlier
reports in the same dispatch. Triggers inside quotations only add mentions to events found
outside them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache

from .dates import (
    BOUND_BEFORE,
    MONTHS,
    UNKNOWN,
    WEEKDAYS,
    DateExpr,
    Resolved,
    find_dates,
    lead_weekday,
    partial_parts,
    resolve,
    stated_weekday,
)
from .furniture import Furniture, in_furniture
from .regexes import (
    ByFirstPair,
    PatternSet,
    Skipping,
    WordStarts,
    guarded,
    initial_either_case,
    required_chars,
)
from .resources import Gazetteer, data
from .text import QUOTE_MARK, Segment, containing, ends_sentence, sentences

FAMILY = {"meeting": "talks", "visit": "talks"}


@dataclass
class Mention:
    start: int
    end: int
    text: str
    event_type: str
    name: str | None
    status: str
    date: Resolved
    location: str | None
    country: str | None
    visit_kind: str | None
    in_quote: bool
    sentence: Segment
    anaphoric: bool
    in_title: bool
    distinct: bool = False
    persons: frozenset[str] = frozenset()  # people named in the trigger's clause
    strong: bool = False  # "the same news conference": refers back whoever the clause names
    worded: bool = False  # the text gives it a date, even one that could not be resolved
    rescheduled: bool = False  # its date is the new one of a postponement ("put off until May")
    purpose: bool = False  # what a trip is for ("will travel to Moscow for talks")
    earlier: bool = False  # "last met", "previously met": before the dispatch's news
    read_from: tuple[DateExpr, ...] = ()  # the expressions its date was read from …
    read_as: str = "held"  # … and the status whose tense it was read in


@dataclass
class DraftEvent:
    event_type: str
    name: str | None
    mentions: list[Mention] = field(default_factory=list)
    date: Resolved = UNKNOWN
    status: str = "held"
    location: str | None = None
    country: str | None = None
    visit_kind: str | None = None
    distinct: bool = False
    probability: float | None = None  # a learned proposal's (see ``eventmodel``)

    @property
    def confidence(self) -> float:
        if self.probability is not None:
            return self.probability
        return min(0.95, 0.5 + 0.15 * len(self.mentions) + (0.15 if self.date.start else 0))


# a trigger named by its group: "(?P<is_protest>marched through …)" names the event "protest"
_KIND_GROUP = re.compile(r"\(\?P<is_(\w+?)>")


@cache
def _trigger_alternatives() -> dict[str, list[str]]:
    """The patterns of each event type in the order the data file lists them, a lower-case
    first letter matching a capital too; the ``name`` group of each is renamed ``name_N``
    (Python needs unique names)."""
    out = {}
    for event_type, patterns in data("events")["triggers"].items():
        alternatives = []
        for i, p in enumerate(patterns):
            kind = _KIND_GROUP.match(p)
            head = kind.group(0) if kind else ""
            rest = p[len(head) :]
            if rest[:1].isalpha() and rest[:1].islower():
                rest = initial_either_case(rest)
            p = _KIND_GROUP.sub(rf"(?P<is_\1_{i}>", head + rest)
            alternatives.append(p.replace("(?P<name>", f"(?P<name_{i}>"))
        out[event_type] = alternatives
    return out


@cache
def _trigger_bodies() -> dict[str, str]:
    """One alternation per event type."""
    return {t: "|".join(f"(?:{a})" for a in alts) for t, alts in _trigger_alternatives().items()}


@cache
def _triggers() -> list[tuple[str, re.Pattern[str]]]:
    return [
        (event_type, re.compile(rf"(?<![\w-])(?:{body})(?![\w-])"))
        for event_type, body in _trigger_bodies().items()
    ]


@cache
def _any_trigger() -> WordStarts:
    """The triggers of every event type as one alternation (groups unnamed, as names repeat
    across types): one pass over the text finds where a trigger starts, instead of one pass
    per type."""
    branches = [
        re.sub(r"\(\?P<\w+>", "(?:", a) for alts in _trigger_alternatives().values() for a in alts
    ]
    # picked by the first two characters: a tenth of the drafting time went on trying every
    # branch, and then a twentieth on trying those starting with a word's first letter
    return WordStarts(branches)


@cache
def _trigger_types() -> ByFirstPair[tuple[str, re.Pattern[str]]]:
    """The event types by the first two characters of their triggers: at a trigger's start
    only the types that can match there are tried, not all nine (a tenth off the triggers'
    scan)."""
    return ByFirstPair([((event_type, rx), rx) for event_type, rx in _triggers()])


def _trigger_matches(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """Every trigger, of every event type that matches there, where a trigger starts: the same
    matches as one scan per event type (each type goes on after its own last match).

    A type none of whose words (``keywords``) the text holds is skipped, but it is only asked
    about once one of its triggers matches, and first of that trigger: a type's words are those
    its triggers hold as a rule, so the whole text is seldom searched for them (looking for the
    words of every type first took a fifth of the triggers' time, mostly on types with no
    trigger in the text). The scan covers every type's triggers; the types kept match where
    they did behind a scan of theirs alone (a trigger of theirs starts only where one of their
    branches matches)."""
    keywords = data("events")["keywords"]
    kept: dict[str, bool] = {}

    def is_kept(event_type: str, trigger: str) -> bool:
        if event_type not in kept:
            words = keywords.get(event_type, ())
            # (the words are lower-case ASCII: one in the trigger's lower case is in the text's)
            held = trigger.lower()
            if not words or any(w in held for w in words):
                kept[event_type] = True
            else:
                lowered = text.lower()
                kept[event_type] = any(w in lowered for w in words)
        return kept[event_type]

    types = _trigger_types()
    any_trigger = _any_trigger()
    found: list[tuple[int, int, str, re.Match[str]]] = []
    free = dict.fromkeys((event_type for event_type, _ in _triggers()), 0)  # each type's own scan
    pos = 0
    while (start := any_trigger.search(text, pos)) is not None:
        for event_type, rx in types.at(text, start):
            if (
                start >= free[event_type]
                and (t := rx.match(text, start))
                and is_kept(event_type, t.group(0))
            ):
                found.append((start, t.end(), event_type, t))
                free[event_type] = t.end()
        pos = start + 1
    return found


def groups_in(text: str) -> set[str]:
    """The office-holder groups a stretch of text names ("@heads-of-government")."""
    rx, names = _any_group()
    return {names[m.lastgroup] for m in rx.finditer(text) if m.lastgroup}


def _name_of(m: re.Match[str]) -> str | None:
    """The words of a ``name`` group, else the kind an ``is_<kind>`` group names (a trigger's
    groups are only these two sorts)."""
    kind = None
    for k, v in m.groupdict().items():
        if v:
            if k.startswith("name"):
                return v
            kind = kind or k[3:].rsplit("_", 1)[0]
    return kind


def _either_case(cue: str) -> str:
    if cue[:1].isalpha() and cue[:1].islower() and cue[:3] != "may":
        return initial_either_case(cue)
    return cue


@cache
def _status_cues() -> list[tuple[str, re.Pattern[str]]]:
    statuses = data("events")["status"]
    return list(zip(statuses, _status_cue_set().patterns, strict=True))


@cache
def _status_cue_set() -> PatternSet:
    """One pattern per status, searched together (one pass over a sentence, not one per
    status). Case-sensitive: "may" is a modal, "May" a month (cues are written in lower case
    and matched with a capital first letter too). Grouped by first letter: at a word only the
    cues that can start with it are tried, in their listed order (the same matches)."""
    cues = [[_either_case(cue) for cue in cues] for cues in data("events")["status"].values()]
    return PatternSet.of_alternatives(cues, before=r"(?<![\w-])", after=r"(?![\w-])")


@cache
def _places() -> tuple[dict[str, str], dict[str, str]]:
    places = data("places")
    return places["places"], places["countries"]


@cache
def _clause_break_alternatives() -> tuple[tuple[str, frozenset[str]], ...]:
    """The clause breaks' alternatives (events.yaml), each with the characters it cannot match
    without ("\\s+—\\s+" needs the em dash)."""
    return tuple((a, required_chars(a)) for a in data("events")["clause_break"])


@lru_cache(maxsize=8)
def _clause_break(lacking: frozenset[str]) -> re.Pattern[str]:
    """The clause breaks' alternation for a text lacking these characters: the alternatives
    that need one cannot match there and are left out (the same matches). Without the em dash's
    "\\s+—\\s+", every alternative opens with a literal character, and the engine skips in C
    to the characters that can open a break, instead of trying the pattern at every one: the
    scan 119 -> 13 us a dispatch (64 us in the four in ten with an em dash)."""
    kept = [a for a, needs in _clause_break_alternatives() if not needs & lacking]
    return re.compile("|".join(kept) if kept else "(?!)")  # (none kept: no break at all)


@lru_cache(maxsize=16)
def _breaks(text: str) -> tuple[tuple[int, int], ...]:
    needed = {c for _, needs in _clause_break_alternatives() for c in needs}
    lacking = frozenset(c for c in needed if c not in text)
    return tuple(m.span() for m in _clause_break(lacking).finditer(text))


def _clause(text: str, sentence: Segment, start: int, end: int) -> Segment:
    """The clause of the sentence that holds the trigger (cues beyond it belong elsewhere)."""
    breaks = _breaks(text)
    lo, hi = sentence.start, sentence.end
    i = bisect_left(breaks, (sentence.start,))  # the first break starting at it or after
    while i < len(breaks) and breaks[i][0] < sentence.end:
        b_start, b_end = breaks[i]
        if b_end <= start:
            lo = max(lo, b_end)
        elif b_start >= end:
            hi = b_start
            break
        i += 1
    return Segment(lo, hi)


@cache
def _not_a_tense() -> tuple[frozenset[str], re.Pattern[str]]:
    """The adjectives in -ed, and what follows one as a noun ("armed forces"), not as an
    object ("disputed the figures")."""
    words = data("events")
    not_a_noun = "|".join(words["not_a_noun"])
    return frozenset(words["not_a_tense"]), re.compile(rf"\s+(?!(?:{not_a_noun})\b)[a-z]")


_BE_BEFORE = re.compile(
    r"\b(?:can(?:not)?|can[’']t|could(?:n[’']t)?|may|might)(?:\s+not)?"
    r"(?:\s+(?:now|well|still|also|soon|yet))?\s+be\s+$",
    re.I,
)


@lru_cache(maxsize=256)
def _cues_in(text: str, sentence: Segment) -> tuple[tuple[int, int, str], ...]:
    """Every status cue of a sentence, in order (only sentences with a trigger are read, once:
    a cue never crosses a sentence end)."""
    statuses = data("events")["status"]
    found = _status_cue_set().finditer_each(text, sentence.start, sentence.end)
    return tuple(
        sorted(
            (m.start(), m.end(), status)
            for status, matches in zip(statuses, found, strict=True)
            for m in matches
            if not (
                status == "held"
                and m.group(0).endswith("ed")
                and (
                    _attributive(text, m)
                    or (
                        m.group(0).lower() in _not_a_tense()[0]
                        and _not_a_tense()[1].match(text, m.end())
                    )
                    # "can be signed", "could be approved": a possibility, no past
                    or (
                        text.startswith("be ", m.start() - 3)
                        and _BE_BEFORE.search(text, max(sentence.start, m.start() - 24), m.start())
                    )
                )
            )
            and not (status == "scheduled" and _a_plan_noun(text, m))
        )
    )


def _a_plan_noun(text: str, m: re.Match[str]) -> bool:
    """ "signed a plan of consultations": "a/the plan of|on" is a document, not a plan ("the
    plan to hold a session", "their plans for a summit" are plans)."""
    if m.group(0).lower() not in ("plan", "plans"):
        return False
    before = text[max(0, m.start() - 5) : m.start()].lower().split()
    return bool(before) and before[-1] in ("a", "the") and bool(_OF_ON.match(text, m.end()))


_OF_ON = re.compile(r"\s+(?:of|on)\b")


def _attributive(text: str, m: re.Match[str]) -> bool:
    """ "in an expanded format": a participle after an article is an adjective, not a tense;
    so is one of the listed participles set off by a comma with its agent ("talks, followed by
    a news conference"; "opened by Lukashenko" keeps its tense)."""
    before = text[max(0, m.start() - 7) : m.start()].lower().split()
    if (
        before
        and text[m.start() - 1 : m.start()].isspace()
        and before[-1] in data("events")["attributive_after"]
    ):
        return True
    return (
        text[max(0, m.start() - 2) : m.start()] == ", "
        and text.startswith(" by ", m.end())
        and m.group(0).lower() in data("events")["agent_participles"]
    )


def _status(
    text: str,
    sentence: Segment,
    start: int,
    end: int,
    quotes: list[tuple[int, int]] = (),
    headline: bool = False,
    others: Sequence[tuple[int, int]] = (),
) -> str:
    """Cancelled or postponed anywhere in the trigger's clause wins (a report of a change);
    otherwise the status cue nearest the trigger; with none, outside a headline, the present
    of a plan with its weekday ("travels to Moscow on Wednesday") is a plan. ``others`` are the
    sentence's other triggers (a change may be theirs)."""
    clause = _clause(text, sentence, start, end)
    others = [o for o in others if clause.start <= o[0] and o[1] <= clause.end and o[0] != start]
    cues = _cues_in(text, sentence)
    i = bisect_left(cues, clause.start, key=lambda c: c[0])
    inside = []
    trigger_quoted = _within(start, quotes)
    while i < len(cues) and cues[i][0] < clause.end:
        quoted = _within(cues[i][0], quotes)
        if cues[i][1] <= clause.end and (trigger_quoted or not quoted):
            inside.append(cues[i])  # a "will" inside a quotation is not the reporter's tense
        i += 1
    verb = _said_after_an_opening_phrase(text, sentence, start, end, quotes)
    if verb is None:
        verb = _said_after_an_aside(text, sentence, start, end, quotes)
    if verb is not None:
        # "At his news conference on Thursday, Putin said Russia would …": what follows the
        # verb is the reported speech's tense; the occasion it was said at was held
        inside = [c for c in inside if c[0] < verb]
        if not inside:
            return "held"
    else:
        verb = _said_before_its_occasion(text, sentence, start, quotes)
        if verb is not None:
            # "Russia will gain control, Putin said Friday after talks with Lukashenko (that
            # he would …)": what comes before the verb, or after the occasion, is the reported
            # speech's tense
            inside = [c for c in inside if verb <= c[0] < end]
            if not inside:
                return "held"
    for status in ("cancelled", "postponed"):
        if any(c[2] == status and _governs(text, c, start, end, others) for c in inside):
            return status
    appositive = _appositive_phrase(text, end, clause.end)
    if appositive and any(c[0] >= appositive[1] for c in inside):
        # "a session of its Council, the body made up of …, is to take place": a participle
        # describing the body is no tense of the event when the sentence gives one after it
        # (but "the summit, a meeting scheduled for June 20, …" keeps its plan)
        inside = [
            c for c in inside if not (appositive[0] <= c[0] < appositive[1] and c[2] == "held")
        ]
    found = _status_in_clause(text, start, end, inside)
    if not inside and not headline and _present_plan(text, clause):
        found = "scheduled"
    # "The session was to be held in December, but was postponed": a clause without a subject
    # of its own says what became of the plan
    same_subject = _SAME_SUBJECT.match(text, clause.end)
    if same_subject and found in ("scheduled", "proposed"):
        at = same_subject.end()
        changed = next(
            (c[2] for c in cues if c[0] == at and c[2] in ("cancelled", "postponed")), None
        )
        if changed:
            return changed
    return found


@cache
def _opening_phrase() -> re.Pattern[str]:
    words = "|".join(data("events")["occasion_openings"])
    return re.compile(rf"[\s“\"]*(?:{words})\b")


def _said_after_an_opening_phrase(
    text: str, sentence: Segment, start: int, end: int, quotes: list[tuple[int, int]]
) -> int | None:
    """Where the past verb of saying starts when the trigger stands in a sentence's opening
    phrase ("At a joint press conference after Friday's talks, Lukashenko said …"), the
    phrase closed by a comma before the verb's subject; else None."""
    opening = _after_dateline(text, sentence, start)
    if not _opening_phrase().match(text, opening, end):  # (it may end in the trigger)
        return None
    # ("In an interview to be broadcast on Sunday, Lukashenko said …": still ahead)
    return _past_saying(text, _said_after_a_comma().match(text, end, sentence.end), opening, quotes)


def _past_saying(
    text: str, m: re.Match[str] | None, occasion: int, quotes: list[tuple[int, int]]
) -> int | None:
    """Where the verb of saying a match found starts: not inside a quotation, and not when the
    occasion (from ``occasion`` to the verb) is still ahead; else None."""
    if not m or _within(m.start("verb"), quotes):
        return None
    if _PLANNED_OCCASION.search(text, occasion, m.start("verb")):
        return None
    return m.start("verb")


# the words between an occasion's preposition and its noun ("at his annual", "after Friday's")
_OCCASION_DETERMINERS = (
    r"(?:(?:the|a|an|his|her|their|its|this|that|[A-Z][\w-]*[’']s|joint|annual)\s+){0,3}$"
)


@cache
def _occasion_prepositions() -> tuple[str, ...]:
    return tuple(data("events")["occasion_prepositions"])


@cache
def _occasion_words() -> frozenset[str]:
    return frozenset(_occasion_prepositions())


@cache
def _aside_opening() -> re.Pattern[str]:
    """The opening of an occasion set off by commas after the speaker ("Putin, at his
    annual")."""
    return re.compile(rf",\s+(?:{'|'.join(_occasion_prepositions())})\s+" + _OCCASION_DETERMINERS)


@cache
def _verb_after_an_aside() -> re.Pattern[str]:
    """The rest of an aside up to its closing comma, then a past verb of saying."""
    verbs = "|".join(data("events")["saying_after_date"])
    return re.compile(rf"[^,.;:!?\n]{{0,80}},\s+(?P<verb>{verbs})\b")


def _said_after_an_aside(
    text: str, sentence: Segment, start: int, end: int, quotes: list[tuple[int, int]]
) -> int | None:
    """Where the past verb of saying starts when the trigger names the occasion in an aside
    between the speaker and the verb ("Putin, at his annual news conference in Moscow on
    Thursday, said Russia's partners would be protected"); else None."""
    if not _aside_opening().search(text, max(sentence.start, start - 60), start):
        return None
    # ("Putin, at a summit due in June, said …": still ahead)
    return _past_saying(text, _verb_after_an_aside().match(text, end, sentence.end), end, quotes)


@cache
def _saying_then_occasion() -> re.Pattern[str]:
    """A past verb of saying, perhaps its day, then the occasion it was said at or after, up to
    the occasion's noun ("Putin said Friday after talks with", "told reporters at a joint")."""
    verbs = "|".join(data("events")["saying_after_date"])
    days = "|".join([*(w.capitalize() for w in WEEKDAYS), "today", "yesterday", "late"])
    return re.compile(
        rf"\b(?P<verb>{verbs})(?:\s+(?:reporters|journalists|the\s+press))?"
        rf"(?:\s+(?:on\s+)?(?:{days}))?\s+(?:{'|'.join(_occasion_prepositions())})\s+"
        + _OCCASION_DETERMINERS
    )


def _said_before_its_occasion(
    text: str, sentence: Segment, start: int, quotes: list[tuple[int, int]]
) -> int | None:
    """Where a past verb of saying starts when the trigger names the occasion it was said at
    or after ("…, Putin said Friday after talks with Lukashenko", "told reporters at a joint
    news conference"), outside a quotation; else None."""
    window = max(sentence.start, start - 80)
    # (the occasion's word stands among the last four words: tested first, as this is asked
    # of every trigger)
    if _occasion_words().isdisjoint(text[window:start].split()[-4:]):
        return None
    m = _saying_then_occasion().search(text, window, start)
    return m.start("verb") if m and not _within(m.start("verb"), quotes) else None


# an occasion still ahead in the opening phrase
_PLANNED_OCCASION = re.compile(r"\b(?:to be|due|planned|scheduled|will|would|upcoming)\b")


# a dateline before a lead's first words: "MINSK, 14 June 2009 (BelTA) – ", "MOSCOW -- "
_DATELINE_DASH = re.compile(r"[A-Z][^\n]{0,80}?\s(?:--|[–—-])\s+")
_DASH = re.compile("[–—-]")  # (each of its dashes opens with one of these)
_DATELINE_REACH = 83  # its capital, up to 80 characters and a space, then the dash


def _after_dateline(text: str, sentence: Segment, before: int) -> int:
    """Where a sentence's own words start: after a lead's dateline, if it opens with one that
    ends before ``before``. A dateline's dash lies within ``_DATELINE_REACH`` characters of the
    sentence's start: a sentence with none there (most) is not matched (asked for every
    trigger, the lazy pattern read up to 80 characters before it failed)."""
    if not _DASH.search(text, sentence.start, min(before, sentence.start + _DATELINE_REACH)):
        return sentence.start
    dateline = _DATELINE_DASH.match(text, sentence.start, before)
    return dateline.end() if dateline else sentence.start


@cache
def _said_after_a_comma() -> re.Pattern[str]:
    """The rest of an opening phrase up to its one comma, then the subject and a past verb of
    saying ("… after Friday's talks, the Belarusian leader said"; not "the talks, Peskov
    said, will …", whose verb is set off by a second comma)."""
    verbs = "|".join(data("events")["saying_after_date"])
    subject_word = rf"(?!(?:{_clause_links()})\b)[\w’'.-]+"
    return re.compile(
        rf"[^,.;:!?\n]{{0,80}},\s+(?:{subject_word}\s+){{1,6}}?(?P<verb>{verbs})\b(?!\s*,)"
    )


def _within(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the offset lies inside one of the spans (a plain loop: called for every cue)."""
    for a, b in spans:  # noqa: SIM110 - a plain loop is faster than any() on a generator
        if a <= offset < b:
            return True
    return False


_NOUN_PHRASE = re.compile(r"(?:the|a|an)\s+[^,;:]{1,120}?,")


def _appositive_phrase(text: str, end: int, clause_end: int) -> tuple[int, int] | None:
    """The noun phrase set off by commas right after an event's name ("…, the body made up of
    the presidents and prime ministers, …"): it describes the body, its verbs are no tense of the
    event's."""
    m = _APPOSITIVE.match(text, end, clause_end)
    if not m:
        return None
    phrase = _NOUN_PHRASE.match(text, m.end(), clause_end)
    return (phrase.start(), phrase.end()) if phrase else None


def _status_in_clause(text: str, start: int, end: int, inside: list[tuple[int, int, str]]) -> str:
    """The status cue said of the event itself, else the one nearest the trigger ("next" only
    when no other cue says more: "the next meeting could take place" is a possibility)."""
    order = list(data("events")["status"])
    if len(inside) > 1:  # (not for a past verb's "held": "announced that the next summit …")
        weak = [c for c in inside if c[1] - c[0] == 4 and text[c[0] : c[1]] in ("next", "Next")]
        if weak and any(c[2] != "held" and c not in weak for c in inside):
            inside = [c for c in inside if c not in weak]
    relative = [c for c in inside if c[0] >= end and _describes(text, end, c)]
    if relative:  # "the Forum of Regions, which was held in June": said of the event itself
        first = min(c[0] for c in relative)
        return min((c for c in relative if c[0] == first), key=lambda c: order.index(c[2]))[2]
    if any(
        status == "proposed"
        and _INVITED_TO.match(text, c_start, start)
        and not _PASSIVE.search(text, max(0, c_start - 12), c_start)
        for c_start, _, status in inside
    ):
        return "proposed"  # "invited Putin to pay an official visit next year": not yet agreed
    best: tuple[int, int, str] | None = None
    for c_start, c_end, status in inside:
        if status in ("cancelled", "postponed"):
            continue  # about something else: it did not govern the trigger
        gap = start - c_end if c_end <= start else c_start - end
        if c_start < end and c_end > start:
            if status == "held" and text.endswith(" be ", 0, start):
                # "must be ratified": the participle's tense is the verb before "be"
                if _MODAL_BE.search(text, max(0, start - 24), start):
                    return "scheduled"
                continue
            gap = 0
        elif status == "held" and _planned_be(text, max(0, c_start - 30), c_start):
            continue  # "is to be completed by 1 July": the tense is the verb's before "be"
        elif (
            status == "scheduled"
            and c_start >= end
            and _DECIDED_TO.match(text, c_start)
            and not _NOT_ITS_SUBJECT.search(text, end, c_start)
        ):
            status = "held"  # "EU leaders meeting on Monday agreed to ban …": the plan is the
            # ban's; the meeting that agreed it was held
        elif (
            status == "scheduled"
            and c_end <= start
            and _ANNOUNCED_PLANS.search(text, max(0, c_start - 30), c_end)
            and _TOLD_IN.search(text, max(0, start - 30), start)
        ):
            continue  # "announced plans to … in a television interview": the setting was held
        key = (max(gap, 0), order.index(status), status)
        if best is None or key < best:
            best = key
    return best[2] if best else "held"


# an invitation to the event: "invited Putin to pay an official visit", "an invitation to the forum"
# (not a guest's: "Lukashenko, who had been invited to the talks, met Putin")
_PASSIVE = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+$")
_INVITED_TO = re.compile(r"(?i:invit)[a-z]*\s+(?:[\w’'.-]+\s+){0,4}?to\s+(?:[\w’'-]+\s+){0,4}$")
# a duty ahead: "must be ratified", "needs to be signed", "should be approved"
_MODAL_BE = re.compile(r"\b(?:must|should|needs?\s+to|have\s+to|has\s+to)\s+be\s+$")
# a plan's passive: "is to be completed", "will be signed", "are expected to be paid"
_PLANNED_BE = re.compile(
    r"\b(?:will|would|shall|must|should|(?:is|are|was|were)\s+(?:going\s+)?to|"
    r"(?:needs?|has|have|expected|scheduled|set|due)\s+to)"
    r"(?:\s+(?:also|soon|then|now|still|finally|eventually))?\s+be\s+$",
    re.I,
)


def _planned_be(text: str, start: int, end: int) -> bool:
    """Whether ``_PLANNED_BE`` matches in the range: only where it ends in "be" and
    whitespace, tested first (it is asked of every "held" cue before a trigger, and most
    end otherwise)."""
    stretch = text[start:end]
    stripped = stretch.rstrip()
    return (
        len(stripped) < len(stretch)
        and stripped[-2:].lower() == "be"
        and _PLANNED_BE.search(text, start, end) is not None
    )


# plans told of, not a plan's tense ("announced plans to station weapons …"), and the setting
# they were told in ("… in a television interview on March 25")
_ANNOUNCED_PLANS = re.compile(
    r"\b(?:announced|unveiled|outlined|revealed|disclosed|presented|set\s+out)\s+"
    r"(?:[\w-]+\s+)?plans?$"
)
# a past decision to do something, after the event that took it
_DECIDED_TO = re.compile(r"(?i:agreed|decided)\s+to\b")
# words between an event and "agreed to" that give the verb another subject ("a visit, which he
# agreed to make", "talks that both leaders decided to hold", "the summit, and Lukashenko has
# agreed to attend")
_NOT_ITS_SUBJECT = re.compile(r"[,;]|\b(?:which|that|who|whom|and|but|has|have|had)\b")
_TOLD_IN = re.compile(r"\b(?:in|during|at)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$")

_SAME_SUBJECT = re.compile(
    r",?\s+(?:but|and)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:later|then|now|since|subsequently)\s+)?"
)


# the rest of an event's proper name after its trigger ("Forum" "of Regions of Belarus and
# Russia"); a weekday or a month is a date, not part of a name ("met on Friday, …")
_CALENDAR = "|".join(w.capitalize() for w in [*WEEKDAYS, *MONTHS])
_NAME_TAIL = rf"(?:\s+(?:(?:of|and|the|for)\s+)*(?!(?:{_CALENDAR})\b)[A-Z0-9][\w’'-]*)*"
_RELATIVE = re.compile(rf"{_NAME_TAIL},\s+(?:which|that)\s+(?:[a-z]+\s+){{0,2}}")
# "the Forum, which Belarus will host in June": a relative clause with a subject of its own says
# what becomes of the event only when its verb is the event's hosting
_RELATIVE_WITH_SUBJECT = re.compile(rf"{_NAME_TAIL},\s+(?:which|that)\s+[A-Z][\w’'-]+\s+")
_HOSTING = re.compile(r"(?:will|is\s+to|is\s+due\s+to|plans\s+to)\s+(?:host|hold|stage|chair)\b")
_APPOSITIVE = re.compile(rf"{_NAME_TAIL},\s+")


def _describes(text: str, end: int, cue: tuple[int, int, str]) -> bool:
    """Whether a status cue after the trigger is said of the event itself: in a relative clause
    ("the Forum of Regions, which is scheduled for June") or as a participle set off by a comma
    ("the XIII Forum of Regions, to be held in Grodno in June")."""
    if text.find(",", end, cue[0]) < 0:
        # each of the other forms sets the cue off with a comma (a quick test)
        return _post_modifier(text, end, cue)
    if cue[0] > end and _cue_at(text, end):
        return False  # "met in Minsk on Friday, which …": a verb has its own tense
    if _RELATIVE.fullmatch(text, end, cue[0]):
        return True
    if _RELATIVE_WITH_SUBJECT.fullmatch(text, end, cue[0]) and _HOSTING.match(text, cue[0]):
        return True
    words = data("events")["appositive"]
    return bool(_APPOSITIVE.fullmatch(text, end, cue[0])) and text[cue[0] : cue[1]].lower() in words


def _post_modifier(text: str, end: int, cue: tuple[int, int, str]) -> bool:
    """ "the joint exercises of the two armed forces planned for September": a participle after
    the event's name and its of-phrase, no other cue between, describes the event."""
    words, gap = _post_modifiers()
    return (
        text[cue[0] : cue[1]].lower() in words
        and gap.fullmatch(text, end, cue[0]) is not None
        and not _cues_in(text, Segment(end, cue[0]))
    )


@cache
def _post_modifiers() -> tuple[frozenset[str], re.Pattern[str]]:
    spec = data("events")
    return frozenset(spec["post_modifiers"]), re.compile(spec["post_modifier_gap"])


# the word ending a stretch (from a word's start only: the same leftmost match, without trying
# each of its letters)
_LAST_WORD = re.compile(r"(?<![\w’'-])[\w’'-]+$")


def _cue_at(text: str, end: int) -> bool:
    """Whether the trigger ending here is itself a tensed verb ("met", "signed", "visited")."""
    word = _LAST_WORD.search(text[max(0, end - 30) : end])
    return bool(word) and _is_cue(word.group(0))


@lru_cache(maxsize=4096)
def _is_cue(word: str) -> bool:
    """Whether a status cue matches the whole word. Kept once worked out: it is asked of the
    last word of a trigger with a cue after it, and the triggers' last words repeat from one
    dispatch to the next ("talks", "visit", "met"), where the five cue patterns took 3 us."""
    return any(rx.fullmatch(word) for _, rx in _status_cues())


_COMMA = re.compile(r",\s*")
_CLAUSE_MARK = re.compile(r"[,;.]")
_OBJECT_NEXT = re.compile(
    r"\s+(?!(?:from|until|till|to|by|because|due|indefinitely|again|twice|last|in|for|at|on|"
    r"over|amid|after|since|and|but|the\s+(?:talks|meeting|visit|summit|session))\b)"
    r"[a-z]"
)


# a conjunction of time or cause opening a clause with a subject of its own: "after charges
# were dropped", "since plans were abandoned"
_SUBJECT_CLAUSE = re.compile(
    r"\b(?:after|since|because|once|as|when|while)\s+(?!the\s+(?:talks|meeting|summit|visit)\b)"
    r"(?:[\w’'-]+\s+){1,6}?(?:was|were|had\s+been|has\s+been|have\s+been)\b"
)


def _governs(
    text: str,
    cue: tuple[int, int, str],
    start: int,
    end: int,
    others: Sequence[tuple[int, int]] = (),
) -> bool:
    """Whether a postponing or cancelling cue is about this trigger: after it ("the meeting
    … has been called off"), or right before it as its verb ("postponed the talks"); not
    "after the phone call, Belarus cancelled the duty". ``others`` are the other triggers of
    the trigger's clause."""
    if cue[0] >= end:
        if any(
            o_end <= start and _placed(text, o_start, o_end, start) for o_start, o_end in others
        ):
            # "a news conference planned for the end of the talks was cancelled": the change is
            # the conference's, the event named first, not the talks'
            return False
        if any(
            end <= o_start
            and o_end <= cue[0]
            # set off from this one by a comma or a clause's conjunction, the change its own
            # verb ("held talks on Friday, a week after the summit was cancelled", "talk gas by
            # phone as Union summit is put off"; not "…, which had been planned for Monday's
            # session, was …", "the talks after the summit were …", nor "planned a news
            # conference after the signing but cancelled it")
            and _set_off().search(text, end, o_start)
            and not _NOT_ITS_VERB.search(text, o_end, cue[0])
            and not _placed(text, start, end, o_start)
            for o_start, o_end in others
        ):
            return False
        # a change in a clause of time or cause of its own, with another subject ("met on
        # Thursday, days after charges against a journalist were dropped"); not a change of a
        # plan told with it ("… planned for after the talks was cancelled": _placed above)
        if _SUBJECT_CLAUSE.search(text, end, cue[1]) and not any(
            end <= o_start and o_end <= cue[0] for o_start, o_end in others
        ):
            return False
        # "sign union treaty, put off hard questions": a verb right after a comma, with an
        # object of its own, is another clause ("the summit, postponed from May, …" is not)
        return not (_COMMA.fullmatch(text, end, cue[0]) and _OBJECT_NEXT.match(text, cue[1]))
    between = text[cue[1] : start]
    return (
        cue[1] <= start
        and len(between.split()) <= 4
        and not _CLAUSE_MARK.search(between)
        and not _not_the_object().search(between)  # "put off until after the election"
    )


@cache
def _set_off() -> re.Pattern[str]:
    """What sets a nearer event's clause off from the trigger: a comma, a conjunction or a verb
    of saying, or "and" before a verb ("… and said the summit was …")."""
    words = "|".join(re.escape(w) for w in data("events")["set_off_words"])
    return re.compile(rf",|\b(?:{words})\b|\band\s+(?!(?:the|a|an|its|their|his|her)\b)[a-z]")


_NOT_ITS_VERB = re.compile(r",|\bbut\b")


def _placed(text: str, head_start: int, head_end: int, start: int) -> bool:
    """Whether the event at ``start`` is named in a phrase placing the event at ``head_start``
    – ``head_end`` in its time: "… planned for the end of the talks", "… on the sidelines of the
    summit"; "after", "before" and the like only after a word of planning ("planned for after
    the talks") or right after the name of an event that opens its sentence ("The news
    conference after the talks …"), as they may open a clause of their own ("a week after the
    summit was cancelled", "called off the visit after the summit was postponed")."""
    prepositions, conjunctions, planning = _placing()
    if prepositions.search(text, max(head_end, start - 40), start):
        return True
    placing = conjunctions.search(text, max(head_end, start - 40), start)
    if not placing:
        return False
    if planning.search(text, head_end, start):
        return True
    sentence = containing(sentences(text), head_start)
    return (
        not text[head_end : placing.start()].strip()
        and sentence is not None
        and _OPENING_NOUN_PHRASE.search(text, sentence.start, head_start) is not None
    )


# an event's name opening its sentence (or the text after a wire's dateline) as the subject:
# "The joint news conference after …"
_OPENING_NOUN_PHRASE = re.compile(
    r"(?:^|(?<=[\n.!?])|[-–—:]\s)\s*[“\"«]?\s*(?:The|A|An|Its|Their|This|That)\s+"
    r"(?:[\w’'-]+\s+){0,3}$"
)


@cache
def _placing() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words that place an event in another's time, right before the event's name, and
    the planning words that make "after", "before" … do so."""
    rules = data("events")
    determiner = r"(?:(?:the|that|this|its|their|his|her|a|an)\s+)?"

    def before_a_name(words: list[str]) -> re.Pattern[str]:
        body = "|".join(re.escape(w) for w in words)
        return re.compile(rf"\b(?:{body})\s+{determiner}(?:[\w’'-]+\s+)?$", re.I)

    planning = "|".join(re.escape(w) for w in rules["placing_planned"])
    return (
        before_a_name(rules["placing_before"]),
        before_a_name(rules["placing_conjunctions"]),
        re.compile(rf"(?<![\w-])(?:{planning})(?![\w-])", re.I),
    )


@cache
def _not_the_object() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in data("events")["not_the_object"])
    return re.compile(rf"\b(?:{words})\b", re.I)


@cache
def _place_pattern() -> Skipping:
    cities, countries = _places()
    names = sorted({*cities, *countries}, key=len, reverse=True)
    body = "|".join(re.escape(n) for n in names)
    # scanned over whole texts: from the prepositions' first letters only
    return Skipping(
        re.compile(rf"\b(?P<prep>in|to|at|visit|visited)\s+(?:the\s+)?(?P<place>{body})\b")
    )


def _place(text: str, sentence: Segment, start: int) -> tuple[str | None, str | None]:
    """The first city (location, country) or country named after the trigger in its sentence."""
    cities, countries = _places()
    found = _places_in(text)
    i = bisect_left(found, start, key=lambda f: f[0])
    while i < len(found) and found[i][1] <= sentence.end:
        _, _, prep, name = found[i]
        if name in cities and prep in ("in", "to", "at"):
            return name, cities[name]
        if name in countries:
            return None, countries[name]
        i += 1
    return None, None


@lru_cache(maxsize=16)
def _places_in(text: str) -> tuple[tuple[int, int, str, str], ...]:
    return tuple(
        (m.start(), m.end(), m.group("prep"), m.group("place"))
        for m in _place_pattern().finditer(text)
    )


# "Sunday's election", and past a word or two after a possessive: "Monday's informal meeting"
_POSSESSIVE_GAP = re.compile(
    r"(?:[’']s)?\s*|(?:(?<=[’']s)|[’']s)\s+(?:(?!(?:the|a|an|and|or|to|of|in|on|at|for|with|was"
    r"|is|were|will|had|has|would)\b)[a-z-]+\s+){1,2}"
)
_POSSESSIVE_DATE = re.compile(r"[’']s\s+")
_YEAR_BEFORE = re.compile(r"\b(?:the|a|its|their) ((?:19|20)\d\d) (?:[A-Za-z]+ )?$")


@lru_cache(maxsize=1)
def _date_context() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "said on Sunday" (the saying's day) and "put off until" (a postponed event's new date)."""
    words = data("events")["date_context"]
    spoken = re.compile(rf"\b(?:{'|'.join(words['speech_verbs'])})\s+(?:on\s+)?$")
    postponing = "|".join(words["postponing"])
    new_date = re.compile(rf"(?:{postponing})\s+(?:until|till|to)\s+(?:the\s+)?$", re.I)
    return spoken, new_date


_YEARS_AND_MONTHS = frozenset({"this-year", "year", "this-month"})


@lru_cache(maxsize=1)
def _thing_for() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = data("events")["date_context"]
    things = "|".join(words["things_for"])
    right_before = "|".join(words["things_right_before"])
    return (
        re.compile(rf"\b(?:{things})\s+for\s+(?:the\s+)?$", re.I),
        re.compile(rf"\b(?:{right_before})\s+$", re.I),
    )


def _assign_dates(
    text: str,
    sentence: Segment,
    triggers: list[tuple[int, int]],
    quotes: list[tuple[int, int]],
    dateline: Segment | None = None,
) -> dict[tuple[int, int], list]:
    """Give each date expression of a sentence to one trigger: preferably the nearest trigger
    before it in the same clause ("talks scheduled for December 20"), else the nearest after it
    ("On December 7, … met"), so that one date never dates two events. The dateline's date
    ("MINSK, 14 February (BelTA) – … will visit Moscow on 27-28 February") dates the dispatch,
    not the events of its sentence."""
    out: dict[tuple[int, int], list] = {t: [] for t in triggers}
    for t in triggers:  # "the 1999 treaty": a bare year right before the event names it
        year = _YEAR_BEFORE.search(text, max(sentence.start, t[0] - 26), t[0])
        if year:
            expr = DateExpr(year.start(1), year.end(1), year.group(1), "year")
            out[t].append(replace(expr, year=int(year.group(1)), qualifier="attributive"))
    # "put off until 8 December": the new date of a postponed event, not a bound
    spoken_on, new_date = _date_context()
    thing_for = _thing_for()
    # (trigger, id of the date) for each date given to a trigger of another clause: ids, as an
    # attributive year and the same year read plainly are two expressions at one offset
    elsewhere: set[tuple[tuple[int, int], int]] = set()
    exprs = find_dates(text, sentence.start, sentence.end)
    # the verb of saying right before a trigger naming the occasion it was said at ("…, Putin
    # said Friday after talks with Lukashenko"): a date before the verb is the reported
    # speech's, and the saying's day is the occasion's (asked only of a sentence with dates:
    # it is read for them alone)
    occasion_of = {
        t: v
        for t in (triggers if exprs else ())
        if (v := _said_before_its_occasion(text, sentence, t[0], quotes))
    }
    for expr in exprs:
        if dateline is not None and expr.start < dateline.end and dateline.start < expr.end:
            continue
        expr_in_quote = next(((s, e) for s, e in quotes if s <= expr.start < e), None)
        if expr_in_quote and expr_in_quote[1] - expr_in_quote[0] <= len(expr.text) + 12:
            expr_in_quote = None  # a quoted date phrase ('could meet "later this month"')
        attributive = next(
            (
                t
                for t in triggers
                if t[0] >= expr.end and _POSSESSIVE_GAP.fullmatch(text, expr.end, t[0])
            ),
            None,
        )
        # "since the August 9 election", "last year's forum": the date names the event
        if attributive is not None:
            out[attributive].append(replace(expr, qualifier=expr.qualifier or "attributive"))
            continue
        before = text[max(sentence.start, expr.start - 30) : expr.start]
        if BOUND_BEFORE.search(before[-12:]) and not new_date.search(before):
            continue  # "after December 20" bounds an event, it does not date it
        if thing_for[0].search(before) or (
            expr.kind in _YEARS_AND_MONTHS
            and thing_for[1].search(text, max(sentence.start, expr.start - 70), expr.start)
        ):
            continue  # "the gas price for next year": the date of a thing, not of an event
        if expr.kind == "relative-day":
            # "today" is deictic: it dates every event of its sentence, up to another date
            # ("talked today and agreed to meet next week, at the forum")
            for t in triggers:
                t_in_quote = next(((s, e) for s, e in quotes if s <= t[0] < e), None)
                lo, hi = (t[1], expr.start) if t[1] <= expr.start else (expr.end, t[0])
                between = any(lo <= x.start and x.end <= hi for x in exprs)
                if t_in_quote == expr_in_quote and not between:
                    out[t].append(expr)
            continue
        expr_clause = _clause(text, sentence, expr.start, expr.end)
        # "said on Sunday that a meeting …": the day of the saying, not of what follows
        spoken = spoken_on.search(text, max(sentence.start, expr.start - 30), expr.start)
        # a date in what a telling reports dates only an event reported with it
        told_from = max(
            (
                r.end()
                for t in triggers
                if t[1] <= expr.start
                and (
                    _TELLING.match(text, t[0])
                    or _TOLD_TO.search(text, max(sentence.start, t[0] - 16), t[0])
                )
                for r in [_REPORTED.search(text, t[1], min(expr.start, t[1] + 60))]
                # (an occasion of the telling between may stand there: "told reporters after
                # the talks that …")
                if r
                and not any(t[1] <= u[0] < r.start() and u not in occasion_of for u in triggers)
            ),
            default=-1,
        )
        best = None
        for t in triggers:
            t_in_quote = next(((s, e) for s, e in quotes if s <= t[0] < e), None)
            if expr_in_quote and expr_in_quote != t_in_quote:
                continue
            if expr.kind == "years-ago":
                if (
                    not 0 <= t[0] - expr.end <= 12  # "30 years since the signing"
                    if expr.text.endswith("since")
                    else expr.start - t[1] > 30 or _NOT_ITS_OWN.search(text, t[1], expr.start)
                ):
                    continue  # "signed an agreement that replaces a deal struck five years ago"
            elif expr.qualifier == "part" and not 0 <= expr.start - t[1] <= 60:
                continue  # "trade grew in the first half of the year": no event's date
            if _earlier(text, t[0]) and (
                expr.start < t[1]
                or QUOTE_MARK.search(text, t[1], expr.start)
                or any(t[1] <= x.start and x.end <= expr.start for x in exprs)
            ):
                continue  # "Putin met Lukashenko, whom he last met in April, on Friday"
            verb = occasion_of.get(t)
            # "Putin said Friday after talks with Lukashenko", "Putin on Friday said after
            # talks": the saying's day is the talks'
            said_at = verb is not None and (
                verb <= expr.start or (expr.end <= verb and not text[expr.end : verb].strip())
            )
            if verb is not None and (
                (expr.end <= verb and not said_at)
                or (expr.start >= t[1] and _REPORTED.search(text, t[1], expr.start))
            ):
                continue  # "Russia will cut the price next year, Putin said after talks",
                # "Putin said after talks that gas would be cheaper next year": what was said
            other_clause = not (expr_clause.start <= t[0] < expr_clause.end)
            if (
                spoken
                and not said_at
                and (t[0] >= expr.end or _told_by_another(text, sentence, t, spoken.start()))
            ):
                continue  # "said on Sunday that a meeting …", "Putin will visit next month,
                # the Kremlin said on Thursday": the saying's day (but "Speaking at a summit
                # in Sochi, Lukashenko said on Friday", "X, meeting in Sochi, said on Friday")
            if t[0] < told_from:
                continue  # "told journalists that … deliveries this year": what was told
            if expr.start >= t[1]:
                cost = expr.start - t[1]
            else:
                gap = t[0] - expr.end
                adjacent = not text[expr.end : t[0]].strip()  # "today’s talks"
                cost = gap * 3 + (0 if adjacent else 60)
            if other_clause:
                cost += 200
            if text[t[0] : t[1]].lower() in _setting_nouns() and _SETTING.search(
                text, max(sentence.start, t[0] - 60), t[0]
            ):
                cost += 150  # "On Thursday, on the sidelines of the forum, X met Y": the date is
                # the meeting's before it is the forum's
            if best is None or cost < best[0]:
                best = (cost, t, other_clause)
        if best is not None and best[0] <= 300:
            out[best[1]].append(expr)
            if best[2]:
                elsewhere.add((best[1], id(expr)))
    # "agreed that the Forum will be held in the autumn, and discussed trade, which grew last
    # year": a date of another clause dates an event only when its own clause gives none
    for t, assigned in out.items():
        own = [e for e in assigned if (t, id(e)) not in elsewhere]
        if any(e.qualifier != "attributive" and e.kind != "relative-day" for e in own):
            out[t] = own  # ("today" is no date of its own clause: it yields to any other)
    return out


def _told_by_another(text: str, sentence: Segment, trigger: tuple[int, int], verb: int) -> bool:
    """Whether a verb of saying after the trigger is an attribution with a subject of its own,
    set off by a comma ("…, the Kremlin said"), outside the sentence's opening occasion phrase."""
    comma = text.rfind(",", trigger[1], verb)
    if comma < 0 or not text[comma + 1 : verb].strip():
        return False
    opening = _after_dateline(text, sentence, trigger[0])
    return not _opening_phrase().match(text, opening, trigger[1])


@cache
def _earlier_word() -> re.Pattern[str]:
    """ "last", "previously" right before a trigger: searched before every trigger, behind a
    guard for its first letters (the same matches: most characters fail one class test)."""
    words = "|".join(data("events")["distinct_right_before"])
    return guarded(re.compile(rf"(?<!\bat )\b(?:{words})\s+$", re.I))


def _earlier(text: str, start: int) -> bool:
    """ "The two presidents last met in May", "had previously met" (not "at last met"): an
    earlier event than the dispatch's news."""
    return bool(_earlier_word().search(text, max(0, start - 16), start))


# between an event and "N years ago": a clause or a thing of its own ("the union they created
# 20 years ago", "a document first drafted 10 years ago")
_NOT_ITS_OWN = re.compile(r"\b(?:that|which|who|whom|when|they|he|she|it|we)\b|,\s+(?:a|an|the)\b")


# the setting of another event, which a date of the sentence does not date first
_SETTING = re.compile(r"\b(?:sidelines|margins)\s+of\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,4}$")


@cache
def _setting_nouns() -> frozenset[str]:
    return frozenset(data("events")["setting_nouns"])


# Which way a date without a year leans from the publication date: a plan ahead, a report
# behind; a postponed or cancelled plan could be either, so it stays in the publication year
# unless it lies within two months across the new year; a happening its clause gives no tense at
# all likewise, unless that puts it more than half a year ahead.
_TENSE = {
    "scheduled": "future",
    "proposed": "future",
    "postponed": "nearest",
    "cancelled": "nearest",
    "untensed": "untensed",
    "anniversary": "nearest",
}


_IN_THE_DAY = re.compile(r"(?i:earlier|later) in the day")
_OWNS = ("’s", "'s")
# how far back a day named before "earlier in the day" may lie from the dispatch's day
_DAYS_BACK = 7


@cache
def _subordinate() -> re.Pattern[str]:
    """The words that open a subordinate or relative clause."""
    words = "|".join(re.escape(w) for w in data("events")["subordinators"])
    return re.compile(rf"\b(?:{words})\b")


def _the_day_it_refers_to(
    text: str,
    expr: DateExpr,
    quotes: list[tuple[int, int]],
    published: date | None,
    partial: str | None,
    weekday: int | None,
) -> DateExpr:
    """ "Earlier in the day", "later in the day": the day named last before it of something
    done in the week up to the dispatch's day ("stayed away from a summit on Monday. … earlier
    in the day"; not a plan's "will meet on Friday", nor "last Monday's talks"); else the
    expression itself (the dispatch's day)."""
    if published is None or not _IN_THE_DAY.fullmatch(expr.text):
        return expr
    for x in reversed(find_dates(text, max(0, expr.start - 1500), expr.start)):
        if (
            x.qualifier == "attributive"
            or _within(x.start, quotes)
            or text[x.end : x.end + 2] in _OWNS
        ):
            continue  # (nor "last Friday's talks": the day of another event)
        day = resolve(x, published, "past", partial, weekday)
        if (
            day.precision != "day"
            or day.start is None
            or day.start != day.end
            or not 0 <= (published - day.start).days <= _DAYS_BACK
        ):
            continue
        sentence = containing(sentences(text), x.start)
        if (
            sentence is None
            or _subordinate().search(text, sentence.start, x.start)  # "after Russia cut supplies
            or status_around(text, sentence, quotes, x) != "held"  # on Tuesday": another story
        ):
            continue
        # read as the day named, where the words stand ("on Monday, earlier in the day")
        return replace(x, start=expr.start, end=expr.end, text=f"{x.text}, {expr.text}")
    return expr


def _best_date(
    exprs: list,
    published: date | None,
    status: str,
    partial: str | None = None,
    weekday: int | None = None,
    at: int = 0,
) -> Resolved:
    """The most precise of a trigger's dates; a bare year only when nothing better is there."""
    if not exprs:
        return UNKNOWN
    rank = {"day": 3, "month": 2, "year": 1}
    # a date that names its event ("the 1999 treaty") wins; "today" dates only what has no
    # date of its own ("their meeting in Moscow in April", said today)
    exprs = (
        [e for e in exprs if e.qualifier == "attributive"]
        or [e for e in exprs if e.kind != "relative-day"]
        or exprs
    )
    tense = _TENSE.get(status, "past")
    resolved = [resolve(e, published, tense, partial, weekday) for e in exprs]

    def score(pair: tuple[DateExpr, Resolved]) -> tuple[float, int]:
        expr, r = pair
        near = -abs(expr.start - at)  # of equals, the date nearest the trigger
        stated = 0.0 if expr.relative else 0.5  # "on Thursday [14 June]": the date as written
        if r.partial:  # below a stated date with its year ("in May 2003")
            return (2.4 if len(r.partial) > 4 else 1.6) + stated, near
        return rank.get(r.precision, 0) + (stated if r.precision != "unknown" else 0), near

    return max(zip(exprs, resolved, strict=True), key=score)[1]


def retense(
    ev: DraftEvent,
    before: str,
    published: date | None,
    partial: str | None = None,
    weekday: int | None = None,
) -> None:
    """Read a date without a year again when the status model has moved the event from the
    rules' status ``before`` to one of another tense: "the talks on Friday" are last Friday's
    once it calls them held, next Friday's once it calls them scheduled. Only a date read in a
    tense is read again (not one read either way, as an anniversary's or a tenseless one)."""
    if ev.status == before:
        return
    source = next((m for m in ev.mentions if m.read_from and m.date == ev.date), None)
    if source is None or source.read_as in ("untensed", "anniversary"):
        return
    if _TENSE.get(source.read_as, "past") == _TENSE.get(ev.status, "past"):
        return
    again = _best_date(list(source.read_from), published, ev.status, partial, weekday, source.start)
    if _has_date(again):
        ev.date = again


def not_held_ahead(text: str, events: Sequence[DraftEvent], published: date | None) -> None:
    """An event dated to a day (or a month) after the dispatch's own is not held yet: "Belarus
    holds elections … on June 18" in a dispatch of June 14 is a plan, whatever tense the rules
    read. Applied last, after the learned models; not to an event a mention tells in the past
    ("told reporters", "signed"), whose date is then the doubtful part, nor to one running until
    its date ("the exercise, which is due to run until Sept. 25")."""
    if published is None:
        return
    for ev in events:
        if ev.status != "held" or ev.date.start is None:
            continue
        ahead = (ev.date.precision == "day" and ev.date.start > published) or (
            ev.date.precision == "month" and ev.date.start > published.replace(day=1)
        )
        if ahead and not any(
            _PAST_WORD.search(m.text) or _RUNNING.search(text, m.sentence.start, m.sentence.end)
            for m in ev.mentions
        ):
            ev.status = "scheduled"


_PAST_WORD = re.compile(r"\b(?:told|signed)\b")
_RUNNING = re.compile(r"\b(?:until|till|through|under\s?way|continu\w*|runs?|ongoing)\b")


def find_mentions(
    text: str,
    furniture: list[Furniture],
    quotes: list[tuple[int, int]],
    published: date | None,
    title: Segment | None,
    people: list[tuple[int, str]] | None = None,
    published_partial: str | None = None,
    dateline: Segment | None = None,
    weekday: int | None = None,
) -> list[Mention]:
    """Every event trigger outside page furniture, dated and placed; ``people`` are
    (offset, actor id) of persons named in the text, to tell apart events of other people."""
    people = sorted(people or [])
    raw = sorted(_trigger_matches(text), key=lambda r: (r[0], -(r[1] - r[0])))
    chosen: list[tuple[int, int, str, re.Match[str]]] = []
    for r in raw:
        if chosen and r[0] < chosen[-1][1]:
            continue
        if in_furniture(furniture, r[0], r[1]):
            continue
        chosen.append(r)
    sents = sentences(text)
    events_data = data("events")
    kinds = tuple(events_data["visit_kinds"])  # (in order: the first that opens a trigger)
    anaphora = tuple(a + " " for a in events_data["anaphora"])  # str.endswith takes a tuple
    strong_anaphora = tuple(a + " " for a in events_data["strong_anaphora"])
    distinct = _distinct_words()
    by_sentence: dict[Segment, list[tuple[int, int]]] = {}
    located = []
    starts = [s.start for s in sents]
    for start, end, event_type, m in chosen:
        k = bisect_left(starts, start + 1) - 1
        sentence = sents[k] if k >= 0 and start < sents[k].end else Segment(start, end)
        by_sentence.setdefault(sentence, []).append((start, end))
        located.append((start, end, event_type, m, sentence))
    dates = {}
    anniversaries = "nniversar" in text  # (a speed-up only: most texts name none)
    for sentence, triggers in by_sentence.items():
        dates.update(_assign_dates(text, sentence, triggers, quotes, dateline))
    mentions = []
    for start, end, event_type, m, sentence in located:
        quote = next(((s, e) for s, e in quotes if s <= start < e), None)
        in_quote = quote is not None
        exprs = [
            _the_day_it_refers_to(text, x, quotes, published, published_partial, weekday)
            for x in dates.get((start, end), [])
        ]
        in_title = title is not None and title.start <= start < title.end
        earlier = _earlier(text, start)  # "last met": before the dispatch's news
        status = _tensed(
            _status(text, sentence, start, end, quotes, in_title, by_sentence[sentence]), exprs
        )
        if (
            event_type == "press_event"
            and status in ("scheduled", "proposed")
            and _TELLING.match(m.group(0))
            and not _plan_before(text, sentence, start, end)
        ):
            status = "held"  # "Speaking to reporters, Peskov said they would meet": told, done
        if (
            in_title
            and status == "held"
            and not ends_sentence(title.of(text))
            and _HEADLINE_FUTURE.search(text, title.start, start)
        ):
            status = "scheduled"  # "Putin to visit Minsk": a headline's infinitive is a plan
        dated_as = status
        if status == "postponed":
            new = _new_dates(text, sentence, start, end, exprs)
            if new is not exprs:
                dated_as = "scheduled"  # "put off until the end of January": a date ahead
            exprs = new
        name = _name_of(m)
        if name and _BACK_REFERENCE.search(m.group(0)):
            name = None  # "sign the document": the instrument named before, not a new one
        clause = _clause(text, sentence, start, end)
        before = text[clause.start : start].lower()
        location = country = None
        if event_type in events_data["placed"]:
            location, country = _place(text, sentence, start)
        trigger_lowered = m.group(0).lower()
        kind = None
        if trigger_lowered.startswith(kinds):  # (one test first: most triggers name no kind)
            kind = next(k for k in kinds if trigger_lowered.startswith(k))
        anniversary = (
            _anniversary().search(text, max(sentence.start, start - 90), start)
            or _anniversary_after().match(text, end)  # "the treaty's 20th anniversary"
            if anniversaries and event_type in events_data["anniversary_of"]
            else None
        )
        rescheduled = dated_as != status
        if anniversary:
            dated_as = "anniversary"  # its day lies near the news, ahead or behind
        if anniversary:
            # "on Sunday, the 20th anniversary of the treaty", "Sunday's 20th anniversary of the
            # treaty": the day the anniversary falls on, before any other date of the sentence
            # ("… has been pushed back to December 20" is the signing's)
            own = [
                e
                for e in find_dates(text, sentence.start, anniversary.start())
                if _APPOSED.fullmatch(text, e.end, anniversary.start())
                or _POSSESSIVE_DATE.fullmatch(text, e.end, anniversary.start())
            ]
            exprs = own or exprs
        if (
            status == "held"
            and exprs
            and not any(e.relative for e in exprs)
            and not any(clause.start <= c[0] < clause.end for c in _cues_in(text, sentence))
        ):
            # "with the presidential election on January 26": a calendar date either way (a
            # weekday without a tense is still one reported: "still meets on Wednesdays")
            dated_as = "untensed"
        resolved = _best_date(exprs, published, dated_as, published_partial, weekday, start)
        if anniversary:  # an anniversary's event is done, whatever the clause's tense
            resolved = _before_its_anniversary(anniversary, resolved, published)
            status, rescheduled = "held", False
        mentions.append(
            Mention(
                start,
                end,
                m.group(0),
                event_type,
                _norm(name),
                status,
                resolved,
                location,
                country,
                kind,
                in_quote,
                sentence,
                before.endswith(anaphora),
                in_title,
                bool(
                    distinct.search(text[max(clause.start, start - 35) : start].lower())
                    or distinct.search(text[end : min(clause.end, end + 40)].lower())
                )
                # "last year's forum": another one than "the forum" of the dispatch
                or any(_POSSESSIVE_DATE.fullmatch(text, e.end, start) for e in exprs)
                or earlier,
                # people named outside quotations; office-holder groups on the mention's side
                _named_in(people, clause, None, quotes)
                | _named_in(_group_words(text), clause, quote, quotes),
                before.endswith(strong_anaphora),
                bool(exprs),
                rescheduled,
                bool(_PURPOSE.search(before)),
                # "last met", or "first met Putin 16 years ago": before the dispatch's news
                read_from=() if anniversary else tuple(exprs),
                read_as=dated_as,
                earlier=earlier
                or anniversary is not None
                or any(e.kind == "years-ago" for e in exprs)
                or (status == "held" and _long_before(resolved, published)),
            )
        )
    return mentions


@cache
def _anniversary() -> re.Pattern[str]:
    # up to four words of the event's name between: "of the Union State treaty", not a clause
    # ("of Victory was marked with a parade", "of the treaty at talks")
    name_word = r"(?!(?:is|was|were|are|will|be|been|with|at|to|by|on|in|and|as)\b)[\w’'-]+\s+"
    return re.compile(
        rf"\b{_ordinal_anniversary()}\s+of\s+"
        rf"(?:the\s+)?(?:{name_word}){{0,4}}$",
        re.I,
    )


@cache
def _anniversary_after() -> re.Pattern[str]:
    """ "the treaty's 20th anniversary": the anniversary after its event's name."""
    return re.compile(rf"[’']s\s+{_ordinal_anniversary()}\b", re.I)


def _ordinal_anniversary() -> str:
    """ "20th anniversary", "twentieth anniversary": the ordinal in groups ``n`` and ``word``."""
    words = "|".join(data("events")["anniversary_ordinals"])
    return rf"(?:(?P<n>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{words}))\s+anniversary"


# between an anniversary's day and the anniversary: "on Sunday, the 20th anniversary of",
# "December 8 marks the 20th anniversary of"
_APPOSED = re.compile(
    r"[\s,]*(?:(?:which\s+)?(?:is|was|will\s+be|marks|marked|will\s+mark)\s+)?(?:the\s+)?", re.I
)


def _before_its_anniversary(
    anniversary: re.Match[str], r: Resolved, published: date | None
) -> Resolved:
    """ "On Sunday, the 20th anniversary of the treaty": a date of the news given to an event
    named as an anniversary's is the anniversary's; the event is that many years older."""
    if not (r.start and r.end and published) or abs(r.start.year - published.year) > 1:
        return r
    n, word = anniversary["n"], anniversary["word"]
    years = int(n) if n else data("events")["anniversary_ordinals"][word.lower()]
    try:
        start_day = r.start.replace(year=r.start.year - years)
        end_day = r.end.replace(year=r.end.year - years)
    except ValueError:  # 29 February
        return r
    basis = f"{r.basis or 'as written'}; the event is {years} years older than its anniversary"
    return replace(r, start=start_day, end=end_day, inferred=True, basis=basis)


# a happening dated this many days or more before the dispatch is not its news (a plan dated
# then, "planned for December" in January, is still the plan the news is about)
_NEWS_WINDOW = 31


def _long_before(r: Resolved, published: date | None) -> bool:
    """ "Last September, at a meeting in Sochi" in a dispatch of September 2021: an earlier
    event than the news, which an undated "the talks" of the lead does not refer back to."""
    return bool(published and r.end and (published - r.end).days >= _NEWS_WINDOW)


_HEADLINE_FUTURE = re.compile(r"\bto\s+$")
_BACK_REFERENCE = re.compile(r"\b(?:the|this|that)\s+document$", re.I)
_PURPOSE = re.compile(r"\b(?:for|to hold|to conduct)\s+(?:a\s+(?:new\s+)?round\s+of\s+)?$")
# a reporting verb in the past or as a participle: its own tense, not that of what it reports
_TELLING = re.compile(r"(?i:told|spoke|speaking|explained|answered|said)\b")
# an occasion told something ("told a meeting of senior officials in Minsk that …")
_TOLD_TO = re.compile(r"\b(?:told|telling)\s+(?:a|an|the|his|her|their)\s+$")
# what a telling reports begins after "that", a colon or "said" ("told reporters on Friday that …",
# "speaking to journalists at the airport, said the session …",
# not "that evening"; a "that" after another event is a relative pronoun: "told reporters after
# talks that lasted five hours")
_REPORTED = re.compile(
    r"\bthat\b(?!\s+(?:morning|afternoon|evening|night|day|week)\b)|:|\bsaid\b(?!\s+on\b)"
)


@cache
def _present_plan_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb of a plan in the present with a weekday after it, and the words of a habit."""
    rules = data("events")
    verbs = "|".join(re.escape(v) for v in rules["present_plan"])
    weekdays = "|".join(w.capitalize() for w in WEEKDAYS)
    habits = "|".join(re.escape(h) for h in rules["habits"])
    return (
        re.compile(rf"\b(?:{verbs})\b(?=[^.;:!?,]{{0,60}}?\bon (?:{weekdays})\b)"),
        re.compile(rf"\b(?:{habits})\b"),
    )


def _present_plan(text: str, clause: Segment) -> bool:
    """ "travels to Moscow on Wednesday": a verb of a plan in the present in the trigger's
    clause with a weekday after it (not a habit: "usually meets Putin on a Friday")."""
    plan, habit = _present_plan_pattern()
    return bool(plan.search(text, clause.start, clause.end)) and not habit.search(
        text, clause.start, clause.end
    )


def _plan_before(text: str, sentence: Segment, start: int, end: int) -> bool:
    """A plan or proposal cue in the trigger's clause before it ("Putin will hold talks …,
    speaking to reporters afterwards"): the telling is planned too."""
    clause = _clause(text, sentence, start, end)
    return any(
        clause.start <= c_start < start and status in ("scheduled", "proposed")
        for c_start, _, status in _cues_in(text, sentence)
    )


@cache
def _distinct_words() -> re.Pattern[str]:
    """Any of the words that make a mention another event than one reported before ("another",
    "again"), lower-cased, as one alternation of literals: it finds one where any word is in a
    stretch (one search of each stretch, not one test per word and stretch)."""
    words = dict.fromkeys(d.lower() for d in data("events")["distinct"])
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


def _named_in(
    hits: tuple[tuple[int, str], ...] | list[tuple[int, str]],
    clause: Segment,
    side: tuple[int, int] | None,
    quotes: list[tuple[int, int]],
) -> frozenset[str]:
    """The values of the (offset, value) ``hits`` (sorted by offset) that lie in the clause on
    the given side of the quotation marks: inside quotation ``side``, or outside all (None)."""
    i = bisect_left(hits, (clause.start, ""))
    found = set()
    while i < len(hits) and hits[i][0] < clause.end:
        offset, value = hits[i]
        if next(((s, e) for s, e in quotes if s <= offset < e), None) == side:
            found.add(value)
        i += 1
    return frozenset(found)


@lru_cache(maxsize=1)
def _any_group() -> tuple[Skipping, dict[str, str]]:
    """All group words in one pattern (one scan per text), each group a named alternative."""
    spec = data("events")["groups"]
    names = {f"g{i}": f"@{g}" for i, g in enumerate(spec)}
    body = "|".join(f"(?P<g{i}>{'|'.join(words)})" for i, words in enumerate(spec.values()))
    return Skipping(re.compile(rf"\b(?:{body})\b", re.I)), names


@lru_cache(maxsize=16)
def _group_words(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, group) of every office-holder group word in the text."""
    rx, names = _any_group()
    return tuple((m.start(), names[m.lastgroup]) for m in rx.finditer(text))


def _new_dates(
    text: str, sentence: Segment, start: int, end: int, exprs: list[DateExpr]
) -> list[DateExpr]:
    """A postponed event is dated by the new date when the text gives one ("pushed back to
    early next year", "put off until 8 December"), else by the date it was planned for
    ("expected in September, has been put off"); "postponed on Monday" is the decision's day."""
    clause = _clause(text, sentence, start, end)
    cues = [
        c
        for c in _cues_in(text, sentence)
        if clause.start <= c[0] < clause.end and c[2] == "postponed"
    ]
    if not cues:
        return exprs
    # not the day of the decision ("was postponed on Monday", "…, the Kremlin said on Tuesday")
    after = [
        e
        for e in exprs
        if e.start >= cues[0][1]
        and e.kind not in ("weekday", "relative-day")
        and e.direction != "past"
    ]
    if not after:
        # the new date right after the verb, though the sentence gave it to another noun
        # ("The signing, timed for the 20th anniversary of the treaty, has been pushed back to
        # December 20")
        after = [
            e
            for e in find_dates(text, cues[0][1], clause.end)
            if _TO_THE_NEW_DATE.fullmatch(text, cues[0][1], e.start)
        ]
    return after if after else exprs


_TO_THE_NEW_DATE = re.compile(r"\s+(?:to|until|till)\s+(?:the\s+)?")


def clause_around(text: str, sentence: Segment, start: int, end: int) -> Segment:
    """The clause of the sentence that holds the span (for ``eventmodel``'s proposals)."""
    return _clause(text, sentence, start, end)


def status_around(
    text: str, sentence: Segment, quotes: list[tuple[int, int]], expr: DateExpr
) -> str:
    """The status a date expression's clause gives, read as a trigger's would be (for
    ``eventmodel``'s proposals). A date before a past verb of saying or deciding dates the
    saying, which was held, whatever plan it tells of ("EU leaders on Monday agreed to ban …",
    "Speaking in Minsk on Saturday, the leader said he would …")."""
    status = _tensed(_status(text, sentence, expr.start, expr.end, quotes), [expr])
    if status in ("scheduled", "proposed"):
        m = _saying_after().match(text, expr.end, sentence.end)
        # (not an attribution set off by commas: "The summit on June 20, Peskov said, will …")
        if m and not _within(m.start("verb"), quotes) and not text.startswith(",", m.end()):
            plans = [c for c in _cues_in(text, sentence) if c[2] == status]
            if plans and all(c[0] >= m.start("verb") for c in plans):
                return "held"
    return status


@cache
def _saying_after() -> re.Pattern[str]:
    """A past verb of saying or deciding after a date, in its clause ("on Monday agreed to",
    "on Saturday, the Belarusian leader said")."""
    verbs = "|".join(data("events")["saying_after_date"])
    return re.compile(
        rf"(?:,?\s+(?!(?:{_clause_links()})\b)[\w’'.-]+){{0,6}}?\s+(?P<verb>{verbs})\b"
    )


def _clause_links() -> str:
    """The words that open another clause, which no subject before its verb holds."""
    return "|".join(data("events")["clause_links"])


def _tensed(status: str, exprs: list[DateExpr]) -> str:
    """A date whose words give its tense corrects a held/scheduled guess from the verbs:
    "at a meeting earlier this month" was held, "a summit later this month" is scheduled."""
    directions = {e.direction for e in exprs} - {None}
    if status == "held" and directions == {"future"}:
        return "scheduled"
    if status == "scheduled" and directions == {"past"}:
        return "held"
    return status


def _norm(name: str | None) -> str | None:
    if not name:
        return None
    name = _NAME_OPENING.sub("", name.strip())
    name = _OF_THE_UNION_STATE.sub("", name).lower()
    return data("events")["same_names"].get(name, name)  # "the rally" is "the protest"


# the words a name drops ("the talks" is "talks"), compiled once: a module-level re.sub looks
# its pattern up in re's cache at each of some eight calls a dispatch
_NAME_OPENING = re.compile(r"^(?:several |other |the )+", re.I)
_OF_THE_UNION_STATE = re.compile(r"\s+of the Union State$")


def _persons(ev: DraftEvent) -> set[str]:
    return {p for x in ev.mentions for p in x.persons}


def _compatible(ev: DraftEvent, m: Mention) -> bool:
    purpose = (
        ev.event_type != m.event_type
        and FAMILY.get(ev.event_type) is not None
        and FAMILY.get(ev.event_type) == FAMILY.get(m.event_type)
        and _talks_of_the_visit(ev, m)
    )
    if not (ev.event_type == m.event_type or purpose) or ev.distinct != m.distinct:
        return False
    if not m.strong and m.persons and _persons(ev) and not (m.persons & _persons(ev)):
        return False  # different people: "a visit by the agriculture minister" is another visit
    if (
        not (m.anaphoric or m.strong)
        and m.persons
        and not _persons(ev)
        and all(x.sentence == m.sentence for x in ev.mentions)
    ):
        # "experts are due to meet in Moscow tomorrow, and a meeting between Mr Medvedev and
        # Mr Lukashenko was possible": in one sentence, a meeting of named people is not the
        # nameless one before it
        return False
    if m.event_type == "press_event" and not (m.anaphoric or m.strong):
        # every "told reporters" / "said in a statement" is a telling of its own, unless the
        # same person speaks again ("Peskov told reporters …; Peskov also told reporters")
        people = {p for p in m.persons if not p.startswith("@")}
        if not people & _persons(ev):
            return False
    if (ev.name or m.name) and not (
        ev.name == m.name
        or (m.name is None and ev.event_type == m.event_type)
        or (_headline_only(ev) and ev.event_type == m.event_type)
    ):
        return False
    # the same name on other dates is another event ("signed a treaty in February last year"),
    # but "the session would be put off until January" gives the session a new date
    if (
        m.date.start
        and ev.date.start
        and not _dates_overlap(ev.date, m.date)
        and not (m.rescheduled and m.anaphoric and ev.status != "held")
    ):
        return False
    if m.date.partial and ev.date.partial and not _partials_agree(m.date, ev.date):
        return False
    # "will travel to Moscow for talks …, a spokesman in Minsk said": talks a trip is for are
    # where it goes, whatever place the rest of the sentence names
    # "met in Sochi on 15 September for talks devoted to the ruble as legal tender in
    # Belarus": a country named further on in the sentence is not where its talks were (but
    # "… before flying to Kazakhstan for talks with Nazarbayev" are other talks, with others)
    same_sentence = (
        m.location is None
        and m.event_type == ev.event_type
        and m.persons <= _persons(ev)
        and any(x.sentence == m.sentence for x in ev.mentions)
    )
    return (
        (purpose and m.purpose)
        or same_sentence
        or not (m.country and ev.country and m.country != ev.country)
    )


def _headline_only(ev: DraftEvent) -> bool:
    """An event only the headline has named so far ("… put off union council session"): the
    body's first full name is its name."""
    return ev.name is None and all(x.in_title for x in ev.mentions)


def _talks_of_the_visit(ev: DraftEvent, m: Mention) -> bool:
    """Talks are part of a visit when one sentence reports both ("arrived in Moscow for talks"),
    or, undated, when the visit was reported as one for talks; talks held "after the ceremony"
    of a visit reported on its own are an event of their own."""
    if any(x.sentence == m.sentence for x in ev.mentions):
        return True
    kinds = {x.event_type for x in ev.mentions}
    return kinds == {"visit", "meeting"} and m.event_type == "meeting" and not _has_date(m.date)


def _dates_overlap(a: Resolved, b: Resolved) -> bool:
    if not (a.start and b.start and a.end and b.end):
        return True
    if "year" in (a.precision, b.precision):
        return a.start.year == b.start.year
    if "month" in (a.precision, b.precision):
        return (a.start.year, a.start.month) <= (b.end.year, b.end.month) and (
            b.start.year,
            b.start.month,
        ) <= (a.end.year, a.end.month)
    return a.start <= b.end and b.start <= a.end


def _has_date(r: Resolved) -> bool:
    return r.start is not None or r.partial is not None


def cluster(mentions: list[Mention]) -> list[DraftEvent]:
    """One event per real event: merge mentions that name, date or refer to the same one."""
    events: list[DraftEvent] = []
    first_pass = [m for m in mentions if not m.in_quote or _has_date(m.date)]
    second_pass = [m for m in mentions if m.in_quote and not _has_date(m.date)]
    for m in [*first_pass, *second_pass]:
        candidates = [e for e in events if _compatible(e, m) and _same_time(e, m)]
        if not candidates and m.anaphoric and not _has_date(m.date):
            # "met in Sochi on September 14. The talks lasted five hours.": with no news event of
            # its kind before it, "the talks" are the earlier ones
            candidates = [e for e in events if _compatible(e, m)]
        # the most recently mentioned first; unnamed events before named ones for generic words
        candidates.sort(
            key=lambda e: (m.name is None and e.name is not None, -max(x.start for x in e.mentions))
        )
        target = None
        if m.name:
            target = next((e for e in candidates if e.name == m.name), None) or next(
                (e for e in candidates if _headline_only(e)), None
            )
        elif m.rescheduled and m.anaphoric and any(e.status != "held" for e in candidates):
            # "the session would be put off until January": the plan it moves
            target = next(e for e in candidates if e.status != "held")
        elif _has_date(m.date):
            # a dated plan does not date an undated event already held ("last met …; are next
            # due to meet in the first half of next year")
            target = next(
                (e for e in candidates if _has_date(e.date) and _same_date(e.date, m.date)), None
            ) or next(
                (
                    e
                    for e in candidates
                    if not _has_date(e.date)
                    and (
                        m.anaphoric
                        or m.in_title
                        or _headline_only(e)
                        or e.status != "held"
                        or m.status == "held"
                    )
                ),
                None,
            )
        elif candidates:
            # an undated mention refers back to the latest such event, but "last met" does
            # not refer back to talks still ahead (nor "will meet" to talks held)
            target = next(
                (
                    e
                    for e in candidates
                    if m.anaphoric or m.in_title or (e.status == "held") == (m.status == "held")
                ),
                None,
            )
        if target is None and m.in_quote and not _has_date(m.date):
            continue
        if target is None:
            target = DraftEvent(m.event_type, m.name, distinct=m.distinct)
            events.append(target)
        _absorb(target, m)
    return sorted(events, key=lambda e: min(x.start for x in e.mentions))


def _same_time(ev: DraftEvent, m: Mention) -> bool:
    """An event from before the dispatch's news ("first met 16 years ago") and the news itself
    meet only where their dates agree ("signed the treaty twenty years ago" and "the treaty
    signed on 8 December 1999")."""
    if ev.mentions[0].earlier == m.earlier:
        return True
    return _has_date(m.date) and _has_date(ev.date) and _same_date(ev.date, m.date)


def _same_date(a: Resolved, b: Resolved) -> bool:
    if a.partial or b.partial:
        return bool(a.partial and b.partial) and _partials_agree(a, b)
    return _dates_overlap(a, b)


def _partials_agree(a: Resolved, b: Resolved) -> bool:
    """Two year-less dates, one the same as or within the other ("--12-08" is in "--12")."""
    pa, pb = a.partial or "", b.partial or ""
    return pa.startswith(pb) or pb.startswith(pa)


def _absorb(ev: DraftEvent, m: Mention) -> None:
    first = not ev.mentions
    ev.name = ev.name or m.name
    ev.mentions.append(m)
    ev.mentions.sort(key=lambda x: x.start)
    if m.event_type == "visit" and ev.event_type == "meeting":
        ev.event_type = "visit"
    if _precision_rank(m.date) > _precision_rank(ev.date) or m.rescheduled:
        ev.date = m.date
    ev.location = ev.location or m.location
    ev.country = ev.country or m.country
    ev.visit_kind = ev.visit_kind or m.visit_kind
    if (
        m.status in ("postponed", "cancelled")
        or (
            ev.status not in ("postponed", "cancelled")
            and not m.in_title
            and not m.in_quote
            and (first or _defining(ev, m))
        )
        or first
    ):
        ev.status = m.status


def _defining(ev: DraftEvent, m: Mention) -> bool:
    """The first mention outside title and quotes sets the status."""
    return all(x.in_title or x.in_quote or x is m for x in ev.mentions)


def _precision_rank(r: Resolved) -> float:
    """How precise a date is: a full day beats --MM-DD beats a month beats a year."""
    if r.partial:
        return 3.5 if len(r.partial) > 4 else 2.5
    return {"day": 4, "month": 3, "year": 1, "unknown": -1}[r.precision]


@lru_cache(maxsize=16)  # the rules, the date model and the event model each ask once
def publication_weekday(
    text: str, published: date | None, partial: str | None, dateline: Segment | None
) -> int | None:
    """The weekday of a year-less publication day, where the date line or the lead states it:
    it places "on Tuesday" on the calendar without the year."""
    if published is not None or not partial or len(partial) <= 4 or dateline is None:
        return None
    weekday = stated_weekday(text, dateline.start, dateline.end)
    return lead_weekday(text, dateline.end) if weekday is None else weekday


def extract_events(
    text: str,
    furniture: list[Furniture],
    quotes: list[tuple[int, int]],
    published: date | None,
    title: Segment | None,
    published_partial: str | None = None,
    people: list[tuple[int, str]] | None = None,
    dateline: Segment | None = None,
) -> list[DraftEvent]:
    """Draft events of a dispatch, in order of first mention; ``dateline`` is the span of the
    dispatch's date in the text (its dateline's, else the publication date's); ``published``
    is the day the text counts from (``Header.news_day``)."""
    weekday = publication_weekday(text, published, published_partial, dateline)
    mentions = find_mentions(
        text, furniture, quotes, published, title, people, published_partial, dateline, weekday
    )
    # "agreed on a new meeting during a telephone conversation on 5 February": a dated call
    # before the dispatch was held, so "over the phone" further on can refer back to it
    _past_means_held(mentions, published, published_partial, within_months=2)
    events = cluster(mentions)
    _share_linked_dates(text, events)
    lead = _lead(text, dateline, title, furniture)
    _lede_is_the_dispatch_day(
        events,
        published,
        published_partial,
        title,
        lead[1] if len(lead) == 2 else None,
        [_lead_day(text, s, quotes, published, events) for s in lead],
    )
    _inherit_dates(text, events)
    _date_in_the_next_sentence(text, events, quotes, published, published_partial, weekday)
    _day_of_the_event_it_follows(text, events, published, published_partial)
    _month_of_the_event_days_ahead(text, events)
    _past_means_held(events, published, published_partial)
    _future_means_scheduled(events, published, published_partial)
    return events


def _lead(
    text: str, dateline: Segment | None, title: Segment | None, furniture: list[Furniture]
) -> list[Segment]:
    """The news's opening: its first two sentences of six words or more after the date line
    and the headline (the lead sentence lies within them, a later sentence does not)."""
    if dateline is None:
        return []
    after = max(dateline.end, title.end if title else 0)
    found = []
    for s in sentences(text):
        words = len(text[max(s.start, after) : s.end].split())
        if s.end > after and words >= 6 and not in_furniture(furniture, s.start, s.end):
            found.append(Segment(max(s.start, after), s.end))
            if len(found) == 2:
                break
    return found


def _in_clause_of(text: str, m: Mention, offset: int) -> bool:
    clause = _clause(text, m.sentence, m.start, m.end)
    return clause.start <= offset < clause.end


def _lead_day(
    text: str,
    sentence: Segment,
    quotes: list[tuple[int, int]],
    published: date | None,
    events: list[DraftEvent],
) -> Resolved | None:
    """The one day of the last week an opening sentence states for what it reports as done
    ("talked for five hours in Sochi on Saturday", though "talked" is no trigger): the day of
    the undated event it reports. None when it states no such day or two (which one is the
    event's?); a day told in a plan's words ("is due to be settled on Friday"), a saying's day
    ("said on Monday"), another event's ("Sunday's election") and a day in the clause of a
    dated event ("said he had signed an agreement on June 3") are none."""
    if published is None:
        return None
    dated = [m for ev in events if _has_date(ev.date) for m in ev.mentions]
    spoken_on, _ = _date_context()
    days: dict[date, Resolved] = {}
    for x in find_dates(text, sentence.start, sentence.end):
        if (
            x.qualifier == "attributive"  # "Sunday's election" names another event
            or any(a <= x.start < b for a, b in quotes)
            or spoken_on.search(text, max(sentence.start, x.start - 30), x.start)
            or any(_in_clause_of(text, m, x.start) for m in dated)
            or status_around(text, sentence, quotes, x) != "held"
        ):
            continue
        r = resolve(x, published, "past")
        if r.start and r.precision == "day" and 0 <= (published - r.start).days <= _NEWS_DAYS:
            why = f"'{x.text}' in the opening" + (f": {r.basis}" if r.basis else "")
            days.setdefault(r.start, replace(r, basis=why))
    return next(iter(days.values())) if len(days) == 1 else None


def _lede_is_the_dispatch_day(
    events: list[DraftEvent],
    published: date | None,
    partial: str | None,
    title: Segment | None,
    lead: Segment | None = None,
    lead_days: Sequence[Resolved | None] = (),
) -> None:
    """Wire convention: an event reported as done in the headline or the lead sentence, with no
    date of its own, happened on the dispatch's day ("Putin met Lukashenko in Sochi …"), or on
    the day the opening states (``lead_days``: of its first sentence and of the ``lead``):
    that of the sentence reporting the event, else that of the first; an event first reported
    after the ``lead`` is no lead's event."""
    if published is None and not (partial and len(partial) > 4):
        return
    body = [m for ev in events for m in ev.mentions if not m.in_title and not m.in_quote]
    if not body:
        return
    lede_end = min(m.sentence.end for m in body)
    if lead is not None and lede_end > lead.end:
        lede_end = 0  # the first event is reported further down: no lead sentence reports one
    for ev in events:
        first = next((m for m in ev.mentions if not m.in_quote), None)
        if (
            first is not None
            and (first.in_title or first.sentence.end <= lede_end)
            and not _has_date(ev.date)
            and not any(x.worded for x in ev.mentions if not x.in_quote)  # "late on Tuesday"
            and ev.status == "held"
            and first.status == "held"
            and ev.event_type != "other"  # an election or protest is background, not the news
            and not any(x.earlier for x in ev.mentions)
        ):
            basis = "reported as done in the lead sentence without a date: the dispatch's day"
            told = next((m for m in ev.mentions if not m.in_quote and not m.in_title), None)
            lead_day = lead_days[0] if lead_days else None
            if told and lead is not None and len(lead_days) == 2 and told.sentence.end == lead.end:
                lead_day = lead_days[1] or lead_day  # the second sentence's own day first
            if lead_day is not None:
                ev.date = replace(lead_day, inferred=True)
            elif published:
                ev.date = Resolved(published, published, "day", True, basis)
            else:
                ev.date = replace(UNKNOWN, partial=partial, basis=basis)


_NEWS_DAYS = 7  # how far before the dispatch's day an event can be the news it reports


@cache
def _afterwards() -> re.Pattern[str]:
    """ "Afterwards", "later" (not "a day later", "two weeks later", nor "later this month")."""
    adverbs = "|".join(data("events")["follows"]["adverbs"])
    spans = "".join(rf"(?<!{w} )(?<!{w}s )" for w in ("day", "week", "month", "year"))
    return re.compile(rf"{spans}\b(?:{adverbs})\b", re.I)


@lru_cache(maxsize=1)
def _follows() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    spec = data("events")["follows"]
    preps = "|".join(re.escape(p) for p in spec["prepositions"])
    nouns = "|".join(spec["nouns"])
    rx = re.compile(
        # "after the talks", "after almost four hours of talks", "after two rounds of talks"
        rf"\b(?:{preps})\s+(?:the|their|this|these|today[’']s|[A-Z][a-z]+day[’']s|"
        r"(?:(?:almost|nearly|more\s+than|over|about|some)\s+)?(?:[\w-]+\s+)?(?:hours?|rounds?)\s+of)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?P<noun>{nouns})\b",
        re.I,
    )
    # (searched after every mention of an undated event: behind a guard for its first letters,
    # the same matches, most characters fail one class test instead of entering the pattern)
    return guarded(rx), spec["nouns"]


def date_followers(
    text: str,
    events: list[DraftEvent],
    published: date | None,
    published_partial: str | None = None,
) -> None:
    """Date the still undated events that follow a dated one ("a news conference afterwards"),
    again once the learned date model has dated the events they follow (but not from the noun
    of "after the meeting" itself, which that model may date from anything near it)."""
    _day_of_the_event_it_follows(text, events, published, published_partial, rerun=True)


def _day_of_the_event_it_follows(
    text: str,
    events: list[DraftEvent],
    published: date | None,
    published_partial: str | None = None,
    rerun: bool = False,
) -> None:
    """ "Told reporters after the talks", "a joint news conference following the ceremony": an
    undated event takes the day of the dated event of that kind it follows (docs/curation.md)."""
    rx, nouns = _follows()
    for ev in events:
        if _has_date(ev.date):
            continue
        for m in ev.mentions:
            if m.in_quote:
                continue
            # "told reporters after the talks", or a clause opening "After the talks, …"
            found = rx.search(text, m.end, min(m.sentence.end, m.end + 80))
            opening = rx.match(text, m.sentence.start, m.start)
            found = found or (
                opening
                if opening
                and (
                    "," in text[opening.end() : m.start]
                    or _SUBJECT.match(text, opening.end(), m.start)
                )
                else None
            )
            if not found:
                if ev.event_type == "press_event" and _told_afterwards(
                    text, ev, m, events, published
                ):
                    break
                continue
            noun = found.group("noun").lower()
            kinds = nouns[noun]
            # "on the sidelines of the summit at the end of July": the same month will do
            precisions = (
                ("day", "month") if found.group(0).lower().startswith("on the") else ("day",)
            )
            # the event whose own sentence has the noun ("signed … at a ceremony"), else one of
            # that kind before it: one in the follower's own sentence or paragraph first ("had
            # met on May 10, when Putin told reporters after the talks"); for a held one, the
            # news of the last days first ("after the talks" of Friday, not those of two weeks
            # before); then the nearest
            hosts = [
                (
                    (
                        noun not in text[x.sentence.start : x.sentence.end].lower(),
                        x.start > found.start(),
                        x.sentence != m.sentence,
                        "\n" in text[min(x.start, m.start) : max(x.start, m.start)],
                    ),
                    (
                        _latest_first(e.date)
                        if _is_news(ev, e, published, published_partial)
                        else (0, 0, 0)
                    ),
                    abs(x.start - found.start()),
                    e,
                )
                for e in events
                if e is not ev
                and e.event_type in kinds
                # (the catch-all type only when the host is named by the noun: "the exercises")
                and (
                    kinds != ["other"]
                    or any(noun in text[y.start : y.end].lower() for y in e.mentions)
                )
                and (e.status == "held") == (ev.status == "held")  # a briefing ahead, talks ahead
                and (e.date.precision in precisions or (e.date.partial and len(e.date.partial) > 4))
                and e.date.start == e.date.end
                and not (
                    rerun
                    and all(found.start() <= y.start and y.end <= found.end() for y in e.mentions)
                )
                for x in e.mentions
            ]
            if hosts:
                host = min(hosts, key=lambda h: h[:3])[3]
                basis = f"'{found.group(0)}': the day of that event"
                ev.date = _borrowed(host.date, basis)
                break


# "After the exercises the presidents held talks": the clause's own subject after the opening
_SUBJECT = re.compile(r"\s+(?:the|both)\s+(?:two\s+)?(?:[a-z]+\s+)?(?:presidents|leaders|sides)\s+")


def _is_news(
    follower: DraftEvent, host: DraftEvent, published: date | None, published_partial: str | None
) -> bool:
    """A held follower of a host held in the days up to the dispatch's: the news it reports
    (year-less days compared within a leap year)."""
    if follower.status != "held":
        return False
    start, news = host.date.start, published
    if start is None and host.date.partial and published_partial and published is None:
        (month, day), (news_month, news_day) = (
            partial_parts(host.date.partial),
            partial_parts(published_partial),
        )
        if day is None or news_day is None:
            return False
        start, news = date(2000, month, day), date(2000, news_month, news_day)
    return start is not None and news is not None and 0 <= (news - start).days <= _NEWS_DAYS


def _latest_first(r: Resolved) -> tuple[int, int, int]:
    """A sort key putting later days first (a year-less day counts as of no year)."""
    if r.start is not None:
        return (-r.start.year, -r.start.month, -r.start.day)
    month, day = partial_parts(r.partial) if r.partial else (0, None)
    return (0, -month, -(day or 0))


def _told_afterwards(
    text: str, ev: DraftEvent, m: Mention, events: list[DraftEvent], published: date | None
) -> bool:
    """ "Speaking to reporters afterward", "Peskov later told reporters": a telling takes the day
    of the latest held event reported before it, if that is the news of the week up to the
    dispatch's day (not "the treaty, signed on Dec. 8, 1999", nor "they had last met on May
    20"); True when it did."""
    clause = _clause(text, m.sentence, m.start, m.end)
    found = _afterwards().search(text, max(clause.start, m.start - 25), min(clause.end, m.end + 25))
    if not found or ev.status != "held" or published is None:
        return False
    kinds = data("events")["follows"]["after_kinds"]
    before = [
        (x.start, e)
        for e in events
        if e is not ev
        and e.event_type in kinds
        and e.status == "held"
        and e.date.start is not None
        and e.date.precision == "day"
        and e.date.start == e.date.end
        and _is_news(ev, e, published, None)
        and not any(x.earlier for x in e.mentions)
        for x in e.mentions
        if x.start < m.start and not x.in_title
    ]
    if not before:
        return False
    host = max(before, key=lambda b: b[0])[1]
    ev.date = _borrowed(host.date, f"'{found.group(0)}': the day of the event before it")
    return True


@cache
def _days_before() -> re.Pattern[str]:
    """ "Several days before the Russian president's visit": the noun names the event's kind
    (built once: a pattern compiled at each call is re's cache's, which a dispatch's new
    people's patterns may have pushed out). It opens with a word boundary, and is searched
    along the sentences of every undated event: behind a guard for its first letters (the
    same matches), the engine fails one class test at most characters instead of entering it."""
    _, nouns = _follows()
    return guarded(
        re.compile(
            rf"{data('events')['days_before']}\s+(?:the\s+|his\s+|her\s+|their\s+)?"
            rf"(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{'|'.join(nouns)})\b"
        )
    )


def _month_of_the_event_days_ahead(text: str, events: list[DraftEvent]) -> None:
    """ "Several days before the Russian president's visit, Lukashenko said at a meeting …": an
    undated event takes the month of the dated event a few days after it (of the kinds the noun
    names), when that event's day is late enough in its month to leave no doubt."""
    _, nouns = _follows()
    rx = _days_before()
    for ev in events:
        if _has_date(ev.date):
            continue
        found = next(
            (
                f
                for m in ev.mentions
                if not m.in_quote
                for f in [rx.search(text, m.sentence.start, m.sentence.end)]
                if f
            ),
            None,
        )
        if found is None:
            continue
        kinds = nouns[found.group("noun").lower()]
        hosts = [e for e in events if e is not ev and e.event_type in kinds and _month_day(e.date)]
        days = [(e, _month_day(e.date)) for e in hosts if e.date.precision != "month"]
        host = next(((e, md) for e, md in days if md[1] > 7), None)
        if host is None:
            continue
        e, (month, _) = host
        basis = f"'{found.group(0)}': the month of that event"
        if e.date.start is not None:
            first = e.date.start.replace(day=1)
            ev.date = Resolved(first, first, "month", True, basis)
        else:
            ev.date = replace(UNKNOWN, partial=f"--{month:02d}", basis=basis)


@lru_cache(maxsize=1)
def _refers_ahead() -> re.Pattern[str]:
    return re.compile("|".join(data("events")["date_context"]["refers_ahead"]), re.I)


def _date_in_the_next_sentence(
    text: str,
    events: list[DraftEvent],
    quotes: list[tuple[int, int]],
    published: date | None,
    partial: str | None,
    weekday: int | None,
) -> None:
    """A plan whose (new) date the next sentence gives without naming the event again ("The
    session has been postponed. It will now be held in the spring."): a postponed event takes
    that date as its new one, a planned event without a date takes it as its own. A sentence
    that names an event of its own, or dates a saying ("said on Monday"), gives none."""
    sents = sentences(text)
    starts = [s.start for s in sents]
    named = {m.sentence for ev in events for m in ev.mentions}
    spoken_on, _ = _date_context()
    for ev in events:
        if ev.status not in ("postponed", "scheduled", "proposed"):
            continue
        if _has_date(ev.date) and (
            ev.status != "postponed" or any(m.rescheduled for m in ev.mentions)
        ):
            continue  # a plan with a date, or a postponement with its new date already
        # the sentence after the one that reports the plan or its postponement
        said = [m for m in ev.mentions if not m.in_title and m.status == ev.status]
        last = max(said, key=lambda m: m.start, default=None)
        if last is None:
            continue
        k = bisect_left(starts, last.sentence.end)
        if k >= len(sents) or sents[k] in named:
            continue
        nxt = sents[k]
        cue = _refers_ahead().search(text, nxt.start, nxt.end)
        if cue is None:
            continue
        exprs = [
            e
            for e in find_dates(text, cue.start(), nxt.end)
            if e.direction != "past"
            and e.kind not in ("weekday", "relative-day")
            and not spoken_on.search(text, max(nxt.start, e.start - 30), e.start)
            and not _NOT_AHEAD.search(text, max(nxt.start, e.start - 30), e.start)
            and not any(s <= e.start < q for s, q in quotes)
        ]
        if not exprs:
            continue
        found = _best_date(exprs, published, "scheduled", partial, weekday, cue.start())
        if _has_date(found):
            basis = f"the date the next sentence gives it: '{text[nxt.start : nxt.end].strip()}'"
            ev.date = replace(found, basis=basis)


# not the plan's date: a bound ("known by the end of March"), "as it did in 2019", "first held
# in 2014"
_NOT_AHEAD = re.compile(
    rf"{BOUND_BEFORE.pattern}|\b(?:as|originally|first|previously|once)\b[\w\s]{{0,20}}$", re.I
)


def _borrowed(date_of_other: Resolved, basis: str) -> Resolved:
    """Another event's date taken for this one: an inference, so flagged with its basis (a
    year-less ``--MM-DD`` stays as the text gives it)."""
    return replace(date_of_other, inferred=date_of_other.start is not None, basis=basis)


def _month_day(r: Resolved) -> tuple[int, int] | None:
    if r.precision == "year":  # "before the end of the year" is no day to be past
        return None
    if r.end is not None:
        return (r.end.month, r.end.day if r.precision == "day" else 31)
    if r.partial:
        month, day = partial_parts(r.partial)
        return (month, 31 if day is None else day)
    return None


def _past_means_held(
    events: Sequence[DraftEvent | Mention],
    published: date | None,
    partial: str | None,
    within_months: int = 12,
) -> None:
    """An event (or a mention) dated before the publication date (same year assumed; a mention
    only within two months of it, as "January" in a December dispatch may be ahead) was held,
    whatever future tense surrounds it ("the first visit after inauguration in early May")."""
    if published is not None:
        pub = (published.month, published.day)
    elif partial and len(partial) > 4:
        pub = partial_parts(partial)
    else:
        return
    for ev in events:
        md = _month_day(ev.date)
        same_year = ev.date.end is None or published is None or ev.date.end.year == published.year
        if (
            md
            and same_year
            and md < pub
            and pub[0] - md[0] <= within_months
            and ev.status == "scheduled"
        ):
            ev.status = "held"


def _start_key(r: Resolved, published: date | None) -> tuple[int, int, int] | None:
    """(year, month, day) where the event starts, day 0 for a month; year 0 for a ``--MM-DD``
    partial, comparable only with a publication date that has no year either."""
    if published is not None and r.start is not None and r.precision in ("day", "month"):
        return (r.start.year, r.start.month, r.start.day if r.precision == "day" else 0)
    if r.partial and published is None:
        month, day = partial_parts(r.partial)
        return (0, month, day or 0)
    return None


def _future_means_scheduled(
    events: list[DraftEvent], published: date | None, partial: str | None
) -> None:
    """An event that starts after the publication date has not happened yet, whatever past
    tense is near it ("The forum opens in Cheboksary on 20 June", written on 16 June)."""
    if published is not None:
        pub = (published.year, published.month, published.day)
    elif partial and len(partial) > 4:
        pub = (0, *partial_parts(partial))
    else:
        return
    for ev in events:
        key = _start_key(ev.date, published)
        if key is None or ev.status != "held":
            continue
        if key[0] == 0:  # no year on either side: within the next six months is ahead,
            if ev.date.behind:  # unless the words put it before ("last July")
                continue
            ahead = (key[1] - pub[1]) % 12
            if 0 < ahead <= 6 or (ahead == 0 and key[2] > pub[2]):
                ev.status = "scheduled"
            continue
        if key > pub:
            ev.status = "scheduled"


def _inherit_dates(text: str, events: list[DraftEvent]) -> None:
    """Documents signed or statements adopted during a visit take the visit's dates; a visit
    for a dated event named after it in its sentence takes that event's date ("will pay a
    working visit to Russia, where a session … will be held in Sochi on 14 May", "will come to
    Moscow for the parade on May 9"). Not a dated event the words between tie to the visit
    otherwise ("flew to Sochi, his first trip since the August 9 election"): given the date
    of any dated event in its sentence, a visit was right 4 times in 23 on the development
    sets."""
    for ev in events:
        if ev.event_type == "visit" and (not _has_date(ev.date) or ev.date.precision == "year"):
            other = next(
                (
                    e
                    for e in events
                    if e is not ev
                    and _has_date(e.date)
                    and e.date.precision != "year"
                    and e.status == ev.status
                    and any(_visit_for(text, m, n) for m in ev.mentions for n in e.mentions)
                ),
                None,
            )
            if other:
                ev.date = _borrowed(other.date, f"the date of the {other.event_type} it is for")
    for ev in events:
        if ev.event_type == "agreement" and not _has_date(ev.date):
            host = next(
                (
                    e
                    for e in events
                    if e.event_type == "visit" and _has_date(e.date) and e.status == ev.status
                ),
                None,
            )
            if host:
                ev.date = _borrowed(host.date, "the date of the visit it was signed during")
                ev.country = ev.country or host.country


def _visit_for(text: str, visit: Mention, other: Mention) -> bool:
    """Whether a visit's mention is for the other event's, after it in the same sentence: the
    words between say where or what for ("where", "for", "during", "to attend"), and none
    puts the other event apart ("since", "after", "who was", "while"). (The caller asks for the
    same status too: "will visit China, where Xi hosted the summit on March 1" is not for it.)
    Not an event named before the visit ("To attend the summit on May 14, Lukashenko will pay
    a visit"), which this leaves undated."""
    if (
        visit.in_quote
        or other.in_quote
        or other.sentence != visit.sentence
        or other.start < visit.end
    ):
        return False
    between = text[visit.end : other.start]
    link, apart = _visit_links()
    return len(between) <= 120 and bool(link.search(between)) and not apart.search(between)


@cache
def _visit_links() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words between a visit and the event it is for, and those that set the event apart
    (``events.yaml``'s ``visit_for``)."""
    spec = data("events")["visit_for"]
    link = "|".join(spec["links"])
    apart = "|".join(spec["apart"])
    return (
        re.compile(rf"\b(?:{link})\b", re.I),
        re.compile(rf"\b(?:{apart})\b|[;:]|,\s+and\b", re.I),
    )


# between the dated trigger and the undated one: "… at a session of", "…, where … hold their"
_LINKED = re.compile(
    r"^[^.;:!?“”\"«»]{0,60}?(?:\b(?:at|during|on the (?:sidelines|margins) of|(?:with)?in the "
    r"framework of)\s+(?:(?:a|an|the|their|its)\s+)?"
    r"(?:(?!(?:that|he|she|they|it|who|which|and|but)\b)[\w-]+\s+){0,3}|,\s+where\b"
    r"[^.;:!?“”\"«»]{0,60})$"
)


def _share_linked_dates(text: str, events: list[DraftEvent]) -> None:
    """An undated event the sentence ties to a dated one happened with it: "last met in Moscow
    on 24 December at a session of the Supreme Eurasian Economic Council", "are due to meet on
    16 October in Burabay, where the CIS heads of state will hold their summit"."""
    dated = [
        (x, e)
        for e in events
        if _has_date(e.date) and e.date.precision != "year"
        for x in e.mentions
        if _has_date(x.date) and not x.in_quote
    ]
    for ev in events:
        if _has_date(ev.date):
            continue
        for m in ev.mentions:
            if m.in_quote or m.in_title:
                continue
            tie = next(
                (
                    e
                    for x, e in dated
                    if e is not ev
                    and x.sentence == m.sentence
                    and x.status == m.status
                    and _LINKED.match(
                        text[x.end : m.start] if x.end <= m.start else text[m.end : x.start]
                    )
                ),
                None,
            )
            if tie is not None:
                ev.date = _borrowed(
                    tie.date, f"the date of the {tie.event_type} the sentence ties it to"
                )
                break


def participants_of(
    ev: DraftEvent,
    text: str,
    gazetteer: Gazetteer,
    quotes: list[tuple[int, int]],
    presidents: frozenset[str] = frozenset(),
) -> list[tuple[str, str, int, int]]:
    """(actor_id, role, start, end) of the persons named in the sentences of the event's
    mentions — except people who only report on it ("…, Kremlin aide Ushakov said", or whom a
    press event's speaker talks about) — and the two ``presidents`` a mention's clause names as
    a pair ("the two presidents met")."""
    found: dict[str, tuple[str, str, int, int]] = {}
    speech = _speech_after()
    for m in ev.mentions:
        if m.in_quote:
            continue
        clause = _clause(text, m.sentence, m.start, m.end)
        pair = _pair_in(text, clause) if presidents else None
        if pair:
            # "talks between the two presidents": the last two presidents named before; "the
            # two leaders" are other office holders when the text named some since ("the prime
            # ministers …, Sergei Rumas and Dmitry Medvedev, … The two leaders signed …")
            named_before = [
                (s, a)
                for s, _, a in gazetteer.find(text, 0, m.start)
                if a in presidents and not any(q0 <= s < q1 for q0, q1 in quotes)
            ]
            last_two = list(dict.fromkeys(a for _, a in reversed(named_before)))[:2]
            others = (
                groups_in(text[named_before[-1][0] : pair[0]]) - {"@heads-of-state"}
                if named_before and "leaders" in text[pair[0] : pair[1]]
                else set()
            )
            if len(last_two) == 2 and not others:
                role = _role(ev, None, text, pair[0], m, clause)
                for actor_id in last_two:
                    found.setdefault(actor_id, (actor_id, role, *pair))
        named = [
            (s, e, a)
            for s, e, a in gazetteer.find(text, m.sentence.start, m.sentence.end)
            if gazetteer.actors[a].actor_type == "person"
            and not any(q0 <= s < q1 for q0, q1 in quotes)
        ]
        if ev.event_type == "press_event":
            # who told reporters, not whom they told about ("Peskov told reporters Putin …"):
            # the people before the telling, if any ("Speaking to reporters, X said …")
            named = [n for n in named if n[0] < m.start] or named
        for s, e, actor_id in named:
            actor = gazetteer.actors[actor_id]
            if ev.event_type != "press_event" and s > m.start and speech.match(text, e):
                continue  # "… will meet in Minsk, Prikhodko said": the source, not a participant
            role = _role(ev, actor.country, text, s, m, clause)
            found.setdefault(actor_id, (actor_id, role, s, e))
    return list(found.values())


def _pair_in(text: str, clause: Segment) -> tuple[int, int] | None:
    """The span of the first "the two presidents" in the clause."""
    spans = _pairs(text)
    i = bisect_left(spans, clause.start, key=lambda p: p[0])
    return spans[i] if i < len(spans) and spans[i][1] <= clause.end else None


@lru_cache(maxsize=16)
def _pairs(text: str) -> tuple[tuple[int, int], ...]:
    # a cheap test first: every `pair_of_presidents` phrase names presidents, leaders or heads
    # of state, and most dispatches no pair
    if "presidents" not in text and "leaders" not in text and "heads of state" not in text:
        return ()
    return tuple(m.span() for m in _pair_of_presidents().finditer(text))


@cache
def _pair_of_presidents() -> Skipping:
    phrases = "|".join(data("events")["pair_of_presidents"])
    return Skipping(re.compile(rf"\b(?:{phrases})\b"))  # scanned over whole texts


@cache
def _speech_after() -> re.Pattern[str]:
    """A reporting verb right after a name: the person is the source, not a participant."""
    verbs = "|".join(re.escape(v) for v in data("speech")["verbs"])
    return re.compile(rf"(?:,[^,]{{1,60}},)?\s+(?:has\s+|had\s+|also\s+)?(?:{verbs})\b")


@cache
def _initiative() -> tuple[re.Pattern[str], dict[str, str]]:
    """ "at the initiative of the Belarusian side" → the side's country (data/speech.yaml)."""
    country_of = {
        word: code for code, words in data("speech")["nationalities"].items() for word in words
    }
    sides = "|".join(re.escape(w) for w in sorted(country_of, key=len, reverse=True))
    rx = re.compile(
        r"(?:at the (?:request|initiative) of|initiated by|requested by) (?:the )?"
        rf"(?P<side>{sides})\b"
    )
    return rx, country_of


def _role(
    ev: DraftEvent, country: str | None, text: str, start: int, m: Mention, clause: Segment
) -> str:
    if ev.event_type == "visit" and ev.country and country:
        return "host" if country == ev.country else "guest"
    if ev.event_type == "phone_call":
        rx, country_of = _initiative()
        side = rx.search(text, clause.start, clause.end)
        if side and country:
            return "initiator" if country == country_of[side.group("side")] else "recipient"
        return "participant"
    if ev.event_type == "message":
        return "recipient" if start > m.start else "initiator"
    if ev.event_type == "press_event":
        return "speaker"
    if ev.event_type == "agreement":
        return "signatory"
    return "participant"
