"""Released versions: fetch a release archive, verify it, cache it, load it offline afterwards.

``dt.load_events(version="1.0.0")`` (and every other loader) comes here. The archive
``diplomatic-timeline-data-<version>.zip`` is downloaded with pooch from the base URL, checked
against the SHA-256 recorded in the package's registry (``registry.txt``, written by
``diplomatic-timeline release``), unpacked into the cache and read from there from then on,
without the network.

Settings (environment variables, each overridable by a function argument):

- ``DIPLOMATIC_TIMELINE_BASE_URL`` — where the archives live (``{version}`` is filled in);
  default :data:`DEFAULT_BASE_URL`, the assets of the GitHub release ``v<version>``.
- ``DIPLOMATIC_TIMELINE_CACHE`` — the cache directory; default the user cache directory
  (``pooch.os_cache("diplomatic-timeline")``, e.g. ``~/.cache/diplomatic-timeline``).
- ``DIPLOMATIC_TIMELINE_REGISTRY`` — a registry file to use instead of the packaged one.

This module is imported only when a version is asked for, so ``import diplomatic_timeline``
never imports pooch; pooch itself is imported only when something must be downloaded.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
import zipfile
from importlib import resources
from pathlib import Path, PurePosixPath

from .digest import sha256_file

ARCHIVE_PREFIX = "diplomatic-timeline-data-"
DEFAULT_BASE_URL = (
    "https://github.com/diplomatic-timeline/diplomatic-timeline/releases/download/v{version}/"
)
ENV_BASE_URL = "DIPLOMATIC_TIMELINE_BASE_URL"
ENV_CACHE = "DIPLOMATIC_TIMELINE_CACHE"
ENV_REGISTRY = "DIPLOMATIC_TIMELINE_REGISTRY"
REGISTRY_FILE = "registry.txt"
MARKER = ".archive-sha256"  # inside an unpacked release: the hash of the archive it came from

VERSION_RE = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


class VersionError(ValueError):
    """A version that is malformed or not in the registry."""


class ChecksumError(ValueError):
    """A downloaded archive whose SHA-256 is not the one the registry records."""


class UnsafeArchiveError(ValueError):
    """An archive with a member that would land outside the directory it is unpacked into."""


class DownloadError(OSError):
    """The archive could not be downloaded."""


def archive_name(version: str) -> str:
    """The file name of a version's release archive."""
    check_version(version)
    return f"{ARCHIVE_PREFIX}{version}.zip"


def check_version(version: str) -> str:
    if not isinstance(version, str) or not VERSION_RE.match(version):
        raise VersionError(f"{version!r} is not a version of the form MAJOR.MINOR.PATCH")
    return version


def parse_registry(text: str) -> dict[str, str]:
    """``{archive name: sha256 hex}`` from registry text (``name hash`` lines, ``#`` comments)."""
    entries: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 2:
            raise ValueError(f"registry line {number}: expected '<file> <sha256>', got {line!r}")
        name, digest = parts
        digest = digest.lower().removeprefix("sha256:")
        if not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise ValueError(f"registry line {number}: {digest!r} is not a SHA-256 hex digest")
        entries[name] = digest
    return entries


def registry(path: str | os.PathLike[str] | None = None) -> dict[str, str]:
    """The registry in force: ``path``, else ``$DIPLOMATIC_TIMELINE_REGISTRY``, else the
    ``registry.txt`` shipped in the package."""
    path = path or os.environ.get(ENV_REGISTRY)
    if path:
        return parse_registry(Path(path).read_text(encoding="utf-8"))
    packaged = resources.files("diplomatic_timeline") / REGISTRY_FILE
    return parse_registry(packaged.read_text(encoding="utf-8")) if packaged.is_file() else {}


def available_versions(reg: dict[str, str] | None = None) -> list[str]:
    """Versions the registry knows, oldest first."""
    reg = registry() if reg is None else reg
    found = []
    for name in reg:
        match = re.fullmatch(re.escape(ARCHIVE_PREFIX) + r"(.+)\.zip", name)
        if match and VERSION_RE.match(match.group(1)):
            found.append(match.group(1))
    return sorted(found, key=lambda v: tuple(int(x) for x in v.split(".")))


def base_url(version: str, url: str | None = None) -> str:
    """The URL of the directory holding ``version``'s archive (always ends with ``/``)."""
    url = url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    url = url.replace("{version}", version)
    return url if url.endswith("/") else url + "/"


def cache_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The cache directory: ``path``, else ``$DIPLOMATIC_TIMELINE_CACHE``, else the user's."""
    path = path or os.environ.get(ENV_CACHE)
    if path:
        return Path(path)
    import pooch

    return Path(pooch.os_cache("diplomatic-timeline"))


