"""Cut a release: ``diplomatic-timeline release VERSION``.

In order, and nothing is left changed if a step fails:

1. refuse a dirty git tree, data that differs from a fresh build, and an invalid package;
2. compare the data with the previous release and refuse a version bump smaller than the diff
   needs (semantic versioning for data, README "Versions");
3. write the CHANGELOG entry (the ``[Unreleased]`` notes, if any, plus the diff summary),
   ``_version.py``, and rebuild, so ``datapackage.json`` carries the version and ``created``
   (the release date); then ``CITATION.cff`` and ``.zenodo.json`` from the new descriptor;
4. write ``dist/diplomatic-timeline-data-VERSION.zip``, record its SHA-256 in the package's
   ``registry.txt``, build the wheel and sdist, and write ``dist/SHA256SUMS``.

The previous release is the newest version in the repository's ``registry.txt`` (the published
archives), read from ``dist/`` when its archive is still there, else from the git tag
``v<version>``, else downloaded and verified like ``load_*(version=...)``. ``--previous``
(a directory, an archive or a git revision) overrides it. With an empty registry there is no
previous release (the first release): the diff summary then lists every table as new.

Archives are deterministic: members in a fixed order, every timestamp the package's
``created``, permissions 0644, fixed compression; the wheel and sdist are built by hatchling
with ``SOURCE_DATE_EPOCH`` set to the same instant.
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import atomic_target
from .errors import PipelineError, Problem
from .versions import ARCHIVE_PREFIX, VERSION_RE, archive_name, available_versions, parse_registry

if TYPE_CHECKING:
    import pandas as pd

    from .diff import PackageDiff

DIST = "dist"
VERSION_FILE = "src/diplomatic_timeline/_version.py"
REGISTRY_FILE = "src/diplomatic_timeline/registry.txt"
CHANGELOG = "CHANGELOG.md"
CITATION = "CITATION.cff"
ZENODO = ".zenodo.json"
# Archive members besides the data files, in archive order.
ARCHIVE_DOCS = ("README.md", CHANGELOG, CITATION, "LICENSE", "LICENSE-DATA.md")
# Not copied for the fresh-build check.
SCRATCH_IGNORE = (".git", DIST, ".venv", "venv", "build", "__pycache__", ".*_cache", ".hypothesis")
ZIP_EPOCH_MIN = datetime(1980, 1, 1, tzinfo=UTC)


class ReleaseError(PipelineError):
    """The release was refused; nothing was changed."""


def _refuse(where: str, message: str, hint: str = "") -> ReleaseError:
    return ReleaseError([Problem(where, "", message, hint)])


@dataclass(frozen=True)
class Previous:
    """The release the new one is compared with."""

    version: str
    source: str  # where its data came from, for messages
    desc: dict[str, Any]
    frames: dict[str, pd.DataFrame]


@dataclass(frozen=True)
class ReleaseResult:
    version: str
    date: str
    archive: Path
    sha256: str
    files: list[Path]  # everything written to dist/, archive first
    previous: str | None
    diff: PackageDiff
    bump: str | None  # the bump the diff needs


# --- small pieces, each testable on its own --------------------------------------------------


def version_tuple(version: str) -> tuple[int, int, int]:
    match = VERSION_RE.match(version)
    if not match:
        raise _refuse(version, "not a version of the form MAJOR.MINOR.PATCH (e.g. 1.0.0)")
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def read_version_file(root: Path) -> str:
    text = (root / VERSION_FILE).read_text(encoding="utf-8")
    match = re.search(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", text, flags=re.MULTILINE)
    if not match:
        raise _refuse(VERSION_FILE, "no __version__ = '...' line")
    return match.group(1)


def write_version_file(root: Path, version: str) -> None:
    path = root / VERSION_FILE
    text = path.read_text(encoding="utf-8")
    new = re.sub(
        r"^__version__\s*=.*$", f'__version__ = "{version}"', text, count=1, flags=re.MULTILINE
    )
    path.write_text(new, encoding="utf-8")


def release_date(value: str | None = None) -> str:
    """``value`` (YYYY-MM-DD), else the date of SOURCE_DATE_EPOCH, else today (UTC)."""
    if value:
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise _refuse(value, "not a date of the form YYYY-MM-DD") from None
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC).date().isoformat()
    return datetime.now(tz=UTC).date().isoformat()


def changelog_with_entry(text: str, version: str, day: str, summary: list[str], since: str) -> str:
    """CHANGELOG text with a new ``## [version] - day`` entry above the previous releases.

    The notes under ``## [Unreleased]`` (if there is such a section) move into the entry, and
    the heading stays, empty, for the next release.
    """
    if re.search(rf"^## \[{re.escape(version)}\]", text, flags=re.MULTILINE):
        raise _refuse(CHANGELOG, f"already has an entry for {version}")
    headings = list(re.finditer(r"^## \[([^\]]+)\].*$", text, flags=re.MULTILINE))
    unreleased = next((h for h in headings if h.group(1).lower() == "unreleased"), None)
    notes = ""
    if unreleased is not None:
        following = [h for h in headings if h.start() > unreleased.start()]
        end = following[0].start() if following else len(text)
        notes = text[unreleased.end() : end].strip()
        text = text[: unreleased.end()] + "\n\n" + text[end:]
        headings = list(re.finditer(r"^## \[([^\]]+)\].*$", text, flags=re.MULTILINE))
    title = f"### Data changes since {since}" if since else "### Data in this release"
    entry = f"## [{version}] - {day}\n\n"
    if notes:
        entry += notes + "\n\n"
    entry += title + "\n\n" + "\n".join(summary) + "\n\n"
    released = [h for h in headings if h.group(1).lower() != "unreleased"]
    if released:
        at = released[0].start()
        return text[:at] + entry + text[at:]
    return text.rstrip("\n") + "\n\n" + entry.rstrip("\n") + "\n"


def zenodo_metadata(desc: dict[str, Any]) -> dict[str, Any]:
    """``.zenodo.json`` for the version ``desc`` describes (Zenodo's deposit metadata)."""
    from .citation import metadata

    m = metadata(desc)
    record: dict[str, Any] = {
        "upload_type": "dataset",
        "title": m["title"],
        "version": m["version"],
        "publication_date": m["date"],
        "description": m["abstract"],
        "creators": [{"name": a} for a in m["authors"]],
        "access_right": "open",
        "license": m["license"].lower(),
        "keywords": m["keywords"],
    }
    if m["homepage"]:
        record["related_identifiers"] = [
            {"identifier": m["homepage"], "relation": "isSupplementedBy", "scheme": "url"}
        ]
    return record


def registry_with_entry(text: str, name: str, digest: str) -> str:
    """Registry text with ``name``'s line set to ``digest``; entries sorted by version."""
    entries = parse_registry(text)
    if name in entries and entries[name] != digest:
        raise _refuse(
            REGISTRY_FILE,
            f"{name} is already registered with another hash ({entries[name]})",
            "a published archive never changes: release a new version instead",
        )
    entries[name] = digest
    comments = [line for line in text.splitlines() if line.strip().startswith("#")]
    ordered = [archive_name(v) for v in available_versions(entries)]
    ordered += sorted(n for n in entries if n not in ordered)
    return "\n".join(comments + [f"{n} {entries[n]}" for n in ordered]) + "\n"


def _zip_time(created: str) -> tuple[int, int, int, int, int, int]:
    moment = datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    moment = max(moment, ZIP_EPOCH_MIN)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def archive_members(root: Path, desc: dict[str, Any]) -> list[str]:
    """What goes into the release archive, in archive order (paths relative to ``root``)."""
    data = []
    for res in desc["resources"]:
        data += [res["path"], res["parquet"]["path"]] if "parquet" in res else [res["path"]]
    return ["datapackage.json", *sorted(data), *ARCHIVE_DOCS]


def write_archive(root: Path, dest_dir: Path) -> Path:
    """Write ``diplomatic-timeline-data-<version>.zip`` for the package at ``root``.

    The same files give the same bytes: fixed member order, every timestamp the descriptor's
    ``created``, mode 0644, deflate level 9, no extra fields. Members sit under a top folder
    named like the archive. Refuses data files whose hash differs from the descriptor's.
    """
    desc = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    version = desc["version"]
    stamp = _zip_time(desc["created"])
    expected = {}
    for res in desc["resources"]:
        for meta in (res, res.get("parquet")):
            if meta:
                expected[meta["path"]] = meta["hash"].removeprefix("sha256:")
    missing = [m for m in archive_members(root, desc) if not (root / m).is_file()]
    if missing:
        raise _refuse(str(root), f"cannot write the archive: missing {', '.join(missing)}")
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / archive_name(version)
    prefix = target.name.removesuffix(".zip")
    with atomic_target(target, suffix=".part") as tmp, zipfile.ZipFile(tmp, "w") as archive:
        for member in archive_members(root, desc):
            data = (root / member).read_bytes()
            if member in expected and hashlib.sha256(data).hexdigest() != expected[member]:
                raise _refuse(member, "does not match the hash recorded in datapackage.json")
            info = zipfile.ZipInfo(f"{prefix}/{member}", date_time=stamp)
            info.create_system = 3  # unix, so the permissions below are read
            info.external_attr = (0o100644 & 0xFFFF) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return target


def sha256sums(files: list[Path], dest: Path) -> Path:
    """``SHA256SUMS`` (``sha256sum -c`` format) for ``files``, sorted by name."""
    lines = [
        f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.name}"
        for f in sorted(files, key=lambda p: p.name)
    ]
    dest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return dest


