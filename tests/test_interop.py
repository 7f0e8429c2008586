"""Other readers get the same tables: pyarrow, polars and DuckDB on Parquet, pandas on CSV."""

from __future__ import annotations

import json
import tomllib
from datetime import date
from typing import Any

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from diplomatic_timeline.tables import TABLES, enum_of

from .conftest import ROOT

RESOURCES = {r["name"]: r for r in json.loads((ROOT / "datapackage.json").read_text())["resources"]}


def parquet(table: str) -> str:
    return str(ROOT / "data" / f"{table}.parquet")


def fields(table: str, kind: str | None = None, coded: bool | None = None) -> list[str]:
    return [
        f["name"]
        for f in RESOURCES[table]["schema"]["fields"]
        if (kind is None or f["type"] == kind)
        and (coded is None or (enum_of(f) is not None) == coded)
    ]


@pytest.fixture(scope="module")
def arrow() -> dict[str, pa.Table]:
    return {table: pq.read_table(parquet(table)) for table in TABLES}


@pytest.mark.parametrize("table", TABLES)
def test_pyarrow_reads_dates_as_dates_and_codes_as_dictionaries(table, arrow) -> None:
    t = arrow[table]
    assert t.num_rows > 0 and t.column_names == fields(table)
    for name in fields(table, "date"):
        assert t.schema.field(name).type == pa.date32()
    for name in fields(table, "string", coded=True):
        assert pa.types.is_dictionary(t.schema.field(name).type)
        assert t.schema.field(name).type.value_type == pa.string()
    for name in fields(table, "string", coded=False):
        assert t.schema.field(name).type == pa.string()
    for name in fields(table, "integer"):
        assert t.schema.field(name).type == pa.int64()


@pytest.mark.parametrize("table", TABLES)
def test_polars_gives_the_same_rows_with_dates_and_categories(table, arrow) -> None:
    frame = pl.read_parquet(parquet(table))
    assert frame.height == arrow[table].num_rows
    for name in fields(table, "date"):
        assert frame.schema[name] == pl.Date
    for name in fields(table, "string", coded=True):
        assert frame.schema[name] in (pl.Categorical, pl.String) or isinstance(
            frame.schema[name], pl.Enum
        )
    for name in fields(table, "integer"):
        assert frame.schema[name] == pl.Int64
    as_text = frame.with_columns(pl.col(fields(table, "string", coded=True)).cast(pl.String))
    assert as_text.rows() == [tuple(r.values()) for r in arrow[table].to_pylist()]


@pytest.mark.parametrize("table", TABLES)
def test_duckdb_gives_the_same_rows_with_dates_and_text_codes(table, arrow) -> None:
    con = duckdb.connect()
    relation = con.read_parquet(parquet(table))
    types = dict(zip(relation.columns, [str(t) for t in relation.types], strict=True))
    for name in fields(table, "date"):
        assert types[name] == "DATE"
    for name in fields(table, "string"):
        assert types[name] == "VARCHAR"
    for name in fields(table, "integer"):
        assert types[name] == "BIGINT"
    rows = relation.fetchall()
    assert len(rows) == arrow[table].num_rows
    assert rows == [tuple(r.values()) for r in arrow[table].to_pylist()]
    con.close()


def test_codes_keep_their_leading_zeros_everywhere() -> None:
    codes = set(pq.read_table(parquet("events"), columns=["cameo_code"])["cameo_code"].to_pylist())
    assert {"040", "041", "042", "057", "010"} <= codes
    assert set(pl.read_parquet(parquet("events"))["cameo_code"].to_list()) == codes
    via_duckdb = duckdb.sql(f"SELECT DISTINCT cameo_code FROM '{parquet('events')}'").fetchall()
    assert {c for (c,) in via_duckdb} == codes
    via_csv = pd.read_csv(ROOT / "data" / "events.csv", dtype={"cameo_code": "string"})
    assert set(via_csv["cameo_code"].dropna()) | {None} == codes


def _csv_frame(table: str) -> pd.DataFrame:
    """A CSV read with pandas, typed from the schema (what a pandas user would write)."""
    schema = RESOURCES[table]["schema"]
    dtypes = {
        f["name"]: {"string": "string", "integer": "Int64", "boolean": "boolean"}[f["type"]]
        for f in schema["fields"]
        if f["type"] != "date"
    }
    return pd.read_csv(
        ROOT / RESOURCES[table]["path"],
        dtype=dtypes,
        keep_default_na=False,
        na_values=[""],
        parse_dates=fields(table, "date"),
        date_format="%Y-%m-%d",
    )


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value.item() if hasattr(value, "item") else value


@pytest.mark.parametrize("table", TABLES)
def test_csv_read_with_pandas_gives_the_parquet_values(table, arrow) -> None:
    frame = _csv_frame(table)
    for name in fields(table, "date"):
        assert frame[name].dtype.kind == "M"
    csv_rows = [tuple(_plain(v) for v in row) for row in frame.itertuples(index=False)]
    parquet_rows = [tuple(r.values()) for r in arrow[table].to_pylist()]
    assert csv_rows == parquet_rows
    assert any(isinstance(v, date) for row in parquet_rows for v in row) == bool(
        fields(table, "date")
    )


def test_optional_readers_live_in_extras_not_in_the_base_install() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    base = " ".join(project["dependencies"])
    for heavy in ("matplotlib", "polars", "duckdb"):
        assert heavy not in base
    extras = project["optional-dependencies"]
    assert any(r.startswith("matplotlib") for r in extras["plot"])
    assert {r.split(">")[0] for r in extras["interop"]} == {"polars", "duckdb"}
    assert {"diplomatic-timeline[plot]", "diplomatic-timeline[interop]"} <= set(extras["dev"])