def _unsafe_reason(info: zipfile.ZipInfo) -> str | None:
    name = info.filename
    if not name or "\x00" in name:
        return "empty name or NUL byte"
    normalized = name.replace("\\", "/")
    if normalized.startswith("/") or re.match(r"^[A-Za-z]:", normalized):
        return "absolute path"
    if ".." in PurePosixPath(normalized).parts:
        return "'..' in the path"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "symbolic link"
    return None


def check_members(archive: zipfile.ZipFile, source: str) -> None:
    """Refuse an archive any of whose members has an absolute path, ``..`` or is a link."""
    for info in archive.infolist():
        reason = _unsafe_reason(info)
        if reason:
            raise UnsafeArchiveError(
                f"{source}: refusing the archive: member {info.filename!r} has {reason}"
            )


def safe_extract(archive_path: str | os.PathLike[str], dest: str | os.PathLike[str]) -> Path:
    """Unpack a zip archive into ``dest`` after checking every member; returns ``dest``."""
    dest = Path(dest)
    with zipfile.ZipFile(archive_path) as archive:
        check_members(archive, Path(archive_path).name)
        base = dest.resolve()
        for info in archive.infolist():
            target = (dest / info.filename.replace("\\", "/")).resolve()
            if base != target and base not in target.parents:  # belt and braces
                raise UnsafeArchiveError(f"{info.filename!r} would land outside {dest}")
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
    return dest


def package_root(directory: str | os.PathLike[str]) -> Path:
    """The directory holding ``datapackage.json``: ``directory`` itself or its only subfolder."""
    directory = Path(directory)
    if (directory / "datapackage.json").is_file():
        return directory
    subdirs = [p for p in directory.iterdir() if p.is_dir()]
    if len(subdirs) == 1 and (subdirs[0] / "datapackage.json").is_file():
        return subdirs[0]
    raise FileNotFoundError(f"{directory}: no datapackage.json (nor in a single top folder)")


def _download(name: str, digest: str, url: str, cache: Path) -> Path:
    """Fetch ``name`` into ``cache`` with pooch, verified against ``digest``."""
    import pooch
    import requests

    received: dict[str, str] = {}

    def downloader(url: str, output_file, pooch_obj, check_only: bool = False):
        http = pooch.HTTPDownloader(progressbar=False)
        result = http(url, output_file, pooch_obj, check_only=check_only)
        if not check_only:
            received["sha256"] = sha256_file(output_file)
        return result

    fetcher = pooch.create(
        path=cache, base_url=url, registry={name: f"sha256:{digest}"}, retry_if_failed=0
    )
    try:
        return Path(fetcher.fetch(name, downloader=downloader))
    except ValueError:
        got = received.get("sha256")
        if got is not None and got != digest:
            raise ChecksumError(
                f"{name}: SHA-256 mismatch: the registry expects {digest}, the file downloaded "
                f"from {url}{name} has {got}; it was deleted and nothing was cached"
            ) from None
        raise
    except requests.exceptions.RequestException as exc:
        raise DownloadError(
            f"{name}: could not download {url}{name}: {exc}. Check the network, or point "
            f"{ENV_BASE_URL} at a mirror of the release archives"
        ) from exc


def fetch(
    version: str,
    *,
    registry_path: str | os.PathLike[str] | None = None,
    url: str | None = None,
    cache: str | os.PathLike[str] | None = None,
) -> Path:
    """The directory of release ``version`` (holding ``datapackage.json``), fetched if needed.

    Offline once cached: an unpacked release whose recorded archive hash equals the registry's
    is used as it is, without touching the network.
    """
    name = archive_name(version)
    reg = registry(registry_path)
    if name not in reg:
        known = ", ".join(available_versions(reg)) or "none yet"
        raise VersionError(
            f"version {version} is not in the registry of released versions (known: {known}); "
            "upgrade diplomatic-timeline to load a newer release"
        )
    digest = reg[name]
    root = cache_dir(cache)
    unpacked = root / name.removesuffix(".zip")
    marker = unpacked / MARKER
    if marker.is_file() and marker.read_text(encoding="utf-8").strip() == digest:
        return unpacked
    root.mkdir(parents=True, exist_ok=True)
    archive = root / name
    if archive.exists() and sha256_file(archive) != digest:
        archive.unlink()  # a corrupt or outdated copy never stays in the cache
    if not archive.exists():
        _download(name, digest, base_url(version, url), root)
    tmp = Path(tempfile.mkdtemp(prefix=".unpack-", dir=root))
    try:
        try:
            found = package_root(safe_extract(archive, tmp))
        except (UnsafeArchiveError, zipfile.BadZipFile, FileNotFoundError):
            archive.unlink(missing_ok=True)
            raise
        (found / MARKER).write_text(digest + "\n", encoding="utf-8")
        if unpacked.exists():
            shutil.rmtree(unpacked)
        found.rename(unpacked)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return unpacked
