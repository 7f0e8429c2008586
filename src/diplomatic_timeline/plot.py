"""The timeline figure: every dated event on a time axis (needs the ``plot`` extra, matplotlib).

>>> import diplomatic_timeline as dt
>>> fig = dt.plot_timeline()                      # a matplotlib Figure
>>> fig.savefig("timeline.svg")
>>> dt.plot_timeline(start="2019-01-01", end="2019-12-31", layout="type")   # zoom on a range

How the figure encodes the data:

- **Rows.** ``layout="year"`` draws one row (lane) per year that has events, with the months of
  the year on the x axis, so decades of events stay readable; ``layout="type"`` draws one lane
  per event type on a continuous date axis, for short ranges; ``"auto"`` (the default) takes
  ``"type"`` when the dated events fit in one year and ``"year"`` otherwise. Within a lane,
  events whose marks or labels would collide are stacked on separate sub-rows.
- **Marks.** One mark per dated event, at its ``date_start``. Its colour is the event type; its
  shape and fill are the status as last reported: held = filled circle, scheduled = hollow
  circle, postponed = hollow triangle pointing later, proposed = hollow diamond, cancelled =
  cross. A line from the mark to ``date_end`` shows a multi-day event; a pale band shows the
  month (or year) a date known only to the month (or year) can fall in.
- **Labels** (when there are at most ``max_labels`` dated events, or ``labels=True``):
  date · place · participants · title.
- **Undated events** (``date_start`` null, precision ``unknown``) cannot be placed on a time
  axis: they get no mark and are listed by title in a note under the axis instead.

Nothing here runs the curation pipeline: the figure is drawn from the built tables read through
the public loaders. ``import diplomatic_timeline`` never imports matplotlib; this module imports
it only when a figure is drawn.
"""

from __future__ import annotations

import importlib.util
import json
import textwrap
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .atomic import atomic_target

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

    from .load import PathLike

FIGURE = "docs/timeline.svg"
PLOT_HINT = "the timeline figure needs matplotlib: pip install 'diplomatic-timeline[plot]'"
MARKS_GID = "timeline-marks"  # gid prefix of the scatter collections holding one mark per event
UNDATED_GID = "timeline-undated"  # gid of the note listing the events that have no date
Layout = Literal["auto", "year", "type"]

# Figure geometry, in inches and points.
WIDTH_IN = 12.0
LEFT_IN, RIGHT_IN = 0.75, 0.25
ROW_IN_LABELLED, ROW_IN_BARE = 0.2, 0.14
LANE_GAP = 0.6  # rows of space between lanes
FONT_PT = 7.0
CHAR_PT = 0.56 * FONT_PT  # a slightly generous average character width of DejaVu Sans
MARK_PT = 3.5  # half the width of a mark, plus air
GAP_PT = 3.0

# Status -> (marker, filled, legend label). Held is filled, scheduled hollow, the rest differ
# in shape too, so the encoding survives greyscale printing.
STATUS_STYLES: dict[str, tuple[str, bool, str]] = {
    "held": ("o", True, "held"),
    "scheduled": ("o", False, "scheduled"),
    "postponed": (">", False, "postponed"),
    "proposed": ("D", False, "proposed"),
    "cancelled": ("X", True, "cancelled"),
}
OTHER_STATUS = ("s", False, "other")
PALETTE = (  # matplotlib's tab10, fixed here so colours never depend on the user's style
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#7f7f7f",
    "#bcbd22",
)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
REQUIRED_COLUMNS = (
    "event_id",
    "title",
    "event_type",
    "status",
    "date_start",
    "date_end",
    "date_precision",
    "location",
    "country",
)


class PlotDependencyError(ModuleNotFoundError):
    """matplotlib is not installed (it comes with the ``plot`` extra)."""


def matplotlib_available() -> bool:
    try:
        return importlib.util.find_spec("matplotlib") is not None
    except (ImportError, ValueError):  # e.g. sys.modules["matplotlib"] = None
        return False


def _require_matplotlib() -> None:
    if not matplotlib_available():
        raise PlotDependencyError(PLOT_HINT, name="matplotlib")


