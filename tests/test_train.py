"""Training the drafts' linear models: reproducible from the development sets alone."""

from __future__ import annotations

from datetime import date

from diplomatic_timeline.train import MODEL_DIR, development_sets, train

from .conftest import ROOT


def test_the_committed_models_equal_a_fresh_training_run() -> None:
    documents, n_sets = train(ROOT)
    assert n_sets >= 30
    assert set(documents) == {
        "date_model",
        "status_model",
        "event_model",
        "furniture_model",
        "publication_model",
    }
    for name, (document, n_examples) in documents.items():
        assert n_examples > 100
        assert (MODEL_DIR / f"{name}.json").read_text(encoding="utf-8") == document


def test_training_never_reads_the_seeds_or_a_held_out_set() -> None:
    names = [path.relative_to(ROOT / "tests").as_posix() for path in development_sets(ROOT)]
    assert names and all(n.startswith("dev") for n in names)
    assert not any("heldout" in n for n in names)


def test_a_page_without_the_date_line_the_rules_read_teaches_no_date() -> None:
    from diplomatic_timeline.extract.draft import draft_dispatch
    from diplomatic_timeline.extract.resources import Gazetteer, topic_phrases
    from diplomatic_timeline.schema import load_schemas
    from diplomatic_timeline.train import _publication_examples
    from diplomatic_timeline.yamlio import load_yaml

    text = (
        "Putin meets Lukashenko\n\n14 June 2009\n\nThe presidents met in Sochi.\n\n"
        "Next: a summit on 20 June 2009\n"
    )
    gazetteer = Gazetteer.from_rows(load_yaml(ROOT / "curation/actors.yaml", "actors"))
    topics = topic_phrases(load_schemas(ROOT).values("agenda_topic"))
    draft = draft_dispatch(text, gazetteer, topics, learned=False)
    start = text.index("14 June 2009")
    row = {
        "published_date": date(2009, 6, 14),
        "published_date_start_char": start,
        "published_date_end_char": start + len("14 June 2009"),
    }
    page, without = _publication_examples(draft, row)
    assert page.right == 1 and page.options[1].expr.text == "14 June 2009"
    assert without.right == 0  # "no date": the summit's day is no date line
    assert [o.expr.text for o in without.options[1:]] == ["20 June 2009"]


def test_the_whole_draft_cross_validation_drafts_every_development_set_once(tmp_path) -> None:
    import shutil

    from diplomatic_timeline.train import whole_draft_cross_validation

    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    (tmp_path / "curation").mkdir()
    shutil.copy2(ROOT / "curation/actors.yaml", tmp_path / "curation/actors.yaml")
    for name in ("dev", "dev3"):
        shutil.copytree(ROOT / "tests" / name, tmp_path / "tests" / name)
    reviewed = sum(
        len(list((tmp_path / "tests" / n / "curation/dispatches").glob("*.yaml")))
        for n in ("dev", "dev3")
    )
    report = whole_draft_cross_validation(tmp_path, folds=2)
    assert report.dispatches == reviewed
    assert report.scores["events, status and date right"].tp > 0


def test_a_draft_weighs_with_the_models_it_is_given() -> None:
    from diplomatic_timeline.extract.draft import draft_dispatch
    from diplomatic_timeline.extract.linear import LinearModel, load_model
    from diplomatic_timeline.extract.resources import Gazetteer, topic_phrases
    from diplomatic_timeline.schema import load_schemas
    from diplomatic_timeline.yamlio import load_yaml

    # a seed whose shipped event model proposes "In late March, Lukashenka recommended …"
    text = (ROOT / "raw/dispatches/dsp-7ae03ec49f6084e4.txt").read_text(encoding="utf-8")
    gazetteer = Gazetteer.from_rows(load_yaml(ROOT / "curation/actors.yaml", "actors"))
    topics = topic_phrases(load_schemas(ROOT).values("agenda_topic"))
    names = ("date_model", "status_model", "event_model", "furniture_model", "publication_model")
    shipped = {name: load_model(name) for name in names}
    default = draft_dispatch(text, gazetteer, topics)
    assert repr(draft_dispatch(text, gazetteer, topics, models=shipped)) == repr(default)
    late_march = "In late March, Lukashenka recommended"

    def clauses(events: list) -> list[str]:
        return [m.text for e in events for m in e.mentions if m.text.startswith(late_march)]

    assert clauses(default.events)
    # an event model that never beats "nothing" proposes no clause
    silent = {**shipped, "event_model": LinearModel({}, float("inf"))}
    assert not clauses(draft_dispatch(text, gazetteer, topics, models=silent).events)
