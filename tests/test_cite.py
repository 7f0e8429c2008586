"""Citation: CITATION.cff is valid CFF 1.2.0 and agrees with the data; dt.cite() formats."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

import diplomatic_timeline as dt
from diplomatic_timeline.citation import citation

from .conftest import ROOT

SCHEMA = json.loads((Path(__file__).parent / "fixtures" / "cff-1.2.0.schema.json").read_text())


def as_json(value: Any) -> Any:
    """YAML dates become strings, as CFF tools do before validating against the schema."""
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def check_cff(text: str) -> dict[str, Any]:
    data = as_json(yaml.safe_load(text))
    errors = sorted(jsonschema.Draft7Validator(SCHEMA).iter_errors(data), key=str)
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    return data


def test_citation_cff_is_valid_cff_1_2_0_with_every_required_field() -> None:
    cff = check_cff((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "dataset"
    for key in ("version", "date-released", "authors", "license", "repository-code", "title"):
        assert cff[key], key
    preferred = cff["preferred-citation"]
    assert preferred["type"] == "data" and preferred["version"] == cff["version"]


def test_citation_cff_agrees_with_the_package() -> None:
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    desc = dt.descriptor(ROOT)
    assert cff["version"] == desc["version"]
    assert cff["date-released"].isoformat() == desc["created"][:10]
    assert cff["title"] == desc["title"]
    assert cff["license"] == desc["licenses"][0]["name"]


def test_a_released_version_cites_its_release_page_and_validates() -> None:
    desc = dict(dt.descriptor(ROOT), version="2.3.4", created="2027-01-02T00:00:00Z")
    cff = check_cff(citation(desc, "cff"))
    assert cff["version"] == "2.3.4" and cff["date-released"] == "2027-01-02"
    assert cff["repository"].endswith("/releases/tag/v2.3.4")
    assert "provisional" not in cff["message"]


def test_cite_formats_the_installed_version() -> None:
    version = dt.descriptor()["version"]
    year = dt.descriptor()["created"][:4]
    bibtex = dt.cite()
    assert bibtex.startswith("@misc{diplomatic_timeline_" + version.replace(".", "_") + ",")
    assert f"version      = {{{version}}}" in bibtex and f"year         = {{{year}}}" in bibtex
    assert "Lukashenko--Putin" in bibtex  # the en dash, the BibTeX way
    apa = dt.cite("apa")
    assert apa.startswith(f"Diplomatic Timeline contributors. ({year}). Diplomatic Timeline:")
    assert f"(Version {version}) [Data set]." in apa
    assert yaml.safe_load(dt.cite("cff"))["version"] == version
    with pytest.raises(ValueError, match="bibtex, apa, cff"):
        dt.cite("mla")  # type: ignore[arg-type]


def test_cite_is_exposed_lazily() -> None:
    assert "cite" in dir(dt) and callable(dt.cite)
