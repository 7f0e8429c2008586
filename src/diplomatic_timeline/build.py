"""Write the curated tables as CSV + Parquet and describe them in ``datapackage.json``.

The output is a pure function of the inputs: rows are sorted by primary key (see
``tablewriter.py`` for the files' format), and ``created`` comes from the CHANGELOG (or
SOURCE_DATE_EPOCH), never from the clock. Memory stays flat as the corpus grows: dispatches
are curated one at a time and their rows streamed to the table writers, which sort them
externally. Files are written into a temporary directory and swapped in only when everything
succeeded, so a failing build leaves the previous ``data/`` untouched.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ._version import __version__
from .curate import OUTLETS_FILE, curate_into
from .digest import file_digest
from .errors import CurationError, PipelineError, Problem
from .raw import RawCorpus
from .schema import Schemas, load_schemas
from .tables import TABLES
from .tablewriter import TableWriter
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
    raw = RawCorpus(root)
    with PackageRows(schemas) as tables:
        curate_into(tables, root, raw, schemas, reviewed_only=reviewed_only)
        sources = _sources(root, tables)
        created = created_timestamp(root)
        write_package(root, tables, sources=sources, created=created, version=version)
        row_counts = {t: len(tables.writers[t]) for t in TABLES}
    # Generated docs: the codebook from the schemas, the README figure from the built tables.
    from .codebook import write_codebook
    from .plot import write_readme_figure

    write_codebook(root, schemas)
    write_readme_figure(root)  # only when matplotlib (the `plot` extra) is installed
    return BuildResult(version, row_counts)


class PackageRows:
    """The build's row sink: a :class:`TableWriter` per table, and the outlets the dispatches
    name (for the descriptor's sources), counted as the rows go by."""

    def __init__(self, schemas: Schemas) -> None:
        self.writers = {name: TableWriter(schemas.tables[name]) for name in TABLES}
        self.outlets: set[str] = set()
        self.unnamed_outlets = 0

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.writers[table].add(row)
        if table == "dispatches":
            if row["outlet"]:
                self.outlets.add(row["outlet"])
            else:
                self.unnamed_outlets += 1

    def __enter__(self) -> PackageRows:
        return self

    def __exit__(self, *exc: object) -> None:
        for writer in self.writers.values():
            writer.close()


def _sources(root: Path, tables: PackageRows) -> list[dict[str, Any]]:
    """One source per outlet the dispatches name, from the shared outlets file."""
    outlets = load_yaml(root / OUTLETS_FILE, OUTLETS_FILE) or []
    known = {o["name"]: o for o in outlets}
    used = sorted(tables.outlets)
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
    n_unnamed = tables.unnamed_outlets
    if n_unnamed:
        sources.append(
            {
                "title": f"Dispatches whose outlet the text does not name ({n_unnamed})",
                "description": "See the `notes` column of the dispatches table.",
            }
        )
    return sources


def _resource(name: str, root: Path, schema: dict[str, Any]) -> dict:
    """A table resource: the CSV is the Frictionless resource, the Parquet copy is described
    in a ``parquet`` property (frictionless-py's Parquet reader turns nullable integers into
    NaN and cannot count bytes, so Parquet is checked by ``diplomatic-timeline validate``).
    Hashes and byte counts are read from the files under ``root``."""
    csv_hash, csv_bytes = file_digest(root / DATA_DIR / f"{name}.csv")
    parquet_hash, parquet_bytes = file_digest(root / DATA_DIR / f"{name}.parquet")
    return {
        "name": name,
        "type": "table",
        "path": f"{DATA_DIR}/{name}.csv",
        "scheme": "file",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "hash": csv_hash,
        "bytes": csv_bytes,
        "parquet": {
            "path": f"{DATA_DIR}/{name}.parquet",
            "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "hash": parquet_hash,
            "bytes": parquet_bytes,
        },
        "schema": schema,
    }


def write_package(
    root: Path,
    tables: PackageRows,
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
            writer = tables.writers[name]
            writer.write(tmp / DATA_DIR / f"{name}.csv", tmp / DATA_DIR / f"{name}.parquet")
            writer.close()  # its sort file is no longer needed
            resources.append(_resource(name, tmp, writer.schema))
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
