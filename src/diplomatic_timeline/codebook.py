"""Generate ``docs/codebook.md`` from the table schemas and the controlled vocabularies.

The codebook is a pure function of ``schemas/`` (read through :func:`schema.load_schemas`): no
clock, no data, no version number, so the same schemas always give the same bytes. The build
writes it; a test fails when the committed file differs from a fresh render.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .atomic import write_bytes_atomic
from .schema import Schemas, load_schemas
from .tables import TABLES, enum_of, is_required, key_fields

CODEBOOK = "docs/codebook.md"

# What one row of each table is. A schema may carry its own top-level "description", which then
# wins; the table schemas do not carry one yet, so the sentences live here, next to their use.
TABLE_DESCRIPTIONS: dict[str, str] = {
    "dispatches": (
        "One row per raw dispatch (a news item saved byte for byte in `raw/dispatches/`): its "
        "title, outlet, publication date with precision and basis, and the SHA-256 of its bytes."
    ),
    "actors": (
        "One row per actor (person, organisation, state or media outlet) that takes part in an "
        "event, speaks or is spoken for, with its canonical name and the aliases the dispatches "
        "use for it."
    ),
    "events": (
        "One row per distinct real-world diplomatic event, however many dispatches mention it: "
        "its type with the PLOVER and CAMEO codes, its dates with their precision, its status "
        "as last reported and its place."
    ),
    "event_mentions": (
        "One row per span in which a dispatch mentions an event, with the status that dispatch "
        "reports for the event at its publication date."
    ),
    "participants": (
        "One row per actor taking part in an event, per dispatch giving the evidence, with the "
        "role in which the actor takes part."
    ),
    "agenda_items": (
        "One row per verbatim agenda phrase: what an event was, or was to be, about, with its "
        "topic and the topic's Comparative Agendas Project (CAP) major topic."
    ),
    "quotes": (
        "One row per quoted statement, verbatim and without its quotation marks, with its "
        "speaker, the event it is about and the date it was said."
    ),
    "page_furniture": (
        "One row per span of page furniture (navigation, photo credits, captions, related-news "
        "lists, ...) captured with a web page; no row of any other table comes from these spans."
    ),
}

# Mappings to external schemes, in the order the codebook shows them, with column headings.
MAPPINGS: dict[str, str] = {
    "plover_type": "PLOVER type",
    "plover_mode": "PLOVER mode",
    "cameo_code": "CAMEO code",
    "cap_major_topic": "CAP major topic",
}
# Headings of the other per-value keys a vocabulary may carry (shown after the mappings).
OTHER_HEADINGS: dict[str, str] = {"phrases": "cue phrases"}

HOW_TO_READ = """\
## How to read this codebook

The package has one table per section below, each shipped twice: `data/<table>.csv` and
`data/<table>.parquet`, both described by `datapackage.json` (Frictionless Data Package v2).
For each table the codebook gives what one row is, its primary key (the columns that identify
a row), its foreign keys (columns whose values must exist in another table) and its fields.

- **type** is the Frictionless field type: `string`, `integer`, `boolean` (`true` / `false`
  in CSV) or `date` (ISO 8601 `YYYY-MM-DD`; `date32` in Parquet). A field bound to a
  controlled vocabulary is a Parquet dictionary (a pandas categorical with the loaders).
- **required**: *yes* means the field is never empty. Elsewhere an empty CSV cell (a Parquet
  null) means the value is unknown or does not apply, as the description says.
- **constraints**: *unique* (no two rows share the value), *pattern* (a regular expression the
  whole value matches), *minimum* / *maximum*, and *values* from a controlled vocabulary.