@dataclass
class _Mark:
    """One dated event, placed: lane, x positions (in matplotlib date units), sub-row, label."""

    event_id: str
    lane: Any
    event_type: str
    status: str
    x: float  # the mark: date_start
    x_end: float  # end of the duration line (== x for single-day events)
    band: tuple[float, float] | None  # the dates an imprecise date may fall in
    label: str
    level: int = 0
    label_left: bool = False
    label_x: float = 0.0


def _day(value: Any) -> date | None:
    """A pandas/NumPy/Python date-like value as a date, or None for a missing one."""
    if value is None:
        return None
    import pandas as pd

    if pd.isna(value):
        return None
    return pd.Timestamp(value).date()


def _period_end(start: date, precision: str) -> date:
    """The last day of the month or year a date of that precision stands for."""
    if precision == "year":
        return date(start.year, 12, 31)
    if precision == "month":
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return start


def _date_text(start: date, end: date | None, precision: str, with_year: bool) -> str:
    """``31 May–1 Jun 2012``, ``1–3 May 2012``, ``May 2012``, ``2012``; no years if not asked."""
    end = end if end is not None and end > start else None
    if precision == "year":
        return f"{start.year}–{end.year}" if end and end.year != start.year else str(start.year)
    year = f" {start.year}" if with_year else ""
    if precision == "month":
        if end is None or (end.year, end.month) == (start.year, start.month):
            return MONTHS[start.month - 1] + year
        if end.year != start.year:
            return f"{MONTHS[start.month - 1]}{year}–{MONTHS[end.month - 1]}" + (
                f" {end.year}" if with_year else ""
            )
        return f"{MONTHS[start.month - 1]}–{MONTHS[end.month - 1]}{year}"
    first = f"{start.day} {MONTHS[start.month - 1]}"
    if end is None:
        return first + year
    if end.year != start.year:
        last = f"{end.day} {MONTHS[end.month - 1]}" + (f" {end.year}" if with_year else "")
        return f"{first}{year}–{last}"
    if end.month == start.month:
        return f"{start.day}–{end.day} {MONTHS[start.month - 1]}{year}"
    return f"{first}–{end.day} {MONTHS[end.month - 1]}{year}"


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    if limit <= 1:
        return "…"[:limit]
    return text[: limit - 1].rstrip(" ,;·:-") + "…"


def event_frame(*, path: PathLike | None = None, columns: list[str] | None = None) -> pd.DataFrame:
    """The events as the figure needs them: the events table (only ``columns`` of it, when
    given: what the figure draws is enough, and far smaller) plus a short participants text.

    ``who`` lists the participants by surname (people) or name (states, organisations),
    alphabetically; ``place`` is the location, else the country's name where the actors table
    has the state, else its ISO code.
    """
    from .load import load_actors, load_table

    events = load_table("events", path=path, columns=columns)
    actors = load_actors(path=path)
    participants = load_table("participants", path=path, columns=["event_id", "actor_id"])
    short = {
        row.actor_id: (row.name.split()[-1] if row.actor_type == "person" else row.name)
        for row in actors.itertuples()
    }
    who: dict[str, list[str]] = {}
    for row in participants.itertuples():
        names = who.setdefault(row.event_id, [])
        if short[row.actor_id] not in names:
            names.append(short[row.actor_id])
    countries = {
        row.country: row.name
        for row in actors.itertuples()
        if row.actor_type == "state" and isinstance(row.country, str)
    }
    frame = events.copy()
    frame["who"] = [", ".join(sorted(who.get(e, []))) for e in frame["event_id"]]
    frame["place"] = [
        loc if isinstance(loc, str) else countries.get(c, c) if isinstance(c, str) else ""
        for loc, c in zip(frame["location"], frame["country"], strict=True)
    ]
    return frame


def plot_timeline(
    *,
    path: PathLike | None = None,
    layout: Layout = "auto",
    start: str | date | None = None,
    end: str | date | None = None,
    labels: bool | None = None,
    max_labels: int = 80,
    title: str | None = None,
) -> Figure:
    """Draw the package's events on a time axis and return the matplotlib ``Figure``.

    ``path`` is a directory holding ``datapackage.json`` (default: the package's own data).
    ``start`` / ``end`` (ISO dates) zoom on a range: an event is drawn when its dates overlap
    it. ``layout``: ``"year"`` (one row per year, months across), ``"type"`` (one row per event
    type on a continuous date axis) or ``"auto"``. ``labels``: ``None`` labels the events when
    at most ``max_labels`` of them are drawn. See the module docstring for the encoding; events
    without a date get no mark and are listed under the axis.
    """
    _require_matplotlib()
    from .load import descriptor

    frame = event_frame(path=path, columns=list(REQUIRED_COLUMNS))
    if title is None:
        title = f"Diplomatic Timeline {descriptor(path).get('version', '')}".rstrip()
    return timeline_figure(
        frame,
        layout=layout,
        start=start,
        end=end,
        labels=labels,
        max_labels=max_labels,
        title=title,
    )


