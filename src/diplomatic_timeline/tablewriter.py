"""Write one table as CSV and Parquet, in primary-key order, without holding the table.

Rows may arrive in any order (dispatch by dispatch); an external sort puts them in key order,
and both files are written as the sorted rows stream past: CSV by hand (no locale, no float
formatting surprises), Parquet one row group of at most ``ROW_GROUP_ROWS`` rows at a time,
with no pandas metadata. A table of up to ``ROW_GROUP_ROWS`` rows is one row group, as
``pyarrow.parquet.write_table`` would write it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .extsort import ExternalSorter
from .tables import enum_of, is_required, key_fields

ROW_GROUP_ROWS = 4096  # rows per Parquet row group, and rows in memory while writing
PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "write_statistics": True}


def primary_key(schema: dict[str, Any]) -> list[str]:
    """The primary key's fields (every field when the schema declares none)."""
    return key_fields(schema.get("primaryKey")) or [f["name"] for f in schema["fields"]]


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


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _batches(rows: Iterable[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


class TableWriter:
    """Rows of one table: added in any order, written in primary-key order (equal keys in the
    order they were added), holding at most a sort run and a row group in memory."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self.fields = [f["name"] for f in schema["fields"]]
        key = itemgetter(*(self.fields.index(k) for k in primary_key(schema)))
        self._rows = ExternalSorter[tuple[Any, ...]](key=key)

    def __len__(self) -> int:
        return len(self._rows)

    def add(self, row: Mapping[str, Any]) -> None:
        self._rows.add(tuple(row[f] for f in self.fields))

    def write(self, csv_path: Path, parquet_path: Path) -> None:
        """UTF-8 CSV with a header, LF line endings, empty cell = null; and the Parquet copy."""
        arrow = arrow_schema(self.schema)
        with (
            csv_path.open("w", encoding="utf-8", newline="") as out,
            pq.ParquetWriter(parquet_path, arrow, **PARQUET_OPTIONS) as parquet,
        ):
            writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(self.fields)
            written = False
            for batch in _batches(self._rows.sorted(), ROW_GROUP_ROWS):
                writer.writerows([_csv_cell(v) for v in row] for row in batch)
                parquet.write_table(self._arrow(batch, arrow))
                written = True
            if not written:  # an empty table, written as write_table writes one
                parquet.write_table(self._arrow([], arrow))

    def _arrow(self, rows: list[tuple[Any, ...]], arrow: pa.Schema) -> pa.Table:
        columns = {name: [row[i] for row in rows] for i, name in enumerate(self.fields)}
        return pa.Table.from_pydict(columns, schema=arrow)

    def close(self) -> None:
        self._rows.close()
