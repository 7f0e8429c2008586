"""Loading a released version: fetched over HTTP, verified, cached, offline afterwards.

The release archive is built from the committed package under a fixture version, served by a
real HTTP server on 127.0.0.1, and checked against a registry the test writes (the packaged
registry is replaced through DIPLOMATIC_TIMELINE_REGISTRY), so nothing depends on a real release.
"""

from __future__ import annotations

import hashlib
import http.server
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pandas as pd
import pytest

import diplomatic_timeline as dt
from diplomatic_timeline import versions
from diplomatic_timeline.release import write_archive

from .conftest import ROOT
from .release_helpers import copy_package

VERSION = "7.8.9"  # a fixture version: no real release has it


class Server:
    """``http.server`` in a thread, on an ephemeral port of 127.0.0.1, counting requests."""

    def __init__(self, directory: Path) -> None:
        server = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                super().do_GET()

            def log_message(self, *args: object) -> None:  # keep the test output clean
                pass

        self.requests: list[str] = []
        self.httpd = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), partial(Handler, directory=str(directory))
        )
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/{{version}}/"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def stop(self) -> None:
        if self.thread.is_alive():
            self.httpd.shutdown()
            self.thread.join(timeout=5)
        self.httpd.server_close()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    package = copy_package(tmp_path_factory.mktemp("pkg") / "package", version=VERSION)
    return write_archive(package, tmp_path_factory.mktemp("built"))


