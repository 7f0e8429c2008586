"""The timeline figure: one mark per dated event, read from the figure's artists, not pixels."""

from __future__ import annotations

import random
import subprocess
import sys
from collections import Counter
from datetime import date

import matplotlib.colors as mcolors
import pandas as pd
import pytest
from matplotlib.dates import date2num

import diplomatic_timeline as dt
from diplomatic_timeline.cli import main
from diplomatic_timeline.plot import (
    FIGURE,
    MARKS_GID,
    UNDATED_GID,
    event_frame,
    timeline_figure,
    write_readme_figure,
)

from .conftest import ROOT


def marks(fig) -> dict[str, list[tuple[float, float]]]:
    """Status -> positions of its marks: the scatter collections the figure tags as marks."""
    found: dict[str, list[tuple[float, float]]] = {}
    for ax in fig.axes:
        for collection in ax.collections:
            gid = collection.get_gid() or ""
            if gid.startswith(MARKS_GID + "-"):
                points = [tuple(map(float, p)) for p in collection.get_offsets()]
                found[gid.removeprefix(MARKS_GID + "-")] = points
    return found


def texts(fig) -> dict[str, str]:
    return {t.get_gid(): t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))}


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return dt.load_events(path=ROOT)


@pytest.fixture(scope="module")
def fig():
    return dt.plot_timeline(path=ROOT)


def test_one_mark_per_dated_event_at_its_start_date(fig, events) -> None:
    dated = events.dropna(subset=["date_start"])
    found = marks(fig)
    assert sum(len(points) for points in found.values()) == len(dated) > 20
    # The data spans decades, so the default layout is one row per year, months across.
    expected = Counter(
        (status, float(date2num(date(2000, d.month, d.day))))
        for status, d in zip(dated["status"], dated["date_start"], strict=True)
    )
    assert Counter((s, x) for s, points in found.items() for x, _ in points) == expected
    positions = [p for points in found.values() for p in points]
    assert len(set(positions)) == len(positions)  # no mark hides another


def test_undated_events_have_no_mark_and_are_listed_under_the_axis(fig, events) -> None:
    undated = events[events["date_start"].isna()]
    assert len(undated) > 0
    note = " ".join(texts(fig)[UNDATED_GID].split())
    assert f"({len(undated)})" in note
    for title in undated["title"]:
        assert title in note


