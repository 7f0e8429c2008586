"""Check a built package three ways: Frictionless, Pandera and cross-table truth checks.

Frictionless checks the files against the descriptor (types, constraints, keys, hashes, bytes);
Pandera checks the typed DataFrames users get from the loaders; the cross-table checks prove what
neither can: every span equals its raw text, dates agree with their precision, every event is
mentioned, nothing comes from page furniture, and the CSV and Parquet copies agree.

The typed checks read each table a batch of rows at a time and keep, per id, only what later
tables need, so memory stays flat as the package grows; a table that fails is read whole, so
that every finding reads as a whole-table check words it.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import zip_longest
from pathlib import Path
from typing import Any

import pandas as pd

from .digest import file_digest
from .load import CsvBatches, descriptor, load_table, parquet_batches
from .pandera_schemas import dataframe_schema, uniqueness_keys
from .raw import decode_dispatch, sha256_hex
from .tables import key_fields

SPAN_TABLES = ("event_mentions", "participants", "agenda_items", "quotes", "page_furniture")
# Dates that must agree with their precision: (table, date column, precision column).
DATED = (
    ("events", "date_start", "date_precision"),
    ("events", "date_end", "date_precision"),
    ("quotes", "said_date", "said_date_precision"),
    ("dispatches", "published_date", "published_date_precision"),
)
# Tables in the order the typed checks read them: what a table refers to comes before it.
CHECK_ORDER = ("dispatches", "actors", "events", "page_furniture", "event_mentions")
CHECK_ORDER += ("participants", "agenda_items", "quotes")
FORMATS = ("parquet", "csv")
BATCH_ROWS = 4096  # rows of a table in memory at a time, per copy
LOAD_ERRORS = (ValueError, KeyError, OSError)


@dataclass(frozen=True, order=True)
class Finding:
    """One problem in the built package: which table, which row, which column, what."""

    check: str
    table: str
    key: str
    column: str
    message: str

    def __str__(self) -> str:
        where = " ".join(x for x in (self.table, self.key and f"[{self.key}]", self.column) if x)
        return f"{self.check}: {where}: {self.message}"


def _key(schema: dict[str, Any], row: Any) -> str:
    return ", ".join(f"{k}={row[k]}" for k in key_fields(schema.get("primaryKey")))


def frictionless_findings(root: Path) -> list[Finding]:
    """Validate datapackage.json and every resource with Frictionless, foreign keys included."""
    from frictionless import Package

    package = Package(str(root / "datapackage.json"))
    report = package.validate()
    findings = [Finding("frictionless", "", "", "", e.message) for e in report.errors]
    for task in report.tasks:
        for error in task.errors:
            row = getattr(error, "row_number", None)
            field = getattr(error, "field_name", "") or ""
            findings.append(
                Finding(
                    "frictionless",
                    task.name,
                    f"row {row}" if row else "",
                    field,
                    f"{error.type}: {error.message}",
                )
            )
    return findings


def _pandera_findings(
    name: str, schema: dict[str, Any], frame: pd.DataFrame, model: Any
) -> list[Finding]:
    """Validate one DataFrame (a table or a batch of its rows) against a Pandera model."""
    import pandera.errors

    findings: list[Finding] = []
    try:
        model.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        for case in exc.failure_cases.itertuples(index=False):
            index = case.index
            key = (
                _key(schema, frame.loc[index]) if index is not None and index in frame.index else ""
            )
            findings.append(
                Finding(
                    "pandera",
                    name,
                    key,
                    str(case.column or ""),
                    f"{case.check}: failure case {case.failure_case!r}",
                )
            )
    return findings


def _precision_problem(value: Any, precision: str) -> str | None:
    if pd.isna(value):
        return None if precision == "unknown" else f"date is null but precision is {precision!r}"
    if precision == "unknown":
        return f"date {value.date()} has precision 'unknown'"
    if precision == "month" and value.day != 1:
        return f"month-precision date {value.date()} is not the 1st of the month"
    if precision == "year" and (value.month, value.day) != (1, 1):
        return f"year-precision date {value.date()} is not 1 January"
    return None


def _rows(frame: pd.DataFrame, mask: pd.Series | None = None) -> Iterator[dict[str, Any]]:
    frame = frame if mask is None else frame[mask]
    return (r._asdict() for r in frame.itertuples(index=False))


class _Uniqueness:
    """Proves a table's unique columns unique while its batches stream past, by seeing the
    keys strictly increase (as the build writes them); otherwise the table is checked whole."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.keys = uniqueness_keys(schema)
        self.last: list[tuple[Any, ...] | None] = [None] * len(self.keys)
        self.proven = True

    def update(self, frame: pd.DataFrame, rows: list[dict[str, Any]]) -> None:
        for i, columns in enumerate(self.keys):
            if not self.proven:
                return
            if frame[columns].isna().any().any():
                self.proven = False
                return
            keys = [tuple(row[c] for c in columns) for row in rows]
            previous = self.last[i]
            for key in keys:
                if previous is not None and not previous < key:
                    self.proven = False
                    return
                previous = key
            self.last[i] = previous


