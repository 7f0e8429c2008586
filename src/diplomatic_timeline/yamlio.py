"""Read curation YAML strictly: keep line numbers, keep dates as text, refuse duplicate keys.

PyYAML would turn ``2023-02-30`` into an exception without a file name and silently keep the
last of two duplicate keys; curation files deserve better error messages than that.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import CurationError, Problem


class LineDict(dict):
    """A mapping that remembers the line it started on in its YAML file."""

    line: int = 0


# libyaml's parser when PyYAML was built with it (several times faster on 10,000 files);
# the constructors below are the same Python code either way.
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_Base):  # type: ignore[misc, valid-type]
    pass


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
    return result


def _construct_timestamp_as_text(loader: _StrictLoader, node: yaml.ScalarNode) -> str:
    return loader.construct_scalar(node)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_as_text)


def load_yaml(path: Path, display: str) -> Any:
    """Parse one YAML file; any syntax problem becomes a CurationError naming file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CurationError(
            [
                Problem(
                    display, f"byte {exc.start}", "the file is not valid UTF-8", "save it as UTF-8"
                )
            ]
        ) from None
    try:
        return yaml.load(text, Loader=_StrictLoader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise CurationError(
            [Problem(display, where, f"YAML syntax error: {problem}", "fix the YAML at that line")]
        ) from None


def line_of(value: Any) -> str:
    """'line N' for a mapping loaded by :func:`load_yaml`, else an empty string."""
    line = getattr(value, "line", 0)
    return f"line {line}" if line else ""
