"""Export the built package to SQLite, ready for ``datasette PATH`` or ``sqlite3 PATH``.

The tables are created from the Frictionless schemas in ``datapackage.json``:

=========  ==========================================================================
integer    ``INTEGER`` (with ``CHECK`` for ``minimum`` / ``maximum``)
boolean    ``INTEGER`` 0 / 1, ``CHECK (col IN (0, 1))``
date       ``TEXT`` holding an ISO date, ``CHECK (col IS date(col, '+0 days'))``
string     ``TEXT``; a controlled vocabulary becomes ``CHECK (col IN (...))``
=========  ==========================================================================

``required`` becomes ``NOT NULL``, ``unique`` ``UNIQUE``, and the primary and foreign keys are
declared as such (``PRAGMA foreign_keys=ON`` while loading, tables filled in dependency order,
``PRAGMA foreign_key_check`` must come back empty). Regular-expression ``pattern`` constraints
have no SQLite equivalent and are left to ``diplomatic-timeline validate``. Each column carries
its title as an SQL comment, so ``.schema`` in the sqlite3 shell documents it.

Every ``*_id`` column, every foreign-key column and every date column gets an index (unless the
primary key's own index already starts with it), and the ``timeline`` view gives one row per
event in date order (undated last) with participants, agenda topics and dispatches joined, the
same rows as :func:`diplomatic_timeline.timeline`.

The rows are read from the built files through the public loaders; the curation pipeline is
never involved. The database is written to a temporary file next to the target and renamed into
place, so a failed export never leaves a half-written file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from .atomic import atomic_target
from .load import PathLike, descriptor, load_table
from .tables import enum_of, is_required, key_fields

SQL_TYPES = {
    "string": "TEXT",
    "integer": "INTEGER",
    "boolean": "INTEGER",
    "date": "TEXT",
    "number": "REAL",
}

TIMELINE_VIEW = """\
CREATE VIEW "timeline" AS
SELECT
  e.event_id, e.date_start, e.date_end, e.date_precision, e.event_type, e.status, e.title,
  e.location, e.country, e.visit_kind, e.plover_type, e.plover_mode, e.cameo_code,
  coalesce((
    SELECT group_concat(who, '; ') FROM (
      SELECT DISTINCT a.name || ' (' || p.role || ')' AS who
      FROM participants AS p JOIN actors AS a ON a.actor_id = p.actor_id
      WHERE p.event_id = e.event_id ORDER BY who)
  ), '') AS participants,
  coalesce((
    SELECT group_concat(topic, '; ') FROM (
      SELECT DISTINCT g.topic AS topic FROM agenda_items AS g
      WHERE g.event_id = e.event_id ORDER BY topic)
  ), '') AS agenda_topics,
  (SELECT count(*) FROM quotes AS q WHERE q.event_id = e.event_id) AS n_quotes,
  coalesce((
    SELECT group_concat(dispatch_id, '; ') FROM (
      SELECT DISTINCT m.dispatch_id AS dispatch_id FROM event_mentions AS m
      WHERE m.event_id = e.event_id ORDER BY dispatch_id)
  ), '') AS dispatch_ids
