"""Draft a dispatch's curation from its text alone: every extractor, joined into one proposal.

``draft_dispatch`` is a pure function (text + gazetteer + topic phrases → :class:`Draft`);
``Draft.to_curation`` renders the proposal in the curation-file format (spans as verbatim text
with an occurrence number, review_status: draft) for a curator to review.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Any

from .agenda import AgendaPhrase, find_agenda
from .datemodel import Candidate, candidates, redate
from .dates import find_dates, resolve
from .eventmodel import Proposal, proposals, propose
from .events import (
    DraftEvent,
    date_followers,
    extract_events,
    groups_in,
    not_held_ahead,
    participants_of,
    publication_weekday,
    retense,
)
from .furniture import Furniture, find_furniture, in_furniture
from .furnituremodel import Line
from .furnituremodel import candidates as furniture_candidates
from .furnituremodel import proposals as furniture_proposals
from .header import Evidence, Header, extract_header
from .linear import LinearModel, load_model
from .people import find_people
from .pubmodel import with_publication
from .quotes import QuoteSpan, find_quotes
from .resources import Actor, Gazetteer, data
from .speakers import Context, Speaker, attribute, president_roles, presidents
from .statusmodel import StatusOption, describe, restatus
from .statusmodel import options as status_choices
from .text import Segment, sentences


@dataclass
class DraftQuote:
    quote: QuoteSpan
    speaker: Speaker | None
    event_index: int | None
    said: tuple[date | None, str, bool, str | None]  # date, precision, inferred, basis


@dataclass
class Draft:
    """Everything the extractors propose for one dispatch, with offsets into its text."""

    text: str
    header: Header
    furniture: list[Furniture]
    quotes: list[DraftQuote]
    events: list[DraftEvent]
    participants: list[list[tuple[str, str, int, int]]]  # per event
    agenda: list[tuple[AgendaPhrase, int]]  # phrase, event index
    new_actors: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (name, type)

    def to_curation(self, dispatch_id: str, known_outlets: set[str]) -> dict[str, Any]:
        """The draft as a curation document (see docs/curation.md)."""
        return _render(self, dispatch_id, known_outlets)


def focal_actor(
    title: str,
    gazetteer: Gazetteer,
    body: str = "",
    year: int | None = None,
    country: str | None = None,
    body_start: int = 0,
) -> str | None:
    """Whom "the President" refers to: the first person the title names (by name or by a role
    the year settles, "Belarusian leader calls …") as its subject, not as a counterpart
    ("Telephone conversation with President of Russia Vladimir Putin" on the Belarusian
    president's site is Lukashenko's); else the first president in the body, of the
    dateline's ``country`` if it has one there (a deputy prime minister named first is not "the
    head of state", nor is Lukashenko in a MOSCOW dispatch that names Putin), else its first
    person. The body is ``body[body_start:]`` (the whole text is searched once, as every
    other extractor searches it)."""
    heads = presidents(year)
    home = frozenset(
        a for a in heads if gazetteer.actors.get(a) and gazetteer.actors[a].country == country
    )
    for where, begin, only in (
        (title, 0, None),
        (body, body_start, home),
        (body, body_start, heads),
        (body, body_start, None),
    ):
        named = gazetteer.find(where, begin)
        if where is title:  # "Belarusian leader calls …": a president named by office
            named += [hit for hit in president_roles(title, year) if hit[2] in gazetteer.actors]
        for start, _, actor_id in sorted(named):
            if gazetteer.actors[actor_id].actor_type != "person":
                continue
            if only is not None and actor_id not in only:
                continue
            if _COUNTERPART.search(where, max(begin, start - 80), start):
                continue
            return actor_id
    return None


_COUNTERPART = re.compile(
    r"\b(?:with|to|from)\s+(?:(?:[A-Z][\w-]*|of|the|president|prime minister|leader|counterpart)"
    r"\s+){0,8}$"
)


@cache
def _countries_of_places() -> dict[str, str]:
    """The country of a dateline's place in any case ("MINSK", "Minsk")."""
    return {place.lower(): country for place, country in data("places")["places"].items()}