@pytest.fixture
def served(tmp_path: Path, archive: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    """The archive served under ``/<version>/``; registry, base URL and cache set for it."""
    (tmp_path / "www" / VERSION).mkdir(parents=True)
    (tmp_path / "www" / VERSION / archive.name).write_bytes(archive.read_bytes())
    registry = tmp_path / "registry.txt"
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    registry.write_text(f"# test registry\n{archive.name} {digest}\n")
    server = Server(tmp_path / "www")
    monkeypatch.setenv(versions.ENV_REGISTRY, str(registry))
    monkeypatch.setenv(versions.ENV_BASE_URL, server.url)
    monkeypatch.setenv(versions.ENV_CACHE, str(tmp_path / "cache"))
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    yield server
    server.stop()


def cached_files(cache: Path) -> list[str]:
    return sorted(str(p.relative_to(cache)) for p in cache.rglob("*")) if cache.exists() else []


def test_a_version_is_downloaded_once_then_loaded_offline(served: Server, tmp_path) -> None:
    events = dt.load_events(version=VERSION)
    pd.testing.assert_frame_equal(events, dt.load_events(path=ROOT))
    assert served.requests == [f"/{VERSION}/{versions.archive_name(VERSION)}"]
    assert dt.descriptor(version=VERSION)["version"] == VERSION

    served.stop()  # from now on there is no server at all
    tables = dt.load_package(version=VERSION)
    assert list(tables) == list(dt.load_package(path=ROOT))
    assert len(dt.timeline(version=VERSION)) == len(events)
    assert f"(Version {VERSION}) [Data set]" in dt.cite("apa", version=VERSION)
    assert len(served.requests) == 1
    unpacked = tmp_path / "cache" / f"diplomatic-timeline-data-{VERSION}"
    assert (unpacked / "datapackage.json").is_file()


def test_a_tampered_archive_is_refused_and_not_cached(served: Server, tmp_path) -> None:
    served_file = tmp_path / "www" / VERSION / versions.archive_name(VERSION)
    expected = hashlib.sha256(served_file.read_bytes()).hexdigest()
    data = bytearray(served_file.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte
    served_file.write_bytes(bytes(data))
    tampered = hashlib.sha256(served_file.read_bytes()).hexdigest()
    with pytest.raises(versions.ChecksumError) as info:
        dt.load_events(version=VERSION)
    message = str(info.value)
    assert versions.archive_name(VERSION) in message
    assert expected in message and tampered in message
    assert cached_files(tmp_path / "cache") == []


def test_a_corrupt_cached_archive_is_replaced(served: Server, tmp_path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / versions.archive_name(VERSION)).write_bytes(b"not the archive")
    assert len(dt.load_quotes(version=VERSION)) == len(dt.load_quotes(path=ROOT))
    assert len(served.requests) == 1


def test_an_unknown_version_names_the_known_ones(served: Server) -> None:
    with pytest.raises(versions.VersionError, match=f"known: {VERSION}"):
        dt.load_events(version="0.0.1")
    with pytest.raises(versions.VersionError, match=r"MAJOR\.MINOR\.PATCH"):
        dt.load_events(version="../1.0.0")
    with pytest.raises(ValueError, match="not both"):
        dt.load_events(version=VERSION, path=ROOT)


def test_a_missing_server_is_a_clear_download_error(served: Server, tmp_path) -> None:
    served.stop()
    with pytest.raises(versions.DownloadError, match=versions.ENV_BASE_URL):
        dt.load_events(version=VERSION)
    assert cached_files(tmp_path / "cache") == []


def _zip(path: Path, names: list[str]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name in names:
            z.writestr(name, "x")
    return path


@pytest.mark.parametrize("member", ["../evil.txt", "/tmp/evil.txt", "pkg/../../evil.txt"])
def test_members_with_absolute_paths_or_dotdot_are_refused(tmp_path, member) -> None:
    archive = _zip(tmp_path / "bad.zip", ["pkg/datapackage.json", member])
    dest = tmp_path / "out" / "inner"
    dest.mkdir(parents=True)
    with pytest.raises(versions.UnsafeArchiveError, match="refusing"):
        versions.safe_extract(archive, dest)
    assert list(dest.iterdir()) == [] and not (tmp_path / "out" / "evil.txt").exists()


def test_an_unsafe_archive_with_a_registered_hash_is_refused_and_dropped(
    served: Server, tmp_path, monkeypatch
) -> None:
    name = versions.archive_name(VERSION)
    evil = _zip(tmp_path / "www" / VERSION / name, ["pkg/datapackage.json", "../evil.txt"])
    registry = tmp_path / "registry.txt"
    registry.write_text(f"{name} {hashlib.sha256(evil.read_bytes()).hexdigest()}\n")
    with pytest.raises(versions.UnsafeArchiveError):
        dt.load_events(version=VERSION)
    assert cached_files(tmp_path / "cache") == []
    assert not (tmp_path / "evil.txt").exists()


def test_settings_come_from_the_environment(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv(versions.ENV_BASE_URL, raising=False)
    assert versions.base_url("1.0.0") == versions.DEFAULT_BASE_URL.format(version="1.0.0")
    monkeypatch.setenv(versions.ENV_BASE_URL, "https://mirror.example/dt")
    assert versions.base_url("1.0.0") == "https://mirror.example/dt/"
    monkeypatch.setenv(versions.ENV_CACHE, str(tmp_path))
    assert versions.cache_dir() == tmp_path
    monkeypatch.delenv(versions.ENV_REGISTRY, raising=False)
    assert all(v.count(".") == 2 for v in versions.available_versions())  # packaged registry


def test_the_packaged_registry_parses() -> None:
    text = (ROOT / "src" / "diplomatic_timeline" / "registry.txt").read_text()
    for name, digest in versions.parse_registry(text).items():
        assert name.startswith("diplomatic-timeline-data-") and len(digest) == 64
    with pytest.raises(ValueError, match="line 1"):
        versions.parse_registry("file.zip not-a-hash\n")


def test_pooch_is_imported_only_for_a_version() -> None:
    code = (
        "import sys, diplomatic_timeline as dt; a = 'pooch' in sys.modules; dt.load_events(); "
        "import diplomatic_timeline.load; print(a, 'pooch' in sys.modules, "
        "'diplomatic_timeline.versions' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "False"]