@dataclass(slots=True)
class _Reports:
    """How the latest report of an event reads, as the old whole-table check found it: the
    last non-null status and dispatch after ordering by publication date, then dispatch."""

    count: int = 0
    status_key: tuple[Any, ...] | None = None
    status: Any = float("nan")
    dispatch_key: tuple[Any, ...] | None = None
    dispatch_id: Any = float("nan")


class _TypedChecks:
    """Pandera and the cross-table checks for one copy of the package (Parquet or CSV), fed
    batch by batch, table by table in CHECK_ORDER (parents before the tables referring to
    them). Per id it keeps only what later tables need: keys, publication dates, paths of
    verified raw texts, page-furniture spans and mention tallies. Written to stay linear in
    the number of rows (the benchmark runs it on 10,000 dispatches)."""

    def __init__(self, root: Path, schemas: dict[str, dict[str, Any]]) -> None:
        self.root = root
        self.schemas = schemas
        self.findings: list[Finding] = []
        self.models = {n: dataframe_schema(n, s, unique=False) for n, s in schemas.items()}
        self.uniqueness = {n: _Uniqueness(s) for n, s in schemas.items()}
        self.whole_table: set[str] = set()  # tables Pandera must check whole
        self.targets = {
            (fk["reference"]["resource"], fk["reference"]["fields"][0])
            for s in schemas.values()
            for fk in s.get("foreignKeys", [])
        }
        self.known: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.raw_paths: dict[Any, str] = {}  # verified raw files, by dispatch
        self.published: dict[Any, list[Any]] = defaultdict(list)  # dispatch row(s) per id
        self.furniture: dict[Any, list[tuple[int, int]]] = defaultdict(list)
        self.reports: dict[Any, _Reports] = defaultdict(_Reports)
        self.text = lru_cache(maxsize=64)(self._read_text)

    def add(self, check: str, table: str, row: Any, column: str, message: str) -> None:
        self.findings.append(Finding(check, table, _key(self.schemas[table], row), column, message))

    def _read_text(self, dispatch_id: Any) -> str | None:
        path = self.raw_paths.get(dispatch_id)
        return None if path is None else decode_dispatch(Path(path).read_bytes(), path)

    def batch(self, name: str, frame: pd.DataFrame) -> None:
        """Every check of one batch of rows of ``name``."""
        schema = self.schemas[name]
        if _pandera_findings(name, schema, frame, self.models[name]):
            self.whole_table.add(name)
        rows = list(_rows(frame))  # read once: iterating typed columns is the slow part
        self.uniqueness[name].update(frame, rows)
        for table, column in self.targets:
            if table == name:
                ids = frame[column].dropna().astype(str)
                self.known[table, column].update(map(sys.intern, ids))  # one copy of each id
        if name == "dispatches":
            self._dispatches(rows)
        if name in SPAN_TABLES:
            self._spans(name, rows)
        if name == "page_furniture":
            for row in rows:
                self.furniture[row["dispatch_id"]].append((row["start_char"], row["end_char"]))
        elif name in SPAN_TABLES:
            self._furniture(name, rows)
        for table, column, precision in DATED:
            if table == name:
                for row in rows:
                    problem = _precision_problem(row[column], row[precision])
                    if problem:
                        self.add("dates", table, row, column, problem)
        if name == "events":
            backwards = (frame["date_end"] < frame["date_start"]).fillna(False)
            for row in _rows(frame, backwards):
                message = f"{row['date_end'].date()} is before date_start"
                self.add("dates", "events", row, "date_end", message)
        if name == "event_mentions":
            self._tally(rows)
        self._foreign_keys(name, rows)

    def _dispatches(self, rows: list[dict[str, Any]]) -> None:
        """Each raw file is there, unchanged, as long as recorded; its spans are its text."""
        decoded: dict[Any, str] = {}  # this batch's texts, read once
        for row in rows:
            key = f"dispatch_id={row['dispatch_id']}"
            path = self.root / str(row["raw_path"])
            self.published[row["dispatch_id"]].append(row["published_date"])
            if not path.is_file():
                self.findings.append(
                    Finding("raw", "dispatches", key, "raw_path", f"{path} is missing")
                )
                continue
            data = path.read_bytes()
            if sha256_hex(data) != row["sha256"]:
                self.findings.append(
                    Finding(
                        "raw",
                        "dispatches",
                        key,
                        "sha256",
                        "the raw file's bytes do not match the recorded sha256",
                    )
                )
                continue
            raw = decoded[row["dispatch_id"]] = decode_dispatch(data, str(path))
            self.raw_paths[row["dispatch_id"]] = str(path)
            if len(raw) != row["n_chars"]:
                self.findings.append(
                    Finding(
                        "raw",
                        "dispatches",
                        key,
                        "n_chars",
                        f"{row['n_chars']} recorded, {len(raw)} found",
                    )
                )
        # Spans once the batch's files are checked (a text may come from a duplicate row).
        for row in rows:
            did = row["dispatch_id"]
            raw = decoded[did] if did in decoded else self.text(did)
            if raw is None:
                continue
            if not pd.isna(row["published_date_text"]):
                start = int(row["published_date_start_char"])
                end = int(row["published_date_end_char"])
                if raw[start:end] != row["published_date_text"]:
                    self.add(
                        "span",
                        "dispatches",
                        row,
                        "published_date_text",
                        f"raw[{start}:{end}] is {raw[start:end]!r}",
                    )
            if row["title"] not in raw:
                self.add(
                    "span", "dispatches", row, "title", "the title does not occur in the dispatch"
                )

    def _spans(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Every span is the raw text it claims to be."""
        for row in rows:
            raw = self.text(row["dispatch_id"])
            if raw is None:
                continue
            start, end = int(row["start_char"]), int(row["end_char"])
            if not 0 <= start < end <= len(raw) or raw[start:end] != row["text"]:
                self.add(
                    "span",
                    table,
                    row,
                    "text",
                    f"raw[{start}:{end}] is {raw[start:end][:60]!r}, not {row['text'][:60]!r}",
                )

    def _furniture(self, table: str, rows: list[dict[str, Any]]) -> None:
        """No span inside page furniture."""
        for row in rows:
            for start, end in self.furniture.get(row["dispatch_id"], ()):
                if row["start_char"] < end and start < row["end_char"]:
                    self.add(
                        "furniture",
                        table,
                        row,
                        "start_char",
                        f"span overlaps page furniture {start}–{end}",
                    )

    def _tally(self, rows: list[dict[str, Any]]) -> None:
        """Count each event's mentions and find its latest report (publication date, then
        dispatch id; undated first, rows without a dispatch last, later rows win ties), each
        mention paired with its dispatch's row(s) as a left join would."""
        for row in rows:
            event_id, dispatch_id, status = (
                row["event_id"],
                row["dispatch_id"],
                row["reported_status"],
            )
            if pd.isna(event_id):
                continue
            tally = self.reports[sys.intern(str(event_id))]
            no_dispatch = pd.isna(dispatch_id)
            dates = (None if no_dispatch else self.published.get(dispatch_id)) or [pd.NaT]
            for published in dates:
                tally.count += 1
                when = (pd.Timestamp.min if pd.isna(published) else published).value
                key = (when, no_dispatch, "" if no_dispatch else sys.intern(str(dispatch_id)))
                if not pd.isna(status) and (tally.status_key is None or key >= tally.status_key):
                    tally.status_key, tally.status = key, status
                if not no_dispatch and (tally.dispatch_key is None or key >= tally.dispatch_key):
                    tally.dispatch_key, tally.dispatch_id = key, key[2]

    def events_reported(self, frame: pd.DataFrame) -> None:
        """Every event is mentioned; counts and status as last reported agree with the
        mentions (a second pass over the events, once every mention has been tallied)."""
        for row in _rows(frame):
            event_id = row["event_id"]
            tally = self.reports.get(event_id)
            if tally is None:
                self.add("mentions", "events", row, "event_id", "the event has no mention")
                continue
            if tally.count != row["n_mentions"]:
                self.add(
                    "mentions",
                    "events",
                    row,
                    "n_mentions",
                    f"{row['n_mentions']} recorded, {tally.count} mention rows",
                )
            if tally.status != row["status"]:
                self.add(
                    "mentions",
                    "events",
                    row,
                    "status",
                    f"{row['status']!r} but the latest report ({tally.dispatch_id}) says "
                    f"{tally.status!r}",
                )

    def _foreign_keys(self, name: str, rows: list[dict[str, Any]]) -> None:
        """Foreign keys, checked on the typed frames too (nullable references may be null)."""
        for fk in self.schemas[name].get("foreignKeys", []):
            (column,), target = fk["fields"], fk["reference"]
            parent = target["resource"]
            known = self.known[parent, target["fields"][0]]
            # a set lookup per row: Series.isin would copy the whole set for every batch
            for row in (r for r in rows if not pd.isna(r[column]) and str(r[column]) not in known):
                self.add(
                    "foreign-key",
                    name,
                    row,
                    column,
                    f"{row[column]!r} is not a {parent}.{target['fields'][0]}",
                )

    def needs_whole_table(self, name: str) -> bool:
        """Whether Pandera must see the whole table: to prove uniqueness that the batches
        could not, or to report failures as a whole-table check words them (the type of a
        failure case, and so how it prints, depends on the other failures of the run)."""
        return name in self.whole_table or not self.uniqueness[name].proven

    def pandera_whole_table(self, name: str, frame: pd.DataFrame) -> None:
        model = dataframe_schema(name, self.schemas[name])
        self.findings += _pandera_findings(name, self.schemas[name], frame, model)