- Every controlled vocabulary is listed under [Controlled vocabularies](#controlled-vocabularies)
  with the definition of each value and, where a value maps to an external scheme, its
  [PLOVER](https://github.com/openeventdata/PLOVER) event type and mode, its
  CAMEO event code (kept as text: `042`, not 42) and its
  [Comparative Agendas Project](https://www.comparativeagendas.net/) major topic. A dash (—)
  means the value has no counterpart in that scheme (the column is null). Event-type
  mappings are defaults: a curator may override an event's codes (see `vocabularies.yaml`).
"""


def _cell(text: Any) -> str:
    """Text that is safe inside one cell of a Markdown table."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _code(text: Any) -> str:
    return f"`{_cell(text)}`"


def _table_anchor(table: str) -> str:
    return f"#table-{table}"


def _vocabulary_anchor(vocabulary: str) -> str:
    return f"#vocabulary-{vocabulary}"


def _constraints(field: dict[str, Any]) -> str:
    constraints = field.get("constraints") or {}
    parts = []
    if constraints.get("unique"):
        parts.append("unique")
    if "pattern" in constraints:
        parts.append(f"pattern {_code(constraints['pattern'])}")
    for bound in ("minimum", "maximum", "minLength", "maxLength"):
        if bound in constraints:
            parts.append(f"{bound} {constraints[bound]}")
    enum = enum_of(field)
    if enum is not None:
        values = ", ".join(_code(v) for v in enum)
        vocab = field.get("vocabulary")
        where = f" of [{_code(vocab)}]({_vocabulary_anchor(vocab)})" if vocab else ""
        parts.append(f"values{where}: {values}")
    return "; ".join(parts)


def _table_section(name: str, schema: dict[str, Any]) -> list[str]:
    description = schema.get("description") or TABLE_DESCRIPTIONS.get(name, "")
    lines = [f"### Table `{name}`", ""]
    if description:
        lines += [" ".join(description.split()), ""]
    lines.append(f"- **Files:** `data/{name}.csv`, `data/{name}.parquet`")
    key = schema.get("primaryKey")
    if key:
        lines.append("- **Primary key:** " + ", ".join(_code(k) for k in key_fields(key)))
    for fk in schema.get("foreignKeys") or []:
        ref = fk["reference"]
        source = ", ".join(_code(k) for k in key_fields(fk["fields"]))
        target = ", ".join(_code(k) for k in key_fields(ref["fields"]))
        table = ref["resource"] or name
        lines.append(f"- **Foreign key:** {source} → [`{table}`]({_table_anchor(table)}).{target}")
    lines += [
        "",
        "| field | type | required | constraints | description |",
        "|---|---|---|---|---|",
    ]
    for field in schema["fields"]:
        title = field.get("title")
        text = _cell(field.get("description", ""))
        described = f"**{_cell(title)}.** {text}" if title else text
        lines.append(
            f"| {_code(field['name'])} | {field['type']} | "
            f"{'yes' if is_required(field) else 'no'} | {_constraints(field)} | {described} |"
        )
    lines.append("")
    return lines


def _mapping_cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value) or "—"
    return _code(value)


def _users(schemas: Schemas) -> dict[str, list[str]]:
    """Which fields use each vocabulary, as Markdown links to their tables."""
    users: dict[str, list[str]] = {}
    for table, schema in schemas.tables.items():
        for field in schema["fields"]:
            vocab = field.get("vocabulary")
            if vocab:
                link = f"[`{table}.{field['name']}`]({_table_anchor(table)})"
                users.setdefault(vocab, []).append(link)
    return users


def _vocabulary_section(name: str, vocab: dict[str, Any], used_by: list[str]) -> list[str]:
    values: dict[str, dict[str, Any]] = vocab["values"]
    present = {k for v in values.values() for k in (v or {}) if k != "definition"}
    extra = sorted(present - set(MAPPINGS))
    columns = [k for k in MAPPINGS if k in present] + extra
    headings = [MAPPINGS.get(k) or OTHER_HEADINGS.get(k) or k.replace("_", " ") for k in columns]
    lines = [f"### Vocabulary `{name}`", ""]
    if vocab.get("description"):
        lines += [" ".join(str(vocab["description"]).split()), ""]
    lines += [f"Used by: {', '.join(used_by) if used_by else 'no field'}.", ""]
    lines.append("| " + " | ".join(["value", "definition", *headings]) + " |")
    lines.append("|---|---|" + "---|" * len(columns))
    for value, entry in values.items():
        entry = entry or {}
        cells = [_code(value), _cell(entry.get("definition", ""))]
        cells += [_mapping_cell(entry.get(k)) for k in columns]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    return lines


def render_codebook(schemas: Schemas) -> str:
    """The codebook as Markdown text (deterministic: same schemas, same text)."""
    tables = [t for t in TABLES if t in schemas.tables]
    users = _users(schemas)
    lines = [
        "# Codebook: Diplomatic Timeline data package",
        "",
        "<!-- Generated by `diplomatic-timeline build` from schemas/*.schema.json and "
        "schemas/vocabularies.yaml. Do not edit: change the schemas and rebuild. -->",
        "",
        HOW_TO_READ,
        "## Tables",
        "",
    ]
    for table in tables:
        n = len(schemas.tables[table]["fields"])
        lines.append(f"- [`{table}`]({_table_anchor(table)}) ({n} fields)")
    lines.append("")
    for table in tables:
        lines += _table_section(table, schemas.tables[table])
    lines += ["## Controlled vocabularies", ""]
    for name in schemas.vocabularies:
        n = len(schemas.vocabularies[name]["values"])
        lines.append(f"- [`{name}`]({_vocabulary_anchor(name)}) ({n} values)")
    lines.append("")
    for name, vocab in schemas.vocabularies.items():
        lines += _vocabulary_section(name, vocab, users.get(name, []))
    return "\n".join(lines).rstrip("\n") + "\n"


def write_codebook(root: Path, schemas: Schemas | None = None) -> Path:
    """Write ``docs/codebook.md`` under ``root`` (atomically; untouched when unchanged)."""
    schemas = schemas if schemas is not None else load_schemas(root)
    target = root / CODEBOOK
    data = render_codebook(schemas).encode("utf-8")
    if target.is_file() and target.read_bytes() == data:
        return target
    write_bytes_atomic(target, data)
    return target
