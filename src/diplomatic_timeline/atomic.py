"""Write or append to a file so that readers see the old bytes or the new ones, never half."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path`` and rename it over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
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