def _csv_parquet_message(parquet: pd.DataFrame, csv: pd.DataFrame) -> str | None:
    try:
        pd.testing.assert_frame_equal(parquet, csv, check_exact=True)
    except AssertionError as exc:
        return " ".join(str(exc).split())[:200]
    return None


def parquet_file_findings(root: Path, desc: dict[str, Any]) -> list[Finding]:
    """The Parquet copies match the hash and byte count the descriptor records."""
    findings: list[Finding] = []
    for res in desc["resources"]:
        meta = res["parquet"]
        if file_digest(root / meta["path"]) != (meta["hash"], meta["bytes"]):
            findings.append(
                Finding(
                    "parquet",
                    res["name"],
                    "",
                    "",
                    f"{meta['path']} does not match the hash/bytes recorded in datapackage.json",
                )
            )
    return findings


VERSION_FILE = "src/diplomatic_timeline/_version.py"


def version_sources(root: Path) -> dict[str, str | None]:
    """The version each of the four sources states (None: the file or its version is missing).

    ``_version.py`` (the package), ``datapackage.json``, ``CITATION.cff`` and the top released
    entry of ``CHANGELOG.md`` (``## [X.Y.Z] - date``; an ``[Unreleased]`` section is skipped).
    Outside a source checkout (no ``src/``), the package version is the installed one, which
    is what ``build`` writes.
    """

    def grab(rel: str, pattern: str) -> str | None:
        path = root / rel
        if not path.is_file():
            return None
        match = re.search(pattern, path.read_text(encoding="utf-8"), flags=re.MULTILINE)
        return match.group(1) if match else None

    if (root / VERSION_FILE).is_file():
        package = grab(VERSION_FILE, r"^__version__\s*=\s*[\"']([^\"']+)[\"']")
    else:
        from ._version import __version__ as package
    try:
        datapackage = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
        data_version = datapackage.get("version")
    except (OSError, ValueError):
        data_version = None
    return {
        VERSION_FILE: package,
        "datapackage.json": data_version,
        "CITATION.cff": grab("CITATION.cff", r"^version:\s*[\"']?([^\"'\s#]+)"),
        "CHANGELOG.md": grab("CHANGELOG.md", r"^## \[(\d[^\]]*)\]"),
    }


