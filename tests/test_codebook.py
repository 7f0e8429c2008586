"""The codebook: generated from the schemas, complete, well-formed and never stale."""

from __future__ import annotations

import json
import re

import pytest

from diplomatic_timeline.cli import main
from diplomatic_timeline.codebook import CODEBOOK, TABLE_DESCRIPTIONS, render_codebook
from diplomatic_timeline.schema import load_schemas
from diplomatic_timeline.tables import TABLES

from .conftest import ROOT


@pytest.fixture(scope="module")
def schemas():
    return load_schemas(ROOT)


@pytest.fixture(scope="module")
def codebook() -> str:
    return (ROOT / CODEBOOK).read_text(encoding="utf-8")


def _sections(text: str, level: str) -> dict[str, str]:
    """Heading title -> body, for the headings of one level (e.g. '### ')."""
    parts = re.split(rf"^{level}(.+)$", text, flags=re.MULTILINE)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


def _rows(section: str) -> dict[str, list[str]]:
    """The Markdown table rows of a section keyed by their first cell (without backticks)."""
    rows = {}
    for line in section.splitlines():
        if line.startswith("| `"):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            rows[cells[0].strip("`")] = cells
    return rows


def test_the_committed_codebook_is_what_the_schemas_give(schemas, codebook) -> None:
    assert codebook == render_codebook(schemas), (
        f"{CODEBOOK} is stale: run `diplomatic-timeline build` and commit it"
    )


def test_every_table_and_field_is_documented_with_type_and_constraints(schemas, codebook) -> None:
    sections = _sections(codebook, "### ")
    assert set(TABLE_DESCRIPTIONS) == set(TABLES)
    for table in TABLES:
        section = sections[f"Table `{table}`"]
        schema = schemas.tables[table]
        assert " ".join(TABLE_DESCRIPTIONS[table].split()) in section
        key = schema["primaryKey"]
        assert "**Primary key:** " + ", ".join(f"`{k}`" for k in key) in section
        for fk in schema.get("foreignKeys", []):
            ref = fk["reference"]
            assert f"[`{ref['resource']}`](#table-{ref['resource']}).`{ref['fields'][0]}`" in (
                section
            )
        rows = _rows(section)
        assert list(rows) == [f["name"] for f in schema["fields"]]
        for field in schema["fields"]:
            name, kind, required, constraints, description = rows[field["name"]]
            assert name == f"`{field['name']}`"
            assert kind == field["type"]
            assert required == ("yes" if field.get("constraints", {}).get("required") else "no")
            assert " ".join(field["description"].split()).replace("|", "\\|") in description
            for value in field.get("constraints", {}).get("enum", []):
                assert f"`{value}`" in constraints
            if "pattern" in field.get("constraints", {}):
                assert field["constraints"]["pattern"].replace("|", "\\|") in constraints


def test_every_controlled_value_has_its_definition_and_mappings(schemas, codebook) -> None:
    sections = _sections(codebook, "### ")
    for name, vocabulary in schemas.vocabularies.items():
        rows = _rows(sections[f"Vocabulary `{name}`"])
        assert list(rows) == list(vocabulary["values"])
        for value, entry in vocabulary["values"].items():
            assert " ".join(entry["definition"].split()) in rows[value][1]
    events = _rows(sections["Vocabulary `event_type`"])
    assert events["visit"][2:] == ["`CONSULT`", "`visit`", "`042`"]
    assert events["press_event"][2:] == ["—", "—", "`010`"]  # no PLOVER category: a dash
    topics = _rows(sections["Vocabulary `agenda_topic`"])
    for value, entry in schemas.values("agenda_topic").items():
        assert topics[value][2] == f"`{entry['cap_major_topic']}`"


def test_every_table_row_has_its_header_s_cells_and_every_link_resolves(codebook) -> None:
    width = None
    for line in codebook.splitlines():
        cells = len(re.split(r"(?<!\\)\|", line)) - 2 if line.startswith("|") else None
        if cells is None or line.startswith("|---"):
            width = None if cells is None else width
        elif width is None:
            width = cells  # a header row
        else:
            assert cells == width, line  # a stray '|' would add a cell
    anchors = {
        re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
        for heading in re.findall(r"^#+ (.+)$", codebook, flags=re.MULTILINE)
    }
    links = set(re.findall(r"\]\(#([^)]+)\)", codebook))
    assert links and links <= anchors, sorted(links - anchors)
    assert re.search(r"\d{4}-\d{2}-\d{2}T|\d\d:\d\d", codebook) is None  # no timestamps


def test_the_build_regenerates_the_codebook_from_the_schemas(repo) -> None:
    path = repo / "schemas" / "events.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    location = next(f for f in schema["fields"] if f["name"] == "location")
    location["description"] = "Where the event took place | a changed description."
    path.write_text(json.dumps(schema, indent=2) + "\n", encoding="utf-8")
    assert main(["build", "--root", str(repo)]) == 0
    written = (repo / CODEBOOK).read_text(encoding="utf-8")
    assert written == render_codebook(load_schemas(repo))
    assert "Where the event took place \\| a changed description." in written


def test_the_readme_links_the_codebook() -> None:
    assert "](docs/codebook.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
