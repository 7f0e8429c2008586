"""Fast paths of the drafting models find what the slower code they stand in for found: the
date model reads only the date expressions an undated event reaches."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from diplomatic_timeline.extract import datemodel
from diplomatic_timeline.extract.dates import UNKNOWN
from diplomatic_timeline.extract.draft import date_options, draft_dispatch
from diplomatic_timeline.extract.resources import Gazetteer, topic_phrases

ROOT = Path(__file__).resolve().parents[1]


class _Everywhere:
    """A reach holding every sentence and paragraph."""

    def holds(self, sentence: int, paragraph: int) -> bool:
        return True


def test_the_date_model_s_candidates_are_those_of_every_expression_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    actors = yaml.safe_load((ROOT / "curation/actors.yaml").read_text(encoding="utf-8"))
    vocab = yaml.safe_load((ROOT / "schemas/vocabularies.yaml").read_text(encoding="utf-8"))
    gazetteer = Gazetteer.from_rows(actors)
    topics = topic_phrases(vocab["agenda_topic"]["values"])
    paths = sorted(ROOT.glob("tests/dev*/raw/dispatches/*"))[::6]
    weighed = 0
    for path in paths:
        draft = draft_dispatch(path.read_text(encoding="utf-8"), gazetteer, topics)
        for ev in draft.events[::2]:  # (some dated events undated: more candidates to weigh)
            ev.date = UNKNOWN
        fast = date_options(draft)
        with monkeypatch.context() as m:
            m.setattr(datemodel._Reach, "union", classmethod(lambda cls, reaches: _Everywhere()))
            slow = date_options(draft)
        assert fast == slow, path
        weighed += sum(len(options) > 1 for options in fast)
    assert weighed > 100  # (the test weighs candidates: undated events near dates)
