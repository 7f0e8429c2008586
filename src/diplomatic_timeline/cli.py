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
    result = build(_root(args.root), reviewed_only=args.reviewed_only)
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


def _data_root_or_error(value: str | None) -> bool:
    """True when ``value`` (or, for None, the package's own data) holds a built package."""
    from .load import data_root

    try:
        data_root(value)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return False
    return True


def cmd_plot(args: argparse.Namespace) -> int:
    from .plot import PLOT_HINT, matplotlib_available, plot_timeline, save_figure

    if not matplotlib_available():
        print(f"error: {PLOT_HINT}", file=sys.stderr)
        return 1
    if Path(args.out).suffix.lower() not in {".svg", ".png", ".pdf"}:
        print(f"error: {args.out}: give a .svg, .png or .pdf file name", file=sys.stderr)
        return 1
    if not _data_root_or_error(args.root):
        return 1
    try:
        fig = plot_timeline(
            path=args.root, layout=args.layout, start=args.start, end=args.end, labels=args.labels
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {save_figure(fig, args.out)}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export_sqlite

    if not _data_root_or_error(args.root):
        return 1
    try:
        counts = export_sqlite(args.path, path=args.root)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    rows = ", ".join(f"{table} {n}" for table, n in counts.items())
    print(f"wrote {args.path} ({args.format}): {rows}; view timeline")
    return 0


def _add_look_commands(sub: argparse._SubParsersAction) -> None:
    """``plot`` and ``export``: read the built package (a checkout's or the installed one)."""
    root_help = (
        "directory holding datapackage.json (default: this source checkout, else the data "
        "installed with the package)"
    )
    help_text = "draw the timeline of events as a figure (.svg, .png or .pdf; needs matplotlib)"
    plot = sub.add_parser("plot", help=help_text, description=help_text)
    plot.add_argument("--out", required=True, help="figure file to write (.svg, .png, .pdf)")
    plot.add_argument("--root", default=None, help=root_help)
    plot.add_argument(
        "--layout",
        choices=["auto", "year", "type"],
        default="auto",
        help="one row per year, one row per event type, or auto (default)",
    )
    plot.add_argument("--from", dest="start", help="zoom: leave out events before this ISO date")
    plot.add_argument("--to", dest="end", help="zoom: leave out events after this ISO date")
    plot.add_argument(
        "--labels",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="label every event (default: only when at most 80 are drawn)",
    )
    plot.set_defaults(func=cmd_plot)
    help_text = "export the built package to another format (sqlite: for sqlite3 or datasette)"
    export = sub.add_parser("export", help=help_text, description=help_text)
    export.add_argument("format", choices=["sqlite"], help="output format")
    export.add_argument("path", help="database file to write (replaced if it exists)")
    export.add_argument("--root", default=None, help=root_help)
    export.set_defaults(func=cmd_export)


def cmd_diff(args: argparse.Namespace) -> int:
    from .diff import run_cli

    try:
        report = run_cli(args.old, args.new, as_json=args.json)
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(report)
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    from .release import next_steps, release

    result = release(
        _root(args.root),
        args.version,
        day=args.date,
        previous=args.previous,
        python_dists=not args.no_python_dists,
    )
    print(next_steps(result))
    return 0


def _add_release_commands(sub: argparse._SubParsersAction) -> None:
    """``diff`` and ``release``: compare versions, cut a versioned release."""
    help_text = "compare two versions (directories, release archives or released versions)"
    diff = sub.add_parser("diff", help=help_text, description=help_text)
    diff.add_argument("old", help="the older version: directory, .zip archive or X.Y.Z")
    diff.add_argument("new", help="the newer version: directory, .zip archive or X.Y.Z")
    diff.add_argument("--json", action="store_true", help="print the diff as JSON")
    diff.set_defaults(func=cmd_diff)
    help_text = "release VERSION: bump, CHANGELOG, CITATION.cff, archive, checksums, wheel"
    rel = sub.add_parser("release", help=help_text, description=help_text)
    rel.add_argument("version", help="the new version, MAJOR.MINOR.PATCH")
    rel.add_argument("--root", default=".", help="repository root (default: .)")
    rel.add_argument("--date", help="release date YYYY-MM-DD (default: SOURCE_DATE_EPOCH, today)")
    rel.add_argument(
        "--previous", help="compare with this directory, archive or git revision instead"
    )
    rel.add_argument(
        "--no-python-dists", action="store_true", help="skip building the wheel and sdist"
    )
    rel.set_defaults(func=cmd_release)


def cmd_add(args: argparse.Namespace) -> int:
    from .add import iter_add_dispatches

    for added in iter_add_dispatches(_root(args.root), [Path(p) for p in args.paths]):
        counts = ", ".join(f"{k} {n}" for k, n in added.counts.items())
        print(
            f"added {added.source} as {added.dispatch_id}: {added.raw_path}, draft "
            f"{added.curation_path} ({counts})"
        )
    print(
        "review the drafts (docs/curation.md), then: diplomatic-timeline build && "
        "diplomatic-timeline validate"
    )
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_sets

    print(evaluate_sets(_root(args.root), heldout=not args.seeds_only))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from .atomic import write_bytes_atomic
    from .train import MODEL_DIR, cross_validate, examples_by_set, train

    root = _root(args.root)
    if args.cross_validate or args.whole:
        per_set = examples_by_set(root)  # drawn once for both cross-validations
        for name, cv in cross_validate(root, per_set=per_set).items():
            print(
                f"{name}: {cv.examples} examples; the rules' choice right on {cv.rules_right}, "
                f"the model's on {cv.model_right} (fixed {cv.fixed}, broken {cv.broken}; "
                "six folds by set)"
            )
        if args.whole:
            from .evaluate import format_report
            from .train import whole_draft_cross_validation

            title = "The whole draft, each development set drafted with models trained without it"
            print()
            print(format_report(whole_draft_cross_validation(root, per_set=per_set), title))
        return 0
    documents, n_sets = train(root)
    stale = []
    for name, (document, n_examples) in documents.items():
        out = MODEL_DIR / f"{name}.json"
        if not args.check:
            write_bytes_atomic(out, document.encode("utf-8"))
            print(f"wrote {out} ({n_examples} examples from {n_sets} development sets)")
        elif not out.is_file() or out.read_text(encoding="utf-8") != document:
            stale.append(out)
        else:
            print(f"{out} equals a fresh training run ({n_examples} examples, {n_sets} sets)")
    for out in stale:
        print(f"error: {out} differs from a fresh training run; run train", file=sys.stderr)
    return 1 if stale else 0


def _add_curation_commands(sub: argparse._SubParsersAction) -> None:
    """``add`` and ``evaluate``: grow the corpus with drafts, measure the extractors."""
    help_text = "add dispatch text files to raw/ with a drafted curation file each"
    add = sub.add_parser("add", help=help_text, description=help_text)
    add.add_argument("paths", nargs="+", help="UTF-8 text files, one dispatch each")
    add.add_argument("--root", default=".", help="repository root (default: .)")
    add.set_defaults(func=cmd_add)
    help_text = "draft every reviewed dispatch from scratch and score the drafts"
    ev = sub.add_parser("evaluate", help=help_text, description=help_text)
    ev.add_argument("--root", default=".", help="repository root (default: .)")
    ev.add_argument(
        "--seeds-only",
        action="store_true",
        help="skip the synthetic development and held-out sets in tests/",
    )
    ev.set_defaults(func=cmd_evaluate)
    help_text = (
        "learn the date, status, event, furniture and publication models' weights from the "
        "development sets"
    )
    tr = sub.add_parser("train", help=help_text, description=help_text)
    tr.add_argument("--root", default=".", help="repository root (default: .)")
    tr.add_argument(
        "--check", action="store_true", help="fail unless the model files equal a fresh run"
    )
    tr.add_argument(
        "--cross-validate",
        action="store_true",
        help="print six-fold leave-sets-out figures instead of writing the models",
    )
    tr.add_argument(
        "--whole",
        action="store_true",
        help="cross-validate (as --cross-validate) and also score the whole draft of every "
        "development set, drafted with models trained without it (a few minutes)",
    )
    tr.set_defaults(func=cmd_train)


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
        if name == "build":
            cmd.add_argument(
                "--reviewed-only",
                action="store_true",
                help="leave out dispatches whose curation is still a draft",
            )
        cmd.set_defaults(func=func)
    _add_curation_commands(sub)
    _add_look_commands(sub)
    _add_release_commands(sub)
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
