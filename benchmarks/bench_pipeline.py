"""Drafting throughput and the add → build → validate pipeline at scale (printed, not asserted).

Targets (issue 3): drafting ≥ 200 dispatches/s on one core for ~3 KB dispatches (measured over
the development sets' dispatches, each drafted once: copies of the seeds repeat the same people,
and what is built once per new person or role holder would go unseen); the full
pipeline over a synthetic corpus of 10,000 dispatches generated from the real ones, with time
growing linearly and memory flat. Run: ``python benchmarks/bench_pipeline.py [--sizes ...]``.
Each stage runs in a fresh process so its peak RSS is its own: the high-water mark of that
process image (VmHWM). ``ru_maxrss`` is not used where /proc has it: Linux carries it across
fork and exec, so a stage would report at least this script's own size, texts included.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

STAGE = """
import resource, sys, time
from pathlib import Path
root = Path(sys.argv[1]); stage = sys.argv[2]
t = time.perf_counter()
if stage == "add":
    from diplomatic_timeline.add import add_dispatches
    add_dispatches(root, sorted((root / "incoming").glob("*.txt")))
elif stage == "build":
    from diplomatic_timeline.build import build
    build(root)
else:
    from diplomatic_timeline.validate import validate
    findings = validate(root)
    assert not findings, findings[:5]
try:  # this image's own peak; ru_maxrss would include the parent's memory at fork
    with open("/proc/self/status") as status:
        peak = next(int(x.split()[1]) / 1024 for x in status if x.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(time.perf_counter() - t, peak)
"""


def synthetic_texts(n: int, seed: int = 7) -> list[str]:
    """``n`` distinct dispatches made from the real ones: body paragraphs reordered, a
    numbered closing line (so every text is new to the manifest)."""
    rng = random.Random(seed)
    sources = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw/dispatches").glob("*"))]
    out = []
    for i in range(n):
        paragraphs = sources[i % len(sources)].split("\n\n")
        head, body = paragraphs[:3], paragraphs[3:]
        rng.shuffle(body)
        out.append("\n\n".join([*head, *body, f"(Synthetic benchmark copy {i}.)"]) + "\n")
    return out


def development_texts() -> list[str]:
    """The development sets' dispatches (synthetic, many outlets and years): each a new text
    with people of its own, as a curator's next dispatch is."""
    return [
        p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/dev*/raw/dispatches/*.txt"))
    ]


def drafting_throughput(
    texts: list[str] | None = None, seconds: float = 5.0
) -> tuple[float, float]:
    """Dispatches drafted per second in this process (one core), and their mean size: each
    text drafted once, in order, until ``seconds`` have passed or the texts run out (the
    synthetic seed copies by default)."""
    import yaml

    from diplomatic_timeline.extract.draft import draft_dispatch
    from diplomatic_timeline.extract.resources import Gazetteer, topic_phrases

    actors = yaml.safe_load((ROOT / "curation/actors.yaml").read_text(encoding="utf-8"))
    vocab = yaml.safe_load((ROOT / "schemas/vocabularies.yaml").read_text(encoding="utf-8"))
    topics = topic_phrases(vocab["agenda_topic"]["values"])
    gazetteer = Gazetteer.from_rows(actors)
    texts = synthetic_texts(2000) if texts is None else texts
    for text in synthetic_texts(20, seed=1):  # warm-up, untimed: regexes compiled on first use
        draft_dispatch(text, gazetteer, topics)
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds and done < len(texts):
        draft_dispatch(texts[done], gazetteer, topics)
        done += 1
    rate = done / (time.perf_counter() - started)
    return rate, sum(len(t.encode()) for t in texts[:done]) / done


def fresh_repo(where: Path) -> Path:
    repo = where / "repo"
    (repo / "raw" / "dispatches").mkdir(parents=True)
    (repo / "curation" / "dispatches").mkdir(parents=True)
    (repo / "raw" / "manifest.yaml").write_text("dispatches:\n", encoding="utf-8")
    for name in ("curation/actors.yaml", "curation/outlets.yaml", "CHANGELOG.md"):
        shutil.copy2(ROOT / name, repo / name)
    shutil.copytree(ROOT / "schemas", repo / "schemas")
    return repo


def run_stage(repo: Path, stage: str) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", STAGE, str(repo), stage], check=True, capture_output=True, text=True
    )
    seconds, rss = out.stdout.split()
    return float(seconds), float(rss)


def pipeline(n: int) -> dict[str, tuple[float, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        repo = fresh_repo(Path(tmp))
        incoming = repo / "incoming"
        incoming.mkdir()
        for i, text in enumerate(synthetic_texts(n)):
            (incoming / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        return {stage: run_stage(repo, stage) for stage in ("add", "build", "validate")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2500, 5000, 10000])
    args = parser.parse_args()
    # the seed copies first, as the figure was taken before: the development pass would warm
    # the caches the copies then meet
    rate, size = drafting_throughput()
    print(f"drafting the synthetic seed copies: {rate:.0f} dispatches/s ({size / 1024:.1f} KB)")
    texts = development_texts()
    if texts:
        rate, size = drafting_throughput(texts, seconds=60.0)
        print(
            f"drafting {len(texts)} development dispatches, each once: {rate:.0f} dispatches/s on"
            f" one core (mean {size / 1024:.1f} KB)   (target >= 200/s)"
        )
    else:
        print("no development sets (tests/dev*) to time drafting on")
    print()
    print(
        "| dispatches | add s | build s | validate s | total s | µs/dispatch | peak RSS MB "
        "(add/build/validate) |"
    )
    print("|---|---|---|---|---|---|---|")
    for n in args.sizes:
        r = pipeline(n)
        total = sum(s for s, _ in r.values())
        rss = "/".join(f"{m:.0f}" for _, m in r.values())
        print(
            f"| {n} | {r['add'][0]:.1f} | {r['build'][0]:.1f} | {r['validate'][0]:.1f} | "
            f"{total:.1f} | {total / n * 1e6:.0f} | {rss} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
