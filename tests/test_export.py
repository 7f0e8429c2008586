"""The SQLite export: keys, indexes, checks and the timeline view, ready for Datasette."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import diplomatic_timeline as dt
from diplomatic_timeline import export
from diplomatic_timeline.cli import main
from diplomatic_timeline.tables import TABLES

from .conftest import ROOT

RESOURCES = {r["name"]: r for r in json.loads((ROOT / "datapackage.json").read_text())["resources"]}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "timeline.db"
    assert main(["export", "sqlite", str(path), "--root", str(ROOT)]) == 0
    return path


@pytest.fixture
def conn(db: Path):
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    yield connection
    connection.close()


def test_foreign_keys_hold_and_row_counts_match_the_parquet_files(conn) -> None:
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    for table in TABLES:
        n = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        assert n == pq.read_metadata(ROOT / "data" / f"{table}.parquet").num_rows > 0, table


def test_primary_and_foreign_keys_are_declared(conn) -> None:
    for table in TABLES:
        schema = RESOURCES[table]["schema"]
        info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        assert [row[1] for row in info] == [f["name"] for f in schema["fields"]]
        pk = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
        assert pk == schema["primaryKey"], table
        declared = {
            (row[3], row[2], row[4])
            for row in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
        }
        expected = {
            (fk["fields"][0], fk["reference"]["resource"], fk["reference"]["fields"][0])
            for fk in schema.get("foreignKeys", [])
        }
        assert declared == expected, table


def test_every_id_and_date_column_is_indexed(conn) -> None:
    for table in TABLES:
        leading = set()
        for index in conn.execute(f'PRAGMA index_list("{table}")').fetchall():
            columns = conn.execute(f'PRAGMA index_info("{index[1]}")').fetchall()
            leading.add(min(columns)[2])  # the index's first column
        for field in RESOURCES[table]["schema"]["fields"]:
            if field["name"].endswith("_id") or field["type"] == "date":
                assert field["name"] in leading, f"{table}.{field['name']} has no index"


def _python(value):
    if value is None or value is pd.NaT or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return int(value) if isinstance(value, int) or hasattr(value, "item") else str(value)


def test_the_timeline_view_lists_the_events_like_dt_timeline(conn) -> None:
    cursor = conn.execute("SELECT * FROM timeline")
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    expected = dt.timeline(path=ROOT)
    assert columns == list(expected.columns)
    assert rows == [tuple(_python(v) for v in row) for row in expected.itertuples(index=False)]


def test_values_keep_their_types(conn) -> None:
    visit = "2012-05-31-putin-official-visit-to-belarus"
    row = conn.execute(
        "SELECT cameo_code, date_start, date_inferred, n_mentions, typeof(n_mentions) "
        "FROM events WHERE event_id = ?",
        (visit,),
    ).fetchone()
    assert row == ("042", "2012-05-31", 1, row[3], "integer")


def test_checks_refuse_bad_values(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA foreign_keys = ON")
    good = conn.execute("SELECT * FROM events LIMIT 1").fetchone()
    names = [d[1] for d in conn.execute("PRAGMA table_info(events)").fetchall()]
    for column, bad in (
        ("status", "rumoured"),
        ("date_start", "2012-02-30"),
        ("date_inferred", 2),
        ("first_reported_in", "dsp-0000000000000000"),
    ):
        row = list(good)
        row[0] = "a-new-event"
        row[names.index(column)] = bad
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(f"INSERT INTO events VALUES ({', '.join('?' * len(row))})", row)
    conn.close()


def test_exports_are_byte_identical(db: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.db"
    export.export_sqlite(again, path=ROOT)
    assert again.read_bytes() == db.read_bytes()


def test_a_failed_export_leaves_the_previous_file_alone(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "timeline.db"
    target.write_bytes(b"previous")
    monkeypatch.setattr(export, "TIMELINE_VIEW", "CREATE VIEW timeline AS SELEC nonsense")
    with pytest.raises(sqlite3.OperationalError):
        export.export_sqlite(target, path=ROOT)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.db"]


def test_the_sqlite3_shell_lists_the_events(db: Path) -> None:
    shell = shutil.which("sqlite3")
    if shell is None:
        pytest.skip("no sqlite3 shell on this machine (the view is tested through Python)")
    out = subprocess.run(
        [shell, str(db), "select event_id from timeline"], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == list(dt.timeline(path=ROOT)["event_id"])


def test_export_reports_a_bad_root(tmp_path: Path, capsys) -> None:
    assert main(["export", "sqlite", str(tmp_path / "x.db"), "--root", str(tmp_path)]) == 1
    assert "no datapackage.json" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()