def _as_date(value: str | date | None, what: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{what} must be an ISO date (YYYY-MM-DD), not {value!r}") from None


def timeline_figure(
    events: pd.DataFrame,
    *,
    layout: Layout = "auto",
    start: str | date | None = None,
    end: str | date | None = None,
    labels: bool | None = None,
    max_labels: int = 80,
    title: str = "Diplomatic Timeline",
) -> Figure:
    """Draw a frame of events (the columns of the events table, plus optional ``who`` and
    ``place``) as a timeline figure; :func:`plot_timeline` does this for the package's data."""
    _require_matplotlib()
    import matplotlib as mpl
    import matplotlib.style
    from matplotlib.figure import Figure

    missing = [c for c in REQUIRED_COLUMNS if c not in events.columns]
    if missing:
        raise ValueError(f"the events frame lacks the column(s) {missing}")
    if layout not in ("auto", "year", "type"):
        raise ValueError(f"layout must be 'auto', 'year' or 'type', not {layout!r}")
    lo, hi = _as_date(start, "start"), _as_date(end, "end")
    if lo and hi and hi < lo:
        raise ValueError(f"end {hi} is before start {lo}")

    type_order = _categories(events["event_type"])
    status_order = _categories(events["status"])
    colours = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(type_order)}

    rows = []
    undated = []
    for row in events.itertuples(index=False):
        d0 = _day(row.date_start)
        if d0 is None:
            undated.append(row)
            continue
        precision = str(row.date_precision)
        d_end = _day(row.date_end)
        last = max(d_end or d0, _period_end(d_end or d0, precision))
        if (lo and last < lo) or (hi and d0 > hi):
            continue
        rows.append((d0, d_end, last, precision, row))
    rows.sort(key=lambda r: (r[0], str(r[4].event_id)))

    if layout == "auto":
        span = (max(r[2] for r in rows) - min(r[0] for r in rows)).days if rows else 0
        layout = "type" if span <= 366 else "year"
    show_labels = len(rows) <= max_labels if labels is None else labels

    if layout == "year":
        x_lo, x_hi = _num(date(2000, 1, 1)), _num(date(2001, 1, 1))
    elif rows:
        # The range asked for, widened where a drawn event starts before or ends after it.
        first = min([r[0] for r in rows] + ([lo] if lo else []))
        final = max([r[2] for r in rows] + ([hi] if hi else []))
        pad = max(3.0, 0.03 * (final - first).days)
        x_lo, x_hi = _num(first) - pad, _num(final) + 1 + pad
    else:
        x_lo, x_hi = _num(lo or date(2000, 1, 1)), _num(hi or date(2001, 1, 1))
    axes_pt = (WIDTH_IN - LEFT_IN - RIGHT_IN) * 72
    per_pt = (x_hi - x_lo) / axes_pt

    marks = []
    for d0, d_end, last, precision, row in rows:
        if layout == "year":
            lane: Any = d0.year

            def x_of(d: date, year: int = d0.year) -> float:
                if d.year > year:
                    return x_hi
                return _num(date(2000, d.month, d.day))

        else:
            lane = str(row.event_type)
            x_of = _num
        x0 = x_of(d0)
        x_end = x_of(d_end) if d_end and d_end > d0 and precision == "day" else x0
        band = (x0, x_of(last) + 1) if precision in ("month", "year") else None
        parts = [
            _date_text(d0, d_end, precision, with_year=layout != "year"),
            _text(getattr(row, "place", None)) or _text(row.location) or _text(row.country),
            _text(getattr(row, "who", None)),
            _text(row.title),
        ]
        label = " · ".join(p for p in parts if p) if show_labels else ""
        marks.append(
            _Mark(
                str(row.event_id),
                lane,
                str(row.event_type),
                str(row.status),
                x0,
                x_end,
                band,
                label,
            )
        )

    lanes = _pack(marks, per_pt, x_lo, x_hi)
    if layout == "year":
        lane_order = sorted(lanes)
    else:
        lane_order = [t for t in type_order if t in lanes] + sorted(
            t for t in lanes if t not in type_order
        )

    # Vertical layout: lanes top to bottom, each as many rows as its stacked sub-rows.
    offsets: dict[Any, float] = {}
    y = 0.0
    for lane in lane_order:
        offsets[lane] = y
        y += lanes[lane] + LANE_GAP
    total_rows = max(y - LANE_GAP, 1.0)

    note_lines = _undated_note(undated, WIDTH_IN - LEFT_IN - RIGHT_IN)
    row_in = ROW_IN_LABELLED if show_labels else ROW_IN_BARE
    axes_in = max(total_rows * row_in, 0.6)
    top_in = 1.55
    bottom_in = 0.45 + 0.14 * len(note_lines) + (0.1 if note_lines else 0.0)
    height_in = top_in + axes_in + bottom_in

    with mpl.style.context("default"), mpl.rc_context({"font.size": FONT_PT}):
        fig = Figure(figsize=(WIDTH_IN, height_in))
        ax = fig.add_axes(
            (
                LEFT_IN / WIDTH_IN,
                bottom_in / height_in,
                (WIDTH_IN - LEFT_IN - RIGHT_IN) / WIDTH_IN,
                axes_in / height_in,
            )
        )
        _draw(ax, marks, offsets, colours, status_order, x_lo, x_hi, total_rows, layout)
        _decorate(fig, ax, lane_order, offsets, lanes, layout, x_lo, x_hi)
        _legends(fig, type_order, marks, colours, status_order, top_in, height_in)
        n_dated = len(marks)
        subtitle = (
            f"{n_dated} dated event{'s' * (n_dated != 1)} drawn"
            + (f", {len(undated)} undated listed below" if undated else "")
            + (" · one row per year, months across" if layout == "year" else "")
            + (" · one row per event type" if layout == "type" else "")
            + (" · labels: date · place · participants · title" if show_labels else "")
            + (f" · range {lo or '…'} to {hi or '…'}" if lo or hi else "")
        )
        fig.text(
            LEFT_IN / WIDTH_IN,
            1 - 0.12 / height_in,
            title,
            fontsize=11,
            fontweight="bold",
            va="top",
        )
        fig.text(
            LEFT_IN / WIDTH_IN,
            1 - 0.36 / height_in,
            subtitle,
            fontsize=7.5,
            va="top",
            color="#444444",
        )
        if note_lines:
            fig.text(
                LEFT_IN / WIDTH_IN,
                (bottom_in - 0.4) / height_in,
                "\n".join(note_lines),
                fontsize=FONT_PT,
                va="top",
                color="#333333",
                gid=UNDATED_GID,
            )
    return fig


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _categories(series: pd.Series) -> list[str]:
    """The vocabulary order of a categorical column (else its values in order of appearance)."""
    cats = getattr(series, "cat", None)
    if cats is not None:
        return [str(c) for c in cats.categories]
    return list(dict.fromkeys(str(v) for v in series.dropna()))


