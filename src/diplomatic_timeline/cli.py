"""Command line: a thin shell over the library (``diplomatic-timeline --help``)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ._version import __version__

PIPELINE_HINT = (
    "the curation pipeline needs the 'pipeline' extra: pip install 'diplomatic-timeline[pipeline]'"
)


def _root(value: str) -> Path:
    root = Path(value).resolve()
    if not (root / "raw" / "manifest.yaml").is_file():
        raise SystemExit(
            f"error: {root} is not a diplomatic-timeline source checkout (no raw/manifest.yaml); "
            "run from the repository root or pass --root"
        )
    return root


def cmd_build(args: argparse.Namespace) -> int:
    from .build import build

    started = time.perf_counter()
    result = build(_root(args.root))
    counts = ", ".join(f"{t} {n}" for t, n in result.row_counts.items())
    print(
        f"built diplomatic-timeline {result.version} in {time.perf_counter() - started:.2f}s:"
        f" {counts}"
    )
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from .validate import validate

    root = _root(args.root)
    started = time.perf_counter()
    findings = validate(root)
    elapsed = time.perf_counter() - started
    if findings:
        print(
            f"INVALID: {len(findings)} problem(s) in {root / 'datapackage.json'}", file=sys.stderr
        )
        for finding in sorted(findings):
            print(f"  {finding}", file=sys.stderr)
        return 1
    print(f"valid: Frictionless, Pandera and cross-table checks passed in {elapsed:.2f}s")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="diplomatic-timeline",
        description="Build and check the diplomatic-timeline data package.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    for name, func, help_text in (
        ("build", cmd_build, "write data/ and datapackage.json from raw/ and curation/"),
        ("validate", cmd_validate, "check the built package (Frictionless, Pandera, spans)"),
    ):
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        cmd.add_argument("--root", default=".", help="repository root (default: .)")
        cmd.set_defaults(func=func)
    return p


def main(argv: list[str] | None = None) -> int:
    from .errors import PipelineError

    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except PipelineError as exc:
        print(f"error: {len(exc.problems)} problem(s); nothing was written", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except ModuleNotFoundError as exc:
        if exc.name in {"yaml", "pandera", "frictionless"}:
            print(f"error: {PIPELINE_HINT}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
