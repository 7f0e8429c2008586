"""Sort more items than should sit in memory: sorted runs spilled to a temporary file, merged.

The build writes every table in primary-key order, but rows arrive dispatch by dispatch, and an
event, its mentions or its participants may come from any dispatch. Holding at most
``run_items`` items in memory keeps the build's memory flat whatever the size of the corpus.
Runs are sorted stably and merged earliest run first, so the order is exactly that of
``sorted(items, key=key)``; a corpus that fits in one run never touches the disk.
"""

from __future__ import annotations

import heapq
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator
from typing import IO, Any, Generic, TypeVar

T = TypeVar("T")

RUN_ITEMS = 4096  # items held in memory before a sorted run is spilled
BLOCK_ITEMS = 64  # items per pickled block: what each run holds in memory while merging


class ExternalSorter(Generic[T]):
    """Collect picklable items in any order; :meth:`sorted` yields them ordered by ``key``."""

    def __init__(self, key: Callable[[T], Any], *, run_items: int = RUN_ITEMS) -> None:
        self._key = key
        self._run_items = run_items
        self._buffer: list[T] = []
        self._spill: IO[bytes] | None = None
        self._runs: list[list[tuple[int, int]]] = []  # per run: (offset, length) of its blocks
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def add(self, item: T) -> None:
        self._buffer.append(item)
        self._count += 1
        if len(self._buffer) >= self._run_items:
            self._spill_run()

    def _spill_run(self) -> None:
        self._buffer.sort(key=self._key)
        if self._spill is None:
            # closed by close(): the file lives as long as the sorter, not one block
            self._spill = tempfile.TemporaryFile(prefix="diplomatic-timeline-sort-")  # noqa: SIM115
        blocks = []
        for i in range(0, len(self._buffer), BLOCK_ITEMS):
            data = pickle.dumps(self._buffer[i : i + BLOCK_ITEMS], pickle.HIGHEST_PROTOCOL)
            blocks.append((self._spill.tell(), len(data)))
            self._spill.write(data)
        self._runs.append(blocks)
        self._buffer = []

    def _read_run(self, blocks: list[tuple[int, int]]) -> Iterator[T]:
        assert self._spill is not None
        fd = self._spill.fileno()
        for offset, length in blocks:
            yield from pickle.loads(os.pread(fd, length, offset))

    def sorted(self) -> Iterator[T]:
        """Every item added, in key order (equal keys in the order they were added)."""
        self._buffer.sort(key=self._key)
        if not self._runs:
            yield from self._buffer
            return
        assert self._spill is not None
        self._spill.flush()
        runs = [self._read_run(blocks) for blocks in self._runs]
        yield from heapq.merge(*runs, iter(self._buffer), key=self._key)

    def close(self) -> None:
        """Drop the items and the spill file."""
        self._buffer = []
        self._runs = []
        if self._spill is not None:
            self._spill.close()
            self._spill = None

    def __enter__(self) -> ExternalSorter[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
