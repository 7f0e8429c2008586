"""The learned publication date: weighed only where the header rules find none, only dates a
date line could hold, and a year only where the text states one."""

from __future__ import annotations

import pytest

from diplomatic_timeline.extract.furniture import find_furniture
from diplomatic_timeline.extract.header import extract_header
from diplomatic_timeline.extract.linear import LinearModel, load_model
from diplomatic_timeline.extract.pubmodel import candidates, with_publication

from .conftest import ROOT

TEXT = (
    "Putin and Lukashenko end their gas talks in Sochi without a deal\n\n"
    "Filed by our Minsk desk on 14 June 2009 at 18.40\n\n"
    "The presidents met in Sochi on Friday and agreed to meet again on July 3, officials said "
    "after a long day of talks that ran late into the night.\n\n"
    "“From 1 January the price will rise,” Lukashenko said.\n\n"
    "Moscow said the new contract would run from January 1 next year.\n"
)
LINE = TEXT.index("14 June 2009")
ANY_DATE = LinearModel({"date": 5.0}, 1.0)  # a model that takes the first date it may
NEVER = LinearModel({}, 1.0)


def weighed(text: str = TEXT) -> list[str]:
    furniture = find_furniture(text)
    return [c.expr.text for c in candidates(text, furniture, extract_header(text, furniture).title)]


def test_a_date_in_a_short_line_is_weighed() -> None:
    assert "14 June 2009" in weighed()


def test_a_date_inside_a_long_line_of_news_is_not() -> None:
    assert "July 3" not in weighed()


def test_a_quotation_and_a_date_counted_from_another_are_not() -> None:
    assert "1 January" not in weighed()
    assert not any("next year" in w or w == "January 1" for w in weighed())


def test_a_sentence_of_news_opening_with_a_date_is_not_a_date_line() -> None:
    text = TEXT.replace(
        "The presidents met", "On March 19, when the presidents met, they agreed more.\n\nThey met"
    )
    assert "March 19" not in weighed(text)


@pytest.mark.parametrize(
    "lines",
    [
        "The summit is set for June 5, 2010.",  # a sentence of news
        "‘From January 1, 2010 the price will rise,’ Lukashenko said.",  # a quotation
        "Story filed 27 Nov 02 by staff",  # "27 Nov 02" is no "Nov 02"
        "Related stories\nGas row flares again - January 8, 2007",  # another item's date
    ],
)
def test_dates_no_date_line_holds_are_not_weighed(lines: str) -> None:
    text = f"Gas talks end without a deal\n\nThe presidents met in Sochi.\n\n{lines}\n"
    assert weighed(text) == []


def test_a_header_the_rules_read_is_kept_as_it_is() -> None:
    text = "Putin meets Lukashenko\n\n14 June 2009\n\nThe presidents met in Sochi on Friday.\n"
    header = extract_header(text, find_furniture(text))
    assert header.evidence is not None
    assert with_publication(header, text, find_furniture(text), ANY_DATE) is header


def test_the_models_date_is_a_span_of_the_text_with_its_basis() -> None:
    furniture = find_furniture(TEXT)
    header = extract_header(TEXT, furniture)
    assert header.evidence is None  # the rules do not read this date line
    dated = with_publication(header, TEXT, furniture, ANY_DATE)
    assert dated.published is not None and dated.published.isoformat() == "2009-06-14"
    assert dated.precision == "day"
    assert TEXT[dated.evidence.start : dated.evidence.end] == dated.evidence.text
    assert dated.evidence.start == LINE
    assert "learned publication model" in dated.basis
    assert with_publication(header, TEXT, furniture, NEVER) is header


def test_without_a_stated_year_only_day_and_month_are_given() -> None:
    text = TEXT.replace("14 June 2009", "14 June")
    furniture = find_furniture(text)
    dated = with_publication(extract_header(text, furniture), text, furniture, ANY_DATE)
    assert dated.published is None
    assert dated.partial == "--06-14"
    assert dated.precision == "unknown"
    assert "curator to resolve" in dated.basis


def test_the_shipped_model_reads_a_date_line_the_rules_do_not() -> None:
    # a development page (Chicago Tribune style): "Dec. 27, 2016 6:00 AM" under the byline
    raw = ROOT / "tests/dev130/raw/dispatches/dsp-99e42276fe7e9ea4.txt"
    text = raw.read_text(encoding="utf-8")
    furniture = find_furniture(text)
    header = extract_header(text, furniture)
    assert header.evidence is None
    dated = with_publication(header, text, furniture, load_model("publication_model"))
    assert dated.published is not None and dated.published.isoformat() == "2016-12-27"
