"""Spans: verbatim words in, exact offsets out, ambiguity refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomatic_timeline.spans import SpanNotFound, find_span, find_text, occurrences


@given(st.text(), st.text(min_size=1), st.text())
def test_a_found_span_is_exactly_its_slice(prefix: str, needle: str, suffix: str) -> None:
    raw = prefix + needle + suffix
    n = len(occurrences(raw, needle))
    span = find_text(raw, needle, occurrence=n if n > 1 else None)
    assert raw[span.start : span.end] == needle
    assert 0 <= span.start < span.end <= len(raw)


@given(st.text(min_size=1), st.integers(min_value=2, max_value=4))
def test_a_repeated_text_needs_an_occurrence(needle: str, times: int) -> None:
    raw = "|".join([needle] * times) + "#"
    with pytest.raises(SpanNotFound, match="occurrence"):
        find_text(raw, needle)


@given(st.text(min_size=1), st.integers(min_value=1, max_value=3))
def test_each_occurrence_points_at_its_own_copy(needle: str, which: int) -> None:
    raw = "\x00".join([needle] * 3)
    starts = occurrences(raw, needle)
    span = find_text(raw, needle, occurrence=which)
    assert span.start == starts[which - 1]


def test_offsets_count_python_characters_not_bytes() -> None:
    raw = "«Politics» — Лукашенко said “yes”"
    span = find_text(raw, "“yes”")
    assert (span.start, span.end) == (raw.index("“"), len(raw))


def test_nbsp_and_crlf_are_kept_as_stored() -> None:
    raw = "line one\r\nthat\u00a0 they met"
    assert raw[find_text(raw, "that\u00a0 they").start :].startswith("that\u00a0")
    with pytest.raises(SpanNotFound, match="does not occur"):
        find_text(raw, "that  they")


def test_from_to_spans_cover_a_block() -> None:
    raw = "Body.\n\nOther materials\n\nHeadline one\n12:10, 18 March\nTail"
    span = find_span(raw, {"from": "Other materials", "to": "18 March"})
    assert span.text == "Other materials\n\nHeadline one\n12:10, 18 March"
    assert find_span(raw, {"from": "Other materials", "to_end": True}).end == len(raw)


@pytest.mark.parametrize(
    "spec, message",
    [
        ({"text": "absent"}, "does not occur"),
        ({"text": "a", "occurrence": 9}, "does not exist"),
        ({"from": "x"}, "needs `to: TEXT`"),
        ({"text": "a", "from": "a", "to": "b"}, "not both"),
        ({}, "needs `text`"),
    ],
)
def test_bad_span_specs_say_what_to_fix(spec: dict, message: str) -> None:
    with pytest.raises(SpanNotFound, match=message):
        find_span("a b a x", spec)
