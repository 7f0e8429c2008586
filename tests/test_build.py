"""The build is reproducible, atomic and describes what it wrote."""

from __future__ import annotations

import hashlib
import json

import pyarrow.parquet as pq

from diplomatic_timeline.cli import main
from diplomatic_timeline.tables import TABLES

from .conftest import ROOT, tree_bytes


def test_a_fresh_build_reproduces_the_committed_data_byte_for_byte(repo) -> None:
    assert main(["build", "--root", str(repo)]) == 0
    fresh, committed = tree_bytes(repo), tree_bytes(ROOT)
    assert sorted(fresh) == sorted(committed)
    changed = [name for name in fresh if fresh[name] != committed[name]]
    assert not changed, f"committed files differ from a fresh build: {changed}; run the build"


def test_two_builds_give_identical_bytes(repo) -> None:
    assert main(["build", "--root", str(repo)]) == 0
    first = tree_bytes(repo)
    assert main(["build", "--root", str(repo)]) == 0
    assert tree_bytes(repo) == first


def test_created_comes_from_source_date_epoch_not_the_clock(repo, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")
    assert main(["build", "--root", str(repo)]) == 0
    assert json.loads((repo / "datapackage.json").read_text())["created"] == "2000-01-01T00:00:00Z"


def test_created_defaults_to_the_changelog_release_date() -> None:
    descriptor = json.loads((ROOT / "datapackage.json").read_text())
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert f"## [{descriptor['version']}] - {descriptor['created'][:10]}" in changelog


def test_every_resource_records_hash_and_bytes_of_both_files() -> None:
    descriptor = json.loads((ROOT / "datapackage.json").read_text())
    assert [r["name"] for r in descriptor["resources"]] == list(TABLES)
    for res in descriptor["resources"]:
        for meta in (res, res["parquet"]):
            data = (ROOT / meta["path"]).read_bytes()
            assert meta["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
            assert meta["bytes"] == len(data)


def test_package_metadata_is_complete() -> None:
    d = json.loads((ROOT / "datapackage.json").read_text())
    assert d["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert d["licenses"][0]["name"] == "CC-BY-4.0"
    assert {"TASS Russian News Agency", "BelTA (Belarusian Telegraph Agency)"} <= {
        s["title"] for s in d["sources"]
    }
    assert d["contributors"] and d["version"]


def test_parquet_types_dates_as_date32_and_codes_as_dictionaries() -> None:
    schema = pq.read_schema(ROOT / "data" / "events.parquet")
    assert str(schema.field("date_start").type) == "date32[day]"
    assert str(schema.field("event_type").type).startswith("dictionary")
    assert str(schema.field("n_mentions").type) == "int64"
    assert schema.metadata is None or b"pandas" not in schema.metadata


def test_an_actor_may_be_defined_in_the_curation_file_that_proposes_it(repo) -> None:
    """Drafts list the actors they propose under `actors:`; every file may use them."""
    actors = repo / "curation" / "actors.yaml"
    text = actors.read_text(encoding="utf-8")
    start = text.index("- actor_id: dmitry-peskov")
    end = text.index("- actor_id:", start + 1)
    entry = text[start:end]
    actors.write_text(text[:start] + text[end:], encoding="utf-8")
    # the last file in name order, so that the files read before it use the actor first
    last = sorted((repo / "curation" / "dispatches").glob("*.yaml"))[-1]
    last.write_text(last.read_text(encoding="utf-8") + "actors:\n" + entry, encoding="utf-8")
    assert main(["build", "--root", str(repo)]) == 0
    assert tree_bytes(repo) == tree_bytes(ROOT)
