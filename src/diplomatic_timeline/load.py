"""Typed loaders for the built tables: the public Python API of the data package.

These read only the built files (``datapackage.json`` and ``data/``) and import nothing of the
curation pipeline. Column dtypes come from the Frictionless schemas inside the package
descriptor: dates become ``datetime64[ns]``, controlled vocabularies categoricals with every
allowed value as a category, integers ``Int64``, booleans ``boolean`` and text ``string``.

Every loader takes ``path=`` (a directory holding ``datapackage.json``) or ``version=`` (a
released version such as ``"1.0.0"``, fetched once, verified and cached by ``versions.py``);
by default it reads the data installed with the package.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from itertools import islice
from pathlib import Path
from typing import Any, Literal

import pandas as pd
import pyarrow.parquet as pq

from .tables import PANDAS_DTYPES, TABLES, enum_of

PathLike = str | Path
Format = Literal["parquet", "csv"]


def data_root(path: PathLike | None = None, version: str | None = None) -> Traversable:
    """Where the package's ``datapackage.json`` lives.

    ``version`` (a released version) is the release fetched into the cache; ``path`` (a
    directory holding ``datapackage.json``) wins next; otherwise, in a source checkout, the
    repository root, and else the data installed inside the package.
    """
    if version is not None:
        if path is not None:
            raise ValueError("pass path= or version=, not both")
        from .versions import fetch  # imported here only: pooch is never needed otherwise

        return fetch(version)
    if path is not None:
        root = Path(path)
        if not (root / "datapackage.json").is_file():
            raise FileNotFoundError(f"{root}: no datapackage.json here")
        return root
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "datapackage.json").is_file() and (checkout / "pyproject.toml").is_file():
        return checkout  # a source checkout (editable install): always the freshest build
    installed = resources.files("diplomatic_timeline") / "_data"
    if installed.joinpath("datapackage.json").is_file():
        return installed
    raise FileNotFoundError(
        "the built data is missing from this installation; reinstall the package, or run "
        "`diplomatic-timeline build` in a source checkout"
    )


@lru_cache(maxsize=8)
def _descriptor_cached(key: str, root: Traversable) -> dict[str, Any]:
    return json.loads(root.joinpath("datapackage.json").read_text(encoding="utf-8"))


def descriptor(path: PathLike | None = None, *, version: str | None = None) -> dict[str, Any]:
    """The package descriptor (``datapackage.json``) as a dict."""
    root = data_root(path, version)
    return _descriptor_cached(str(root), root)


def _resource(desc: dict[str, Any], name: str) -> dict[str, Any]:
    for res in desc["resources"]:
        if res["name"] == name:
            return res
    raise KeyError(f"datapackage.json has no resource {name!r}")


def _typed(frame: pd.DataFrame, schema: dict[str, Any]) -> pd.DataFrame:
    """Give every column the dtype its Frictionless field implies."""
    columns = {}
    for field in schema["fields"]:
        name = field["name"]
        values = frame[name]
        enum = enum_of(field)
        if enum is not None:
            text = values.astype("string")
            unknown = sorted(set(text.dropna()) - set(enum))
            if unknown:
                raise ValueError(
                    f"column {name!r} holds {unknown}, outside its controlled vocabulary {enum}"
                )
            columns[name] = text.astype(pd.CategoricalDtype(enum))
        elif field["type"] == "date":
            columns[name] = pd.to_datetime(values.astype("string"), format="%Y-%m-%d").astype(
                PANDAS_DTYPES["date"]
            )
        else:
            columns[name] = values.astype(PANDAS_DTYPES[field["type"]])
    return pd.DataFrame(columns, index=pd.RangeIndex(len(frame)))


def _read_csv(data: bytes, schema: dict[str, Any]) -> pd.DataFrame:
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    header = next(reader)
    return _csv_frame(header, list(reader), schema)


def _csv_frame(header: list[str], rows: list[list[str]], schema: dict[str, Any]) -> pd.DataFrame:
    """CSV cells as the values the Parquet copy holds: empty = null, booleans and integers."""
    raw = {name: [row[i] or None for row in rows] for i, name in enumerate(header)}
    frame = pd.DataFrame(raw, dtype="object")
    for field in schema["fields"]:
        if field["type"] == "boolean":
            frame[field["name"]] = frame[field["name"]].map(
                {"true": True, "false": False, None: None}
            )
        elif field["type"] == "integer":
            frame[field["name"]] = pd.array(
                [None if v is None else int(v) for v in frame[field["name"]]], dtype="Int64"
            )
    return frame


def load_table(
    name: str,
    *,
    path: PathLike | None = None,
    version: str | None = None,
    format: Format = "parquet",
    columns: list[str] | None = None,
) -> pd.DataFrame:
    """Load one table by name (``dispatches``, ``events``, …) as a typed DataFrame;
    ``columns`` (in the table's order) reads only those."""
    if name not in TABLES:
        raise KeyError(f"unknown table {name!r}; the tables are {', '.join(TABLES)}")
    root = data_root(path, version)
    desc = _descriptor_cached(str(root), root)
    res = _resource(desc, name)
    schema = res["schema"]
    if columns is not None:
        schema = {**schema, "fields": [f for f in schema["fields"] if f["name"] in columns]}
    if format == "parquet":
        data = root.joinpath(res["parquet"]["path"]).read_bytes()
        frame = pq.read_table(io.BytesIO(data), columns=columns).to_pandas(date_as_object=False)
    elif format == "csv":
        frame = _read_csv(root.joinpath(res["path"]).read_bytes(), schema)
    else:
        raise ValueError(f"format must be 'parquet' or 'csv', not {format!r}")
    return _typed(frame, schema)


class CsvBatches:
    """A table's CSV copy read a batch of rows at a time, typed as :func:`load_table` types
    the whole table (for checks that must not hold the table in memory)."""

    def __init__(self, path: Path, schema: dict[str, Any]) -> None:
        self._file = path.open(encoding="utf-8", newline="")
        self._reader = csv.reader(self._file)
        self._header = next(self._reader)
        self._schema = schema

    def take(self, n: int) -> pd.DataFrame:
        """The next ``n`` rows (fewer at the end) as a typed DataFrame indexed from 0."""
        rows = list(islice(self._reader, n))
        return _typed(_csv_frame(self._header, rows, self._schema), self._schema)

    def close(self) -> None:
        self._file.close()


def parquet_batches(path: Path, schema: dict[str, Any], rows: int) -> Iterator[pd.DataFrame]:
    """A table's Parquet copy, ``rows`` rows at a time (fewer at row-group ends), typed as
    :func:`load_table` types the whole table; an empty table is one empty frame."""
    parquet = pq.ParquetFile(path)
    empty = True
    for batch in parquet.iter_batches(batch_size=rows):
        empty = False
        yield _typed(batch.to_pandas(date_as_object=False), schema)
    if empty:
        yield _typed(parquet.schema_arrow.empty_table().to_pandas(date_as_object=False), schema)


def load_dispatches(*, path: PathLike | None = None, version: str | None = None) -> pd.DataFrame:
    """One row per raw dispatch: title, outlet, publication date (with precision and basis)."""
    return load_table("dispatches", path=path, version=version)


def load_actors(*, path: PathLike | None = None, version: str | None = None) -> pd.DataFrame:
    """People, organisations and states that take part, speak or are spoken for."""
    return load_table("actors", path=path, version=version)


def load_events(*, path: PathLike | None = None, version: str | None = None) -> pd.DataFrame:
    """One row per distinct real-world event, with PLOVER/CAMEO codes and status."""
    return load_table("events", path=path, version=version)


def load_event_mentions(
    *, path: PathLike | None = None, version: str | None = None
) -> pd.DataFrame:
    """Every span in which a dispatch mentions an event, with the status it reports."""
    return load_table("event_mentions", path=path, version=version)


def load_participants(*, path: PathLike | None = None, version: str | None = None) -> pd.DataFrame:
    """Who took part in which event, in which role, with the evidence span."""
    return load_table("participants", path=path, version=version)


def load_agenda_items(*, path: PathLike | None = None, version: str | None = None) -> pd.DataFrame:
    """What each event was (to be) about: verbatim phrases with topic and CAP code."""
    return load_table("agenda_items", path=path, version=version)


def load_quotes(*, path: PathLike | None = None, version: str | None = None) -> pd.DataFrame:
    """Quoted statements, verbatim, with speaker, event and date said."""
    return load_table("quotes", path=path, version=version)


def load_page_furniture(
    *, path: PathLike | None = None, version: str | None = None
) -> pd.DataFrame:
    """Spans of page furniture (navigation, credits, related lists) excluded from the data."""
    return load_table("page_furniture", path=path, version=version)


def load_package(
    *, path: PathLike | None = None, version: str | None = None
) -> dict[str, pd.DataFrame]:
    """Every table, keyed by name."""
    return {name: load_table(name, path=path, version=version) for name in TABLES}


def _joined(frame: pd.DataFrame, by: str, column: str) -> pd.Series:
    return frame.groupby(by, observed=True)[column].agg(
        lambda s: "; ".join(sorted({str(v) for v in s.dropna()}))
    )


def timeline(*, path: PathLike | None = None, version: str | None = None) -> pd.DataFrame:
    """One row per event, in date order, with participant names and agenda topics joined.

    Undated events come last. ``participants`` lists names as ``name (role)``.
    """
    tables = load_package(path=path, version=version)
    events = tables["events"]
    people = tables["participants"].merge(tables["actors"][["actor_id", "name"]], on="actor_id")
    people = people.assign(who=people["name"].astype(str) + " (" + people["role"].astype(str) + ")")
    quotes = tables["quotes"].dropna(subset=["event_id"])
    out = events[
        [
            "event_id",
            "date_start",
            "date_end",
            "date_precision",
            "event_type",
            "status",
            "title",
            "location",
            "country",
            "visit_kind",
            "plover_type",
            "plover_mode",
            "cameo_code",
        ]
    ].copy()
    out["participants"] = out["event_id"].map(_joined(people, "event_id", "who"))
    out["agenda_topics"] = out["event_id"].map(_joined(tables["agenda_items"], "event_id", "topic"))
    out["n_quotes"] = (
        out["event_id"].map(quotes.groupby("event_id", observed=True).size()).fillna(0)
    ).astype("Int64")
    out["dispatch_ids"] = out["event_id"].map(
        _joined(tables["event_mentions"], "event_id", "dispatch_id")
    )
    for column in ("participants", "agenda_topics", "dispatch_ids"):
        out[column] = out[column].fillna("").astype("string")
    out = out.sort_values(["date_start", "event_id"], na_position="last", kind="stable")
    return out.reset_index(drop=True)