def _num(d: date) -> float:
    """A date in matplotlib's date units (days since the epoch)."""
    from matplotlib.dates import date2num

    return float(date2num(date(d.year, d.month, d.day)))


def _pack(marks: list[_Mark], per_pt: float, x_lo: float, x_hi: float) -> dict[Any, int]:
    """Give every mark a sub-row of its lane so that no two marks or labels overlap; return the
    number of sub-rows of each lane. A label goes right of the mark (and of its multi-day line;
    it may lie over the pale band of an imprecise date), or left of the mark when there is
    more room there, and is shortened to fit inside the axis."""
    mark = MARK_PT * per_pt
    gap = GAP_PT * per_pt
    char = CHAR_PT * per_pt
    levels: dict[Any, list[float]] = {}
    for m in marks:
        left_edge = m.x - mark
        right_edge = max(m.x_end, m.band[1] if m.band else m.x) + mark
        if m.label:
            start_right = max(m.x, m.x_end) + mark + gap
            room_right = x_hi - start_right
            room_left = (m.x - mark - gap) - x_lo
            m.label_left = room_left > room_right and room_right < len(m.label) * char
            room = room_left if m.label_left else room_right
            m.label = _shorten(m.label, max(int(room / char), 0))
            width = len(m.label) * char
            if m.label_left:
                m.label_x = m.x - mark - gap
                left_edge = m.label_x - width
            else:
                m.label_x = start_right
                right_edge = max(right_edge, start_right + width)
        ends = levels.setdefault(m.lane, [])
        for i, end in enumerate(ends):
            if end + gap <= left_edge:
                m.level, ends[i] = i, right_edge
                break
        else:
            m.level = len(ends)
            ends.append(right_edge)
    return {lane: len(ends) for lane, ends in levels.items()}


