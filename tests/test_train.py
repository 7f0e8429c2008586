"""Training the drafts' linear models: reproducible from the development sets alone."""

from __future__ import annotations

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