def draft_dispatch(
    text: str,
    gazetteer: Gazetteer,
    topics: dict[str, list[str]],
    learned: bool = True,
    models: Mapping[str, LinearModel] | None = None,
) -> Draft:
    """Run every extractor over one dispatch's text; ``learned=False`` keeps the rules' events
    as they are, without the learned models' statuses, dates and proposals (what the models are
    trained on). ``models`` stand in for the shipped ones (a cross-validation's, trained
    without the dispatch's set)."""
    model = load_model if models is None else models.__getitem__
    furniture = find_furniture(text)
    header = extract_header(text, furniture)
    if learned:  # lines below the headline the rules left as news, weighed by the model
        rules_furniture = furniture
        furniture = sorted(
            furniture
            + furniture_proposals(text, furniture, _below_header(header), model("furniture_model")),
            key=lambda f: f.start,
        )
        # a page whose date line the rules cannot read: the model weighs its dates (described
        # with the rules' furniture, as in training)
        header = with_publication(header, text, rules_furniture, model("publication_model"))
    title_seg = _segment(header.title)
    body_start = header.title.end if header.title else 0
    year = header.published.year if header.published else None
    place = header.dateline_place.text.lower() if header.dateline_place else None
    country = _countries_of_places().get(place) if place else None
    title = header.title.text if header.title else ""
    focal = focal_actor(title, gazetteer, text, year, country, body_start)
    if focal is None:
        hits = [a for _, _, a in gazetteer.find(text) if gazetteer.actors[a].actor_type == "person"]
        focal = hits[0] if hits else None
    people = find_people(text, set(gazetteer.by_alias))
    if people:  # a gazetteer for this dispatch that also knows the people it introduces
        local = {
            p.actor_id: Actor(p.actor_id, p.name, "person", p.country, (p.name, p.surname))
            for p in people
            if p.actor_id not in gazetteer.actors
        }
        gazetteer = gazetteer.with_actors(local)
    # "Vasily Anokhin: …" labels too
    quotes = [
        q  # a transcript speech never runs on into the page's furniture lines
        for q in find_quotes(text, furniture, gazetteer.names_someone, title_seg)
        if not in_furniture(furniture, q.start, q.end)
    ]
    spans = _with_marks(quotes)
    ctx = Context(
        text,
        gazetteer,
        focal,
        gazetteer.actors[focal].country if focal else None,
        year,
        spans,
        tuple(people),
    )
    speakers = attribute(quotes, ctx)
    persons = [
        (s, a) for s, _, a in gazetteer.find(text) if gazetteer.actors[a].actor_type == "person"
    ]
    # a known person stands for the office-holder group of his or her position
    persons += [(s, g) for s, a in persons for g in groups_in(gazetteer.actors[a].position or "")]
    dateline = _dateline(header)
    marked = list(_narrative_marks(quotes))
    events = extract_events(
        text, furniture, marked, header.news_day, title_seg, header.news_partial, persons, dateline
    )

    def taking_part(ev: DraftEvent) -> list[tuple[str, str, int, int]]:
        found = participants_of(ev, text, gazetteer, list(spans), presidents(year))
        return [p for p in found if not in_furniture(furniture, p[2], p[3])]

    participants = [taking_part(ev) for ev in events]
    sents = sentences(text)
    near = _EventsNear.of(events)
    draft_quotes = [
        DraftQuote(
            q,
            sp,
            near.near(q.start, inside=(q.start, q.end)),
            _said_date(text, q, sents, header.news_day),
        )
        for q, sp in zip(quotes, speakers, strict=True)
    ]
    agenda = []
    for phrase in find_agenda(text, furniture, topics):
        if phrase.topic == "other":
            continue  # no topic cue: more often a pronoun or a filler than an agenda item
        index = near.near(phrase.start)
        if index is not None:
            agenda.append((phrase, index))
    new_actors = {
        sp.actor_id: (sp.name, sp.actor_type)
        for sp in speakers
        if sp and sp.actor_id and sp.actor_id not in gazetteer.actors and sp.name
    }
    for person in people:  # participants may be people the gazetteer does not know yet
        new_actors.setdefault(person.actor_id, (person.name, "person"))
    draft = Draft(text, header, furniture, draft_quotes, events, participants, agenda, new_actors)
    if learned:
        options = event_options(draft)  # weighed against the rules' dates, as in training
        dates = date_options(draft)  # described by the rules' statuses, as in training
        before = [ev.status for ev in draft.events]
        restatus(draft.events, status_descriptions(draft), model("status_model"))
        _, weekday = _publication(draft)
        for ev, status in zip(draft.events, before, strict=True):
            retense(ev, status, header.news_day, header.news_partial, weekday)
        redate(draft.events, dates, model("date_model"))
        date_followers(text, draft.events, header.news_day, header.news_partial)
        found = propose(text, options, model("event_model"))
        draft = _with_events(draft, found, [taking_part(ev) for ev in found])
    not_held_ahead(text, draft.events, header.news_day)
    return draft


