"""Measure the extractors against reviewed curation: draft each reviewed dispatch from scratch
and compare the draft with the reviewed rows.

Matching rules (also in docs/extraction.md):
- quotes, agenda items: a draft span matches a reviewed span of the same dispatch when they
  overlap by at least half of the longer one (quotes) or at all (agenda phrases, whose extent
  is a judgement call); one-to-one, greedily by overlap.
- speakers: among matched quotes, the share whose speaker is the reviewed actor. A person the
  draft proposes as new (not in the gazetteer) is that actor when the proposed name is the
  reviewed actor's name or one of its aliases: the id of a new person is the curator's choice
  ("natallia-eismont" for a text that spells her "Natallia Eysmant"), the name is the
  extractor's finding.
- publication date: right when the draft gives the reviewed date where the text states it
  (``inferred: false``), and otherwise the parts the text gives (``--MM-DD``) with no year —
  a draft year the text does not state counts as a wrong year.
- events: a draft event matches the reviewed event with which its mention spans overlap most
  (one-to-one; on a tie, the draft event of the same type). "Strict" recall also needs the
  status that dispatch reports and the date right to the precision the text allows (the same
  date, or for a reviewed date whose year was inferred, the same ``--MM-DD`` / ``--MM`` parts,
  or no date for an inferred year; an undated reviewed event must stay undated).
- participants: (matched event, actor) pairs, actors identified as for speakers.
- furniture: no draft row may overlap a reviewed page-furniture span.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .curate import Tables, curate
from .extract.draft import Draft, draft_dispatch
from .extract.linear import LinearModel
from .extract.resources import Gazetteer, topic_phrases
from .raw import load_raw
from .schema import load_schemas


@dataclass
class Score:
    """Counts for one element: true positives, draft total, reviewed total (+ extras)."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0
    correct: int = 0  # for attribute accuracy among matches (speaker, status+date, topic)

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold
        self.correct += other.correct


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=dict)
    dispatches: int = 0
    wrong_years: int = 0
    furniture_rows: int = 0

    def score(self, name: str) -> Score:
        return self.scores.setdefault(name, Score())

    def add(self, other: Report) -> None:
        """Pool another report's counts into this one."""
        for name, score in other.scores.items():
            self.score(name).add(score)
        self.dispatches += other.dispatches
        self.wrong_years += other.wrong_years
        self.furniture_rows += other.furniture_rows


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(
    pred: list[tuple[int, int]], gold: list[tuple[int, int]], min_share: float
) -> list[tuple[int, int]]:
    """One-to-one greedy matching of spans by overlap (index pairs pred→gold)."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            ov = _overlap(p, g)
            if ov and ov >= min_share * max(p[1] - p[0], g[1] - g[0]):
                pairs.append((ov, i, j))
    return _one_to_one(pairs)


def _one_to_one(scored: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: the best-scored (score, i, j) pairs first."""
    used_p, used_g, out = set(), set(), []
    for _, i, j in sorted(scored, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _parts(d: date | None, precision: str) -> str | None:
    """The parts of a date a text gives without its year: ``--MM-DD``, ``--MM``, or nothing
    for a year (a year the curator inferred leaves no part the draft could have read)."""
    if d is None or precision not in ("day", "month"):
        return None
    return f"--{d.month:02d}" + (f"-{d.day:02d}" if precision == "day" else "")


def date_right(
    pred_start: date | None, pred_precision: str, pred_partial: str | None, gold: Mapping[str, Any]
) -> bool:
    g_start, g_precision = gold["date_start"], gold["date_precision"]
    if g_start is None:
        return pred_start is None and pred_partial is None
    if pred_start is not None:
        return pred_start == g_start and pred_precision == g_precision
    return bool(gold["date_inferred"]) and pred_partial == _parts(g_start, g_precision)


def _names(gold: Tables) -> dict[str, str]:
    """Reviewed actor id of every lower-cased actor name and alias."""
    out: dict[str, str] = {}
    for a in gold["actors"]:
        for name in [a["name"], *(a["aliases"] or "").split(" | ")]:
            if name:
                out.setdefault(name.strip().lower(), a["actor_id"])
    return out


def _identify(draft: Draft, actor_id: str | None, names: Mapping[str, str]) -> str | None:
    """The reviewed id of a drafted actor: a newly proposed person is known by name."""
    if actor_id in draft.new_actors:
        return names.get(draft.new_actors[actor_id][0].lower(), actor_id)
    return actor_id


def match_events(
    draft: Draft, mentions: list[dict[str, Any]], events_by_id: Mapping[str, dict[str, Any]]
) -> tuple[list[str], dict[str, str], list[tuple[int, int]]]:
    """Reviewed event ids of one dispatch (from its ``mentions``), the status it reports for
    each, and the one-to-one (draft index, reviewed index) matches by shared mentions."""
    gold_events: dict[str, list[tuple[int, int]]] = {}
    reported: dict[str, str] = {}
    for m in mentions:
        gold_events.setdefault(m["event_id"], []).append((m["start_char"], m["end_char"]))
        reported[m["event_id"]] = m["reported_status"]
    gids = list(gold_events)
    overlaps = []
    for i, ev in enumerate(draft.events):
        for j, gid in enumerate(gids):
            ov = sum(
                _overlap((m.start, m.end), g) > 0 for m in ev.mentions for g in gold_events[gid]
            )
            if ov:  # ties go to the draft event of the reviewed event's type
                same_type = ev.event_type == events_by_id[gid]["event_type"]
                overlaps.append((2 * ov + same_type, i, j))
    return gids, reported, _one_to_one(overlaps)


def score_dispatch(
    draft: Draft,
    gold: Tables,
    dispatch_id: str,
    report: Report,
    names: Mapping[str, str] | None = None,
) -> None:
    """Add one dispatch's comparison to the report (``names``: :func:`_names` of ``gold``, when
    the caller scores many dispatches)."""
    names = _names(gold) if names is None else names
    rows = {
        t: [r for r in gold[t] if r.get("dispatch_id") == dispatch_id]
        for t in (
            "quotes",
            "event_mentions",
            "participants",
            "agenda_items",
            "page_furniture",
            "dispatches",
        )
    }
    events_by_id = {e["event_id"]: e for e in gold["events"]}

    # quotes and speakers
    gq = rows["quotes"]
    pq = draft.quotes
    pairs = _match(
        [(q.quote.start, q.quote.end) for q in pq],
        [(g["start_char"], g["end_char"]) for g in gq],
        0.5,
    )
    s = report.score("quotes")
    s.add(Score(len(pairs), len(pq), len(gq)))
    sp = report.score("quote speakers")
    for i, j in pairs:
        speaker = pq[i].speaker
        ok = (
            speaker is not None
            and _identify(draft, speaker.actor_id, names) == gq[j]["speaker_actor_id"]
        )
        sp.add(Score(int(ok), 1, 1, int(ok)))

    # publication date
    (d_row,) = rows["dispatches"]
    h = draft.header
    pub = report.score("publication date")
    if not d_row["published_date_inferred"]:
        ok = h.published == d_row["published_date"]
    else:
        ok = h.published is None and (
            h.partial == _parts(d_row["published_date"], d_row["published_date_precision"])
            or (h.partial is None and d_row["published_date_text"] is None)
        )
    if (
        h.published is not None
        and d_row["published_date"] is not None
        and (h.published.year != d_row["published_date"].year)
    ):
        report.wrong_years += 1
    pub.add(Score(int(ok), 1, 1, int(ok)))

    # events
    gids, reported, matched = match_events(draft, rows["event_mentions"], events_by_id)
    used_p = {i for i, _ in matched}
    ev_score = report.score("events")
    ev_score.add(Score(len(matched), len(draft.events), len(gids)))
    strict = report.score("events, status and date right")
    status_s = report.score("event status")
    date_s = report.score("event date")
    for i, j in matched:
        ev, g = draft.events[i], events_by_id[gids[j]]
        status_ok = ev.status == reported[gids[j]]
        date_ok = date_right(ev.date.start, ev.date.precision, ev.date.partial, g)
        status_s.add(Score(int(status_ok), 1, 1, int(status_ok)))
        date_s.add(Score(int(date_ok), 1, 1, int(date_ok)))
        strict.add(Score(int(status_ok and date_ok), 0, 0))
    strict.predicted += len(draft.events)
    strict.gold += len(gids)

    # participants: (event, actor) pairs on matched events
    gp = {(p["event_id"], p["actor_id"]) for p in rows["participants"]}
    dp = set()
    for i, j in matched:
        dp |= {(gids[j], _identify(draft, a, names)) for a, _, _, _ in draft.participants[i]}
    unmatched = sum(len(draft.participants[i]) for i in range(len(draft.events)) if i not in used_p)
    report.score("participants").add(Score(len(gp & dp), len(dp) + unmatched, len(gp)))

    # agenda items
    ga = rows["agenda_items"]
    pa = [p for p, _ in draft.agenda]
    apairs = _match(
        [(p.start, p.end) for p in pa], [(g["start_char"], g["end_char"]) for g in ga], 0.0
    )
    ag = report.score("agenda items")
    ag.add(Score(len(apairs), len(pa), len(ga)))
    topic = report.score("agenda topics")
    for i, j in apairs:
        ok = pa[i].topic == ga[j]["topic"]
        topic.add(Score(int(ok), 1, 1, int(ok)))

    # page furniture: spans found, and no draft row inside reviewed furniture
    gf = [(f["start_char"], f["end_char"]) for f in rows["page_furniture"]]
    fpairs = _match([(f.start, f.end) for f in draft.furniture], gf, 0.5)
    report.score("page furniture").add(Score(len(fpairs), len(draft.furniture), len(gf)))
    spans = (
        [(q.quote.start, q.quote.end) for q in pq]
        + [(p.start, p.end) for p in pa]
        + [(m.start, m.end) for ev in draft.events for m in ev.mentions]
    )
    report.furniture_rows += sum(any(_overlap(x, f) for f in gf) for x in spans)
    report.dispatches += 1


def evaluate(
    root: Path,
    schemas_root: Path | None = None,
    gazetteer_rows: list[dict[str, Any]] | None = None,
    models: Mapping[str, LinearModel] | None = None,
) -> Report:
    """Draft every reviewed dispatch under ``root`` from scratch and score it.

    ``gazetteer_rows`` lets a held-out set be drafted with only the actors the extractor knew
    before it (the main repository's gazetteer), as it would meet an unseen dispatch;
    ``models`` stand in for the shipped learned models (a cross-validation's).
    """
    schemas = load_schemas(schemas_root or root)
    raw = load_raw(root)
    gold = curate(root, raw, schemas)
    gazetteer = Gazetteer.from_rows(gazetteer_rows or gold["actors"])
    topics = topic_phrases(schemas.values("agenda_topic"))
    report = Report()
    names = _names(gold)
    for row in sorted(gold["dispatches"], key=lambda r: r["dispatch_id"]):
        if row["review_status"] != "reviewed":
            continue
        draft = draft_dispatch(raw[row["dispatch_id"]].text, gazetteer, topics, models=models)
        score_dispatch(draft, gold, row["dispatch_id"], report, names)
    return report


def format_report(report: Report, title: str) -> str:
    """The report as a Markdown table."""
    lines = [
        f"{title}: {report.dispatches} reviewed dispatches",
        "",
        "| element | precision | recall | F1 | reviewed | drafted |",
        "|---|---|---|---|---|---|",
    ]
    accuracy = {"quote speakers", "publication date", "event status", "event date", "agenda topics"}
    for name, s in report.scores.items():
        if name in accuracy:
            lines.append(
                f"| {name} (accuracy) | | {s.correct / s.gold if s.gold else 1:.2f} | "
                f"| {s.gold} | |"
            )
        elif name == "events, status and date right":
            lines.append(
                f"| {name} (strict recall) | | {s.tp / s.gold if s.gold else 1:.2f} | "
                f"| {s.gold} | {s.predicted} |"
            )
        else:
            lines.append(
                f"| {name} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} | "
                f"{s.gold} | {s.predicted} |"
            )
    lines.append("")
    lines.append(
        f"wrong publication years: {report.wrong_years}; draft rows inside page "
        f"furniture: {report.furniture_rows}"
    )
    return "\n".join(lines)


# The synthetic sets under tests/, by folder name: development sets (tuned on), former held-out
# sets retired into development once their errors were examined, and blind held-out sets.
_SET_KINDS = (
    ("dev", "Development set{n} (synthetic, tuned on)"),
    ("dev-retired", "Former held-out set{n} (synthetic; examined since)"),
    ("heldout", "Held-out test set{n} (synthetic, written blind, never tuned on)"),
)
_SET_FOLDER = re.compile(r"(dev|dev-retired|heldout)(\d*)")


def synthetic_sets(root: Path) -> list[tuple[str, str]]:
    """(folder, title) of every synthetic set under ``root/tests`` (a folder named devN,
    dev-retiredN or heldoutN holding raw/manifest.yaml), development sets first, by number:
    a new set is measured as soon as its folder is there."""
    kinds = [k for k, _ in _SET_KINDS]
    found = []
    tests = root / "tests"
    for folder in tests.iterdir() if tests.is_dir() else ():
        m = _SET_FOLDER.fullmatch(folder.name)
        if m is None or not (folder / "raw" / "manifest.yaml").is_file():
            continue
        kind, number = m.group(1), m.group(2)
        if kind == "dev-retired":
            number = number or "1"  # the first retired set kept the plain name
        title = dict(_SET_KINDS)[kind].format(n=f" {number}" if number else "")
        found.append(((kinds.index(kind), int(number or 0)), f"tests/{folder.name}", title))
    return [(folder, title) for _, folder, title in sorted(found)]


def evaluate_sets(root: Path, heldout: bool = True) -> str:
    """The report for the curated corpus and, when present, the synthetic development and
    held-out sets (drafted with the main gazetteer only, as unseen dispatches would be)."""
    parts = [format_report(evaluate(root), "Reviewed corpus (the real seed dispatches)")]
    if heldout:
        from .yamlio import load_yaml

        main_actors = load_yaml(root / "curation/actors.yaml", "curation/actors.yaml")
        for folder, title in synthetic_sets(root):
            report = evaluate(root / folder, schemas_root=root, gazetteer_rows=main_actors)
            parts.append(format_report(report, title))
    return "\n\n".join(parts)
