"""Write or append to a file so that readers see the old bytes or the new ones, never half."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_target(path: Path, suffix: str = "", keep_if_same: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to (by any means: bytes, a database, a
    figure); renamed over ``path`` when the block succeeds, removed when it fails, so ``path``
    holds the old bytes or the new ones, never half. ``keep_if_same`` leaves ``path``
    untouched when the new bytes equal the old."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if keep_if_same and path.is_file() and tmp.read_bytes() == path.read_bytes():
            tmp.unlink()
        else:
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path`` and rename it over ``path``."""
    with atomic_target(path) as tmp:
        tmp.write_bytes(data)
    return path


def append_bytes(path: Path, data: bytes) -> None:
    """Append ``data`` to ``path`` in one write; a failed or short write is cut back off, so
    the file ends with all of ``data`` or none of it."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    try:
        size = os.fstat(fd).st_size
        try:
            written = os.write(fd, data)
            if written != len(data):
                raise OSError(f"{path}: only {written} of {len(data)} bytes appended")
        except BaseException:
            os.ftruncate(fd, size)
            raise
    finally:
        os.close(fd)
