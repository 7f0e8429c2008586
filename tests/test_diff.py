"""`diplomatic-timeline diff`: exactly the rows, columns and schema fields that differ."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import diplomatic_timeline as dt
from diplomatic_timeline import diff
from diplomatic_timeline.cli import main
from diplomatic_timeline.release import write_archive

from .conftest import ROOT
from .release_helpers import copy_package, edit_descriptor, read_csv, resource, write_csv


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict]:
    """Two fixture versions: NEW edits one row, removes one, adds one and changes a schema."""
    base = tmp_path_factory.mktemp("diff")
    old = copy_package(base / "old", version="1.0.0")
    new = copy_package(base / "new", version="1.1.0")
    expected: dict = {}

    # events: one value corrected in one row
    header, rows = read_csv(new, "events")
    row = next(r for r in rows if r["status"] == "held" and r["location"])
    row["location"] = "Somewhere else"
    expected["changed"] = row["event_id"]
    write_csv(new, "events", header, rows)

    # quotes: one row removed
    header, rows = read_csv(new, "quotes")
    expected["removed"] = rows.pop(3)["quote_id"]
    write_csv(new, "quotes", header, rows)

    # actors: one row added
    header, rows = read_csv(new, "actors")
    added = dict(rows[0], actor_id="zz-new-actor", name="A New Actor")
    rows.append(added)
    write_csv(new, "actors", header, rows)

    # page_furniture: a column removed; events: a vocabulary value added; dispatches: retyped
    header, rows = read_csv(new, "page_furniture")
    dropped = header[-1]
    write_csv(new, "page_furniture", header[:-1], [{k: r[k] for k in header[:-1]} for r in rows])
    expected["dropped"] = dropped

    def schema_edits(desc: dict) -> None:
        furniture = resource(desc, "page_furniture")["schema"]
        furniture["fields"] = [f for f in furniture["fields"] if f["name"] != dropped]
        status = next(
            f for f in resource(desc, "events")["schema"]["fields"] if f["name"] == "status"
        )
        status["constraints"]["enum"].append("rumoured")
        n_chars = next(
            f for f in resource(desc, "dispatches")["schema"]["fields"] if f["name"] == "n_chars"
        )
        n_chars["type"] = "string"

    edit_descriptor(new, schema_edits)
    return old, new, expected


def test_the_diff_lists_exactly_the_rows_and_columns_that_differ(versions) -> None:
    old, new, expected = versions
    result = diff.to_dict(diff.diff_sources(old, new))
    tables = result["tables"]
    assert tables["events"]["rows"]["changed"] == [
        {"key": {"event_id": expected["changed"]}, "columns": ["location"]}
    ]
    assert tables["events"]["rows"]["added"] == tables["events"]["rows"]["removed"] == []
    assert tables["quotes"]["rows"]["removed"] == [{"quote_id": expected["removed"]}]
    assert tables["quotes"]["rows"]["added"] == tables["quotes"]["rows"]["changed"] == []
    assert tables["actors"]["rows"]["added"] == [{"actor_id": "zz-new-actor"}]
    assert tables["actors"]["rows"]["changed"] == []
    # the removed column is a schema change, not a change in every row
    assert tables["page_furniture"]["rows"]["changed"] == []
    assert tables["page_furniture"]["schema"]["fields_removed"] == [expected["dropped"]]
    assert tables["events"]["schema"]["enum_added"] == {"status": ["rumoured"]}
    assert tables["dispatches"]["schema"]["fields_retyped"] == [
        {"field": "n_chars", "old": "integer", "new": "string"}
    ]
    assert tables["dispatches"]["rows"]["changed"] == []  # 5 and "5" are the same text
    changed = {name for name, t in tables.items() if t["changed"]}
    assert changed == {"events", "quotes", "actors", "page_furniture", "dispatches"}
    assert result["required_bump"] == "major"  # a column was removed
    assert (result["old_version"], result["new_version"]) == ("1.0.0", "1.1.0")


def test_the_cli_prints_text_and_json(versions, capsys) -> None:
    old, new, expected = versions
    assert main(["diff", str(old), str(new)]) == 0
    text = capsys.readouterr().out
    assert "1.0.0 -> 1.1.0: needs a major version bump" in text
    assert f"  ~ event_id={expected['changed']}: location" in text
    assert f"  - quote_id={expected['removed']}" in text
    assert "  + actor_id=zz-new-actor" in text
    assert f"  schema: column removed: {expected['dropped']}" in text
    assert "  schema: column retyped: n_chars (integer -> string)" in text
    assert "  schema: values added to status: rumoured" in text
    assert "unchanged: event_mentions, participants, agenda_items" in text
    assert main(["diff", str(old), str(new), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["required_bump"] == "major"


def test_archives_and_directories_compare_alike(versions, tmp_path) -> None:
    old, new, _ = versions
    archive = write_archive(old, tmp_path)
    assert diff.to_dict(diff.diff_sources(archive, new)) == diff.to_dict(
        diff.diff_sources(old, new)
    )


def test_a_version_against_itself_has_no_differences(capsys) -> None:
    assert main(["diff", str(ROOT), str(ROOT)]) == 0
    assert "no differences" in capsys.readouterr().out


def test_typed_frames_and_csv_text_compare_equal() -> None:
    desc = dt.descriptor(ROOT)
    typed = dt.load_package(path=ROOT)
    _, text = diff.load_frames(ROOT)
    result = diff.diff_packages(desc, typed, desc, text)
    assert not result and diff.required_bump(result) is None


def test_unknown_inputs_are_a_clear_error(capsys, tmp_path) -> None:
    assert main(["diff", str(tmp_path / "nope"), str(ROOT)]) == 1
    assert "neither a directory, a release archive nor a version" in capsys.readouterr().err


def _bump(change) -> str | None:
    """The bump a one-table package needs after ``change(frame, schema)`` of a copy."""
    import copy

    schema = {
        "fields": [{"name": "id", "type": "string"}, {"name": "name", "type": "string"}],
        "primaryKey": ["id"],
    }
    old = pd.DataFrame({"id": ["a", "b"], "name": ["A", "B"]})
    new, new_schema = old.copy(), copy.deepcopy(schema)
    new = change(new, new_schema) if change else new
    old_desc = {"resources": [{"name": "t", "schema": schema}]}
    new_desc = {"resources": [{"name": "t", "schema": new_schema}]}
    return diff.required_bump(diff.diff_packages(old_desc, {"t": old}, new_desc, {"t": new}))


def test_required_bump_follows_the_readme_rules() -> None:
    def correct(frame, schema):
        frame.loc[0, "name"] = "Corrected"
        return frame

    def add_row(frame, schema):
        return pd.concat([frame, pd.DataFrame({"id": ["c"], "name": ["C"]})], ignore_index=True)

    def remove_row(frame, schema):
        return frame.iloc[1:]

    def add_column(frame, schema):
        schema["fields"].append({"name": "extra", "type": "integer"})
        return frame.assign(extra=[1, 2])

    def remove_column(frame, schema):
        schema["fields"].pop()
        return frame.drop(columns="name")

    def retype(frame, schema):
        schema["fields"][1]["type"] = "integer"
        return frame

    assert _bump(None) is None
    assert _bump(correct) == "patch"
    assert _bump(add_row) == "minor"
    assert _bump(remove_row) == "minor"
    assert _bump(add_column) == "minor"
    assert _bump(remove_column) == "major"
    assert _bump(retype) == "major"


def test_schema_rules() -> None:
    field = {"name": "s", "type": "string", "constraints": {"enum": ["a", "b"]}}
    narrowed = {"name": "s", "type": "string", "constraints": {"enum": ["a"]}}
    s = diff.diff_schema({"fields": [field]}, {"fields": [narrowed]})
    assert s.enum_removed == {"s": ["b"]} and not s.fields_retyped
    described = dict(field, description="new words")
    assert diff.diff_schema({"fields": [field]}, {"fields": [described]}).fields_modified == {
        "s": ["description"]
    }
    assert diff.bump_of("1.2.3", "2.0.0") == "major"
    assert diff.bump_of("1.2.3", "1.3.0") == "minor"
    assert diff.bump_of("1.2.3", "1.2.4") == "patch"
    assert diff.bump_of("1.2.3", "1.2.3") is None
