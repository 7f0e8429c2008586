"""Write the curated tables as CSV + Parquet and describe them in ``datapackage.json``.

The output is a pure function of the inputs: rows are sorted by primary key, CSV is written by
hand (no locale, no float formatting surprises), Parquet carries no pandas metadata, and
``created`` comes from the CHANGELOG (or SOURCE_DATE_EPOCH), never from the clock. Files are
written into a temporary directory and swapped in only when everything succeeded, so a failing
build leaves the previous ``data/`` untouched.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ._version import __version__
from .curate import OUTLETS_FILE, Tables, curate
from .errors import CurationError, PipelineError, Problem
from .raw import load_raw
from .schema import Schemas, load_schemas
from .tables import TABLES, enum_of, is_required
from .yamlio import load_yaml

DATA_DIR = "data"
DATAPACKAGE = "datapackage.json"
DP_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"

PACKAGE_METADATA: dict[str, Any] = {
    "name": "diplomatic-timeline",
    "title": "Diplomatic Timeline: Lukashenko–Putin meetings curated from news dispatches",
    "description": (
        "Events (visits, talks, telephone conversations, summits, agreements, forums), their "
        "participants, agenda items and quoted statements, curated from English-language news "
        "dispatches. Every row that comes from a dispatch carries the dispatch id and the "
        "character span of its evidence. The raw dispatch texts are the outlets' copyrighted "
        "works and are distributed with the source repository for verification only; the "
        "derived tables are licensed under CC BY 4.0."
    ),
    "homepage": "https://github.com/diplomatic-timeline/diplomatic-timeline",
    "keywords": ["event data", "diplomacy", "Belarus", "Russia", "PLOVER", "CAMEO", "timeline"],
    "licenses": [
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 (the derived tables)",
        }
    ],
    "contributors": [{"title": "Diplomatic Timeline contributors", "roles": ["creator"]}],
}


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote: row counts per table and the package version."""

    version: str
    row_counts: dict[str, int]


