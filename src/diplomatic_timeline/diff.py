"""Compare two versions of the data package: rows by primary key, and the schemas.

The comparison functions are pure: they take descriptors (``datapackage.json`` as a dict) and
DataFrames and return a :class:`PackageDiff`. Cells are compared in their canonical text form
(null, ``true``/``false``, ISO dates, ``str`` otherwise), so typed frames from the loaders and
untyped ones read from CSV compare alike, and a retyped column differs in its schema, not in
every row. :func:`required_bump` says which semantic version bump a diff needs (README,
"Versions"); ``diplomatic-timeline release`` refuses a smaller one.

``diplomatic-timeline diff OLD NEW`` takes directories, release archives or released versions.
"""

from __future__ import annotations

import csv
import io
import json
import math
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .tables import key_fields

if TYPE_CHECKING:
    import pandas as pd

BUMPS = ("patch", "minor", "major")
# Descriptor properties that change with every release and say nothing about the data.
VOLATILE = {"version", "created", "resources"}
# Field properties compared on their own (everything else is "modified").
TYPED = {"name", "type", "constraints"}


@dataclass
class SchemaDiff:
    """How one table's schema changed."""

    fields_added: list[str] = field(default_factory=list)
    fields_removed: list[str] = field(default_factory=list)
    fields_retyped: list[tuple[str, str, str]] = field(default_factory=list)
    enum_added: dict[str, list[Any]] = field(default_factory=dict)
    enum_removed: dict[str, list[Any]] = field(default_factory=dict)
    fields_modified: dict[str, list[str]] = field(default_factory=dict)
    primary_key: tuple[list[str], list[str]] | None = None

    def __bool__(self) -> bool:
        return any(
            (
                self.fields_added,
                self.fields_removed,
                self.fields_retyped,
                self.enum_added,
                self.enum_removed,
                self.fields_modified,
                self.primary_key,
            )
        )


