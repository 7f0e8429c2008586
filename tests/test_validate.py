"""Validation: the committed package passes, and broken packages are reported precisely."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from diplomatic_timeline import load
from diplomatic_timeline.cli import main
from diplomatic_timeline.pandera_schemas import dataframe_schema
from diplomatic_timeline.validate import validate

from .conftest import ROOT


def test_the_committed_package_is_valid(capsys) -> None:
    assert main(["validate", "--root", str(ROOT)]) == 0
    assert "valid" in capsys.readouterr().out


def test_the_frictionless_cli_says_valid() -> None:
    exe = shutil.which("frictionless") or str(
        __import__("pathlib").Path(sys.executable).with_name("frictionless")
    )
    result = subprocess.run(
        [exe, "validate", "datapackage.json"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "INVALID" not in result.stdout


def _rewrite_csv(repo, table: str, edit) -> None:
    """Change a CSV and re-record its hash, so only the content checks can catch it."""
    path = repo / "data" / f"{table}.csv"
    data = edit(path.read_text(encoding="utf-8")).encode("utf-8")
    path.write_bytes(data)
    desc = json.loads((repo / "datapackage.json").read_text())
    res = next(r for r in desc["resources"] if r["name"] == table)
    res["hash"], res["bytes"] = "sha256:" + hashlib.sha256(data).hexdigest(), len(data)
    (repo / "datapackage.json").write_text(json.dumps(desc, indent=2))


def test_a_span_that_differs_from_the_raw_text_is_reported(repo) -> None:
    _rewrite_csv(repo, "quotes", lambda t: t.replace("No precise plans", "No plans", 1))
    findings = validate(repo)
    spans = [f for f in findings if f.check == "span"]
    assert spans and spans[0].table == "quotes" and spans[0].column == "text"
    assert "quote_id=dsp-af11374774ce6c10-q" in spans[0].key
    assert any(f.check == "csv-parquet" and f.table == "quotes" for f in findings)


def test_a_broken_foreign_key_is_reported_by_frictionless(repo) -> None:
    _rewrite_csv(repo, "participants", lambda t: t.replace(",dmitry-peskov,", ",nobody,", 1))
    findings = validate(repo)
    assert any(f.check == "frictionless" and "foreign-key" in f.message for f in findings)


def test_validate_exits_1_with_a_report(repo, capsys) -> None:
    _rewrite_csv(repo, "events", lambda t: t.replace(",held,", ",finished,", 1))
    assert main(["validate", "--root", str(repo)]) == 1
    err = capsys.readouterr().err
    assert "INVALID" in err and "events" in err and "status" in err


def test_pandera_models_match_the_frictionless_fields_one_for_one() -> None:
    desc = load.descriptor(ROOT)
    for res in desc["resources"]:
        model = dataframe_schema(res["name"], res["schema"])
        assert list(model.columns) == [f["name"] for f in res["schema"]["fields"]]
        for field in res["schema"]["fields"]:
            required = (field.get("constraints") or {}).get("required", False)
            assert model.columns[field["name"]].nullable is (not required)


def test_pandera_rejects_a_value_outside_the_vocabulary() -> None:
    import pandera.errors

    events = load.load_events(path=ROOT)
    events["status"] = events["status"].cat.add_categories(["finished"])
    events.loc[0, "status"] = "finished"
    schema = dataframe_schema("events", load._resource(load.descriptor(ROOT), "events")["schema"])
    with pytest.raises(pandera.errors.SchemaErrors):
        schema.validate(events, lazy=True)


def test_pandera_rejects_a_duplicate_primary_key() -> None:
    import pandera.errors

    mentions = load.load_event_mentions(path=ROOT)
    doubled = pd.concat([mentions, mentions.iloc[:1]], ignore_index=True)
    res = load._resource(load.descriptor(ROOT), "event_mentions")
    with pytest.raises(pandera.errors.SchemaErrors):
        dataframe_schema("event_mentions", res["schema"]).validate(doubled, lazy=True)
