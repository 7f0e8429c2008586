"""Speed figures of the data package (printed, never asserted in tests).

Targets (issue 2): ``import diplomatic_timeline`` <= 150 ms, loading all tables <= 300 ms,
build + validate <= 10 s. Run: ``python benchmarks/bench.py``.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPEAT = 7


def in_fresh_process(code: str) -> float:
    """Seconds printed by ``code`` run in a new interpreter (nothing cached in memory)."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def median_ms(code: str) -> float:
    return statistics.median(in_fresh_process(code) for _ in range(REPEAT)) * 1000


IMPORT = (
    "import time; t=time.perf_counter(); import diplomatic_timeline; print(time.perf_counter()-t)"
)
LOAD_COLD = (
    "import time, diplomatic_timeline as dt; t=time.perf_counter(); dt.load_package(); "
    "print(time.perf_counter()-t)"
)
LOAD_WARM = (
    "import time, pandas, pyarrow.parquet, diplomatic_timeline as dt; dt.load_events(); "
    "t=time.perf_counter(); dt.load_package(); print(time.perf_counter()-t)"
)
TIMELINE = (
    "import time, pandas, pyarrow.parquet, diplomatic_timeline as dt; dt.load_events(); "
    "t=time.perf_counter(); dt.timeline(); print(time.perf_counter()-t)"
)


def build_and_validate_seconds() -> tuple[float, float]:
    exe = str(Path(sys.executable).with_name("diplomatic-timeline"))
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "repo"
        copy.mkdir()
        for name in ("raw", "curation", "schemas", "data", "datapackage.json", "CHANGELOG.md"):
            src = ROOT / name
            (shutil.copytree if src.is_dir() else shutil.copy2)(src, copy / name)
        timings = []
        for command in ("build", "validate"):
            t = time.perf_counter()
            subprocess.run([exe, command, "--root", str(copy)], check=True, capture_output=True)
            timings.append(time.perf_counter() - t)
    return timings[0], timings[1]


def main() -> None:
    print(f"python {sys.version.split()[0]}, median of {REPEAT} fresh processes")
    print(f"import diplomatic_timeline           {median_ms(IMPORT):8.1f} ms   (target <= 150 ms)")
    print(f"load all 8 tables, cold (+pandas)    {median_ms(LOAD_COLD):8.1f} ms")
    print(
        f"load all 8 tables, pandas imported   {median_ms(LOAD_WARM):8.1f} ms   (target <= 300 ms)"
    )
    print(f"timeline(), pandas imported          {median_ms(TIMELINE):8.1f} ms")
    build, validate = build_and_validate_seconds()
    print(f"build (CLI, fresh process)           {build:8.2f} s")
    print(f"validate (CLI, fresh process)        {validate:8.2f} s")
    print(f"build + validate                     {build + validate:8.2f} s    (target <= 10 s)")


if __name__ == "__main__":
    main()