@dataclass
class RowDiff:
    """Rows added, removed and changed, identified by their primary key."""

    key: list[str]
    n_old: int
    n_new: int
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    changed: list[tuple[dict[str, Any], list[str]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass
class TableDiff:
    name: str
    status: str  # "common" | "added" | "removed"
    rows: RowDiff
    schema: SchemaDiff = field(default_factory=SchemaDiff)

    def __bool__(self) -> bool:
        return self.status != "common" or bool(self.rows) or bool(self.schema)


@dataclass
class PackageDiff:
    old_version: str | None
    new_version: str | None
    tables: list[TableDiff]
    metadata_changed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.metadata_changed) or any(self.tables)

    def table(self, name: str) -> TableDiff:
        return next(t for t in self.tables if t.name == name)


# --- canonical cells -------------------------------------------------------------------------


def cell(value: Any) -> str | None:
    """The canonical text of one cell: None for every kind of null."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item") and not isinstance(value, str | bytes):  # numpy scalars
        value = value.item()
    if type(value).__name__ in {"NAType", "NaTType"}:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _key_fields(schema: dict[str, Any]) -> list[str]:
    return key_fields(schema.get("primaryKey"))


def _rows(frame: pd.DataFrame, key: list[str]) -> dict[tuple, dict[str, str | None]]:
    columns = [str(c) for c in frame.columns]
    out: dict[tuple, dict[str, str | None]] = {}
    for values in frame.itertuples(index=False, name=None):
        row = {c: cell(v) for c, v in zip(columns, values, strict=True)}
        out[tuple(row.get(k) for k in key)] = row
    return out


def _sort_key(key: tuple) -> tuple:
    return tuple("" if v is None else v for v in key)


# --- pure comparisons ------------------------------------------------------------------------


def diff_schema(old: dict[str, Any], new: dict[str, Any]) -> SchemaDiff:
    """Fields added, removed, retyped; enum values added and removed; other field changes."""
    result = SchemaDiff()
    old_fields = {f["name"]: f for f in old.get("fields", [])}
    new_fields = {f["name"]: f for f in new.get("fields", [])}
    result.fields_added = [n for n in new_fields if n not in old_fields]
    result.fields_removed = [n for n in old_fields if n not in new_fields]
    for name, before in old_fields.items():
        after = new_fields.get(name)
        if after is None:
            continue
        if before.get("type") != after.get("type"):
            result.fields_retyped.append((name, before.get("type"), after.get("type")))
        old_constraints = dict(before.get("constraints") or {})
        new_constraints = dict(after.get("constraints") or {})
        old_enum = old_constraints.pop("enum", None)
        new_enum = new_constraints.pop("enum", None)
        if old_enum is None and new_enum is not None:  # a free column became controlled
            result.enum_removed[name] = ["(any value outside the new vocabulary)"]
        elif old_enum is not None and new_enum is None:  # a controlled column became free
            result.enum_added[name] = ["(any value)"]
        elif old_enum is not None and new_enum is not None:
            added = [v for v in new_enum if v not in old_enum]
            removed = [v for v in old_enum if v not in new_enum]
            if added:
                result.enum_added[name] = added
            if removed:
                result.enum_removed[name] = removed
        modified = sorted(
            k for k in (set(before) | set(after)) - TYPED if before.get(k) != after.get(k)
        )
        if old_constraints != new_constraints:
            modified.append("constraints")
        if modified:
            result.fields_modified[name] = modified
    if _key_fields(old) != _key_fields(new):
        result.primary_key = (_key_fields(old), _key_fields(new))
    return result


def diff_rows(old: pd.DataFrame, new: pd.DataFrame, key: list[str]) -> RowDiff:
    """Rows added, removed and changed (with the changed columns), matched on ``key``.

    Only columns present in both frames are compared; added and removed columns are schema
    changes. Without a usable key (missing from either frame), whole rows are compared.
    """
    common = [str(c) for c in old.columns if c in set(new.columns)]
    if not key or any(k not in common for k in key):
        key = common
    before, after = _rows(old, key), _rows(new, key)
    result = RowDiff(key=list(key), n_old=len(old), n_new=len(new))
    as_dict = lambda k: dict(zip(key, k, strict=True))  # noqa: E731
    result.added = [as_dict(k) for k in sorted(set(after) - set(before), key=_sort_key)]
    result.removed = [as_dict(k) for k in sorted(set(before) - set(after), key=_sort_key)]
    for k in sorted(set(before) & set(after), key=_sort_key):
        columns = [c for c in common if before[k].get(c) != after[k].get(c)]
        if columns:
            result.changed.append((as_dict(k), columns))
    return result


def _resources(desc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["name"]: r for r in desc.get("resources", [])}


def diff_packages(
    old_desc: dict[str, Any],
    old_frames: dict[str, pd.DataFrame],
    new_desc: dict[str, Any],
    new_frames: dict[str, pd.DataFrame],
) -> PackageDiff:
    """Compare two loaded versions: every table of either, in the new package's order."""
    old_res, new_res = _resources(old_desc), _resources(new_desc)
    names = list(new_res) + [n for n in old_res if n not in new_res]
    tables = []
    for name in names:
        if name not in old_res:
            schema = new_res[name]["schema"]
            frame = new_frames[name]
            rows = diff_rows(frame.iloc[0:0], frame, _key_fields(schema))
            tables.append(TableDiff(name, "added", rows, SchemaDiff(fields_added=_names(schema))))
        elif name not in new_res:
            schema = old_res[name]["schema"]
            frame = old_frames[name]
            rows = diff_rows(frame, frame.iloc[0:0], _key_fields(schema))
            tables.append(
                TableDiff(name, "removed", rows, SchemaDiff(fields_removed=_names(schema)))
            )
        else:
            old_schema, new_schema = old_res[name]["schema"], new_res[name]["schema"]
            key = _key_fields(new_schema)
            rows = diff_rows(old_frames[name], new_frames[name], key)
            tables.append(TableDiff(name, "common", rows, diff_schema(old_schema, new_schema)))
    metadata = sorted(
        k for k in (set(old_desc) | set(new_desc)) - VOLATILE if old_desc.get(k) != new_desc.get(k)
    )
    return PackageDiff(old_desc.get("version"), new_desc.get("version"), tables, metadata)


def _names(schema: dict[str, Any]) -> list[str]:
    return [f["name"] for f in schema.get("fields", [])]


def required_bump(diff: PackageDiff) -> str | None:
    """The smallest semantic version bump the diff allows (None: nothing changed).

    major: a table or column removed, a column retyped (a rename is a removal), a vocabulary
    value removed, a primary key changed. minor: a table, column or vocabulary value added,
    rows added or removed. patch: corrected values, changed descriptions or metadata.
    """
    level = None

    def at_least(bump: str) -> None:
        nonlocal level
        if level is None or BUMPS.index(bump) > BUMPS.index(level):
            level = bump

    if diff.metadata_changed:
        at_least("patch")
    for table in diff.tables:
        s = table.schema
        if table.status == "removed":
            at_least("major")
        elif table.status == "added":
            at_least("minor")
        if s.fields_removed or s.fields_retyped or s.enum_removed or s.primary_key:
            at_least("major")
        if s.fields_added or s.enum_added or table.rows.added or table.rows.removed:
            at_least("minor")
        if s.fields_modified or table.rows.changed:
            at_least("patch")
    return level


def bump_of(old: str, new: str) -> str | None:
    """Which bump takes version ``old`` to ``new`` (None when ``new`` is not greater)."""
    a = tuple(int(x) for x in old.split("."))
    b = tuple(int(x) for x in new.split("."))
    if b <= a:
        return None
    if b[0] > a[0]:
        return "major"
    if b[1] > a[1]:
        return "minor"
    return "patch"


# --- output ----------------------------------------------------------------------------------


def _key_text(key: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in key.items())


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def schema_lines(s: SchemaDiff) -> list[str]:
    lines = [f"column added: {n}" for n in s.fields_added]
    lines += [f"column removed: {n}" for n in s.fields_removed]
    lines += [f"column retyped: {n} ({a} -> {b})" for n, a, b in s.fields_retyped]
    lines += [f"values added to {n}: {', '.join(map(str, v))}" for n, v in s.enum_added.items()]
    lines += [
        f"values removed from {n}: {', '.join(map(str, v))}" for n, v in s.enum_removed.items()
    ]
    lines += [f"column {n} changed: {', '.join(p)}" for n, p in s.fields_modified.items()]
    if s.primary_key:
        lines.append(f"primary key changed: {s.primary_key[0]} -> {s.primary_key[1]}")
    return lines


def _rows_summary(t: TableDiff) -> str:
    r = t.rows
    if t.status == "added":
        return f"new table ({_count(r.n_new, 'row')})"
    if t.status == "removed":
        return f"table removed ({_count(r.n_old, 'row')})"
    parts = []
    if r.added:
        parts.append(f"{_count(len(r.added), 'row')} added")
    if r.removed:
        parts.append(f"{_count(len(r.removed), 'row')} removed")
    if r.changed:
        columns = sorted({c for _, cols in r.changed for c in cols})
        parts.append(f"{_count(len(r.changed), 'row')} changed ({', '.join(columns)})")
    return "; ".join(parts) or "rows unchanged"


def format_text(diff: PackageDiff) -> str:
    """The human-readable report: every row and column that differs."""
    bump = required_bump(diff)
    head = f"diplomatic-timeline {diff.old_version} -> {diff.new_version}: "
    head += f"needs a {bump} version bump" if bump else "no differences"
    lines = [head]
    if diff.metadata_changed:
        lines.append(f"package metadata changed: {', '.join(diff.metadata_changed)}")
    unchanged = []
    for t in diff.tables:
        if not t:
            unchanged.append(t.name)
            continue
        lines.append("")
        lines.append(f"{t.name}: {_rows_summary(t)}")
        if t.status == "common":
            lines += [f"  + {_key_text(k)}" for k in t.rows.added]
            lines += [f"  - {_key_text(k)}" for k in t.rows.removed]
            lines += [f"  ~ {_key_text(k)}: {', '.join(cols)}" for k, cols in t.rows.changed]
            lines += [f"  schema: {line}" for line in schema_lines(t.schema)]
    if unchanged:
        lines += ["", f"unchanged: {', '.join(unchanged)}"]
    return "\n".join(lines) + "\n"


def to_dict(diff: PackageDiff) -> dict[str, Any]:
    """The diff as plain JSON-able data (``diplomatic-timeline diff --json``)."""
    tables = {}
    for t in diff.tables:
        s = t.schema
        tables[t.name] = {
            "status": t.status,
            "changed": bool(t),
            "rows": {
                "key": t.rows.key,
                "old": t.rows.n_old,
                "new": t.rows.n_new,
                "added": t.rows.added,
                "removed": t.rows.removed,
                "changed": [{"key": k, "columns": cols} for k, cols in t.rows.changed],
            },
            "schema": {
                "fields_added": s.fields_added,
                "fields_removed": s.fields_removed,
                "fields_retyped": [
                    {"field": n, "old": a, "new": b} for n, a, b in s.fields_retyped
                ],
                "enum_added": s.enum_added,
                "enum_removed": s.enum_removed,
                "fields_modified": s.fields_modified,
                "primary_key": (
                    {"old": s.primary_key[0], "new": s.primary_key[1]} if s.primary_key else None
                ),
            },
        }
    return {
        "old_version": diff.old_version,
        "new_version": diff.new_version,
        "required_bump": required_bump(diff),
        "metadata_changed": diff.metadata_changed,
        "tables": tables,
    }


def changelog_lines(diff: PackageDiff) -> list[str]:
    """Markdown bullets summarising the diff, for a CHANGELOG entry."""
    lines = []
    if diff.metadata_changed:
        lines.append(f"- Package metadata changed: {', '.join(diff.metadata_changed)}.")
    for t in diff.tables:
        if not t:
            continue
        text = f"- `{t.name}`: {_rows_summary(t)}"
        details = schema_lines(t.schema) if t.status == "common" else []
        if details:
            text += "; " + "; ".join(details)
        lines.append(text + ".")
    return lines or ["- No changes to the data."]


# --- reading versions from disk --------------------------------------------------------------


def read_csv_frame(data: bytes) -> pd.DataFrame:
    """A CSV as a DataFrame of text cells (empty cell = null), the columns as in the header."""
    import pandas as pd

    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    header = next(reader, [])
    rows = [[v if v != "" else None for v in row] for row in reader]
    return pd.DataFrame(rows, columns=header, dtype="object")


def load_frames(root: Path) -> tuple[dict[str, Any], dict[str, pd.DataFrame]]:
    """The descriptor and every resource (read from its CSV) of the package at ``root``."""
    desc = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    frames = {r["name"]: read_csv_frame((root / r["path"]).read_bytes()) for r in _iter(desc)}
    return desc, frames


def _iter(desc: dict[str, Any]) -> list[dict[str, Any]]:
    return list(desc.get("resources", []))


def load_version(source: str | Path) -> tuple[dict[str, Any], dict[str, pd.DataFrame]]:
    """Load a version given as a directory, a release archive (.zip) or a released version."""
    from . import versions

    path = Path(source)
    if path.is_dir():
        return load_frames(versions.package_root(path))
    if path.is_file():
        with tempfile.TemporaryDirectory(prefix="dt-diff-") as tmp:
            return load_frames(versions.package_root(versions.safe_extract(path, tmp)))
    if versions.VERSION_RE.match(str(source)):
        return load_frames(versions.fetch(str(source)))
    raise FileNotFoundError(
        f"{source}: neither a directory, a release archive nor a version (MAJOR.MINOR.PATCH)"
    )


def diff_sources(old: str | Path, new: str | Path) -> PackageDiff:
    old_desc, old_frames = load_version(old)
    new_desc, new_frames = load_version(new)
    return diff_packages(old_desc, old_frames, new_desc, new_frames)


def run_cli(old: str, new: str, *, as_json: bool = False) -> str:
    diff = diff_sources(old, new)
    if as_json:
        return json.dumps(to_dict(diff), indent=2, ensure_ascii=False) + "\n"
    return format_text(diff)
