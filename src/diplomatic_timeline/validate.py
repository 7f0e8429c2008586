"""Check a built package three ways: Frictionless, Pandera and cross-table truth checks.

Frictionless checks the files against the descriptor (types, constraints, keys, hashes, bytes);
Pandera checks the typed DataFrames users get from the loaders; the cross-table checks prove what
neither can: every span equals its raw text, dates agree with their precision, every event is
mentioned, nothing comes from page furniture, and the CSV and Parquet copies agree.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd

from .load import descriptor, load_table
from .pandera_schemas import dataframe_schema
from .raw import decode_dispatch, sha256_hex
from .tables import TABLES

SPAN_TABLES = ("event_mentions", "participants", "agenda_items", "quotes", "page_furniture")


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
    key = schema.get("primaryKey") or []
    key = [key] if isinstance(key, str) else key
    return ", ".join(f"{k}={row[k]}" for k in key)


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


def pandera_findings(frames: dict[str, pd.DataFrame], desc: dict[str, Any]) -> list[Finding]:
    """Validate each loaded DataFrame against the Pandera schema derived from its descriptor."""
    import pandera.errors

    findings: list[Finding] = []
    schemas = {r["name"]: r["schema"] for r in desc["resources"]}
    for name, frame in frames.items():
        schema = schemas[name]
        try:
            dataframe_schema(name, schema).validate(frame, lazy=True)
        except pandera.errors.SchemaErrors as exc:
            for case in exc.failure_cases.itertuples(index=False):
                index = case.index
                key = (
                    _key(schema, frame.loc[index])
                    if index is not None and index in frame.index
                    else ""
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


def _raw_texts(root: Path, dispatches: pd.DataFrame) -> tuple[dict[str, str], list[Finding]]:
    texts: dict[str, str] = {}
    findings: list[Finding] = []
    for row in dispatches.itertuples(index=False):
        key = f"dispatch_id={row.dispatch_id}"
        path = root / str(row.raw_path)
        if not path.is_file():
            findings.append(Finding("raw", "dispatches", key, "raw_path", f"{path} is missing"))
            continue
        data = path.read_bytes()
        if sha256_hex(data) != row.sha256:
            findings.append(
                Finding(
                    "raw",
                    "dispatches",
                    key,
                    "sha256",
                    "the raw file's bytes do not match the recorded sha256",
                )
            )
            continue
        texts[row.dispatch_id] = decode_dispatch(data, str(path))
        if len(texts[row.dispatch_id]) != row.n_chars:
            findings.append(
                Finding(
                    "raw",
                    "dispatches",
                    key,
                    "n_chars",
                    f"{row.n_chars} recorded, {len(texts[row.dispatch_id])} found",
                )
            )
    return texts, findings


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


def cross_table_findings(
    root: Path, frames: dict[str, pd.DataFrame], desc: dict[str, Any]
) -> list[Finding]:
    """What no single-table schema can check: spans, dates, mentions, furniture, key links.

    Written to stay linear in the number of rows (the benchmark runs it on 10,000 dispatches).
    """
    schemas = {r["name"]: r["schema"] for r in desc["resources"]}
    texts, findings = _raw_texts(root, frames["dispatches"])

    def add(check: str, table: str, row: Any, column: str, message: str) -> None:
        findings.append(Finding(check, table, _key(schemas[table], row), column, message))

    def rows(table: str, mask: pd.Series | None = None):
        frame = frames[table] if mask is None else frames[table][mask]
        return (r._asdict() for r in frame.itertuples(index=False))

    # Every span is the raw text it claims to be.
    for table in SPAN_TABLES:
        for row in rows(table):
            raw = texts.get(row["dispatch_id"])
            if raw is None:
                continue
            start, end = int(row["start_char"]), int(row["end_char"])
            if not 0 <= start < end <= len(raw) or raw[start:end] != row["text"]:
                add(
                    "span",
                    table,
                    row,
                    "text",
                    f"raw[{start}:{end}] is {raw[start:end][:60]!r}, not {row['text'][:60]!r}",
                )
    for row in rows("dispatches"):
        raw = texts.get(row["dispatch_id"])
        if raw is None:
            continue
        if not pd.isna(row["published_date_text"]):
            start, end = int(row["published_date_start_char"]), int(row["published_date_end_char"])
            if raw[start:end] != row["published_date_text"]:
                add(
                    "span",
                    "dispatches",
                    row,
                    "published_date_text",
                    f"raw[{start}:{end}] is {raw[start:end]!r}",
                )
        if row["title"] not in raw:
            add("span", "dispatches", row, "title", "the title does not occur in the dispatch")

    # No span inside page furniture.
    furniture: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for f in frames["page_furniture"].itertuples(index=False):
        furniture[f.dispatch_id].append((f.start_char, f.end_char))
    for table in SPAN_TABLES[:-1]:
        for row in rows(table):
            for start, end in furniture.get(row["dispatch_id"], ()):
                if row["start_char"] < end and start < row["end_char"]:
                    add(
                        "furniture",
                        table,
                        row,
                        "start_char",
                        f"span overlaps page furniture {start}–{end}",
                    )

    # Dates agree with their precision; ranges run forward.
    for table, column, precision in (
        ("events", "date_start", "date_precision"),
        ("events", "date_end", "date_precision"),
        ("quotes", "said_date", "said_date_precision"),
        ("dispatches", "published_date", "published_date_precision"),
    ):
        for row in rows(table):
            problem = _precision_problem(row[column], row[precision])
            if problem:
                add("dates", table, row, column, problem)
    events = frames["events"]
    for row in rows("events", (events["date_end"] < events["date_start"]).fillna(False)):
        add("dates", "events", row, "date_end", f"{row['date_end'].date()} is before date_start")

    # Every event is mentioned; counts and status as last reported agree with the mentions.
    mentions = frames["event_mentions"].merge(
        frames["dispatches"][["dispatch_id", "published_date"]], on="dispatch_id", how="left"
    )
    mentions = mentions.assign(d=mentions["published_date"].fillna(pd.Timestamp.min))
    counts = mentions.groupby("event_id", observed=True).size()
    latest = mentions.sort_values(["d", "dispatch_id"]).groupby("event_id", observed=True).last()
    for row in rows("events"):
        event_id = row["event_id"]
        if event_id not in counts.index:
            add("mentions", "events", row, "event_id", "the event has no mention")
            continue
        if counts[event_id] != row["n_mentions"]:
            add(
                "mentions",
                "events",
                row,
                "n_mentions",
                f"{row['n_mentions']} recorded, {counts[event_id]} mention rows",
            )
        last = latest.loc[event_id]
        if last["reported_status"] != row["status"]:
            add(
                "mentions",
                "events",
                row,
                "status",
                f"{row['status']!r} but the latest report ({last['dispatch_id']}) says "
                f"{last['reported_status']!r}",
            )

    # Foreign keys, checked on the typed frames too (nullable references may be null).
    for name in TABLES:
        for fk in schemas[name].get("foreignKeys", []):
            (column,), target = fk["fields"], fk["reference"]
            parent = target["resource"]
            known = frames[parent][target["fields"][0]].dropna().astype(str)
            values = frames[name][column]
            bad = values.notna() & ~values.astype("string").isin(known)
            for row in rows(name, bad):
                add(
                    "foreign-key",
                    name,
                    row,
                    column,
                    f"{row[column]!r} is not a {parent}.{target['fields'][0]}",
                )
    return findings


def csv_parquet_findings(
    parquet: dict[str, pd.DataFrame], csv: dict[str, pd.DataFrame]
) -> list[Finding]:
    """The CSV and Parquet copies of each table hold the same typed values."""
    findings: list[Finding] = []
    for name, frame in parquet.items():
        if name not in csv:
            continue
        try:
            pd.testing.assert_frame_equal(frame, csv[name], check_exact=True)
        except AssertionError as exc:
            message = " ".join(str(exc).split())[:200]
            findings.append(Finding("csv-parquet", name, "", "", message))
    return findings


def parquet_file_findings(root: Path, desc: dict[str, Any]) -> list[Finding]:
    """The Parquet copies match the hash and byte count the descriptor records."""
    findings: list[Finding] = []
    for res in desc["resources"]:
        meta = res["parquet"]
        data = (root / meta["path"]).read_bytes()
        if "sha256:" + sha256_hex(data) != meta["hash"] or len(data) != meta["bytes"]:
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


def _load_all(root: Path, fmt: str) -> tuple[dict[str, pd.DataFrame], list[Finding]]:
    frames: dict[str, pd.DataFrame] = {}
    findings: list[Finding] = []
    for name in TABLES:
        try:
            frames[name] = load_table(name, path=root, format=fmt)  # type: ignore[arg-type]
        except (ValueError, KeyError, OSError) as exc:
            findings.append(Finding("load", name, "", "", f"[{fmt}] {exc}"))
    return frames, findings


def validate(root: Path) -> list[Finding]:
    """Every finding about the package at ``root``; an empty list means valid.

    The typed checks run on both copies (Parquet and CSV), so an edit to either is caught
    where it is, not only as a disagreement between the two.
    """
    desc = descriptor(root)
    findings = frictionless_findings(root) + parquet_file_findings(root, desc)
    findings += version_findings(root)
    loaded = {fmt: _load_all(root, fmt) for fmt in ("parquet", "csv")}
    for fmt, (frames, load_findings) in loaded.items():
        findings += load_findings
        if len(frames) < len(TABLES):
            continue
        for finding in pandera_findings(frames, desc) + cross_table_findings(root, frames, desc):
            findings.append(replace(finding, message=f"[{fmt}] {finding.message}"))
    findings += csv_parquet_findings(loaded["parquet"][0], loaded["csv"][0])
    return sorted(set(findings))