def version_findings(root: Path) -> list[Finding]:
    """The package, datapackage.json, CITATION.cff and the CHANGELOG state one version.

    In a source checkout all four must be there; elsewhere (a copy of the data and its inputs)
    the files that are present must agree.
    """
    sources = version_sources(root)
    checkout = (root / VERSION_FILE).is_file()
    findings = [
        Finding("version", "", "", source, "states no version (file or field missing)")
        for source, value in sources.items()
        if value is None and (checkout or (root / source).is_file())
    ]
    stated = {s: v for s, v in sources.items() if v is not None}
    if len(set(stated.values())) > 1:
        listing = ", ".join(f"{s} {v}" for s, v in stated.items())
        findings.append(
            Finding(
                "version",
                "",
                "",
                "",
                f"the versions disagree: {listing}; `diplomatic-timeline release` sets them all",
            )
        )
    return findings


def _batches(root: Path, res: dict[str, Any], fmt: str) -> Iterator[pd.DataFrame]:
    """One copy of a table as typed frames of BATCH_ROWS rows (the last one shorter)."""
    schema = res["schema"]
    if fmt == "parquet":
        frames = parquet_batches(root / res["parquet"]["path"], schema, BATCH_ROWS)
        yield from _rebatched(frames, BATCH_ROWS)
        return
    csv = CsvBatches(root / res["path"], schema)
    try:
        while len(frame := csv.take(BATCH_ROWS)) == BATCH_ROWS:
            yield frame
        yield frame
    finally:
        csv.close()


