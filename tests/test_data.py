"""The curated data itself: truth to the source, read from the committed tables."""

from __future__ import annotations

import pandas as pd
import pytest

import diplomatic_timeline as dt

from .conftest import ROOT

QUOTE_MARKS = '"“”‘’«»'


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return dt.load_package(path=ROOT)


def raw_text(dispatch_id: str) -> str:
    path = ROOT / "raw" / "dispatches" / f"{dispatch_id}.txt"
    return path.read_bytes().decode("utf-8")


def test_every_dispatch_is_curated(tables) -> None:
    assert len(tables["dispatches"]) == len(list((ROOT / "raw" / "dispatches").glob("*.txt")))
    assert (tables["dispatches"]["review_status"] == "reviewed").all()


def test_every_span_is_its_raw_slice(tables) -> None:
    for name in ("event_mentions", "participants", "agenda_items", "quotes", "page_furniture"):
        for row in tables[name].itertuples():
            assert raw_text(row.dispatch_id)[row.start_char : row.end_char] == row.text, name


def test_no_row_comes_from_page_furniture(tables) -> None:
    furniture = tables["page_furniture"]
    assert {"All news", "Photo: BelTA"} <= set(furniture["text"])
    assert any(t.startswith("Other materials of «Politics»") for t in furniture["text"])
    for name in ("event_mentions", "participants", "agenda_items", "quotes"):
        for row in tables[name].itertuples():
            own = furniture[furniture["dispatch_id"] == row.dispatch_id]
            assert not (
                (own["start_char"] < row.end_char) & (row.start_char < own["end_char"])
            ).any()


def test_quotes_exclude_their_enclosing_marks_and_trailing_comma(tables) -> None:
    for text in tables["quotes"]["text"]:
        assert text[0] not in QUOTE_MARKS and text[-1] not in QUOTE_MARKS + ",", text


def test_every_quote_in_the_seeds_has_a_resolved_speaker(tables) -> None:
    quotes = tables["quotes"]
    assert quotes["speaker_actor_id"].notna().all()
    pronoun = quotes[quotes["text"].str.startswith("I am not saying")]
    assert pronoun["speaker_actor_id"].tolist() == ["alexander-lukashenko"]  # "he stated"


def test_a_quote_repeated_in_the_standfirst_is_recorded_once(tables) -> None:
    quotes = tables["quotes"]
    assert (
        quotes["text"] == "identify key priorities for further interstate interaction"
    ).sum() == 1


def test_missing_years_are_inferred_with_a_basis(tables) -> None:
    d = tables["dispatches"].set_index("dispatch_id")
    tass_2019 = d.loc["dsp-af11374774ce6c10"]
    assert tass_2019["published_date"] == pd.Timestamp("2019-12-10")
    assert tass_2019["published_date_inferred"] and "Tuesday" in tass_2019["published_date_basis"]
    stated = d.loc["dsp-b4ec7b0ef9ed0411"]
    assert stated["published_date_text"] == "24.05.2024" and not stated["published_date_inferred"]


def test_a_later_related_list_does_not_date_the_dispatch(tables) -> None:
    belta = tables["dispatches"].set_index("dispatch_id").loc["dsp-dee17e28035ce701"]
    assert belta["published_date"].year == 2023  # the 'Other materials' items are from 2024
    assert "page furniture" in belta["published_date_basis"]


def test_an_undated_dispatch_keeps_an_honest_precision(tables) -> None:
    undated = tables["dispatches"].set_index("dispatch_id").loc["dsp-7ae03ec49f6084e4"]
    assert undated["published_date_precision"] == "year"
    assert pd.isna(undated["published_date_text"])


def test_events_are_not_duplicated_within_a_dispatch(tables) -> None:
    events = tables["events"]
    assert not events.duplicated(["event_type", "date_start", "title"]).any()
    visit = events.set_index("event_id").loc["2012-05-31-putin-official-visit-to-belarus"]
    assert visit["n_mentions"] >= 3 and visit["visit_kind"] == "official"


def test_status_follows_tense_and_modality(tables) -> None:
    status = tables["events"].set_index("event_id")["status"]
    assert status["2019-12-07-putin-lukashenko-meeting-sochi"] == "held"
    assert status["2019-12-20-putin-lukashenko-talks-st-petersburg"] == "scheduled"
    postponed = tables["events"][tables["events"]["status"] == "postponed"]
    assert len(postponed) == 1 and "Supreme State Council" in postponed["title"].iloc[0]


def test_unnamed_participants_are_not_invented(tables) -> None:
    treaty = tables["participants"][
        tables["participants"]["event_id"] == "1999-12-08-union-state-treaty-signing"
    ]
    assert treaty.empty  # "signed by the Russian and Belarusian presidents": names not given


def test_every_agenda_topic_has_its_cap_code(tables) -> None:
    import yaml

    vocab = yaml.safe_load((ROOT / "schemas" / "vocabularies.yaml").read_text())["agenda_topic"]
    for row in tables["agenda_items"].itertuples():
        assert row.cap_major_topic == vocab["values"][row.topic]["cap_major_topic"]
