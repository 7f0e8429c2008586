"""Add dispatches: copy the text into raw/, record it in the manifest, draft its curation.

Every input is checked first (readable, UTF-8, not already in the corpus), so a bad batch
changes nothing. Then each dispatch is drafted and written at once, so memory does not grow
with the batch: its raw file and draft go through temporary files and renames, and its manifest
entry is appended last, whole or not at all; if that fails the two files are removed again, so
a manifest entry never lacks its raw file and a raw file never lacks its entry.
Raw text is stored byte for byte (see docs/extraction.md, "Text is kept verbatim").
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ._version import __version__
from .atomic import append_bytes, write_bytes_atomic
from .curate import ACTORS_FILE, CURATION_DIR, OUTLETS_FILE
from .errors import Problem, RawError
from .extract.draft import draft_dispatch
from .extract.resources import Gazetteer, topic_phrases
from .raw import MANIFEST, decode_dispatch, scan_manifest, sha256_hex
from .schema import load_schemas
from .yamlio import load_yaml

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
DRAFT_HEADER = (
    "# DRAFT proposed by `diplomatic-timeline add` (extractors of diplomatic-timeline {version}).\n"
    "# Review every entry against the raw text: fix or delete what is wrong, add what is missing,\n"
    "# give events readable ids and titles, resolve date_partial/partial into dates with a\n"
    "# basis, drop the confidence fields, then set review_status: reviewed.\n"
)


COUNTED = ("events", "participants", "agenda", "quotes")


@dataclass(frozen=True, slots=True)
class Added:
    """One dispatch added; kept small, as a batch returns one per file."""

    dispatch_id: str
    source: str
    n: tuple[int, ...]  # entries drafted, per section of COUNTED

    @property
    def raw_path(self) -> str:
        return f"raw/dispatches/{self.dispatch_id}.txt"

    @property
    def curation_path(self) -> str:
        return f"{CURATION_DIR}/{self.dispatch_id}.yaml"

    @property
    def counts(self) -> dict[str, int]:
        return dict(zip(COUNTED, self.n, strict=True))


def known_actors(root: Path) -> list[dict[str, Any]]:
    """Actors of the shared gazetteer plus those proposed in existing curation files."""
    rows = list(load_yaml(root / ACTORS_FILE, ACTORS_FILE) or [])
    for path in sorted((root / CURATION_DIR).glob("*.yaml")):
        doc = load_yaml(path, f"{CURATION_DIR}/{path.name}")
        if isinstance(doc, dict):
            rows.extend(doc.get("actors") or [])
    return rows


def _manifest_entry(dispatch_id: str, digest: str, note: str) -> str:
    """One manifest entry, in the layout of raw/manifest.yaml (appended, comments kept)."""
    return (
        f"  - dispatch_id: {dispatch_id}\n"
        f"    path: dispatches/{dispatch_id}.txt\n"
        f"    sha256: {digest}\n"
        "    url: null\n"
        f"    notes: {json.dumps(note, ensure_ascii=False)}\n"
    )


def add_dispatches(root: Path, paths: list[Path]) -> list[Added]:
    """Add each file as a new dispatch with a draft curation file; refuse duplicates."""
    return list(iter_add_dispatches(root, paths))


def iter_add_dispatches(root: Path, paths: list[Path]) -> Iterator[Added]:
    """Add the files one by one, yielding each as it is written (nothing is kept)."""
    schemas = load_schemas(root)
    by_hash: dict[str, str] = {}
    scan_manifest(root, lambda entry: by_hash.__setitem__(entry["sha256"], entry["dispatch_id"]))
    digests = _check_inputs(paths, by_hash)
    actors = known_actors(root)
    gazetteer = Gazetteer.from_rows(actors)
    known_ids = {a["actor_id"] for a in actors}
    del actors
    topics = topic_phrases(schemas.values("agenda_topic"))
    outlets = {o["name"] for o in (load_yaml(root / OUTLETS_FILE, OUTLETS_FILE) or [])}
    header = DRAFT_HEADER.format(version=__version__)
    if paths:
        _end_manifest_with_one_newline(root / MANIFEST)
    for path, digest in zip(paths, digests, strict=True):
        data = path.read_bytes()
        if sha256_hex(data) != digest:
            raise RawError([Problem(str(path), "", "the file changed while it was being added")])
        dispatch_id = by_hash[digest]
        doc = draft_dispatch(decode_dispatch(data, str(path)), gazetteer, topics).to_curation(
            dispatch_id, outlets
        )
        doc["actors"] = [a for a in doc.get("actors", []) if a["actor_id"] not in known_ids]
        known_ids.update(a["actor_id"] for a in doc["actors"])
        if not doc["actors"]:
            del doc["actors"]
        body = yaml.dump(doc, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=100)
        note = f"Added from {path.name} by diplomatic-timeline add; curation is a draft."
        added = Added(dispatch_id, str(path), tuple(len(doc.get(k) or []) for k in COUNTED))
        _write_dispatch(
            root, added, data, (header + body).encode(), _manifest_entry(dispatch_id, digest, note)
        )
        yield added


def _check_inputs(paths: list[Path], by_hash: dict[str, str]) -> list[str]:
    """The SHA-256 of each input; every unreadable, non-UTF-8 or known text is a problem,
    all reported together before anything is written. ``by_hash`` gains the new texts."""
    problems: list[Problem] = []
    digests: list[str] = []
    for path in paths:
        if not path.is_file():
            problems.append(Problem(str(path), "", "no such file", "check the path"))
            continue
        data = path.read_bytes()
        try:
            decode_dispatch(data, str(path))
        except RawError as exc:
            problems.extend(exc.problems)
            continue
        digest = sha256_hex(data)
        if digest in by_hash:
            problems.append(
                Problem(
                    str(path),
                    "",
                    f"this text is already dispatch {by_hash[digest]} (same sha256)",
                    "nothing to add",
                )
            )
            continue
        by_hash[digest] = f"dsp-{digest[:16]}"
        digests.append(digest)
    if problems:
        raise RawError(problems)
    return digests


def _end_manifest_with_one_newline(path: Path) -> None:
    """Entries are appended after exactly one newline (rewritten once, atomically, if not)."""
    with path.open("rb") as handle:
        handle.seek(max(0, handle.seek(0, os.SEEK_END) - 2))
        tail = handle.read()
    if not tail.endswith(b"\n") or tail == b"\n\n":
        write_bytes_atomic(path, path.read_bytes().rstrip(b"\n") + b"\n")


def _write_dispatch(root: Path, added: Added, raw: bytes, draft: bytes, entry: str) -> None:
    """Raw file, draft, then the manifest entry; if any step fails, the files go again."""
    written: list[Path] = []
    try:
        written.append(write_bytes_atomic(root / added.raw_path, raw))
        written.append(write_bytes_atomic(root / added.curation_path, draft))
        append_bytes(root / MANIFEST, entry.encode("utf-8"))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