def _draw(ax, marks, offsets, colours, status_order, x_lo, x_hi, total_rows, layout) -> None:
    from matplotlib.collections import LineCollection

    def y_of(m: _Mark) -> float:
        return offsets[m.lane] + m.level + 0.5

    bands = [m for m in marks if m.band]
    if bands:
        ax.add_collection(
            LineCollection(
                [[(m.band[0], y_of(m)), (m.band[1], y_of(m))] for m in bands],
                colors=[colours.get(m.event_type, "#999999") for m in bands],
                linewidths=6,
                alpha=0.25,
                capstyle="butt",
                gid="timeline-precision-bands",
            )
        )
    spans = [m for m in marks if m.x_end > m.x]
    if spans:
        ax.add_collection(
            LineCollection(
                [[(m.x, y_of(m)), (m.x_end, y_of(m))] for m in spans],
                colors=[colours.get(m.event_type, "#999999") for m in spans],
                linewidths=2,
                capstyle="round",
                gid="timeline-durations",
            )
        )
    statuses = [s for s in status_order if any(m.status == s for m in marks)]
    statuses += sorted({m.status for m in marks} - set(statuses))
    for status in statuses:
        group = [m for m in marks if m.status == status]
        marker, filled, _ = STATUS_STYLES.get(status, OTHER_STATUS)
        edge = [colours.get(m.event_type, "#999999") for m in group]
        ax.scatter(
            [m.x for m in group],
            [y_of(m) for m in group],
            s=34,
            marker=marker,
            facecolors=edge if filled else "white",
            edgecolors="#222222" if filled else edge,
            linewidths=0.6 if filled else 1.5,
            zorder=3,
            gid=f"{MARKS_GID}-{status}",
        )
    for m in marks:
        if not m.label:
            continue
        ha = "right" if m.label_left else "left"
        ax.text(
            m.label_x,
            y_of(m),
            m.label,
            ha=ha,
            va="center",
            fontsize=FONT_PT,
            color="#222222",
            gid=f"label-{m.event_id}",
        )
    ax.set_xlim(x_lo, x_hi)
    ax.set_ylim(total_rows + 0.25, -0.25)


