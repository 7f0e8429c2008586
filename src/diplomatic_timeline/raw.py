"""Read raw dispatches and prove they are the bytes that were curated.

A raw file is immutable once curated: every offset in the data points into it. So the manifest
records each file's SHA-256, and reading refuses a file whose bytes changed. The build reads
texts one at a time through :class:`RawCorpus`, so memory does not grow with the corpus.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import Problem, RawError
from .yamlio import STREAMED, load_yaml

MANIFEST = "raw/manifest.yaml"
MANIFEST_KEYS = {"dispatch_id", "path", "sha256", "url", "notes", "source_file"}


@dataclass(frozen=True)
class RawDispatch:
    """One raw dispatch: its decoded text and the provenance recorded in the manifest."""

    dispatch_id: str
    raw_path: str
    text: str
    sha256: str
    url: str | None
    notes: str | None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_dispatch(data: bytes, display: str) -> str:
    """Decode raw bytes as strict UTF-8; an empty or undecodable file is refused."""
    if not data.strip():
        raise RawError(
            [Problem(display, "", "the dispatch is empty", "put the dispatch text in the file")]
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RawError(
            [
                Problem(
                    display,
                    f"byte {exc.start}",
                    f"the dispatch is not valid UTF-8 ({exc.reason})",
                    "convert the file to UTF-8 (e.g. iconv -f cp1251 -t utf-8) before adding it",
                )
            ]
        ) from None


def scan_manifest(root: Path, each: Callable[[dict], None]) -> None:
    """Hand each well-formed manifest entry to ``each`` as it is read (the manifest is never
    in memory whole); every problem of shape is raised together at the end, and then what
    ``each`` was given is to be thrown away."""
    path = root / MANIFEST
    if not path.is_file():
        raise RawError(
            [Problem(MANIFEST, "", "the raw manifest is missing", "restore it from git")]
        )
    problems: list[Problem] = []
    seen: set[str] = set()
    index = itertools.count()

    def check(entry: Any) -> None:
        where = f"dispatches[{next(index)}] (line {getattr(entry, 'line', '?')})"
        if not isinstance(entry, dict):
            problems.append(Problem(MANIFEST, where, "each entry must be a mapping"))
            return
        unknown = set(entry) - MANIFEST_KEYS
        missing = {"dispatch_id", "path", "sha256"} - set(entry)
        if unknown:
            problems.append(
                Problem(
                    MANIFEST,
                    where,
                    f"unknown field(s) {sorted(unknown)}",
                    f"allowed fields: {sorted(MANIFEST_KEYS)}",
                )
            )
        if missing:
            problems.append(Problem(MANIFEST, where, f"missing field(s) {sorted(missing)}"))
            return
        if entry["dispatch_id"] in seen:
            problems.append(
                Problem(
                    MANIFEST,
                    where,
                    f"duplicate dispatch_id {entry['dispatch_id']!r}",
                    "each raw file needs its own id",
                )
            )
        seen.add(entry["dispatch_id"])
        if not problems:
            each(entry)

    try:
        doc = load_yaml(path, MANIFEST, stream=("dispatches", check))
    except Exception as exc:  # a CurationError from the YAML reader: same message, raw family
        raise RawError(getattr(exc, "problems", [Problem(MANIFEST, "", str(exc))])) from None
    entries = doc.get("dispatches", "missing") if isinstance(doc, dict) else None
    if isinstance(entries, list):  # a list the reader did not stream (e.g. explicitly tagged)
        for entry in entries:
            check(entry)
    elif entries is not None and entries is not STREAMED:
        problems.append(Problem(MANIFEST, "", "expected a top-level `dispatches:` list"))
    if problems:
        raise RawError(problems)


def read_dispatch(root: Path, entry: dict) -> RawDispatch:
    """Read one manifest entry's file, verifying its hash and decoding it."""
    raw_path = f"raw/{entry['path']}"
    path = root / raw_path
    if not path.is_file():
        raise RawError(
            [
                Problem(
                    raw_path,
                    "",
                    "the raw file listed in raw/manifest.yaml is missing",
                    "restore it from git or remove its manifest entry",
                )
            ]
        )
    data = path.read_bytes()
    digest = sha256_hex(data)
    if digest != entry["sha256"]:
        raise RawError(
            [
                Problem(
                    raw_path,
                    "",
                    f"sha256 is {digest} but raw/manifest.yaml records {entry['sha256']}: the raw "
                    "file changed after it was curated, which would shift every offset",
                    f"restore the original bytes (git checkout -- {raw_path}); to curate a new "
                    "text, add it as a new dispatch",
                )
            ]
        )
    return RawDispatch(
        dispatch_id=entry["dispatch_id"],
        raw_path=raw_path,
        text=decode_dispatch(data, raw_path),
        sha256=digest,
        url=entry.get("url"),
        notes=entry.get("notes"),
    )


def load_raw(root: Path) -> dict[str, RawDispatch]:
    """Every raw dispatch by id, all verified, texts in memory (small corpora: evaluation)."""
    return dict(RawCorpus(root).items())


class RawCorpus(Mapping[str, RawDispatch]):
    """Every raw dispatch by id, all verified up front (problems reported together), but
    read again from disk on each access, so that one text at a time is in memory."""

    def __init__(self, root: Path) -> None:
        self._root = root
        # id -> (path, sha256, url, notes): the manifest entry, without its YAML trappings
        self._entries: dict[str, tuple[str, str, str | None, str | None]] = {}
        problems: list[Problem] = []

        def verify(entry: dict) -> None:
            try:
                read_dispatch(root, entry)
            except RawError as exc:
                problems.extend(exc.problems)
                return
            fields = (entry["path"], entry["sha256"], entry.get("url"), entry.get("notes"))
            self._entries[entry["dispatch_id"]] = fields

        scan_manifest(root, verify)
        if problems:
            raise RawError(problems)

    def __getitem__(self, dispatch_id: str) -> RawDispatch:
        path, sha256, url, notes = self._entries[dispatch_id]
        entry = {"dispatch_id": dispatch_id, "path": path, "sha256": sha256}
        return read_dispatch(self._root, entry | {"url": url, "notes": notes})

    def __contains__(self, dispatch_id: object) -> bool:
        return dispatch_id in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)
