"""`diplomatic-timeline release`: refusals, what it writes, and byte-identical archives.

Every release runs in a scratch git repository (a committed copy of the work tree with an empty
registry), never in the repository itself.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from diplomatic_timeline import release as rel
from diplomatic_timeline.cli import main
from diplomatic_timeline.validate import version_findings, version_sources
from diplomatic_timeline.versions import parse_registry

from .conftest import ROOT
from .release_helpers import (
    copy_package,
    edit_descriptor,
    git,
    next_major,
    read_csv,
    resource,
    scratch_repo,
    write_csv,
)

DAY = "2027-03-04"
VERSION = next_major()


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = scratch_repo(tmp_path_factory.mktemp("release") / "repo")
    assert main(["release", VERSION, "--root", str(repo), "--date", DAY]) == 0
    return repo


def test_release_writes_the_archive_checksums_and_python_dists(released: Path) -> None:
    dist = released / "dist"
    archive = dist / f"diplomatic-timeline-data-{VERSION}.zip"
    names = sorted(p.name for p in dist.iterdir())
    assert names == sorted(
        [
            archive.name,
            "SHA256SUMS",
            f"diplomatic_timeline-{VERSION}-py3-none-any.whl",
            f"diplomatic_timeline-{VERSION}.tar.gz",
        ]
    )
    sums = dict(
        reversed(line.split("  ")) for line in (dist / "SHA256SUMS").read_text().splitlines()
    )
    assert sorted(sums) == sorted(n for n in names if n != "SHA256SUMS")
    for name, digest in sums.items():
        assert hashlib.sha256((dist / name).read_bytes()).hexdigest() == digest
    registry = parse_registry((released / rel.REGISTRY_FILE).read_text())
    assert registry == {archive.name: sums[archive.name]}
    wheel = zipfile.ZipFile(dist / f"diplomatic_timeline-{VERSION}-py3-none-any.whl")
    shipped = parse_registry(wheel.read("diplomatic_timeline/registry.txt").decode())
    assert shipped[archive.name] == sums[archive.name]  # the wheel can load this release
    assert (
        json.loads(wheel.read("diplomatic_timeline/_data/datapackage.json"))["version"] == VERSION
    )


def test_the_archive_holds_the_package_and_its_docs_in_a_fixed_layout(released: Path) -> None:
    archive = zipfile.ZipFile(released / "dist" / f"diplomatic-timeline-data-{VERSION}.zip")
    prefix = f"diplomatic-timeline-data-{VERSION}/"
    desc = json.loads((released / "datapackage.json").read_text())
    data = sorted(p for r in desc["resources"] for p in (r["path"], r["parquet"]["path"]))
    expected = ["datapackage.json", *data, *rel.ARCHIVE_DOCS]
    assert archive.namelist() == [prefix + name for name in expected]
    assert {"LICENSE", "LICENSE-DATA.md", "CITATION.cff", "README.md"} <= set(expected)
    for info in archive.infolist():
        assert info.date_time == (2027, 3, 4, 0, 0, 0)
        assert info.external_attr >> 16 == 0o100644
        assert archive.read(info) == (released / info.filename[len(prefix) :]).read_bytes()


def test_release_sets_one_version_everywhere(released: Path) -> None:
    assert set(version_sources(released).values()) == {VERSION}
    assert version_findings(released) == []
    desc = json.loads((released / "datapackage.json").read_text())
    assert desc["created"] == f"{DAY}T00:00:00Z"
    changelog = (released / "CHANGELOG.md").read_text()
    entry = re.search(
        rf"^## \[{VERSION}\] - {DAY}\n\n(?P<body>.*?)(?=^## \[)", changelog, re.M | re.S
    )
    assert entry and "### Data in this release\n" in entry.group("body")
    assert "## [0.1.0] - 2026-11-23" in changelog  # earlier entries stay
    citation = (released / "CITATION.cff").read_text()
    assert f'version: "{VERSION}"' in citation and f"date-released: {DAY}" in citation
    zenodo = json.loads((released / ".zenodo.json").read_text())
    assert zenodo["upload_type"] == "dataset" and zenodo["version"] == VERSION
    assert zenodo["publication_date"] == DAY and zenodo["license"] == "cc-by-4.0"


def test_release_changes_no_data_file(released: Path) -> None:
    changed = git(released, "status", "--porcelain", "--untracked-files=all").splitlines()
    assert not [line for line in changed if line[3:].startswith("data/")]
    assert {line[3:] for line in changed} >= {
        "CHANGELOG.md",
        "CITATION.cff",
        ".zenodo.json",
        "datapackage.json",
        rel.VERSION_FILE,
        rel.REGISTRY_FILE,
    }


def test_a_second_release_of_the_same_commit_is_byte_identical(released, tmp_path) -> None:
    commit = git(released, "rev-list", "--max-parents=0", "HEAD").strip()  # the scratch commit
    git(tmp_path, "clone", "-q", str(released), "again")
    again = tmp_path / "again"
    git(again, "reset", "-q", "--hard", commit)
    assert main(["release", VERSION, "--root", str(again), "--date", DAY]) == 0
    assert (again / "dist" / "SHA256SUMS").read_bytes() == (
        released / "dist" / "SHA256SUMS"
    ).read_bytes()  # archive, wheel and sdist alike


def test_the_next_release_compares_with_the_tagged_previous_one(released: Path) -> None:
    git(released, "add", "-A")
    git(released, "commit", "-q", "-m", f"Release {VERSION}")
    git(released, "tag", f"v{VERSION}")
    previous = rel.find_previous(released)
    assert previous is not None and previous.version == VERSION
    assert previous.source.endswith(f"diplomatic-timeline-data-{VERSION}.zip")  # dist/ first
    moved = released.parent / "dist-moved"
    shutil.move(released / "dist", moved)
    try:
        previous = rel.find_previous(released)
        assert previous is not None and previous.source == f"git tag v{VERSION}"
    finally:
        shutil.move(moved, released / "dist")


def test_a_dirty_tree_is_refused(tmp_path, capsys) -> None:
    repo = scratch_repo(tmp_path / "repo")
    (repo / "README.md").write_text("edited\n")
    assert main(["release", VERSION, "--root", str(repo)]) == 1
    assert "the work tree is not clean (README.md)" in capsys.readouterr().err
    assert not (repo / "dist").exists()


def test_data_that_differs_from_a_fresh_build_is_refused(tmp_path, capsys) -> None:
    repo = scratch_repo(tmp_path / "repo")
    header, rows = read_csv(repo, "events")
    rows[0]["title"] = "Edited by hand"
    write_csv(repo, "events", header, rows)
    git(repo, "commit", "-q", "-am", "hand edit")
    assert main(["release", VERSION, "--root", str(repo)]) == 1
    err = capsys.readouterr().err
    assert "differs from a fresh build: data/events.csv" in err
    assert git(repo, "status", "--porcelain") == "" and not (repo / "dist").exists()


def test_a_bump_smaller_than_the_diff_needs_is_refused(tmp_path, capsys) -> None:
    repo = scratch_repo(tmp_path / "repo")
    current = version_sources(repo)[rel.VERSION_FILE]
    previous = copy_package(tmp_path / "previous", version=current)
    header, rows = read_csv(previous, "actors")  # the previous release had one more column
    write_csv(previous, "actors", [*header, "retired"], [dict(r, retired="x") for r in rows])
    edit_descriptor(
        previous,
        lambda d: resource(d, "actors")["schema"]["fields"].append(
            {"name": "retired", "type": "string"}
        ),
    )
    major, minor, _ = (int(x) for x in str(current).split("."))
    smaller = f"{major}.{minor + 1}.0"
    argv = ["release", smaller, "--root", str(repo), "--previous", str(previous)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert f"is a minor bump from {current}, but the changes since {current} need a major" in err
    assert "column removed: retired" in err
    assert git(repo, "status", "--porcelain") == "" and not (repo / "dist").exists()


def test_a_version_not_above_the_current_one_is_refused(tmp_path, capsys) -> None:
    repo = scratch_repo(tmp_path / "repo")
    current = version_sources(repo)[rel.VERSION_FILE]
    assert main(["release", str(current), "--root", str(repo)]) == 1
    assert "is not greater than the current version" in capsys.readouterr().err
    assert main(["release", "1.0", "--root", str(repo)]) == 1
    assert "MAJOR.MINOR.PATCH" in capsys.readouterr().err


def test_a_failed_release_puts_the_tree_back(tmp_path, monkeypatch) -> None:
    repo = scratch_repo(tmp_path / "repo")

    def broken(*args, **kwargs):
        raise rel.ReleaseError([rel.Problem("pyproject.toml", "", "wheel build failed")])

    monkeypatch.setattr(rel, "_build_python_dists", broken)
    with pytest.raises(rel.ReleaseError, match="wheel build failed"):
        rel.release(repo, VERSION, day=DAY, log=lambda _: None)
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == ""
    assert list((repo / "dist").iterdir()) == []


def test_write_archive_is_deterministic_and_checks_hashes(tmp_path) -> None:
    package = copy_package(tmp_path / "package")
    first = rel.write_archive(package, tmp_path / "a").read_bytes()
    (package / "README.md").touch()  # a new mtime changes nothing
    assert rel.write_archive(package, tmp_path / "b").read_bytes() == first
    (package / "data" / "quotes.csv").write_text("tampered\n")
    with pytest.raises(rel.ReleaseError, match=r"data/quotes\.csv: does not match the hash"):
        rel.write_archive(package, tmp_path / "c")
    assert list((tmp_path / "c").iterdir()) == []


def test_the_changelog_entry_takes_the_unreleased_notes() -> None:
    text = (
        "# Changelog\n\n## [Unreleased]\n\n### Added\n- Two dispatches.\n\n"
        "## [1.0.0] - 2026-12-01\n"
    )
    out = rel.changelog_with_entry(
        text, "1.1.0", "2027-01-01", ["- `events`: 2 rows added."], "1.0.0"
    )
    assert out == (
        "# Changelog\n\n## [Unreleased]\n\n"
        "## [1.1.0] - 2027-01-01\n\n### Added\n- Two dispatches.\n\n"
        "### Data changes since 1.0.0\n\n- `events`: 2 rows added.\n\n"
        "## [1.0.0] - 2026-12-01\n"
    )
    with pytest.raises(rel.ReleaseError, match=r"already has an entry for 1\.0\.0"):
        rel.changelog_with_entry(out, "1.0.0", "2027-01-01", [], "")


def test_a_published_hash_never_changes() -> None:
    text = "# comment\n"
    a, b = "a" * 64, "b" * 64
    text = rel.registry_with_entry(text, "diplomatic-timeline-data-1.10.0.zip", a)
    text = rel.registry_with_entry(text, "diplomatic-timeline-data-1.9.0.zip", b)
    assert text.splitlines() == [
        "# comment",
        f"diplomatic-timeline-data-1.9.0.zip {b}",
        f"diplomatic-timeline-data-1.10.0.zip {a}",
    ]
    with pytest.raises(rel.ReleaseError, match="already registered"):
        rel.registry_with_entry(text, "diplomatic-timeline-data-1.9.0.zip", a)


def test_validate_fails_when_the_versions_disagree(tmp_path, capsys) -> None:
    for name in ("datapackage.json", "CHANGELOG.md", "CITATION.cff", rel.VERSION_FILE):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tmp_path / name)
    assert version_findings(tmp_path) == []
    cff = tmp_path / "CITATION.cff"
    cff.write_text(re.sub(r"^version: .*$", 'version: "9.9.9"', cff.read_text(), flags=re.M))
    findings = version_findings(tmp_path)
    assert len(findings) == 1 and "CITATION.cff 9.9.9" in findings[0].message
    (tmp_path / "CHANGELOG.md").unlink()
    assert any(f.column == "CHANGELOG.md" for f in version_findings(tmp_path))