def _decorate(fig, ax, lane_order, offsets, lanes, layout, x_lo, x_hi) -> None:
    import matplotlib.dates as mdates

    ax.set_yticks([offsets[lane] + lanes[lane] / 2 for lane in lane_order])
    ax.set_yticklabels(
        [str(lane) if layout == "year" else str(lane).replace("_", " ") for lane in lane_order]
    )
    ax.tick_params(axis="y", length=0)
    for lane in lane_order[1:]:
        ax.axhline(offsets[lane] - LANE_GAP / 2, color="#dddddd", linewidth=0.6, zorder=0)
    if layout == "year":
        ax.xaxis.set_major_locator(mdates.MonthLocator())
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b"))
    else:
        locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#eeeeee", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _legends(fig, type_order, marks, colours, status_order, top_in, height_in) -> None:
    from matplotlib.lines import Line2D

    present = [t for t in type_order if any(m.event_type == t for m in marks)]
    type_handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=6,
            markerfacecolor=colours[t],
            markeredgecolor=colours[t],
            label=t.replace("_", " "),
        )
        for t in present
    ]
    status_handles = []
    for status in status_order:
        marker, filled, label = STATUS_STYLES.get(status, OTHER_STATUS)
        status_handles.append(
            Line2D(
                [],
                [],
                marker=marker,
                linestyle="",
                markersize=6,
                markerfacecolor="#555555" if filled else "white",
                markeredgecolor="#222222" if filled else "#555555",
                markeredgewidth=0.6 if filled else 1.5,
                label=label,
            )
        )
    status_handles += [
        Line2D([], [], color="#555555", linewidth=2, label="multi-day: start to end"),
        Line2D(
            [],
            [],
            color="#555555",
            linewidth=6,
            alpha=0.25,
            solid_capstyle="butt",
            label="date known only to the month or year: the possible range",
        ),
    ]
    common = {
        "frameon": False,
        "fontsize": FONT_PT,
        "handletextpad": 0.4,
        "columnspacing": 1.4,
        "borderaxespad": 0.0,
        "borderpad": 0.0,
        "title_fontsize": FONT_PT,
        "alignment": "left",
        "loc": "upper left",
    }
    x = LEFT_IN / WIDTH_IN
    if type_handles:
        fig.legend(
            handles=type_handles,
            ncol=len(type_handles),
            title="event type (colour)",
            bbox_to_anchor=(x, 1 - 0.62 / height_in),
            **common,
        )
    fig.legend(
        handles=status_handles,
        ncol=len(status_handles),
        title="status as last reported (shape and fill)",
        bbox_to_anchor=(x, 1 - 1.05 / height_in),
        **common,
    )


def _undated_note(undated: list[Any], width_in: float) -> list[str]:
    """Lines listing the events that have no date (they cannot sit on a time axis)."""
    if not undated:
        return []
    shown = 12
    items = [
        f"{_text(r.title)} ({str(r.event_type).replace('_', ' ')}, {r.status})"
        for r in sorted(undated, key=lambda r: str(r.event_id))
    ]
    text = f"Undated, so not on the axis ({len(items)}): " + "; ".join(items[:shown])
    if len(items) > shown:
        text += f"; and {len(items) - shown} more"
    chars = max(int(width_in * 72 / (0.55 * FONT_PT)), 40)
    return textwrap.wrap(text + ".", width=chars)


def save_figure(fig: Figure, out: str | Path) -> Path:
    """Save a figure as .svg, .png or .pdf, reproducibly: fixed SVG ids, no timestamps.

    The file is written next to its target and renamed into place, and left untouched when the
    bytes would not change."""
    import matplotlib as mpl

    out = Path(out)
    fmt = out.suffix.lower().lstrip(".")
    metadata = {
        "svg": {"Date": None},
        "png": {},
        "pdf": {"CreationDate": None, "ModDate": None},
    }
    if fmt not in metadata:
        raise ValueError(
            f"{out}: the figure can be saved as .svg, .png or .pdf, not {out.suffix!r}"
        )
    with (
        atomic_target(out, suffix=out.suffix, keep_if_same=True) as tmp,
        mpl.rc_context({"svg.hashsalt": "diplomatic-timeline", "svg.fonttype": "none"}),
    ):
        fig.savefig(tmp, format=fmt, metadata=metadata[fmt], dpi=150)
    return out


# The README figure draws at most this many dated events (the latest): beyond it marks are
# unreadable, and drawing them all would make the build's memory grow with the corpus.
README_MAX_EVENTS = 400


def write_readme_figure(root: Path, out: Path | None = None) -> Path | None:
    """Render ``docs/timeline.svg`` (or ``out``) from the package built at ``root``; the build
    calls this. Returns None, writing nothing, when matplotlib is not installed."""
    if not matplotlib_available():
        return None
    # The version straight from the file just written: the loaders cache descriptors.
    version = json.loads((root / "datapackage.json").read_text(encoding="utf-8")).get("version")
    title = f"Diplomatic Timeline {version or ''}".rstrip()
    frame = event_frame(path=root, columns=list(REQUIRED_COLUMNS))
    dated = frame["date_start"].dropna()
    if len(dated) > README_MAX_EVENTS:
        cutoff = dated.sort_values().iloc[-README_MAX_EVENTS]
        frame = frame[frame["date_start"] >= cutoff]
        title += f": the latest {README_MAX_EVENTS} of {len(dated)} dated events"
    return save_figure(timeline_figure(frame, title=title), out or root / FIGURE)
