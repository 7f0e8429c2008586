"""Apply the reviewed curation decisions to the raw dispatches, producing table rows.

Curation files state decisions in words (verbatim spans, ids, vocabulary values); this module
grounds every one of them in the raw text, computes the offsets and derives what can be derived
(event status as last reported, mention counts, vocabulary mappings). Anything it cannot ground
is a :class:`CurationError` naming the file, the entry and what to do; all problems found are
reported at once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any, Protocol

from .errors import CurationError, Problem
from .extsort import ExternalSorter
from .raw import RawDispatch
from .schema import Schemas
from .spans import Span, SpanNotFound, find_span
from .yamlio import load_yaml

CURATION_DIR = "curation/dispatches"
ACTORS_FILE = "curation/actors.yaml"
OUTLETS_FILE = "curation/outlets.yaml"

SLUG = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
COUNTRY = re.compile(r"^[A-Z]{3}$")

# Drafts written by `diplomatic-timeline add` carry the extractor's confidence on each entry
# and date parts without a year (ISO 8601 --MM-DD / --MM) for the curator to resolve.
CONFIDENCE = {"confidence"}
PARTIAL = re.compile(r"^--(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")
SPAN_KEYS = {"text", "occurrence", "from", "to", "to_end"}
TEXT_SPAN_KEYS = {"text", "occurrence"}
FILE_KEYS = {
    "actors",  # actors first proposed by this dispatch's draft (see add.py), read before any use
    "dispatch_id",
    "review_status",
    "title",
    "outlet",
    "language",
    "dateline_place",
    "published",
    "furniture",
    "events",
    "mentions",
    "participants",
    "agenda",
    "quotes",
}
FILE_REQUIRED = {"dispatch_id", "review_status", "title", "published"}
PUBLISHED_KEYS = {"date", "precision", "inferred", "basis", "evidence", "partial"}
EVENT_KEYS = {
    "id",
    "title",
    "type",
    "visit_kind",
    "date_start",
    "date_end",
    "date_precision",
    "date_inferred",
    "date_basis",
    "location",
    "country",
    "plover_type",
    "plover_mode",
    "cameo_code",
    "date_partial",
} | CONFIDENCE
EVENT_REQUIRED = {"id", "title", "type", "date_precision"}
MENTION_KEYS = {"event", "status", "spans"}
FURNITURE_KEYS = SPAN_KEYS | {"kind"} | CONFIDENCE
PARTICIPANT_KEYS = TEXT_SPAN_KEYS | {"event", "actor", "role"} | CONFIDENCE
AGENDA_KEYS = TEXT_SPAN_KEYS | {"event", "topic"} | CONFIDENCE
QUOTE_KEYS = (
    TEXT_SPAN_KEYS
    | {
        "kind",
        "speaker",
        "event",
        "said_date",
        "said_date_precision",
        "said_date_inferred",
        "said_date_basis",
    }
    | CONFIDENCE
)
QUOTE_REQUIRED = {"text", "kind", "speaker"}
ACTOR_KEYS = {"actor_id", "name", "actor_type", "country", "position", "aliases", "wikidata_id"}
ACTOR_REQUIRED = {"actor_id", "name", "actor_type", "aliases"}

Rows = list[dict[str, Any]]

# Tables filled dispatch by dispatch, in the order their rows are handed on.
DISPATCH_TABLES = ("dispatches", "page_furniture", "event_mentions", "participants")
DISPATCH_TABLES += ("agenda_items", "quotes")
# Tables whose spans must not fall in page furniture, in the order their problems are listed.
OVERLAP_TABLES = ("event_mentions", "participants", "agenda_items", "quotes")
# The ids a row refers to, by table: a row is only made when they are defined.
ROW_REFS: dict[str, tuple[tuple[str, str], ...]] = {
    "event_mentions": (("event", "event_id"),),
    "participants": (("event", "event_id"), ("actor", "actor_id")),
    "agenda_items": (("event", "event_id"),),
}


class RowSink(Protocol):
    """Where curated rows go: kept in memory (:class:`Tables`) or streamed to files (build)."""

    def add(self, table: str, row: dict[str, Any]) -> None: ...


@dataclass
class Tables:
    """Rows of every table, keyed by table name, each row keyed by column name."""

    rows: dict[str, Rows] = field(default_factory=lambda: defaultdict(list))

    def __getitem__(self, table: str) -> Rows:
        return self.rows[table]

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows[table].append(row)


@dataclass(frozen=True)
class _Pending:
    """A problem that turns on ids a later file may still define: settled once all are read."""

    problem: Problem
    stands: Callable[[_Corpus], bool]


class _Checker:
    """Collects problems for one file so that all of them are reported together."""

    def __init__(self, display: str, schemas: Schemas):
        self.display = display
        self.schemas = schemas
        self.problems: list[Problem | _Pending] = []

    def fail(
        self,
        where: str,
        message: str,
        hint: str = "",
        stands: Callable[[_Corpus], bool] | None = None,
    ) -> None:
        """Record a problem; with ``stands``, one that holds only if ``stands`` says so at the
        end (it depends on ids that later files may define)."""
        problem = Problem(self.display, where, message, hint)
        self.problems.append(problem if stands is None else _Pending(problem, stands))

    def keys(self, value: Any, allowed: set[str], required: set[str], where: str) -> bool:
        if not isinstance(value, Mapping):
            self.fail(where, f"expected a mapping, got {type(value).__name__}")
            return False
        ok = True
        unknown = sorted(set(value) - allowed)
        if unknown:
            self.fail(where, f"unknown field(s) {unknown}", f"allowed fields: {sorted(allowed)}")
            ok = False
        missing = sorted(required - set(value))
        if missing:
            self.fail(where, f"missing required field(s) {missing}")
            ok = False
        return ok

    def enum(self, value: Any, vocabulary: str, where: str, name: str, nullable: bool = False):
        if value is None and nullable:
            return None
        allowed = list(self.schemas.values(vocabulary))
        if value not in allowed:
            self.fail(
                where,
                f"{name} {value!r} is not in the controlled vocabulary {vocabulary!r}",
                f"use one of {allowed} (defined in schemas/vocabularies.yaml)",
            )
            return None
        return value

    def slug(self, value: Any, where: str, name: str) -> str | None:
        if not isinstance(value, str) or not SLUG.match(value):
            self.fail(
                where,
                f"{name} {value!r} is not a lowercase ASCII slug",
                "use lowercase letters, digits and single - _ . separators",
            )
            return None
        return value

    def text(self, value: Any, where: str, name: str, nullable: bool = True) -> str | None:
        if value is None and nullable:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(where, f"{name} must be a non-empty text, got {value!r}")
            return None
        return value

    def flag(self, value: Any, where: str, name: str, default: bool = False) -> bool:
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(where, f"{name} must be true or false, got {value!r}")
            return default
        return value

    def country(self, value: Any, where: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not COUNTRY.match(value):
            self.fail(
                where, f"country {value!r} is not an ISO 3166-1 alpha-3 code", "e.g. BLR, RUS"
            )
            return None
        return value

    def date(self, value: Any, where: str, name: str) -> date | None:
        if value is None:
            return None
        if not isinstance(value, str) or not ISO_DATE.match(value):
            self.fail(where, f"{name} {value!r} is not an ISO date", "write YYYY-MM-DD")
            return None
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            self.fail(where, f"impossible date {name} {value!r}: {exc}", "check the day and month")
            return None

    def precision(self, value: date | None, precision: str | None, where: str, name: str) -> None:
        """A date must agree with its precision (month/year dates sit on the first day)."""
        if precision is None:
            return
        if value is None and precision != "unknown":
            self.fail(
                where,
                f"{name} is null but its precision is {precision!r}",
                "give the date, or set the precision to unknown",
            )
        elif value is not None and precision == "unknown":
            self.fail(
                where,
                f"{name} is {value} but its precision is 'unknown'",
                "set the precision to day, month or year",
            )
        elif value is not None and precision == "month" and value.day != 1:
            self.fail(
                where,
                f"{name} {value} has month precision but is not the 1st",
                "store month-precision dates on the first day of the month",
            )
        elif value is not None and precision == "year" and (value.month, value.day) != (1, 1):
            self.fail(
                where,
                f"{name} {value} has year precision but is not 1 January",
                "store year-precision dates on 1 January",
            )

    def inference(self, inferred: bool, basis: Any, where: str, prefix: str) -> str | None:
        basis = self.text(basis, where, f"{prefix}_basis")
        if inferred and basis is None:
            self.fail(
                where,
                f"{prefix}_inferred is true but {prefix}_basis is missing",
                "write down how the missing part of the date was inferred",
            )
        return basis

    def span(self, raw: RawDispatch, spec: Any, where: str) -> Span | None:
        if not isinstance(spec, Mapping):
            self.fail(where, f"a span must be a mapping with `text`, got {spec!r}")
            return None
        try:
            return find_span(raw.text, spec)
        except SpanNotFound as exc:
            self.fail(where, f"span not grounded in {raw.raw_path}: {exc}")
            return None


def _where(section: str, index: int, entry: Any, label: str | None = None) -> str:
    return _where_at(section, index, getattr(entry, "line", 0), label)


def _where_at(section: str, index: int, line: int, label: str | None = None) -> str:
    parts = [f"{section}[{index}]"]
    if label:
        parts.append(f"({label})")
    if line:
        parts.append(f"at line {line}")
    return " ".join(parts)


def _label(entry: Any) -> str | None:
    if not isinstance(entry, Mapping):
        return None
    for key in ("id", "event", "text", "from"):
        if isinstance(entry.get(key), str):
            value = entry[key]
            return repr(value if len(value) <= 40 else value[:39] + "…")
    return None


def load_actors(root: Path, schemas: Schemas) -> Rows:
    """Actor rows from the shared gazetteer, aliases joined with ' | '."""
    doc = load_yaml(root / ACTORS_FILE, ACTORS_FILE)
    if not isinstance(doc, list):
        raise CurationError([Problem(ACTORS_FILE, "", "expected a YAML list of actors")])
    return actor_rows(doc, ACTORS_FILE, schemas, set())


def actor_rows(doc: list[Any], display: str, schemas: Schemas, seen: set[str]) -> Rows:
    """Checked actor rows; ``seen`` holds ids already defined (duplicates are errors)."""
    check = _Checker(display, schemas)
    rows: Rows = []
    for i, entry in enumerate(doc):
        label = repr(entry.get("actor_id")) if isinstance(entry, Mapping) else None
        where = _where("actors", i, entry, label)
        if not check.keys(entry, ACTOR_KEYS, ACTOR_REQUIRED, where):
            continue
        actor_id = check.slug(entry["actor_id"], where, "actor_id")
        if actor_id in seen:
            check.fail(
                where,
                f"duplicate actor_id {actor_id!r}",
                "merge the two entries (an actor is defined once, in one file)",
            )
        seen.add(actor_id)
        aliases = entry["aliases"]
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
            check.fail(where, "aliases must be a list of names")
            aliases = []
        wikidata = entry.get("wikidata_id")
        if wikidata is not None and not re.match(r"^Q\d+$", str(wikidata)):
            check.fail(where, f"wikidata_id {wikidata!r} is not a Q-identifier")
        rows.append(
            {
                "actor_id": actor_id,
                "name": check.text(entry["name"], where, "name", nullable=False),
                "actor_type": check.enum(entry["actor_type"], "actor_type", where, "actor_type"),
                "country": check.country(entry.get("country"), where),
                "position": check.text(entry.get("position"), where, "position"),
                "aliases": " | ".join(aliases),
                "wikidata_id": wikidata,
            }
        )
    if check.problems:
        raise CurationError(check.problems)
    return rows


@dataclass
class _EventDef:
    """An event as one curation file defines it; waits in an external sort until the end."""

    event_id: str
    entry: Mapping[str, Any]
    dispatch_id: str
    display: str
    where: str


@dataclass(slots=True)
class _EventState:
    """What the corpus says about one event id so far; kept for every id, so kept small."""

    display: str | None = None  # the file defining it (None: only referred to so far)
    index: int = 0  # its place under `events:` there
    line: int = 0  # and its line
    n_mentions: int = 0
    latest_date: date | None = None  # publication date and dispatch of the latest report
    latest_dispatch: str = ""
    status: str | None = None  # the status that report gives (None: never reported)


@dataclass
class _Corpus:
    """State shared across curation files: ids defined, events, and problems by phase (kept
    apart so that they are reported in the same order as when files were read twice)."""

    schemas: Schemas
    actor_ids: set[str] = field(default_factory=set)
    events: dict[str, _EventState] = field(default_factory=dict)
    definitions: list[Problem | _Pending] = field(default_factory=list)
    dispatches: list[Problem | _Pending] = field(default_factory=list)
    overlaps: dict[str, list[Problem | _Pending]] = field(default_factory=lambda: defaultdict(list))

    def event(self, event_id: str) -> _EventState:
        state = self.events.get(event_id)
        if state is None:
            state = self.events[event_id] = _EventState()
        return state

    def known(self, kind: str, value: Any) -> bool:
        """Whether an ``event`` or ``actor`` id has been defined (so far)."""
        if kind == "actor":
            return value in self.actor_ids
        state = self.events.get(value)
        return state is not None and state.display is not None

    def open_refs(self, table: str, row: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
        """The ids a row refers to that are not defined yet: the row exists only if they are."""
        refs = ROW_REFS.get(table, ())
        return tuple((kind, row[c]) for kind, c in refs if not self.known(kind, row[c]))

    def all_known(self, refs: tuple[tuple[str, Any], ...]) -> bool:
        return all(self.known(kind, value) for kind, value in refs)

    def settled(self, problems: list[Problem | _Pending]) -> list[Problem]:
        """The problems that stand now that every file has been read."""
        return [
            p.problem if isinstance(p, _Pending) else p
            for p in problems
            if not isinstance(p, _Pending) or p.stands(self)
        ]


def curate(
    root: Path, raw: Mapping[str, RawDispatch], schemas: Schemas, *, reviewed_only: bool = False
) -> Tables:
    """Every table's rows in memory, grounded in the raw dispatches (see :func:`curate_into`);
    for small corpora: the build streams instead."""
    tables = Tables()
    curate_into(tables, root, raw, schemas, reviewed_only=reviewed_only)
    return tables


def curate_into(
    sink: RowSink,
    root: Path,
    raw: Mapping[str, RawDispatch],
    schemas: Schemas,
    *,
    reviewed_only: bool = False,
) -> None:
    """Hand every table's rows to ``sink``, grounded in the raw dispatches; raise
    CurationError on any problem (after the rows: a sink that writes must discard them then).

    One curation file and one raw text are in memory at a time, so memory does not grow with
    the corpus: what crosses files (ids defined, mention counts, latest status) is kept per
    id, and event definitions wait in an external sort until every mention has been seen.
    Rows come dispatch by dispatch, in file order; events come last, in id order. With
    ``reviewed_only`` the dispatches whose curation is still a draft are left out.
    """
    corpus = _Corpus(schemas)
    actor_problems: list[Problem] = []
    try:
        for row in load_actors(root, schemas):
            sink.add("actors", row)
            corpus.actor_ids.add(row["actor_id"])
    except CurationError as exc:
        actor_problems.extend(exc.problems)

    load_problems: list[Problem] = []
    curated: set[str] = set()
    drafts: set[str] = set()
    with ExternalSorter[_EventDef](key=attrgetter("event_id")) as definitions:
        for path in sorted((root / CURATION_DIR).glob("*.yaml")):
            display = f"{CURATION_DIR}/{path.name}"
            try:
                doc = load_yaml(path, display)
            except CurationError as exc:
                load_problems.extend(exc.problems)
                continue
            if reviewed_only and isinstance(doc, Mapping) and doc.get("review_status") == "draft":
                drafts.add(path.stem)
                continue
            curated.add(path.stem)
            if _define(corpus, sink, definitions, path.stem, display, doc):
                _curate_file(corpus, sink, raw, path.stem, display, doc)
        missing = [
            Problem(
                f"{CURATION_DIR}/{dispatch_id}.yaml",
                "",
                f"raw dispatch {dispatch_id} has no curation file",
                "write one (see docs/curation.md) or remove the dispatch from raw/manifest.yaml",
            )
            for dispatch_id in sorted(set(raw) - curated - drafts)
        ]
        event_problems = _event_rows(definitions.sorted(), corpus, sink)
    problems = [
        *actor_problems,
        *load_problems,
        *missing,
        *corpus.settled(corpus.definitions),
        *corpus.settled(corpus.dispatches),
        *event_problems,
        *(p for table in OVERLAP_TABLES for p in corpus.settled(corpus.overlaps[table])),
    ]
    if problems:
        raise CurationError(problems)


def _define(
    corpus: _Corpus,
    sink: RowSink,
    definitions: ExternalSorter[_EventDef],
    stem: str,
    display: str,
    doc: Any,
) -> bool:
    """Take the actors and events a file defines; False when its top level is unusable."""
    check = _Checker(display, corpus.schemas)
    if not check.keys(doc, FILE_KEYS, FILE_REQUIRED, "top level"):
        corpus.definitions.extend(check.problems)
        return not (not isinstance(doc, Mapping) or set(doc) - FILE_KEYS)
    if doc.get("actors"):
        try:
            rows = actor_rows(
                _list(check, doc, "actors"), display, corpus.schemas, set(corpus.actor_ids)
            )
        except CurationError as exc:
            corpus.definitions.extend(exc.problems)
            rows = []
        for row in rows:
            sink.add("actors", row)
            corpus.actor_ids.add(row["actor_id"])
    for i, entry in enumerate(doc.get("events") or []):
        where = _where("events", i, entry, _label(entry))
        if not check.keys(entry, EVENT_KEYS, EVENT_REQUIRED, where):
            continue
        event_id = check.slug(entry["id"], where, "event id")
        if event_id is None:
            continue
        state = corpus.event(event_id)
        if state.display is not None:
            check.fail(
                where,
                f"duplicate event id {event_id!r}, already defined in {state.display} "
                f"{_where_at('events', state.index, state.line, _label({'id': event_id}))}",
                "define each event once; other dispatches only add `mentions`",
            )
            continue
        state.display, state.index, state.line = display, i, getattr(entry, "line", 0)
        definitions.add(_EventDef(event_id, entry, doc.get("dispatch_id", stem), display, where))
    corpus.definitions.extend(check.problems)
    return True


def _curate_file(
    corpus: _Corpus,
    sink: RowSink,
    raw: Mapping[str, RawDispatch],
    stem: str,
    display: str,
    doc: Mapping[str, Any],
) -> None:
    """Ground one curation file in its raw text and hand its rows to ``sink``."""
    check = _Checker(display, corpus.schemas)
    dispatch_id = doc.get("dispatch_id")
    if dispatch_id != stem:
        check.fail(
            "dispatch_id",
            f"dispatch_id {dispatch_id!r} differs from the file name",
            f"name the file {dispatch_id}.yaml or fix the id",
        )
    if dispatch_id not in raw:
        check.fail(
            "dispatch_id",
            f"dispatch {dispatch_id!r} is not in raw/manifest.yaml",
            "add the raw file with `diplomatic-timeline add` first",
        )
        corpus.dispatches.extend(check.problems)
        return
    rows = Tables()
    _curate_dispatch(check, doc, raw[dispatch_id], corpus, rows)
    corpus.dispatches.extend(check.problems)
    for table in DISPATCH_TABLES:
        for row in rows[table]:
            sink.add(table, row)


def _unless_defined(kind: str, value: Any) -> Callable[[_Corpus], bool] | None:
    """An unknown id stands as a problem unless a later file defines it (only text can be)."""
    if not isinstance(value, str):
        return None
    return lambda corpus: not corpus.known(kind, value)


def _curate_dispatch(
    check: _Checker, doc: Mapping[str, Any], raw: RawDispatch, corpus: _Corpus, tables: Tables
) -> None:
    """The rows of one dispatch into ``tables`` (this dispatch's only), with the checks that
    need no other file; what crosses files is noted in ``corpus``."""
    did = raw.dispatch_id
    furniture: list[Span] = []
    review_status = check.enum(
        doc["review_status"], "review_status", "review_status", "review_status"
    )

    title = check.span(raw, doc["title"], "title")
    dateline = None
    if doc.get("dateline_place") is not None:
        dateline = check.span(raw, doc["dateline_place"], "dateline_place")

    pub = doc["published"]
    pub_date = evidence = None
    precision = inferred = basis = None
    if check.keys(pub, PUBLISHED_KEYS, {"date", "precision", "basis"}, "published"):
        pub_date = check.date(pub.get("date"), "published", "published.date")
        precision = check.enum(pub.get("precision"), "date_precision", "published", "precision")
        check.precision(pub_date, precision, "published", "published.date")
        inferred = check.flag(pub.get("inferred"), "published", "published.inferred")
        basis = check.text(pub.get("basis"), "published", "published.basis", nullable=False)
        if pub.get("evidence") is not None:
            evidence = check.span(raw, pub["evidence"], "published.evidence")
        if pub.get("partial") is not None and not PARTIAL.match(str(pub["partial"])):
            check.fail("published", f"partial {pub['partial']!r} is not --MM-DD or --MM")
    tables["dispatches"].append(
        {
            "dispatch_id": did,
            "title": title.text if title else None,
            "outlet": check.text(doc.get("outlet"), "outlet", "outlet"),
            "dateline_place": dateline.text if dateline else None,
            "published_date": pub_date,
            "published_date_precision": precision,
            "published_date_inferred": inferred,
            "published_date_basis": basis,
            "published_date_text": evidence.text if evidence else None,
            "published_date_start_char": evidence.start if evidence else None,
            "published_date_end_char": evidence.end if evidence else None,
            "language": doc.get("language", "en"),
            "review_status": review_status,
            "raw_path": raw.raw_path,
            "sha256": raw.sha256,
            "n_chars": len(raw.text),
            "url": raw.url,
            "notes": raw.notes,
        }
    )

    for i, entry in enumerate(_list(check, doc, "furniture")):
        where = _where("furniture", i, entry, _label(entry))
        if not check.keys(entry, FURNITURE_KEYS, {"kind"}, where):
            continue
        span = check.span(raw, {k: v for k, v in entry.items() if k != "kind"}, where)
        kind = check.enum(entry["kind"], "furniture_kind", where, "kind")
        if span:
            furniture.append(span)
            tables["page_furniture"].append(
                {
                    "dispatch_id": did,
                    "start_char": span.start,
                    "end_char": span.end,
                    "text": span.text,
                    "furniture_kind": kind,
                }
            )

    def event_ref(value: Any, where: str, nullable: bool = False) -> str | None:
        if value is None and nullable:
            return None
        if not corpus.known("event", value):
            check.fail(
                where,
                f"unknown event id {value!r}",
                "define it under `events:` in this or another dispatch's file",
                _unless_defined("event", value),
            )
            return value if isinstance(value, str) else None
        return value

    def actor_ref(value: Any, where: str, nullable: bool = False) -> str | None:
        if value is None and nullable:
            return None
        if not corpus.known("actor", value):
            check.fail(
                where,
                f"unknown actor id {value!r}",
                f"add it to {ACTORS_FILE}",
                _unless_defined("actor", value),
            )
            return value if isinstance(value, str) else None
        return value

    for i, entry in enumerate(_list(check, doc, "mentions")):
        where = _where("mentions", i, entry, _label(entry))
        if not check.keys(entry, MENTION_KEYS, {"event", "status", "spans"}, where):
            continue
        event_id = event_ref(entry["event"], where)
        status = check.enum(entry["status"], "status", where, "status")
        if event_id and status:
            _report(corpus.event(event_id), pub_date or date.min, did, status)
        spans = entry["spans"]
        if not isinstance(spans, list) or not spans:
            check.fail(where, "spans must be a non-empty list of spans")
            continue
        for j, spec in enumerate(spans):
            span_where = f"{where}, spans[{j}]"
            if isinstance(spec, Mapping) and set(spec) - SPAN_KEYS:
                check.fail(span_where, f"unknown field(s) {sorted(set(spec) - SPAN_KEYS)}")
                continue
            span = check.span(raw, spec, span_where)
            if span and event_id:
                corpus.event(event_id).n_mentions += 1
                tables["event_mentions"].append(
                    {
                        "event_id": event_id,
                        "dispatch_id": did,
                        "start_char": span.start,
                        "end_char": span.end,
                        "text": span.text,
                        "reported_status": status,
                    }
                )

    for i, entry in enumerate(_list(check, doc, "participants")):
        where = _where("participants", i, entry, _label(entry))
        if not check.keys(entry, PARTICIPANT_KEYS, {"event", "actor", "role", "text"}, where):
            continue
        event_id = event_ref(entry["event"], where)
        actor_id = actor_ref(entry["actor"], where)
        role = check.enum(entry["role"], "participant_role", where, "role")
        span = check.span(raw, entry, where)
        if span and event_id and actor_id:
            tables["participants"].append(
                {
                    "event_id": event_id,
                    "actor_id": actor_id,
                    "role": role,
                    "dispatch_id": did,
                    "start_char": span.start,
                    "end_char": span.end,
                    "text": span.text,
                }
            )

    topics = check.schemas.values("agenda_topic")
    for i, entry in enumerate(_list(check, doc, "agenda")):
        where = _where("agenda", i, entry, _label(entry))
        if not check.keys(entry, AGENDA_KEYS, {"event", "topic", "text"}, where):
            continue
        event_id = event_ref(entry["event"], where)
        topic = check.enum(entry["topic"], "agenda_topic", where, "topic")
        span = check.span(raw, entry, where)
        if span and event_id and topic:
            tables["agenda_items"].append(
                {
                    "agenda_item_id": f"{did}-a{span.start:05d}",
                    "event_id": event_id,
                    "topic": topic,
                    "cap_major_topic": topics[topic]["cap_major_topic"],
                    "dispatch_id": did,
                    "start_char": span.start,
                    "end_char": span.end,
                    "text": span.text,
                }
            )

    for i, entry in enumerate(_list(check, doc, "quotes")):
        where = _where("quotes", i, entry, _label(entry))
        if not check.keys(entry, QUOTE_KEYS, QUOTE_REQUIRED, where):
            continue
        span = check.span(raw, entry, where)
        said = check.date(entry.get("said_date"), where, "said_date")
        said_precision = check.enum(
            entry.get("said_date_precision", "unknown" if said is None else None),
            "date_precision",
            where,
            "said_date_precision",
        )
        check.precision(said, said_precision, where, "said_date")
        said_inferred = check.flag(entry.get("said_date_inferred"), where, "said_date_inferred")
        row = {
            "quote_id": f"{did}-q{span.start:05d}" if span else None,
            "dispatch_id": did,
            "start_char": span.start if span else None,
            "end_char": span.end if span else None,
            "text": span.text if span else None,
            "quote_kind": check.enum(entry["kind"], "quote_kind", where, "kind"),
            "speaker_actor_id": actor_ref(entry["speaker"], where, nullable=True),
            "event_id": event_ref(entry.get("event"), where, nullable=True),
            "said_date": said,
            "said_date_precision": said_precision,
            "said_date_inferred": said_inferred,
            "said_date_basis": check.inference(
                said_inferred, entry.get("said_date_basis"), where, "said_date"
            ),
        }
        if span:
            tables["quotes"].append(row)

    for table, key in (("agenda_items", "agenda_item_id"), ("quotes", "quote_id")):
        for dup, stands in _duplicates(corpus, table, tables[table], itemgetter(key)):
            check.fail(
                table,
                f"duplicate {key} {dup!r}: two entries start at the same character",
                "record each span once",
                stands,
            )
    pairs = itemgetter("event_id", "actor_id")
    for dup, stands in _duplicates(corpus, "participants", tables["participants"], pairs):
        check.fail(
            "participants",
            f"actor {dup[1]!r} is listed twice for event {dup[0]!r}",
            "keep one participant entry per event and actor in a dispatch",
            stands,
        )
    _furniture_overlaps(corpus, tables, furniture)


def _duplicates(
    corpus: _Corpus, table: str, rows: Rows, key: Callable[[dict[str, Any]], Any]
) -> list[tuple[Any, Callable[[_Corpus], bool] | None]]:
    """Keys that two or more rows share, in order, each with when its problem stands: always,
    or, when some of the rows refer to ids not defined yet, if two of them exist in the end."""
    refs: dict[Any, list[tuple[tuple[str, Any], ...]]] = defaultdict(list)
    for row in rows:
        refs[key(row)].append(corpus.open_refs(table, row))
    found: list[tuple[Any, Callable[[_Corpus], bool] | None]] = []
    for dup in sorted(k for k, r in refs.items() if len(r) > 1):
        rows_refs = refs[dup]
        if sum(not r for r in rows_refs) > 1:
            found.append((dup, None))
        else:
            found.append((dup, lambda c, rr=rows_refs: sum(map(c.all_known, rr)) > 1))
    return found


def _report(state: _EventState, published: date, dispatch_id: str, status: str) -> None:
    """A dispatch reports an event's status: the latest report (by publication date, then
    dispatch id; the first of equals) gives the event its status."""
    latest = state.latest_date
    if latest is None or (published, dispatch_id) > (latest, state.latest_dispatch):
        state.latest_date, state.latest_dispatch, state.status = published, dispatch_id, status


def _list(check: _Checker, doc: Mapping[str, Any], key: str) -> list[Any]:
    value = doc.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        check.fail(key, f"`{key}` must be a list")
        return []
    return value


def _event_rows(definitions: Iterable[_EventDef], corpus: _Corpus, sink: RowSink) -> list[Problem]:
    """Event rows, in id order: defaults from the event-type mapping, status as last reported."""
    schemas = corpus.schemas
    problems: list[Problem] = []
    types = schemas.values("event_type")
    for ev in definitions:
        event_id, state = ev.event_id, corpus.events[ev.event_id]
        check = _Checker(ev.display, schemas)
        e, where = ev.entry, ev.where
        event_type = check.enum(e["type"], "event_type", where, "type")
        mapping = types.get(event_type, {}) if event_type else {}
        start = check.date(e.get("date_start"), where, "date_start")
        end = check.date(e.get("date_end"), where, "date_end") if "date_end" in e else start
        precision = check.enum(e["date_precision"], "date_precision", where, "date_precision")
        check.precision(start, precision, where, "date_start")
        if e.get("date_end") is not None:
            check.precision(end, precision, where, "date_end")
        if start and end and end < start:
            check.fail(
                where,
                f"date_end {end} is before date_start {start}",
                "swap them or correct the dates",
            )
        if end is not None and start is None:
            check.fail(where, "date_end is given without date_start")
        inferred = check.flag(e.get("date_inferred"), where, "date_inferred")
        if e.get("date_partial") is not None and not PARTIAL.match(str(e["date_partial"])):
            check.fail(where, f"date_partial {e['date_partial']!r} is not --MM-DD or --MM")
        cameo = e.get("cameo_code", mapping.get("cameo_code"))
        if cameo is not None and not re.match(r"^\d{3,4}$", str(cameo)):
            check.fail(
                where,
                f"cameo_code {cameo!r} is not a 3- or 4-digit CAMEO code",
                'quote it as a string, e.g. "042"',
            )
        if state.latest_date is None:
            check.fail(
                where,
                f"event {event_id!r} is never mentioned",
                "add a `mentions` entry with the span(s) that report it",
            )
        sink.add(
            "events",
            {
                "event_id": event_id,
                "title": e["title"],
                "event_type": event_type,
                "plover_type": check.enum(
                    e.get("plover_type", mapping.get("plover_type")),
                    "plover_type",
                    where,
                    "plover_type",
                    nullable=True,
                ),
                "plover_mode": check.enum(
                    e.get("plover_mode", mapping.get("plover_mode")),
                    "plover_mode",
                    where,
                    "plover_mode",
                    nullable=True,
                ),
                "cameo_code": None if cameo is None else str(cameo),
                "visit_kind": check.enum(
                    e.get("visit_kind"), "visit_kind", where, "visit_kind", nullable=True
                ),
                "date_start": start,
                "date_end": end,
                "date_precision": precision,
                "date_inferred": inferred,
                "date_basis": check.inference(inferred, e.get("date_basis"), where, "date"),
                "status": state.status,
                "location": check.text(e.get("location"), where, "location"),
                "country": check.country(e.get("country"), where),
                "n_mentions": state.n_mentions,
                "first_reported_in": ev.dispatch_id,
            },
        )
        problems.extend(corpus.settled(check.problems))
    return problems


def _furniture_overlaps(corpus: _Corpus, tables: Tables, furniture: list[Span]) -> None:
    """Page furniture is not news: no curated span of this dispatch may fall inside it."""
    for table in OVERLAP_TABLES:
        for row in tables[table]:
            for span in furniture:
                if not (row["start_char"] < span.end and span.start < row["end_char"]):
                    continue
                problem = Problem(
                    f"{CURATION_DIR}/{row['dispatch_id']}.yaml",
                    table,
                    f"span {row['text'][:50]!r} ({row['start_char']}–{row['end_char']}) "
                    f"overlaps page furniture {span.text[:40]!r}",
                    "page furniture never becomes a row: pick the span in the article body",
                )
                refs = corpus.open_refs(table, row)
                corpus.overlaps[table].append(
                    _Pending(problem, lambda c, refs=refs: c.all_known(refs)) if refs else problem
                )
