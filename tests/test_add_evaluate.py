"""`add` drafts a new dispatch that builds and validates; `evaluate` measures the drafts."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from diplomatic_timeline import load
from diplomatic_timeline.cli import main
from diplomatic_timeline.evaluate import evaluate

from .conftest import ROOT, tree_bytes

RAW_AND_CURATION = ("raw/dispatches", "curation/dispatches")

NEW_DISPATCH = """All news

Lukashenko, Putin discuss energy prices by phone

MINSK, October 3 (BelTA) - Belarusian President Alexander Lukashenko and Russian President
Vladimir Putin held a telephone conversation on Tuesday, the press service said.

The two leaders discussed gas supplies and the preparation for the forthcoming session of the
Supreme State Council, which is scheduled for December 12 in Moscow.

“We agreed to meet before the end of the year,” Lukashenko told reporters.
"""


@pytest.fixture
def incoming(tmp_path: Path) -> Path:
    path = tmp_path / "incoming.txt"
    path.write_bytes(NEW_DISPATCH.encode("utf-8"))
    return path


def test_add_stores_the_text_verbatim_and_a_draft_that_builds(repo, incoming, capsys) -> None:
    assert main(["add", str(incoming), "--root", str(repo)]) == 0
    digest = hashlib.sha256(incoming.read_bytes()).hexdigest()
    dispatch_id = f"dsp-{digest[:16]}"
    assert (
        repo / "raw" / "dispatches" / f"{dispatch_id}.txt"
    ).read_bytes() == incoming.read_bytes()
    assert digest in (repo / "raw" / "manifest.yaml").read_text()
    draft = (repo / "curation" / "dispatches" / f"{dispatch_id}.yaml").read_text()
    assert "review_status: draft" in draft
    assert main(["build", "--root", str(repo)]) == 0
    assert main(["validate", "--root", str(repo)]) == 0
    dispatches = load.load_dispatches(path=repo).set_index("dispatch_id")
    assert dispatches.loc[dispatch_id, "review_status"] == "draft"
    assert load.load_quotes(path=repo)["text"].str.startswith("We agreed to meet").any()
    assert main(["build", "--reviewed-only", "--root", str(repo)]) == 0
    assert dispatch_id not in set(load.load_dispatches(path=repo)["dispatch_id"])


def test_the_draft_of_every_synthetic_dispatch_is_accepted_by_the_build(repo) -> None:
    """Drafts validate like reviewed files: each of the dev and held-out texts, drafted from
    scratch, passes every curation check (an inferred date names its basis, and so on)."""
    from diplomatic_timeline.add import add_dispatches
    from diplomatic_timeline.curate import curate
    from diplomatic_timeline.raw import load_raw
    from diplomatic_timeline.schema import load_schemas

    texts = sorted(ROOT.glob("tests/*/raw/dispatches/*.txt"))
    assert len(texts) >= 60
    add_dispatches(repo, texts)
    tables = curate(repo, load_raw(repo), load_schemas(repo))
    drafts = [r for r in tables["dispatches"] if r["review_status"] == "draft"]
    assert len(drafts) == len(texts)


def test_add_refuses_a_duplicate_and_names_the_existing_id(repo, capsys) -> None:
    seed = ROOT / "raw" / "dispatches" / "dsp-af11374774ce6c10.txt"
    before = tree_bytes(repo)
    manifest = (repo / "raw" / "manifest.yaml").read_bytes()
    assert main(["add", str(seed), "--root", str(repo)]) == 1
    assert "already dispatch dsp-af11374774ce6c10" in capsys.readouterr().err
    assert tree_bytes(repo) == before and (repo / "raw" / "manifest.yaml").read_bytes() == manifest


def test_add_refuses_non_utf8_and_writes_nothing(repo, tmp_path, capsys) -> None:
    bad = tmp_path / "cp1251.txt"
    bad.write_bytes("Лукашенко встретился с Путиным".encode("cp1251"))
    listing = sorted(p.name for p in (repo / "raw" / "dispatches").iterdir())
    assert main(["add", str(bad), "--root", str(repo)]) == 1
    assert "not valid UTF-8" in capsys.readouterr().err
    assert sorted(p.name for p in (repo / "raw" / "dispatches").iterdir()) == listing


@pytest.fixture(scope="module")
def seed_report():
    return evaluate(ROOT)


def test_quotes_meet_the_targets_on_the_reviewed_seeds(seed_report) -> None:
    quotes = seed_report.scores["quotes"]
    speakers = seed_report.scores["quote speakers"]
    assert quotes.precision >= 0.95 and quotes.recall >= 0.95
    assert speakers.correct / speakers.gold >= 0.90


def test_publication_dates_are_exact_or_partial_never_a_wrong_year(seed_report) -> None:
    pub = seed_report.scores["publication date"]
    assert pub.correct == pub.gold
    assert seed_report.wrong_years == 0


def test_events_are_recalled_with_status_and_date_right(seed_report) -> None:
    strict = seed_report.scores["events, status and date right"]
    assert strict.tp / strict.gold >= 0.80


def test_no_draft_row_comes_from_page_furniture(seed_report) -> None:
    assert seed_report.furniture_rows == 0


def test_a_failed_manifest_append_leaves_no_raw_file_or_draft(repo, incoming, monkeypatch) -> None:
    from diplomatic_timeline import add

    def disk_full(path: Path, data: bytes) -> None:
        raise OSError("no space left on device")

    listing = {d: sorted(p.name for p in (repo / d).iterdir()) for d in RAW_AND_CURATION}
    manifest = (repo / "raw" / "manifest.yaml").read_bytes()
    monkeypatch.setattr(add, "append_bytes", disk_full)
    with pytest.raises(OSError, match="no space"):
        add.add_dispatches(repo, [incoming])
    assert {d: sorted(p.name for p in (repo / d).iterdir()) for d in RAW_AND_CURATION} == listing
    assert (repo / "raw" / "manifest.yaml").read_bytes() == manifest


def test_dispatches_are_appended_to_the_manifest_one_by_one(repo, tmp_path) -> None:
    from diplomatic_timeline import add

    paths = []
    for i in range(3):
        paths.append(tmp_path / f"{i}.txt")
        paths[-1].write_text(NEW_DISPATCH + f"\n(Copy {i}.)\n", encoding="utf-8")
    manifest = repo / "raw" / "manifest.yaml"
    before = manifest.read_text(encoding="utf-8")
    added = add.add_dispatches(repo, paths)
    text = manifest.read_text(encoding="utf-8")
    assert text.startswith(before.rstrip("\n") + "\n")
    assert [a.dispatch_id for a in added] == [
        line.split(": ")[1] for line in text[len(before) :].splitlines() if "dispatch_id" in line
    ]
    assert main(["build", "--root", str(repo)]) == 0


def test_evaluate_finds_every_synthetic_set_by_its_folder(tmp_path: Path) -> None:
    from diplomatic_timeline.evaluate import synthetic_sets

    for name in ("heldout7", "dev-retired", "dev3", "dev", "dev-retired12", "notes", "heldout9"):
        (tmp_path / "tests" / name / "raw").mkdir(parents=True)
        if name != "heldout9":  # a set being written, without its manifest yet
            (tmp_path / "tests" / name / "raw" / "manifest.yaml").write_text("[]\n")
    assert synthetic_sets(tmp_path) == [
        ("tests/dev", "Development set (synthetic, tuned on)"),
        ("tests/dev3", "Development set 3 (synthetic, tuned on)"),
        ("tests/dev-retired", "Former held-out set 1 (synthetic; examined since)"),
        ("tests/dev-retired12", "Former held-out set 12 (synthetic; examined since)"),
        ("tests/heldout7", "Held-out test set 7 (synthetic, written blind, never tuned on)"),
    ]