def _below_header(header: Header) -> int:
    """Where the furniture model may start: after the headline, the date line and the
    dateline's place (the header is the rules')."""
    spans = (header.title, header.evidence, header.dateline_place)
    return max((e.end for e in spans if e is not None), default=0)


def furniture_lines(text: str, header: Header, furniture: list[Furniture]) -> list[Line]:
    """The lines the furniture model weighs (see ``furnituremodel``)."""
    return furniture_candidates(text, furniture, _below_header(header))


def _publication(draft: Draft) -> tuple[Segment | None, int | None]:
    """Where the publication date is written, and the weekday of a year-less one (both models
    read dates against them, as the rules do)."""
    h = draft.header
    dateline = _dateline(h)
    return dateline, publication_weekday(draft.text, h.news_day, h.news_partial, dateline)


def event_options(draft: Draft) -> list[Proposal]:
    """The dated clauses the event model weighs (see ``eventmodel``)."""
    h = draft.header
    quotes = _narrative_marks([q.quote for q in draft.quotes])
    dateline, weekday = _publication(draft)
    # (and the publication date's line: "Written by … staff on October 12, 2015 in World")
    spans = (dateline, _segment(h.evidence), _segment(h.title), _dateline_lead(draft.text, h))
    skip = [s for s in spans if s]
    return proposals(
        draft.text, draft.events, draft.furniture, quotes, h.news_day, h.news_partial, weekday, skip
    )


def _segment(evidence: Evidence | None) -> Segment | None:
    return Segment(evidence.start, evidence.end) if evidence else None


def _dateline_lead(text: str, h: Header) -> Segment | None:
    """The dateline's place and what follows it on its line ("MOSCOW, Feb. 19 (Xinhuanet) --"):
    its date is the dispatch's, not an event's, even where another line states the
    publication date."""
    if h.dateline_place is None:
        return None
    line_end = text.find("\n", h.dateline_place.end)
    end = h.dateline_place.end + _LEAD_REACH
    return Segment(h.dateline_place.start, end if line_end == -1 else min(end, line_end))


_LEAD_REACH = 40  # characters after the dateline's place that still belong to its lead


def _with_events(
    d: Draft, found: list[DraftEvent], participants: list[list[tuple[str, str, int, int]]]
) -> Draft:
    """The draft with more events, all in order of first mention (quotes and agenda items keep
    the events they were linked to)."""
    if not found:
        return d
    events, taking_part = [*d.events, *found], [*d.participants, *participants]
    order = sorted(range(len(events)), key=lambda k: min(m.start for m in events[k].mentions))
    moved = {old: new for new, old in enumerate(order)}
    quotes = [
        replace(q, event_index=None if q.event_index is None else moved[q.event_index])
        for q in d.quotes
    ]
    return Draft(
        d.text,
        d.header,
        d.furniture,
        quotes,
        [events[k] for k in order],
        [taking_part[k] for k in order],
        [(phrase, moved[i]) for phrase, i in d.agenda],
        d.new_actors,
    )


def _with_marks(quotes: list[QuoteSpan]) -> tuple[tuple[int, int], ...]:
    """Each quotation's extent with its marks (an unbalanced one from its words)."""
    return tuple(
        (q.open_mark if q.open_mark is not None else q.start, q.close_mark or q.end) for q in quotes
    )


def _narrative_marks(quotes: list[QuoteSpan]) -> tuple[tuple[int, int], ...]:
    """The quotations' extents with their marks, transcript speeches left out: what a
    transcript's speakers report are events like the reporter's own."""
    return _with_marks([q for q in quotes if not q.transcript_speaker])


def _dateline(header: Header) -> Segment | None:
    """Where the dispatch's date is written: the dateline's date opening the body ("June 15
    (Bloomberg) --"), else the publication date's (which may be a page line below the story)."""
    return _segment(header.dateline_date or header.evidence)