FROM events AS e
ORDER BY e.date_start IS NULL, e.date_start, e.event_id"""


def _q(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _lit(value: Any) -> str:
    """An SQL literal for a constraint value."""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _comment(text: str) -> str:
    return " ".join(text.split())


def table_sql(name: str, schema: dict[str, Any]) -> str:
    """``CREATE TABLE`` for one Frictionless table schema."""
    primary = key_fields(schema.get("primaryKey"))
    items: list[tuple[str, str]] = []
    for field in schema["fields"]:
        col = _q(field["name"])
        kind = field["type"]
        parts = [col, SQL_TYPES[kind]]
        constraints = field.get("constraints") or {}
        if is_required(field):
            parts.append("NOT NULL")
        if constraints.get("unique") and primary != [field["name"]]:
            parts.append("UNIQUE")
        if kind == "boolean":
            parts.append(f"CHECK ({col} IN (0, 1))")
        if kind == "date":
            parts.append(f"CHECK ({col} IS date({col}, '+0 days'))")  # a real calendar date
        enum = enum_of(field)
        if enum is not None:
            parts.append(f"CHECK ({col} IN ({', '.join(_lit(v) for v in enum)}))")
        if "minimum" in constraints:
            parts.append(f"CHECK ({col} >= {_lit(constraints['minimum'])})")
        if "maximum" in constraints:
            parts.append(f"CHECK ({col} <= {_lit(constraints['maximum'])})")
        items.append((" ".join(parts), _comment(field.get("title") or "")))
    if primary:
        items.append((f"PRIMARY KEY ({', '.join(_q(k) for k in primary)})", ""))
    for fk in schema.get("foreignKeys") or []:
        ref = fk["reference"]
        target = ref["resource"] or name
        items.append(
            (
                f"FOREIGN KEY ({', '.join(_q(k) for k in key_fields(fk['fields']))}) "
                f"REFERENCES {_q(target)} ({', '.join(_q(k) for k in key_fields(ref['fields']))})",
                "",
            )
        )
    lines = []
    for i, (definition, comment) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        lines.append(f"  {definition}{comma}" + (f"  -- {comment}" if comment else ""))
    return f"CREATE TABLE {_q(name)} (\n" + "\n".join(lines) + "\n)"


def index_sql(name: str, schema: dict[str, Any]) -> list[str]:
    """``CREATE INDEX`` for the id, foreign-key and date columns of one table."""
    primary = key_fields(schema.get("primaryKey"))
    fk_columns = {k for fk in schema.get("foreignKeys") or [] for k in key_fields(fk["fields"])}
    statements = []
    for field in schema["fields"]:
        col = field["name"]
        wanted = col.endswith("_id") or col in fk_columns or field["type"] == "date"
        if not wanted or (primary and primary[0] == col):
            continue  # the primary key's index already serves lookups on its first column
        statements.append(f"CREATE INDEX {_q(f'idx_{name}_{col}')} ON {_q(name)} ({_q(col)})")
    return statements


def dependency_order(resources: list[dict[str, Any]]) -> list[str]:
    """Table names such that every table comes after the tables its foreign keys reference."""
    names = [r["name"] for r in resources]
    needs = {
        r["name"]: {
            fk["reference"]["resource"]
            for fk in r["schema"].get("foreignKeys") or []
            if fk["reference"]["resource"] not in ("", r["name"])
        }
        for r in resources
    }
    order: list[str] = []
    while len(order) < len(names):
        ready = [n for n in names if n not in order and needs[n] <= set(order)]
        if not ready:
            cycle = sorted(set(names) - set(order))
            raise ValueError(f"the foreign keys of {cycle} form a cycle")
        order.append(ready[0])
    return order


def _rows(name: str, schema: dict[str, Any], path: PathLike | None) -> list[tuple[Any, ...]]:
    """The rows of one table as Python values SQLite stores: str, int, ISO date text, None."""
    import pandas as pd

    frame = load_table(name, path=path)
    columns = []
    for field in schema["fields"]:
        values = frame[field["name"]]
        if field["type"] == "date":
            values = values.dt.strftime("%Y-%m-%d")
        columns.append(
            [
                None
                if pd.isna(v)
                else int(v)
                if field["type"] in ("integer", "boolean")
                else float(v)
                if field["type"] == "number"
                else str(v)
                for v in values.astype(object)
            ]
        )
    return list(zip(*columns, strict=True)) if columns else []


def export_sqlite(out: str | Path, *, path: PathLike | None = None) -> dict[str, int]:
    """Write the package at ``path`` (default: the package's own data) as an SQLite database
    at ``out``; return the number of rows written per table."""
    out = Path(out)
    if out.is_dir():
        raise IsADirectoryError(f"{out} is a directory; give the path of the database file")
    desc = descriptor(path)
    resources = {r["name"]: r for r in desc["resources"]}
    order = dependency_order(list(resources.values()))
    rows = {name: _rows(name, resources[name]["schema"], path) for name in order}

    with atomic_target(out, suffix=".tmp") as tmp:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("BEGIN")
            for name in order:
                schema = resources[name]["schema"]
                conn.execute(table_sql(name, schema))
                marks = ", ".join("?" for _ in schema["fields"])
                conn.executemany(f"INSERT INTO {_q(name)} VALUES ({marks})", rows[name])
                for statement in index_sql(name, schema):
                    conn.execute(statement)
            conn.execute(TIMELINE_VIEW)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise ValueError(f"foreign keys broken in the exported data: {problems[:5]}")
            conn.execute("COMMIT")
            conn.execute("VACUUM")
        finally:
            conn.close()
    return {name: len(rows[name]) for name in order}
