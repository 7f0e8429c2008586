"""The Python API: typed DataFrames, the timeline view, a light import, data in the wheel."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import diplomatic_timeline as dt
from diplomatic_timeline.tables import TABLES

from .conftest import ROOT


def test_every_table_loads_with_the_dtypes_its_schema_implies() -> None:
    tables = dt.load_package()
    assert list(tables) == list(TABLES)
    events = tables["events"]
    assert events["date_start"].dtype == "datetime64[ns]"
    assert isinstance(events["event_type"].dtype, pd.CategoricalDtype)
    assert list(events["status"].cat.categories) == [
        "held",
        "scheduled",
        "postponed",
        "proposed",
        "cancelled",
    ]
    assert events["n_mentions"].dtype == "Int64"
    assert events["date_inferred"].dtype == "boolean"
    assert events["event_id"].dtype == "string"
    assert tables["quotes"]["start_char"].dtype == "Int64"


def test_csv_and_parquet_load_to_the_same_frames() -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(
            dt.load_table(name), dt.load_table(name, format="csv"), check_exact=True
        )


def test_timeline_is_one_row_per_event_in_date_order_with_names_joined() -> None:
    timeline = dt.timeline()
    events = dt.load_events()
    assert len(timeline) == len(events) and timeline["event_id"].is_unique
    dated = timeline["date_start"].dropna()
    assert dated.is_monotonic_increasing
    assert timeline["date_start"].isna().sum() == events["date_start"].isna().sum()
    assert timeline["date_start"].iloc[-1] is pd.NaT  # undated events come last
    visit = timeline.set_index("event_id").loc["2012-05-31-putin-official-visit-to-belarus"]
    assert "Vladimir Putin (guest)" in visit["participants"]
    assert "Alexander Lukashenko (host)" in visit["participants"]
    assert "energy" in visit["agenda_topics"]


def test_unknown_table_name_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="unknown table 'event'"):
        dt.load_table("event")


def test_import_is_light() -> None:
    code = (
        "import sys, diplomatic_timeline as dt; "
        "heavy = [m for m in ('pandas', 'pyarrow', 'pandera', 'frictionless', 'yaml') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_pipeline_modules_never_load_through_the_api() -> None:
    code = (
        "import sys, diplomatic_timeline as dt; dt.timeline(); "
        "print([m for m in ('pandera', 'frictionless', 'yaml') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    return next(out.glob("diplomatic_timeline-*.whl"))


def test_the_wheel_ships_the_built_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for table in TABLES:
        assert f"diplomatic_timeline/_data/data/{table}.parquet" in names
        assert f"diplomatic_timeline/_data/data/{table}.csv" in names
    shipped = json.loads(zipfile.ZipFile(wheel).read("diplomatic_timeline/_data/datapackage.json"))
    assert shipped == json.loads((ROOT / "datapackage.json").read_text())


def test_the_wheel_loads_offline_from_any_directory(wheel: Path, tmp_path: Path) -> None:
    code = (
        "import diplomatic_timeline as dt; t = dt.timeline(); "
        "print(len(t), dt.data_root().__class__.__name__, dt.__file__)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(wheel), "PATH": ""},
    )
    n, _, origin = out.stdout.split()
    assert int(n) == len(dt.load_events())
    assert origin.startswith(str(wheel))  # really the wheel, not the checkout
