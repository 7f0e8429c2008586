"""Pandera models derived from the Frictionless table schemas, never written by hand.

pandera's own ``from_frictionless_schema`` turns dates into strings, fails on nullable integers
and ignores primary keys, so this small translator maps each Frictionless field onto the dtype
the loaders produce and its constraints onto Pandera checks.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pandera.pandas as pa

from .tables import PANDAS_DTYPES, enum_of, is_required, key_fields


def column_for(field: dict[str, Any], *, unique: bool = True) -> pa.Column:
    """One Pandera column: dtype from the field type, checks from its constraints (without
    the uniqueness one when ``unique`` is false)."""
    constraints = field.get("constraints") or {}
    enum = enum_of(field)
    checks: list[pa.Check] = []
    if enum is not None:
        dtype: Any = pd.CategoricalDtype(enum)
        checks.append(pa.Check.isin(enum))
    else:
        dtype = PANDAS_DTYPES[field["type"]]
    if "pattern" in constraints:
        checks.append(pa.Check.str_matches(constraints["pattern"]))
    if "minimum" in constraints:
        checks.append(pa.Check.ge(constraints["minimum"]))
    if "maximum" in constraints:
        checks.append(pa.Check.le(constraints["maximum"]))
    if "minLength" in constraints:
        checks.append(pa.Check.str_length(min_value=constraints["minLength"]))
    return pa.Column(
        dtype,
        checks=checks,
        nullable=not is_required(field),
        unique=unique and bool(constraints.get("unique")),
        required=True,
        title=field.get("title"),
        description=field.get("description"),
    )


def dataframe_schema(
    name: str, schema: dict[str, Any], *, unique: bool = True
) -> pa.DataFrameSchema:
    """The Pandera schema of a table: exact columns in order, primary key unique. Without
    ``unique`` it checks a batch of rows: uniqueness needs the whole table (see
    :func:`uniqueness_keys`)."""
    return pa.DataFrameSchema(
        {f["name"]: column_for(f, unique=unique) for f in schema["fields"]},
        name=name,
        strict=True,
        ordered=True,
        unique=next((k for k in uniqueness_keys(schema) if len(k) > 1), None) if unique else None,
    )


def uniqueness_keys(schema: dict[str, Any]) -> list[list[str]]:
    """The column sets that must be unique: each field marked unique, and the primary key
    when it has several fields."""
    key = key_fields(schema.get("primaryKey"))
    fields = [[f["name"]] for f in schema["fields"] if (f.get("constraints") or {}).get("unique")]
    return fields + ([key] if len(key) > 1 else [])