# --- checks ----------------------------------------------------------------------------------


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True)


def check_clean_tree(root: Path) -> None:
    if _git(root, "rev-parse", "--is-inside-work-tree").returncode != 0:
        raise _refuse(str(root), "is not a git work tree", "release from a clone of the repository")
    status = _git(root, "status", "--porcelain", "--untracked-files=all")
    if status.returncode != 0:
        raise _refuse(str(root), f"git status failed: {status.stderr.strip()}")
    if status.stdout.strip():
        changed = [line[3:] for line in status.stdout.splitlines()][:10]
        raise _refuse(
            str(root),
            f"the work tree is not clean ({', '.join(changed)})",
            "commit or stash the changes: a release is made from committed files only",
        )


def _set_environ(values: dict[str, str | None]) -> None:
    """Set each variable, or unset it where the value is None."""
    for k, v in values.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@contextlib.contextmanager
def _environ(**values: str | None) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    try:
        _set_environ(values)
        yield
    finally:
        _set_environ(saved)


def _build(root: Path, version: str) -> None:
    from . import load
    from .build import build

    with _environ(SOURCE_DATE_EPOCH=None):  # created comes from the CHANGELOG entry
        build(root, version=version)
    load._descriptor_cached.cache_clear()


def _outputs(root: Path) -> dict[str, bytes]:
    files = {"datapackage.json": (root / "datapackage.json").read_bytes()}
    for path in sorted((root / "data").iterdir()):
        files[f"data/{path.name}"] = path.read_bytes()
    return files


