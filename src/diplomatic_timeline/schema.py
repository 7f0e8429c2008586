"""Read the Frictionless table schemas and the vocabularies: the single source of truth.

Everything else (enum checks in curation, Arrow types in the build, Pandera models in
validation, the codebook) is derived from what this module reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import PipelineError, Problem
from .tables import TABLES, enum_of
from .yamlio import load_yaml

SCHEMA_DIR = "schemas"
VOCABULARIES = "schemas/vocabularies.yaml"


@dataclass(frozen=True)
class Schemas:
    """Table schemas by table name (in package order) plus the vocabularies."""

    tables: dict[str, dict[str, Any]]
    vocabularies: dict[str, dict[str, Any]]

    def fields(self, table: str) -> list[str]:
        return [f["name"] for f in self.tables[table]["fields"]]

    def values(self, vocabulary: str) -> dict[str, dict[str, Any]]:
        """Controlled values of a vocabulary with their definitions and mappings."""
        return self.vocabularies[vocabulary]["values"]

    def field(self, table: str, name: str) -> dict[str, Any]:
        return next(f for f in self.tables[table]["fields"] if f["name"] == name)


def load_schemas(root: Path) -> Schemas:
    """Read every table schema and the vocabularies, checking that the two agree."""
    tables: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    for name in TABLES:
        rel = f"{SCHEMA_DIR}/{name}.schema.json"
        try:
            tables[name] = json.loads((root / rel).read_text(encoding="utf-8"))
        except FileNotFoundError:
            problems.append(Problem(rel, "", "the table schema is missing", "restore it from git"))
        except json.JSONDecodeError as exc:
            problems.append(Problem(rel, f"line {exc.lineno}", f"invalid JSON: {exc.msg}"))
    if problems:
        raise PipelineError(problems)
    vocabularies = load_yaml(root / VOCABULARIES, VOCABULARIES)
    for table, schema in tables.items():
        for field in schema["fields"]:
            vocab = field.get("vocabulary")
            if vocab is None:
                continue
            where = f"{table}.{field['name']}"
            if vocab not in vocabularies:
                problems.append(
                    Problem(VOCABULARIES, where, f"vocabulary {vocab!r} is not defined")
                )
                continue
            declared = list(vocabularies[vocab]["values"])
            if enum_of(field) != declared:
                problems.append(
                    Problem(
                        f"{SCHEMA_DIR}/{table}.schema.json",
                        field["name"],
                        f"constraints.enum {enum_of(field)} differs from vocabulary {vocab!r} "
                        f"{declared}",
                        "list exactly the vocabulary's values, in the same order",
                    )
                )
    if problems:
        raise PipelineError(problems)
    return Schemas(tables=tables, vocabularies=vocabularies)
