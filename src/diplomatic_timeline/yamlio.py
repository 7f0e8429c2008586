"""Read curation YAML strictly: keep line numbers, keep dates as text, refuse duplicate keys.

PyYAML would turn ``2023-02-30`` into an exception without a file name and silently keep the
last of two duplicate keys; curation files deserve better error messages than that.
"""

from __future__ import annotations

from collections.abc import Callable
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


STREAMED = object()  # stands in the document for a list whose items went to a callback


def load_yaml(
    path: Path, display: str, *, stream: tuple[str, Callable[[Any], None]] | None = None
) -> Any:
    """Parse one YAML file; any syntax problem becomes a CurationError naming file and line.

    With ``stream=(key, each)``, when the document is a mapping whose ``key`` holds a list, each
    item is built and handed to ``each`` as soon as it is read, and the document returned
    holds :data:`STREAMED` under ``key``: a long list is never in memory whole, not even as
    parsed nodes. Items are built exactly as without streaming.
    """
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
        if stream is None:
            return yaml.load(text, Loader=_StrictLoader)  # a SafeLoader subclass
        return _load_streaming(text, *stream)
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


def _load_streaming(text: str, key: str, each: Callable[[Any], None]) -> Any:
    """``yaml.load`` for a single document, composed from parser events so that the items of
    the top-level ``key`` list can be built and handed on one at a time."""
    loader = _StrictLoader(text)
    try:
        loader.get_event()  # stream start
        if loader.check_event(yaml.StreamEndEvent):
            return None
        loader.get_event()  # document start
        composer = _Composer(loader)
        if loader.check_event(yaml.MappingStartEvent):
            node, streamed = composer.top_mapping(key, each)
        else:
            node, streamed = composer.node(), False
        loader.get_event()  # document end
        if not loader.check_event(yaml.StreamEndEvent):
            event = loader.get_event()
            raise yaml.composer.ComposerError(
                "expected a single document in the stream",
                node.start_mark,
                "but found another document",
                event.start_mark,
            )
        try:
            doc = loader.construct_document(node)
        except yaml.constructor.ConstructorError as exc:
            composer.errors.append(exc)
        if composer.errors:  # the first in the document, as building it whole would find
            raise min(composer.errors, key=lambda e: e.problem_mark.index if e.problem_mark else 0)
        if streamed:
            doc[key] = STREAMED
        return doc
    finally:
        loader.dispose()


class _Composer:
    """PyYAML's composer, over the events of the (C) parser, which composes only whole
    documents itself. Errors in building streamed items wait in ``errors`` until the whole
    document has been parsed: a syntax error anywhere comes first, as it does in one piece."""

    def __init__(self, loader: _StrictLoader) -> None:
        self.loader = loader
        self.anchors: dict[str, yaml.Node] = {}
        self.errors: list[yaml.constructor.ConstructorError] = []

    def _tag(self, kind: type[yaml.Node], event: Any, value: str | None) -> str:
        if event.tag is None or event.tag == "!":
            return self.loader.resolve(kind, value, event.implicit)
        return event.tag

    def _anchor(self, event: Any, node: yaml.Node) -> yaml.Node:
        if event.anchor is not None:
            self.anchors[event.anchor] = node
        return node

    def node(self) -> yaml.Node:
        loader = self.loader
        event = loader.get_event()
        if isinstance(event, yaml.AliasEvent):
            if event.anchor not in self.anchors:
                raise yaml.composer.ComposerError(
                    None, None, "found undefined alias", event.start_mark
                )
            return self.anchors[event.anchor]
        if isinstance(event, yaml.ScalarEvent):
            tag = self._tag(yaml.ScalarNode, event, event.value)
            node = yaml.ScalarNode(
                tag, event.value, event.start_mark, event.end_mark, style=event.style
            )
            return self._anchor(event, node)
        if isinstance(event, yaml.SequenceStartEvent):
            tag = self._tag(yaml.SequenceNode, event, None)
            seq = yaml.SequenceNode(tag, [], event.start_mark, None, flow_style=event.flow_style)
            self._anchor(event, seq)
            while not loader.check_event(yaml.SequenceEndEvent):
                seq.value.append(self.node())
            seq.end_mark = loader.get_event().end_mark
            return seq
        tag = self._tag(yaml.MappingNode, event, None)
        mapping = yaml.MappingNode(tag, [], event.start_mark, None, flow_style=event.flow_style)
        self._anchor(event, mapping)
        while not loader.check_event(yaml.MappingEndEvent):
            mapping.value.append((self.node(), self.node()))
        mapping.end_mark = loader.get_event().end_mark
        return mapping

    def top_mapping(self, key: str, each: Callable[[Any], None]) -> tuple[yaml.Node, bool]:
        """The top-level mapping, less the ``key`` list, whose items go to ``each``."""
        loader = self.loader
        event = loader.get_event()
        tag = self._tag(yaml.MappingNode, event, None)
        mapping = yaml.MappingNode(tag, [], event.start_mark, None, flow_style=event.flow_style)
        streamed = seen = False
        while not loader.check_event(yaml.MappingEndEvent):
            key_node = self.node()
            is_key = isinstance(key_node, yaml.ScalarNode) and key_node.value == key
            if is_key and seen:
                self.errors.append(
                    yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key!r}", key_node.start_mark
                    )
                )
            seen = seen or is_key
            if is_key and loader.check_event(yaml.SequenceStartEvent):
                start = loader.peek_event()
                if start.anchor is None and start.tag in (None, "!"):
                    loader.get_event()
                    while not loader.check_event(yaml.SequenceEndEvent):
                        self._hand_on(self.node(), each)
                    loader.get_event()
                    streamed = True
                    continue
            mapping.value.append((key_node, self.node()))
        mapping.end_mark = loader.get_event().end_mark
        return mapping, streamed

    def _hand_on(self, node: yaml.Node, each: Callable[[Any], None]) -> None:
        if self.errors:
            return  # the document is in error: nothing more is handed on
        try:
            item = self.loader.construct_document(node)
        except yaml.constructor.ConstructorError as exc:
            self.errors.append(exc)
            return
        each(item)
