"""Bad input: each case fails the build with a message naming the file and what to do,
and leaves the previous data/ and datapackage.json untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatic_timeline.cli import main

from .conftest import tree_bytes

TASS = "curation/dispatches/dsp-af11374774ce6c10.yaml"
TASS_RAW = "raw/dispatches/dsp-af11374774ce6c10.txt"


def replace(repo: Path, rel: str, old: str, new: str) -> None:
    path = repo / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def build_fails(repo: Path, capsys: pytest.CaptureFixture[str]) -> str:
    before = tree_bytes(repo)
    assert main(["build", "--root", str(repo)]) == 1
    assert tree_bytes(repo) == before, "a failed build must not write anything"
    assert not list(repo.glob(".build-*")), "a failed build must not leave temporary files"
    return capsys.readouterr().err


def test_raw_file_edited_after_curation_is_refused(repo, capsys) -> None:
    with (repo / TASS_RAW).open("a", encoding="utf-8") as f:
        f.write("\nEdited.")
    err = build_fails(repo, capsys)
    assert TASS_RAW in err and "sha256" in err and "git checkout" in err


def test_empty_dispatch_is_refused(repo, capsys) -> None:
    (repo / TASS_RAW).write_bytes(b"")
    replace(
        repo,
        "raw/manifest.yaml",
        "b6aac6c35091e48769bcac5ee1488275d64423e9712b33c02a5b2c55cf79532f",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    )
    err = build_fails(repo, capsys)
    assert TASS_RAW in err and "empty" in err


def test_non_utf8_dispatch_is_refused(repo, capsys) -> None:
    data = "MINSK — Лукашенко".encode("cp1251")
    (repo / TASS_RAW).write_bytes(data)
    import hashlib

    replace(
        repo,
        "raw/manifest.yaml",
        "b6aac6c35091e48769bcac5ee1488275d64423e9712b33c02a5b2c55cf79532f",
        hashlib.sha256(data).hexdigest(),
    )
    err = build_fails(repo, capsys)
    assert TASS_RAW in err and "not valid UTF-8" in err and "byte" in err


def test_yaml_syntax_error_names_the_line(repo, capsys) -> None:
    replace(repo, TASS, "review_status: reviewed", "review_status: [reviewed")
    err = build_fails(repo, capsys)
    assert TASS in err and "YAML syntax error" in err and "line" in err


def test_unknown_field_is_refused(repo, capsys) -> None:
    replace(repo, TASS, "    location: St. Petersburg", "    locaton: St. Petersburg")
    err = build_fails(repo, capsys)
    assert TASS in err and "unknown field(s) ['locaton']" in err and "allowed fields" in err


def test_span_text_not_in_the_dispatch(repo, capsys) -> None:
    replace(repo, TASS, '{text: "MOSCOW"}', '{text: "MOSKVA"}')
    err = build_fails(repo, capsys)
    assert TASS in err and "dateline_place" in err and "does not occur" in err


def test_ambiguous_span_asks_for_an_occurrence(repo, capsys) -> None:
    replace(
        repo,
        TASS,
        '{text: "Belarusian and Russian presidents, Alexander Lukashenko and Vladimir Putin", '
        "occurrence: 1, kind: caption}",
        '{text: "Belarusian and Russian presidents, Alexander Lukashenko and Vladimir Putin", '
        "kind: caption}",
    )
    err = build_fails(repo, capsys)
    assert TASS in err and "occurs 2 times" in err and "occurrence: N" in err


def test_unknown_actor_id(repo, capsys) -> None:
    replace(repo, TASS, "actor: dmitry-peskov", "actor: dmitri-peskov")
    err = build_fails(repo, capsys)
    assert TASS in err and "unknown actor id 'dmitri-peskov'" in err and "actors.yaml" in err


def test_unknown_event_id(repo, capsys) -> None:
    replace(
        repo,
        TASS,
        "event: 2019-12-07-putin-lukashenko-meeting-sochi",
        "event: 2019-12-07-sochi-meeting",
    )
    err = build_fails(repo, capsys)
    assert TASS in err and "unknown event id '2019-12-07-sochi-meeting'" in err


def test_impossible_date(repo, capsys) -> None:
    replace(repo, TASS, "date_start: 2019-12-07", "date_start: 2019-02-30")
    err = build_fails(repo, capsys)
    assert TASS in err and "impossible date date_start '2019-02-30'" in err


def test_date_end_before_date_start(repo, capsys) -> None:
    replace(
        repo,
        TASS,
        "    date_start: 2019-12-07\n",
        "    date_start: 2019-12-07\n    date_end: 2019-12-06\n",
    )
    err = build_fails(repo, capsys)
    assert TASS in err and "date_end 2019-12-06 is before date_start 2019-12-07" in err


def test_value_outside_a_controlled_vocabulary(repo, capsys) -> None:
    replace(repo, TASS, "type: press_event", "type: press_conference")
    err = build_fails(repo, capsys)
    assert TASS in err and "'press_conference' is not in the controlled vocabulary" in err
    assert "press_event" in err  # the allowed values are listed


def test_duplicate_event_id(repo, capsys) -> None:
    replace(
        repo,
        TASS,
        "id: 2000-01-26-union-state-treaty-entry-into-force",
        "id: 1999-12-08-union-state-treaty-signing",
    )
    err = build_fails(repo, capsys)
    assert TASS in err and "duplicate event id '1999-12-08-union-state-treaty-signing'" in err


def test_duplicate_actor_id(repo, capsys) -> None:
    replace(repo, "curation/actors.yaml", "actor_id: yuri-ushakov", "actor_id: dmitry-peskov")
    err = build_fails(repo, capsys)
    assert "curation/actors.yaml" in err and "duplicate actor_id 'dmitry-peskov'" in err


def test_month_precision_date_must_sit_on_the_first(repo, capsys) -> None:
    replace(
        repo,
        TASS,
        "date_start: 2019-12-01\n    date_precision: month",
        "date_start: 2019-12-21\n    date_precision: month",
    )
    err = build_fails(repo, capsys)
    assert "month precision but is not the 1st" in err


def test_span_inside_page_furniture_is_refused(repo, capsys) -> None:
    replace(
        repo,
        TASS,
        '  - {text: "All news", kind: navigation}',
        '  - {text: "All news", kind: navigation}\n'
        '  - {from: "Peskov reiterated", to: "summed up.", kind: related_list}',
    )
    err = build_fails(repo, capsys)
    assert "overlaps page furniture" in err


def test_inferred_date_needs_a_basis(repo, capsys) -> None:
    replace(
        repo,
        TASS,
        "    date_basis: \"'On December 7' stated; year 2019 from the publication date\"\n",
        "",
    )
    err = build_fails(repo, capsys)
    assert "date_inferred is true but date_basis is missing" in err


def test_all_problems_are_reported_together(repo, capsys) -> None:
    replace(repo, TASS, "actor: dmitry-peskov", "actor: nobody")
    replace(repo, TASS, "type: press_event", "type: presser")
    err = build_fails(repo, capsys)
    assert "unknown actor id 'nobody'" in err and "'presser' is not in" in err