def test_held_scheduled_and_postponed_look_different(fig) -> None:
    collections = {
        c.get_gid().removeprefix(MARKS_GID + "-"): c
        for c in fig.axes[0].collections
        if (c.get_gid() or "").startswith(MARKS_GID)
    }
    white = mcolors.to_rgba("white")
    held, scheduled = collections["held"], collections["scheduled"]
    assert all(tuple(c) != white for c in held.get_facecolors())  # filled
    assert all(tuple(c) == white for c in scheduled.get_facecolors())  # hollow
    assert all(tuple(c) != white for c in scheduled.get_edgecolors())
    circle = held.get_paths()[0].vertices
    proposed = collections["proposed"].get_paths()[0].vertices
    assert circle.shape != proposed.shape or (circle != proposed).any()
    legend = [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    for status in ("held", "scheduled", "postponed", "proposed", "cancelled"):
        assert status in legend


def test_labels_give_the_place_and_the_participants(fig) -> None:
    labels = texts(fig)
    sochi = labels["label-2019-12-07-putin-lukashenko-meeting-sochi"]
    assert sochi.startswith("7 Dec · Sochi · Lukashenko, Putin · ")
    assert "Belarus" in labels["label-2012-05-31-putin-official-visit-to-belarus"]  # country


def test_the_readme_figure_is_fresh(tmp_path) -> None:
    fresh = write_readme_figure(ROOT, tmp_path / "timeline.svg")
    assert fresh is not None
    assert fresh.read_bytes() == (ROOT / FIGURE).read_bytes(), (
        f"{FIGURE} is stale: run `diplomatic-timeline build` and commit it"
    )


def synthetic(n: int, seed: int = 7) -> pd.DataFrame:
    """n events over 30 years, every 25th undated, built from the real events' columns."""
    base = event_frame(path=ROOT)
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        row = base.iloc[i % len(base)].copy()
        row["event_id"] = f"synthetic-{i:04d}"
        if i % 25 == 0:
            row["date_start"] = row["date_end"] = pd.NaT
            row["date_precision"] = "unknown"
        else:
            start = pd.Timestamp("1995-01-01") + pd.Timedelta(days=rng.randrange(30 * 365))
            row["date_start"] = start
            row["date_end"] = start + pd.Timedelta(days=rng.choice([0, 0, 1, 2]))
            row["date_precision"] = "day"
        row["status"] = rng.choice(["held", "scheduled", "postponed", "proposed", "cancelled"])
        rows.append(row)
    frame = pd.DataFrame(rows).reset_index(drop=True)
    for column in ("event_type", "status", "date_precision"):
        frame[column] = frame[column].astype(base[column].dtype)
    return frame


def test_500_events_stay_readable_one_row_per_year() -> None:
    frame = synthetic(500)
    fig = timeline_figure(frame, title="500 events")
    n_dated = int(frame["date_start"].notna().sum())
    assert sum(len(p) for p in marks(fig).values()) == n_dated == 480
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks == [str(y) for y in sorted(frame["date_start"].dropna().dt.year.unique())]
    assert not [g for g in texts(fig) if g and g.startswith("label-")]  # too many to label
    assert fig.get_size_inches()[1] < 30


def test_a_date_range_zooms_and_lanes_become_event_types() -> None:
    frame = synthetic(500)
    fig = timeline_figure(frame, start="2012-01-01", end="2012-12-31")
    inside = frame[(frame["date_start"] <= "2012-12-31") & (frame["date_end"] >= "2012-01-01")]
    assert sum(len(p) for p in marks(fig).values()) == len(inside) > 5
    lanes = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert set(lanes) == {t.replace("_", " ") for t in inside["event_type"].astype(str)}
    labelled = {g.removeprefix("label-") for g in texts(fig) if g and g.startswith("label-")}
    assert labelled == set(inside["event_id"])


def test_the_plot_command_writes_png_and_svg(tmp_path, capsys) -> None:
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    assert main(["plot", "--out", str(png), "--root", str(ROOT)]) == 0
    assert png.read_bytes().startswith(b"\x89PNG")
    assert main(["plot", "--out", str(svg), "--from", "2019-12-01", "--to", "2019-12-31"]) == 0
    assert b"<svg" in svg.read_bytes() and b"Sochi" in svg.read_bytes()
    assert main(["plot", "--out", str(tmp_path / "t.txt")]) == 1
    assert main(["plot", "--out", str(svg), "--from", "December"]) == 1
    assert "ISO date" in capsys.readouterr().err


def test_plot_timeline_is_exposed_without_importing_matplotlib() -> None:
    code = (
        "import sys, diplomatic_timeline as dt; f = dt.plot_timeline; "
        "print(callable(f), 'matplotlib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]


def test_the_readme_shows_the_figure() -> None:
    assert "](docs/timeline.svg)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_without_matplotlib_plot_says_what_to_install_and_build_skips_the_figure(
    repo, monkeypatch, capsys
) -> None:
    from diplomatic_timeline import plot

    monkeypatch.setattr(plot, "matplotlib_available", lambda: False)
    assert main(["plot", "--out", str(repo / "t.svg"), "--root", str(ROOT)]) == 1
    assert "pip install 'diplomatic-timeline[plot]'" in capsys.readouterr().err
    with pytest.raises(ModuleNotFoundError, match=r"diplomatic-timeline\[plot\]"):
        dt.plot_timeline(path=ROOT)
    assert main(["build", "--root", str(repo)]) == 0
    assert (repo / "docs" / "codebook.md").is_file()
    assert not (repo / FIGURE).exists()


def test_the_readme_figure_draws_only_the_latest_events_of_a_large_corpus(
    tmp_path, monkeypatch
) -> None:
    import diplomatic_timeline.plot as plot

    monkeypatch.setattr(plot, "README_MAX_EVENTS", 5)
    svg = write_readme_figure(ROOT, tmp_path / "timeline.svg").read_text(encoding="utf-8")
    dated = dt.load_events()["date_start"].notna().sum()
    assert f"the latest 5 of {dated} dated events" in svg
