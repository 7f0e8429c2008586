"""Add dispatches: copy the text into raw/, record it in the manifest, draft its curation.

Everything is checked and drafted in memory first; files are then written through temporary
files and renamed, the manifest last, so a failure leaves no half-added dispatch behind.
Raw text is stored byte for byte (see docs/extraction.md, "Text is kept verbatim").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ._version import __version__
from .atomic import write_bytes_atomic
from .curate import ACTORS_FILE, CURATION_DIR, OUTLETS_FILE
from .errors import Problem, RawError
from .extract.draft import draft_dispatch
from .extract.resources import Gazetteer, topic_phrases
from .raw import MANIFEST, decode_dispatch, read_manifest, sha256_hex
from .schema import load_schemas
from .yamlio import load_yaml

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
DRAFT_HEADER = (
    "# DRAFT proposed by `diplomatic-timeline add` (extractors of diplomatic-timeline {version}).\n"
    "# Review every entry against the raw text: fix or delete what is wrong, add what is missing,\n"
    "# give events readable ids and titles, resolve date_partial/partial into dates with a\n"
    "# basis, drop the confidence fields, then set review_status: reviewed.\n"
)


@dataclass(frozen=True)
class Added:
    dispatch_id: str
    source: str
    raw_path: str
    curation_path: str
    counts: dict[str, int]


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
    schemas = load_schemas(root)
    manifest = read_manifest(root)
    by_hash = {entry["sha256"]: entry["dispatch_id"] for entry in manifest}
    actors = known_actors(root)
    gazetteer = Gazetteer.from_rows(actors)
    known_ids = {a["actor_id"] for a in actors}
    topics = topic_phrases(schemas.values("agenda_topic"))
    outlets = {o["name"] for o in (load_yaml(root / OUTLETS_FILE, OUTLETS_FILE) or [])}

    problems: list[Problem] = []
    planned: list[tuple[Path, str, bytes, dict[str, Any]]] = []
    for path in paths:
        if not path.is_file():
            problems.append(Problem(str(path), "", "no such file", "check the path"))
            continue
        data = path.read_bytes()
        try:
            text = decode_dispatch(data, str(path))
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
        dispatch_id = f"dsp-{digest[:16]}"
        by_hash[digest] = dispatch_id
        doc = draft_dispatch(text, gazetteer, topics).to_curation(dispatch_id, outlets)
        doc["actors"] = [a for a in doc.get("actors", []) if a["actor_id"] not in known_ids]
        known_ids.update(a["actor_id"] for a in doc["actors"])
        if not doc["actors"]:
            del doc["actors"]
        planned.append((path, dispatch_id, data, doc))
    if problems:
        raise RawError(problems)

    added: list[Added] = []
    manifest_text = (root / MANIFEST).read_text(encoding="utf-8")
    for path, dispatch_id, data, doc in planned:
        raw_rel = f"raw/dispatches/{dispatch_id}.txt"
        cur_rel = f"{CURATION_DIR}/{dispatch_id}.yaml"
        write_bytes_atomic(root / raw_rel, data)
        body = yaml.dump(doc, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=100)
        write_bytes_atomic(
            root / cur_rel, (DRAFT_HEADER.format(version=__version__) + body).encode()
        )
        note = f"Added from {path.name} by diplomatic-timeline add; curation is a draft."
        entry = _manifest_entry(dispatch_id, sha256_hex(data), note)
        manifest_text = manifest_text.rstrip("\n") + "\n" + entry
        added.append(
            Added(
                dispatch_id,
                str(path),
                raw_rel,
                cur_rel,
                {k: len(doc.get(k) or []) for k in ("events", "participants", "agenda", "quotes")},
            )
        )
    write_bytes_atomic(root / MANIFEST, manifest_text.encode("utf-8"))
    return added
