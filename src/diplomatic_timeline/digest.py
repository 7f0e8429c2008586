"""SHA-256 of files, read in chunks: the hashes the package and its releases record."""

from __future__ import annotations

import hashlib
import os


def sha256_file(path: str | os.PathLike[str]) -> str:
    """The hex SHA-256 of a file's bytes."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def file_digest(path: str | os.PathLike[str]) -> tuple[str, int]:
    """``sha256:<hex>`` and the byte count of a file, as ``datapackage.json`` records them."""
    return "sha256:" + sha256_file(path), os.stat(path).st_size
