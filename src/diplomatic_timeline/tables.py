"""Names and types of the package's tables, shared by the loaders and the pipeline.

Kept free of heavy imports: the public loaders use it, and ``import diplomatic_timeline`` must
stay light. The Frictionless schemas in ``schemas/`` are the source of truth; this module only
knows how their field types map onto pandas and Arrow.
"""

from __future__ import annotations

from typing import Any

TABLES: tuple[str, ...] = (
    "dispatches",
    "actors",
    "events",
    "event_mentions",
    "participants",
    "agenda_items",
    "quotes",
    "page_furniture",
)

# Frictionless field type -> pandas dtype used by the loaders (enums become categoricals).
PANDAS_DTYPES: dict[str, str] = {
    "string": "string",
    "integer": "Int64",
    "boolean": "boolean",
    "date": "datetime64[ns]",
    "number": "Float64",
}


def enum_of(field: dict[str, Any]) -> list[Any] | None:
    """The controlled values of a field, or None when it is free."""
    return (field.get("constraints") or {}).get("enum")


def key_fields(value: str | list[str] | None) -> list[str]:
    """The field names of a ``primaryKey`` or a foreign key's ``fields`` (a name or a list)."""
    if not value:
        return []
    return [value] if isinstance(value, str) else list(value)


def is_required(field: dict[str, Any]) -> bool:
    return bool((field.get("constraints") or {}).get("required"))