def date_options(draft: Draft) -> list[list[Candidate]]:
    """The dates each drafted event could have, the rules' first (see ``datemodel``)."""
    h = draft.header
    dateline, weekday = _publication(draft)
    spans = _with_marks([q.quote for q in draft.quotes])
    return candidates(
        draft.text,
        draft.events,
        h.news_day,
        h.news_partial,
        weekday,
        draft.furniture,
        spans,
        dateline,
    )


def status_descriptions(draft: Draft) -> list[tuple[str, ...]]:
    """What describes each drafted event to the status model (see ``statusmodel``)."""
    return [describe(draft.text, ev, draft.header.news_day) for ev in draft.events]


def status_options(draft: Draft) -> list[list[StatusOption]]:
    """The statuses each drafted event could have, the rules' first (see ``statusmodel``)."""
    return [
        status_choices(ev.status, d)
        for ev, d in zip(draft.events, status_descriptions(draft), strict=True)
    ]


@dataclass(frozen=True)
class _EventsNear:
    """The drafted events' mentions by where they start, to tell the event near a quotation
    or an agenda phrase by bisection (a walk over every mention took some 3 us, for some 17
    quotations and phrases a dispatch)."""

    starts: list[int]  # every mention's start, in order
    events: list[int]  # the event (its index) of each
    latest: list[int]  # the starts of the mentions outside the headline, in order, each once
    first_event: list[int]  # the first event listed with a mention there

    @classmethod
    def of(cls, events: list[DraftEvent]) -> _EventsNear:
        everywhere = sorted((m.start, i) for i, ev in enumerate(events) for m in ev.mentions)
        first: dict[int, int] = {}
        for i, ev in enumerate(events):
            for m in ev.mentions:
                if not m.in_title:
                    first.setdefault(m.start, i)
        latest = sorted(first)
        return cls(
            [start for start, _ in everywhere],
            [i for _, i in everywhere],
            latest,
            [first[start] for start in latest],
        )

    def near(self, offset: int, inside: tuple[int, int] | None = None) -> int | None:
        """The first event mentioned inside the span, else the event of the last mention
        before the offset outside the headline (the first listed of those there). That mention
        lies in the offset's paragraph whenever one of the paragraph's does: looking in the
        paragraph first, as this once did, never changed the answer."""
        if inside:
            lo, hi = bisect_left(self.starts, inside[0]), bisect_left(self.starts, inside[1])
            if lo < hi:
                return min(self.events[lo:hi])
        k = bisect_right(self.latest, offset) - 1
        return self.first_event[k] if k >= 0 else None


def _said_date(text: str, q: QuoteSpan, sents: list[Segment], published: date | None):
    """A date stated in the attribution sentence, outside the quotation ("on Tuesday")."""
    for s in sents:
        if s.start <= q.end <= s.end or s.start <= q.start < s.end:
            for expr in find_dates(text, s.start, s.end):
                if q.start <= expr.start < q.end:
                    continue
                r = resolve(expr, published, "past")
                if r.start is not None:
                    return (r.start, r.precision, r.inferred, r.basis)
    return (None, "unknown", False, None)


def _occurrence(text: str, start: int, end: int) -> dict[str, Any]:
    piece = text[start:end]
    spec: dict[str, Any] = {"text": piece}
    count = text.count(piece)
    if count > 1:
        spec["occurrence"] = _nth(text, piece, start)
    return spec


def _nth(text: str, piece: str, start: int) -> int:
    n, i = 0, text.find(piece)
    while i != -1 and i <= start:
        n += 1
        if i == start:
            return n
        i = text.find(piece, i + 1)
    return n


def event_id(dispatch_id: str, ev: DraftEvent) -> str:
    """A provisional id, stable for the (immutable) raw text: the first mention's offset."""
    return f"{dispatch_id}-e{min(m.start for m in ev.mentions):05d}"


def _title(ev: DraftEvent, text: str) -> str:
    first = min(ev.mentions, key=lambda m: (m.in_title or m.in_quote, m.start))
    sentence = text[first.sentence.start : first.sentence.end]
    return re.sub(r"\s+", " ", sentence)[:120]