def created_timestamp(root: Path) -> str:
    """The package's `created`: SOURCE_DATE_EPOCH if set, else the newest CHANGELOG date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    changelog = root / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8") if changelog.is_file() else ""
    match = re.search(r"^## \[[^\]]+\] - (\d{4}-\d{2}-\d{2})", text, flags=re.MULTILINE)
    if not match:
        raise PipelineError(
            [
                Problem(
                    "CHANGELOG.md",
                    "",
                    "no dated release entry (`## [X.Y.Z] - YYYY-MM-DD`)",
                    "add one, or set SOURCE_DATE_EPOCH",
                )
            ]
        )
    return f"{match.group(1)}T00:00:00Z"


def build(root: Path, *, version: str | None = None, reviewed_only: bool = False) -> BuildResult:
    """Run raw → curate → write for the repository at ``root``.

    ``version`` (default: the installed package's) is what ``datapackage.json`` records; the
    release command passes the version it is releasing. ``reviewed_only`` leaves out the
    dispatches whose curation is still a draft.
    """
    version = version or __version__
    schemas = load_schemas(root)
    raw = load_raw(root)
    tables = curate(root, raw, schemas, reviewed_only=reviewed_only)
    sources = _sources(root, tables)
    created = created_timestamp(root)
    write_package(root, tables, schemas, sources=sources, created=created, version=version)
    # Generated docs: the codebook from the schemas, the README figure from the built tables.
    from .codebook import write_codebook
    from .plot import write_readme_figure

    write_codebook(root, schemas)
    write_readme_figure(root)  # only when matplotlib (the `plot` extra) is installed
    return BuildResult(version, {t: len(tables[t]) for t in TABLES})


def _sources(root: Path, tables: Tables) -> list[dict[str, Any]]:
    """One source per outlet the dispatches name, from the shared outlets file."""
    outlets = load_yaml(root / OUTLETS_FILE, OUTLETS_FILE) or []
    known = {o["name"]: o for o in outlets}
    used = sorted({r["outlet"] for r in tables["dispatches"] if r["outlet"]})
    unknown = [name for name in used if name not in known]
    if unknown:
        raise CurationError(
            [
                Problem(
                    OUTLETS_FILE,
                    "",
                    f"outlet(s) {unknown} named by dispatches are not listed",
                    "add each with its title and homepage",
                )
            ]
        )
    sources = [
        {k: known[n][k] for k in ("title", "path", "description") if k in known[n]} for n in used
    ]
    n_unnamed = sum(1 for r in tables["dispatches"] if not r["outlet"])
    if n_unnamed:
        sources.append(
            {
                "title": f"Dispatches whose outlet the text does not name ({n_unnamed})",
                "description": "See the `notes` column of the dispatches table.",
            }
        )
    return sources


def _sorted_rows(rows: list[dict[str, Any]], schema: dict[str, Any]) -> list[dict[str, Any]]:
    key = schema.get("primaryKey") or [f["name"] for f in schema["fields"]]
    key = [key] if isinstance(key, str) else key
    return sorted(rows, key=lambda r: tuple(r[k] for k in key))


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def csv_bytes(rows: list[dict[str, Any]], fields: list[str]) -> bytes:
    """UTF-8 CSV with a header, LF line endings, empty cell = null."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(fields)
    for row in rows:
        writer.writerow([_csv_cell(row[f]) for f in fields])
    return buffer.getvalue().encode("utf-8")


def arrow_schema(schema: dict[str, Any]) -> pa.Schema:
    """Arrow types for a Frictionless schema: dates as date32, controlled codes as dictionaries."""
    fields = []
    for f in schema["fields"]:
        base = {
            "string": pa.string(),
            "integer": pa.int64(),
            "boolean": pa.bool_(),
            "date": pa.date32(),
            "number": pa.float64(),
        }[f["type"]]
        if f["type"] == "string" and enum_of(f):
            base = pa.dictionary(pa.int32(), pa.string())
        meta = {"description": f.get("description", "")}
        fields.append(pa.field(f["name"], base, nullable=not is_required(f), metadata=meta))
    return pa.schema(fields)


def parquet_bytes(rows: list[dict[str, Any]], schema: dict[str, Any]) -> bytes:
    arrow = arrow_schema(schema)
    columns = {f.name: [r[f.name] for r in rows] for f in arrow}
    table = pa.Table.from_pydict(columns, schema=arrow)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd", write_statistics=True)
    return sink.getvalue()


def _resource(name: str, csv_data: bytes, parquet_data: bytes, schema: dict[str, Any]) -> dict:
    """A table resource: the CSV is the Frictionless resource, the Parquet copy is described
    in a ``parquet`` property (frictionless-py's Parquet reader turns nullable integers into
    NaN and cannot count bytes, so Parquet is checked by ``diplomatic-timeline validate``)."""
    return {
        "name": name,
        "type": "table",
        "path": f"{DATA_DIR}/{name}.csv",
        "scheme": "file",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "hash": _sha256(csv_data),
        "bytes": len(csv_data),
        "parquet": {
            "path": f"{DATA_DIR}/{name}.parquet",
            "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "hash": _sha256(parquet_data),
            "bytes": len(parquet_data),
        },
        "schema": schema,
    }


def _sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def write_package(
    root: Path,
    tables: Tables,
    schemas: Schemas,
    *,
    sources: list[dict],
    created: str,
    version: str = __version__,
) -> None:
    """Write data/ and datapackage.json atomically (temp directory, then rename)."""
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=root))
    try:
        (tmp / DATA_DIR).mkdir()
        resources = []
        for name in TABLES:
            schema = schemas.tables[name]
            rows = _sorted_rows(tables[name], schema)
            fields = [f["name"] for f in schema["fields"]]
            csv_data = csv_bytes(rows, fields)
            parquet_data = parquet_bytes(rows, schema)
            (tmp / DATA_DIR / f"{name}.csv").write_bytes(csv_data)
            (tmp / DATA_DIR / f"{name}.parquet").write_bytes(parquet_data)
            resources.append(_resource(name, csv_data, parquet_data, schema))
        descriptor = {
            "$schema": DP_PROFILE,
            **PACKAGE_METADATA,
            "version": version,
            "created": created,
            "sources": sources,
            "resources": resources,
        }
        text = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
        (tmp / DATAPACKAGE).write_text(text, encoding="utf-8")
        _swap_in(root, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _swap_in(root: Path, tmp: Path) -> None:
    target = root / DATA_DIR
    backup = tmp / "previous-data"
    if target.exists():
        target.rename(backup)
    try:
        (tmp / DATA_DIR).rename(target)
    except OSError:
        if backup.exists():
            backup.rename(target)
        raise
    os.replace(tmp / DATAPACKAGE, root / DATAPACKAGE)
