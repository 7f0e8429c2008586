"""The pieces that keep build memory flat give the same results as doing it all in memory."""

from __future__ import annotations

import random
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from diplomatic_timeline import tablewriter
from diplomatic_timeline.extsort import ExternalSorter
from diplomatic_timeline.schema import load_schemas
from diplomatic_timeline.yamlio import STREAMED, load_yaml

from .conftest import ROOT
from .test_validate import _rewrite_csv


def test_external_sort_spills_and_keeps_the_order_of_sorted() -> None:
    rng = random.Random(1)
    items = [(rng.randrange(50), i) for i in range(5000)]
    with ExternalSorter[tuple[int, int]](key=lambda x: x[0], run_items=97) as sorter:
        for item in items:
            sorter.add(item)
        assert len(sorter) == len(items)
        assert list(sorter.sorted()) == sorted(items, key=lambda x: x[0])  # stable, too


@pytest.mark.parametrize(
    "text",
    [
        (ROOT / "raw" / "manifest.yaml").read_text(encoding="utf-8"),
        "dispatches:\n",
        "a: 1\ndispatches:\n  - {x: 1, y: [1, 2]}\n  - &A {z: 2020-01-01}\n  - *A\nb: [c]\n",
    ],
)
def test_a_streamed_list_is_read_as_it_would_be_whole(tmp_path: Path, text: str) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(text, encoding="utf-8")
    items: list = []
    doc = load_yaml(path, "doc.yaml", stream=("dispatches", items.append))
    whole = load_yaml(path, "doc.yaml")
    if doc["dispatches"] is STREAMED:
        doc["dispatches"] = items
    assert doc == whole
    if items:  # the items remember their lines, as ever
        assert [i.line for i in items] == [i.line for i in whole["dispatches"]]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("dispatches:\n  - a: 1\n    a: 2\n  - [\n", "did not find expected"),
        ("dispatches:\n  - a: 1\n    a: 2\n", "duplicate key 'a'"),
        ("dispatches: []\ndispatches: []\n", "duplicate key 'dispatches'"),
    ],
)
def test_a_streamed_list_reports_the_error_reading_it_whole_would(
    tmp_path: Path, text: str, error: str
) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(text, encoding="utf-8")
    messages = []
    for stream in (None, ("dispatches", lambda item: None)):
        with pytest.raises(Exception) as caught:
            load_yaml(path, "doc.yaml", stream=stream)
        messages.append(str(caught.value))
    assert messages[0] == messages[1] and error in messages[0]


def test_row_groups_hold_the_same_rows_as_one(tmp_path: Path, monkeypatch) -> None:
    schema = load_schemas(ROOT).tables["event_mentions"]
    rows = [
        {
            "event_id": f"e{i % 7}",
            "dispatch_id": f"d{i % 13}",
            "start_char": i,
            "end_char": i + 3,
            "text": "abc",
            "reported_status": ["held", "scheduled"][i % 2],
        }
        for i in range(1000)
    ]
    tables = []
    for group_rows in (1 << 20, 64):
        monkeypatch.setattr(tablewriter, "ROW_GROUP_ROWS", group_rows)
        writer = tablewriter.TableWriter(schema)
        for row in reversed(rows):
            writer.add(row)
        writer.write(tmp_path / f"{group_rows}.csv", tmp_path / f"{group_rows}.parquet")
        tables.append(pq.read_table(tmp_path / f"{group_rows}.parquet"))
        assert pq.ParquetFile(tmp_path / f"{group_rows}.parquet").metadata.num_row_groups == -(
            -len(rows) // group_rows
        )
    assert (tmp_path / "64.csv").read_bytes() == (tmp_path / f"{1 << 20}.csv").read_bytes()
    assert tables[0].schema == tables[1].schema
    assert tables[0].to_pylist() == tables[1].to_pylist()
    key = [(r["event_id"], r["dispatch_id"], r["start_char"]) for r in tables[0].to_pylist()]
    assert key == sorted(key)


def test_validate_finds_the_same_in_small_batches(repo, monkeypatch) -> None:
    from diplomatic_timeline import load, validate

    for table, edit in (
        ("quotes", lambda t: t.replace("No precise plans", "No plans", 1)),
        ("events", lambda t: t + t.splitlines(keepends=True)[3]),  # a duplicate key
        ("participants", lambda t: t.replace(",dmitry-peskov,", ",nobody,", 1)),
    ):
        _rewrite_csv(repo, table, edit)
    found = []
    for rows in (validate.BATCH_ROWS, 3):
        monkeypatch.setattr(validate, "BATCH_ROWS", rows)
        load._descriptor_cached.cache_clear()
        found.append(validate.validate(repo))
    assert found[0] == found[1]
    assert {f.check for f in found[0]} >= {"span", "pandera", "foreign-key", "csv-parquet"}