def check_fresh_build(root: Path, version: str) -> None:
    """Refuse when ``data/`` and ``datapackage.json`` differ from a build of the inputs."""
    with tempfile.TemporaryDirectory(prefix="dt-release-") as tmp:
        scratch = Path(tmp) / "repo"
        shutil.copytree(root, scratch, ignore=shutil.ignore_patterns(*SCRATCH_IGNORE))
        _build(scratch, version)
        fresh, committed = _outputs(scratch), _outputs(root)
    differ = sorted(n for n in set(fresh) | set(committed) if fresh.get(n) != committed.get(n))
    if differ:
        raise _refuse(
            str(root),
            f"the committed data differs from a fresh build: {', '.join(differ)}",
            "run `diplomatic-timeline build`, check and commit the result",
        )


def check_valid(root: Path) -> None:
    from .validate import validate

    findings = validate(root)
    if findings:
        raise ReleaseError(
            [Problem("datapackage.json", "", f"invalid: {f}") for f in findings[:20]]
        )


# --- the previous release --------------------------------------------------------------------


def _frames_of(directory: Path) -> tuple[dict[str, Any], dict[str, pd.DataFrame]]:
    from .diff import load_frames
    from .versions import package_root

    return load_frames(package_root(directory))


def _from_git(root: Path, ref: str) -> tuple[dict[str, Any], dict[str, pd.DataFrame]] | None:
    if _git(root, "rev-parse", "-q", "--verify", f"{ref}^{{commit}}").returncode != 0:
        return None
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", ref, "datapackage.json", "data"],
        capture_output=True,
    )
    if archive.returncode != 0:
        return None
    with tempfile.TemporaryDirectory(prefix="dt-previous-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            if hasattr(tarfile, "data_filter"):  # Python >= 3.11.4
                tar.extractall(tmp, filter="data")
            else:  # our own `git archive` output
                tar.extractall(tmp)
        return _frames_of(Path(tmp))


def _from_path(path: Path) -> tuple[dict[str, Any], dict[str, pd.DataFrame]]:
    if path.is_dir():
        return _frames_of(path)
    from .versions import safe_extract

    with tempfile.TemporaryDirectory(prefix="dt-previous-") as tmp:
        return _frames_of(safe_extract(path, tmp))


def find_previous(root: Path, previous: str | None = None) -> Previous | None:
    """The release to compare with (see the module docstring); None for the first release."""
    if previous:
        path = Path(previous)
        loaded = _from_path(path) if path.exists() else _from_git(root, previous)
        if loaded is None:
            raise _refuse(previous, "neither a directory, an archive nor a git revision")
        desc, frames = loaded
        return Previous(str(desc.get("version")), previous, desc, frames)
    registry_text = (root / REGISTRY_FILE).read_text(encoding="utf-8")
    reg = parse_registry(registry_text)
    published = available_versions(reg)
    if not published:
        return None
    version = published[-1]
    name = archive_name(version)
    local = root / DIST / name
    if local.is_file() and hashlib.sha256(local.read_bytes()).hexdigest() == reg[name]:
        return Previous(version, str(local), *_from_path(local))
    loaded = _from_git(root, f"v{version}")
    if loaded is not None:
        return Previous(version, f"git tag v{version}", *loaded)
    from .versions import fetch

    try:
        fetched = fetch(version, registry_path=root / REGISTRY_FILE)
    except (OSError, ValueError) as exc:
        raise _refuse(
            name,
            f"the previous release {version} is not in {DIST}/, has no git tag v{version} and "
            f"could not be downloaded: {exc}",
            "pass --previous with its archive, directory or git revision",
        ) from None
    return Previous(version, str(fetched), *_frames_of(fetched))


# --- the release -----------------------------------------------------------------------------


def _ignored(name: str) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in SCRATCH_IGNORE)


