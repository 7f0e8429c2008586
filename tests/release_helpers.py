"""Helpers for the release, diff and versions tests: package copies and scratch git repos."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from diplomatic_timeline.release import ARCHIVE_DOCS, SCRATCH_IGNORE

from .conftest import ROOT


def copy_package(target: Path, *, version: str | None = None) -> Path:
    """The built package (descriptor, data, docs an archive carries) copied to ``target``."""
    target.mkdir(parents=True)
    shutil.copytree(ROOT / "data", target / "data")
    for name in ("datapackage.json", *ARCHIVE_DOCS):
        shutil.copy2(ROOT / name, target / name)
    if version is not None:
        edit_descriptor(target, lambda d: d.update(version=version))
    return target


def edit_descriptor(root: Path, edit) -> None:
    path = root / "datapackage.json"
    desc = json.loads(path.read_text(encoding="utf-8"))
    edit(desc)
    path.write_text(json.dumps(desc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def resource(desc: dict[str, Any], name: str) -> dict[str, Any]:
    return next(r for r in desc["resources"] if r["name"] == name)


def read_csv(root: Path, table: str) -> tuple[list[str], list[dict[str, str]]]:
    text = (root / "data" / f"{table}.csv").read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return list(reader.fieldnames or []), list(reader)


def write_csv(root: Path, table: str, header: list[str], rows: list[dict[str, str]]) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (root / "data" / f"{table}.csv").write_text(buffer.getvalue(), encoding="utf-8")


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def scratch_repo(target: Path) -> Path:
    """A committed git repository holding a copy of the work tree, with an empty registry
    (so the release under test is a first release, whatever the real registry holds)."""
    shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(*SCRATCH_IGNORE, "dist"))
    registry = target / "src" / "diplomatic_timeline" / "registry.txt"
    comments = [line for line in registry.read_text().splitlines() if line.startswith("#")]
    registry.write_text("\n".join(comments) + "\n")
    git(target, "init", "-q", "-b", "main")
    git(target, "add", "-A")
    git(target, "commit", "-q", "-m", "scratch")
    return target


def next_major() -> str:
    from diplomatic_timeline.validate import version_sources

    current = version_sources(ROOT)["src/diplomatic_timeline/_version.py"]
    return f"{int(str(current).split('.')[0]) + 1}.0.0"