def _first_line(text: str, furniture: list[Furniture]) -> Segment | None:
    """Where no headline is recognised, the first line of text outside page furniture: the
    title is required, and a curator corrects a proposal faster than an empty field."""
    for m in _LINE_TEXT.finditer(text):
        if not in_furniture(furniture, *m.span(1)):
            return Segment(*m.span(1))
    return None


_LINE_TEXT = re.compile(r"^[ \t]*(\S(?:[^\n]*\S)?)", re.M)  # a line without its edge spaces


def _render(d: Draft, dispatch_id: str, known_outlets: set[str]) -> dict[str, Any]:
    text, h = d.text, d.header
    doc: dict[str, Any] = {"dispatch_id": dispatch_id, "review_status": "draft"}
    title = h.title or _first_line(text, d.furniture)
    doc["title"] = _occurrence(text, title.start, title.end) if title else {"text": ""}
    doc["outlet"] = h.outlet if h.outlet in known_outlets else None
    doc["language"] = "en"
    doc["dateline_place"] = (
        _occurrence(text, h.dateline_place.start, h.dateline_place.end)
        if h.dateline_place
        else None
    )
    published: dict[str, Any] = {
        "date": h.published.isoformat() if h.published else None,
        "precision": h.precision,
        "inferred": False,
        "basis": h.basis,
        "evidence": _occurrence(text, h.evidence.start, h.evidence.end) if h.evidence else None,
    }
    if h.partial:
        published["partial"] = h.partial
    doc["published"] = published
    doc["furniture"] = [
        {**_occurrence(text, f.start, f.end), "kind": f.kind, "confidence": f.confidence}
        for f in d.furniture
    ]
    if d.new_actors:
        doc["actors"] = [
            {
                "actor_id": a,
                "name": n,
                "actor_type": t,
                "country": None,
                "position": None,
                "aliases": [n],
                "wikidata_id": None,
            }
            for a, (n, t) in sorted(d.new_actors.items())
        ]
    ids = [event_id(dispatch_id, ev) for ev in d.events]
    events, mentions, participants = [], [], []
    for i, ev in enumerate(d.events):
        r = ev.date
        entry: dict[str, Any] = {
            "id": ids[i],
            "title": _title(ev, text),
            "type": ev.event_type,
            "date_start": r.start.isoformat() if r.start else None,
        }
        if r.end and r.end != r.start:
            entry["date_end"] = r.end.isoformat()
        entry.update({"date_precision": r.precision, "date_inferred": r.inferred})
        if r.basis and (r.start or r.inferred):
            entry["date_basis"] = r.basis
        if r.partial:
            entry["date_partial"] = r.partial
        if ev.visit_kind:
            entry["visit_kind"] = ev.visit_kind
        entry.update(
            {"location": ev.location, "country": ev.country, "confidence": round(ev.confidence, 2)}
        )
        events.append(entry)
        mentions.append(
            {
                "event": ids[i],
                "status": ev.status,
                "spans": [_occurrence(text, m.start, m.end) for m in ev.mentions],
            }
        )
        for actor_id, role, s, e in d.participants[i]:
            participants.append(
                {
                    "event": ids[i],
                    "actor": actor_id,
                    "role": role,
                    **_occurrence(text, s, e),
                    "confidence": 0.6,
                }
            )
    doc["events"], doc["mentions"], doc["participants"] = events, mentions, participants
    doc["agenda"] = [
        {
            "event": ids[i],
            "topic": p.topic,
            **_occurrence(text, p.start, p.end),
            "confidence": p.confidence,
        }
        for p, i in d.agenda
    ]
    quotes = []
    for dq in d.quotes:
        said, precision, inferred, basis = dq.said
        entry = {
            **_occurrence(text, dq.quote.start, dq.quote.end),
            "kind": dq.quote.kind,
            "speaker": dq.speaker.actor_id if dq.speaker else None,
            "event": ids[dq.event_index] if dq.event_index is not None else None,
            "said_date": said.isoformat() if said else None,
            "said_date_precision": precision,
            "said_date_inferred": inferred,
        }
        if basis and said:
            entry["said_date_basis"] = basis
        entry["confidence"] = round(
            min(dq.quote.confidence, dq.speaker.confidence if dq.speaker else 0.3), 2
        )
        quotes.append(entry)
    doc["quotes"] = quotes
    return doc
