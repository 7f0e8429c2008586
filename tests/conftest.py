"""Shared fixtures: the repository root and a scratch copy of it to break on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# property tests check behaviour, not speed (speed is the benchmarks' job): a first example
# that builds the extractors' patterns, on a loaded CI machine, must not fail a deadline
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")

ROOT = Path(__file__).resolve().parents[1]
COPIED = (
    "raw",
    "curation",
    "schemas",
    "data",
    "datapackage.json",
    "CHANGELOG.md",
    "pyproject.toml",
)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the inputs and the committed outputs, safe to edit."""
    target = tmp_path / "repo"
    target.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy2(source, target / name)
    return target


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every output file's bytes, to prove a failed build wrote nothing."""
    files = {"datapackage.json": (root / "datapackage.json").read_bytes()}
    for path in sorted((root / "data").iterdir()):
        files[f"data/{path.name}"] = path.read_bytes()
    return files