def _rebatched(frames: Iterator[pd.DataFrame], size: int) -> Iterator[pd.DataFrame]:
    """Frames cut or joined to ``size`` rows (Parquet batches end at row groups), so that
    the two copies of a table can be compared batch by batch."""
    held: pd.DataFrame | None = None
    for frame in frames:
        held = frame if held is None else pd.concat([held, frame], ignore_index=True)
        while len(held) >= size:
            yield held.iloc[:size].reset_index(drop=True)
            held = held.iloc[size:].reset_index(drop=True)
    if held is not None:
        yield held


def _guarded(frames: Iterator[pd.DataFrame], failed: list[Exception]) -> Iterator[pd.DataFrame]:
    """The frames until one cannot be read; the error is noted in ``failed``."""
    try:
        yield from frames
    except LOAD_ERRORS as exc:
        failed.append(exc)


def typed_findings(root: Path, desc: dict[str, Any]) -> list[Finding]:
    """Pandera and cross-table checks on both copies (Parquet, then CSV), and their
    agreement, reading each table batch by batch: memory stays flat as the package grows.

    A copy with a table that cannot be read gets a `load` finding instead of typed checks;
    where the copies disagree, or Pandera needs the whole table, the table is read whole to
    report exactly what a whole-table check reports.
    """
    schemas = {r["name"]: r["schema"] for r in desc["resources"]}
    resources = {r["name"]: r for r in desc["resources"]}
    parquet_loads: dict[str, bool] = {}
    findings: list[Finding] = []
    for fmt in FORMATS:
        checks = _TypedChecks(root, schemas)
        loaded, crash = True, None
        for name in CHECK_ORDER:
            if name not in resources:
                findings.append(
                    Finding("load", name, "", "", f"[{fmt}] {_load_error(root, name, fmt)}")
                )
                loaded = parquet_loads[name] = False
                continue
            failed: list[Exception] = []
            frames = _guarded(_batches(root, resources[name], fmt), failed)
            # The CSV copy is compared with the Parquet copy as it is read.
            compare = fmt == "csv" and parquet_loads[name]
            others = _batches(root, resources[name], "parquet") if compare else iter(())
            agree = True
            for frame, parquet in zip_longest(frames, others):
                if frame is not None and loaded and crash is None:
                    try:
                        checks.batch(name, frame)
                    except Exception as exc:  # raised below, unless a later table won't load
                        crash = exc
                if compare and agree:
                    agree = frame is not None and parquet is not None
                    agree = agree and _csv_parquet_message(parquet, frame) is None
            if failed:
                message = _load_error(root, name, fmt, failed[0])
                findings.append(Finding("load", name, "", "", f"[{fmt}] {message}"))
                loaded = False
            elif loaded and checks.needs_whole_table(name):
                checks.pandera_whole_table(name, _load(root, name, fmt))
            if fmt == "parquet":
                parquet_loads[name] = not failed
            elif compare and not failed and not agree:
                message = _csv_parquet_message(_load(root, name, "parquet"), _load(root, name, fmt))
                if message:
                    findings.append(Finding("csv-parquet", name, "", "", message))
        if loaded:  # the old whole-package checks skipped a copy with a table that won't load
            if crash is not None:
                raise crash
            for frame in _batches(root, resources["events"], fmt):
                checks.events_reported(frame)
            findings += [replace(f, message=f"[{fmt}] {f.message}") for f in checks.findings]
    return findings


def _load(root: Path, name: str, fmt: str) -> pd.DataFrame:
    return load_table(name, path=root, format=fmt)  # type: ignore[arg-type]


def _load_error(root: Path, name: str, fmt: str, streamed: Exception | None = None) -> str:
    """The message loading the whole table gives (a batch only knows its own rows)."""
    try:
        _load(root, name, fmt)
    except LOAD_ERRORS as exc:
        return str(exc)
    return str(streamed)


def validate(root: Path) -> list[Finding]:
    """Every finding about the package at ``root``; an empty list means valid.

    The typed checks run on both copies (Parquet and CSV), so an edit to either is caught
    where it is, not only as a disagreement between the two.
    """
    desc = descriptor(root)
    findings = frictionless_findings(root) + parquet_file_findings(root, desc)
    findings += version_findings(root)
    findings += typed_findings(root, desc)
    return sorted(set(findings))