def snapshot(root: Path) -> dict[Path, bytes]:
    """Every file of the work tree (but .git, dist/ and caches) with its bytes."""
    files: dict[Path, bytes] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not _ignored(d)]
        for name in filenames:
            path = Path(dirpath) / name
            files[path] = path.read_bytes()
    return files


def restore(root: Path, saved: dict[Path, bytes]) -> None:
    """Put the work tree back as :func:`snapshot` found it."""
    for path in set(snapshot(root)) - set(saved):
        path.unlink()
    for path, data in saved.items():
        if not path.is_file() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)


def _build_python_dists(root: Path, dist: Path, epoch: int) -> list[Path]:
    """The wheel and the sdist, built by hatchling in-tree without the network."""
    code = (
        "import sys\n"
        "from hatchling.build import build_sdist, build_wheel\n"
        "print(build_wheel(sys.argv[1]))\n"
        "print(build_sdist(sys.argv[1]))\n"
    )
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    result = subprocess.run(
        [sys.executable, "-c", code, str(dist)], cwd=root, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        raise _refuse(
            "pyproject.toml",
            "building the wheel and sdist failed: " + " | ".join(tail),
            "install the dev extra (hatchling)",
        )
    return [dist / name for name in result.stdout.split()]


def release(
    root: Path,
    version: str,
    *,
    day: str | None = None,
    previous: str | None = None,
    python_dists: bool = True,
    require_clean: bool = True,
    log: Callable[[str], None] = print,
) -> ReleaseResult:
    """Release ``version`` of the repository at ``root`` (see the module docstring)."""
    from .diff import bump_of, changelog_lines, diff_packages, load_frames, required_bump

    root = root.resolve()
    version_tuple(version)
    current = read_version_file(root)
    if bump_of(current, version) is None:
        raise _refuse(version, f"is not greater than the current version {current}")
    if require_clean:
        check_clean_tree(root)
    log(f"checking that the data is a fresh build of {current} and valid ...")
    check_fresh_build(root, current)
    check_valid(root)

    prior = find_previous(root, previous)
    since = prior.version if prior else ""
    floor = prior.version if prior else current
    for older in dict.fromkeys((floor, current)):
        if bump_of(older, version) is None:
            raise _refuse(version, f"is not greater than {older}")
    desc, frames = load_frames(root)
    dispatches = frames.get("dispatches")
    if dispatches is not None and "review_status" in dispatches:
        drafts = int((dispatches["review_status"] == "draft").sum())
        if drafts:
            log(f"warning: {drafts} dispatch(es) in this release are curation drafts")
    if prior:
        diff = diff_packages(prior.desc, prior.frames, desc, frames)
    else:
        empty = {"version": None, "resources": []}
        diff = diff_packages(empty, {}, desc, frames)
        diff.metadata_changed = []
    needed = required_bump(diff) if prior else None
    bump = bump_of(floor, version)
    order = ("patch", "minor", "major")
    if needed and order.index(str(bump)) < order.index(needed):
        details = "; ".join(changelog_lines(diff))
        raise _refuse(
            version,
            f"is a {bump} bump from {floor}, but the changes since {since} need a {needed} "
            f"bump: {details}",
            "choose a larger version (README, 'Versions')",
        )
    if prior:
        log(f"previous release: {prior.version} (from {prior.source}); changes need: {needed}")
    else:
        log("no previous release in the registry: this is the first release")

    released_on = release_date(day)
    dist = root / DIST
    saved = snapshot(root)
    in_dist = {p: p.read_bytes() for p in dist.iterdir() if p.is_file()} if dist.is_dir() else {}
    written: list[Path] = []
    try:
        changelog = root / CHANGELOG
        changelog.write_text(
            changelog_with_entry(
                changelog.read_text(encoding="utf-8"),
                version,
                released_on,
                changelog_lines(diff),
                since,
            ),
            encoding="utf-8",
        )
        write_version_file(root, version)
        _build(root, version)
        new_desc = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
        from .citation import cff

        (root / CITATION).write_text(cff(new_desc), encoding="utf-8")
        zenodo = json.dumps(zenodo_metadata(new_desc), indent=2, ensure_ascii=False) + "\n"
        (root / ZENODO).write_text(zenodo, encoding="utf-8")
        from .validate import version_findings

        disagree = version_findings(root)
        if disagree:
            raise ReleaseError([Problem(str(root), "", str(f)) for f in disagree])

        archive = write_archive(root, dist)
        written.append(archive)
        digest = hashlib.sha256(archive.read_bytes()).hexdigest()
        registry = root / REGISTRY_FILE
        registry.write_text(
            registry_with_entry(registry.read_text(encoding="utf-8"), archive.name, digest),
            encoding="utf-8",
        )
        if python_dists:
            epoch = int(datetime.fromisoformat(released_on).replace(tzinfo=UTC).timestamp())
            written += _build_python_dists(root, dist, epoch)
        written.append(sha256sums(written, dist / "SHA256SUMS"))
    except BaseException:
        restore(root, saved)
        for path in dist.iterdir() if dist.is_dir() else []:
            if path.is_file() and path not in in_dist:
                path.unlink()
        for path, data in in_dist.items():
            path.write_bytes(data)
        raise
    for path in written:
        log(f"wrote {path.relative_to(root)}")
    log(f"registered {archive.name} sha256 {digest} in {REGISTRY_FILE}")
    return ReleaseResult(
        version, released_on, archive, digest, written, since or None, diff, needed
    )


def next_steps(result: ReleaseResult) -> str:
    v = result.version
    return (
        f"released {v} ({result.date}). Next:\n"
        "  1. review `git diff` (CHANGELOG.md, CITATION.cff, .zenodo.json, datapackage.json,\n"
        f"     {VERSION_FILE}, {REGISTRY_FILE});\n"
        f'  2. git add -A && git commit -m "Release {v}" && git tag v{v} && git push --tags;\n'
        f"  3. attach dist/{ARCHIVE_PREFIX}{v}.zip, dist/SHA256SUMS, the wheel and the sdist to\n"
        f"     the release v{v} (the default download URL), and publish it on Zenodo.\n"
    )
