"""Quoted statements: every quotation-mark style, unbalanced marks, transcripts.

Rules (documented in docs/extraction.md):
- “ ” « » „ and straight double quotes pair as one family (mixed pairs such as “ … " are
  accepted; a ” before a word opens, as in Finnish and Swedish ”…”, and a “ after a word
  closes, as in Polish and German „…“); ‘ ’ pair as another,
  straight single marks (British pages) as a third; a single quote inside a double quotation
  is part of it.
- ’ between letters (Russia’s) or after a plural s followed by a space (countries’ ) is an
  apostrophe unless a single quotation is open. A straight ' pairs only where a later mark in
  the paragraph closes it (or, left open, where the next paragraph opens again: a quotation
  over several paragraphs), opens only before a letter and not an elision ('n', 'em, 'tis),
  and any other straight ' is an apostrophe (Belarus's, the '90s, the leaders' talks).
- A closing mark with no opening mark closes a quotation that began after the previous
  quotation of the paragraph (or at the paragraph start); an opening mark never closed runs to
  the end of its paragraph. A quotation over several paragraphs is one row per paragraph.
- The text excludes the marks, surrounding spaces and a trailing comma.
- Scare quotes and quoted names are not statements: short Title Case phrases (the "Union
  State") and short lowercase phrases after "so-called", "the", … (data/speech.yaml).
- A quotation repeated verbatim (headline or standfirst, then body) is kept once, in the body.
- Transcript paragraphs ``Speaker Name: words`` are direct quotations of that speaker, and so
  are the unlabelled paragraphs after them, until the next label or a separator (``<…>``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .furniture import Furniture, in_furniture
from .people import name_before_title
from .resources import data
from .text import Segment, ends_sentence, paragraphs

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
STRAIGHT = '"'
_SEPARATOR = re.compile(r"^(?:<…>|<\.\.\.>|\[…\]|\[\.\.\.\]|\*\s*\*\s*\*|\*{3}|-{3,}|…)$")
_STRAIGHT_SINGLE = re.compile("'")
_MARK = re.compile("[“”«»„\"‘’']")


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: the words inside the marks, where the marks were, and how sure we are."""

    start: int
    end: int
    text: str
    kind: str  # direct | partial
    open_mark: int | None  # offset of the opening mark (None: unbalanced or transcript)
    close_mark: int | None  # offset of the closing mark (None: runs to paragraph end)
    paragraph: Segment
    confidence: float
    transcript_speaker: tuple[int, int] | None = None
    nested: bool = False  # inside another quotation: its speaker is never guessed from others


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _opens(prev: str) -> bool:
    """A straight mark after a space, a bracket or a dash opens a quotation."""
    return prev.isspace() or prev in "([—–-"


def _straight_singles(text: str, para: Segment) -> dict[int, str]:
    """Offset -> role of the straight single marks that pair as quotation marks. One opens
    before a letter (not an elision: 'n', 'em, 'tis) and only where a mark later in the
    paragraph can close it; of those, the first after punctuation or before anything but a
    lowercase word closes it ("'The leaders' talks were useful,' he said"). Left open, it runs
    to the paragraph's end only where the next paragraph opens with one again (a quotation over
    several paragraphs). Any other straight single mark is an apostrophe."""
    at = [m.start() for m in _STRAIGHT_SINGLE.finditer(text, para.start, para.end)]
    elisions = tuple(data("speech")["elisions"])

    def around(i: int) -> tuple[str, str]:
        return (text[i - 1] if i > para.start else " "), (text[i + 1] if i + 1 < para.end else " ")

    def closes(i: int) -> bool:
        prev, nxt = around(i)
        return not prev.isspace() and not _is_word(nxt)

    def firm(i: int) -> bool:
        prev, _ = around(i)
        after = text[i + 1 : i + 3]
        return prev in ",.!?" or not (after[:1] == " " and after[1:2].islower())

    roles: dict[int, str] = {}
    k = 0
    while k < len(at):
        i = at[k]
        prev, nxt = around(i)
        if _opens(prev) and nxt.isalpha() and not text[i + 1 : i + 6].lower().startswith(elisions):
            later = [j for j in at[k + 1 :] if closes(j)]
            close = next((j for j in later if firm(j)), later[0] if later else None)
            if close is not None:
                roles[i], roles[close] = "open-'", "close-'"
                k = at.index(close)
            elif text[para.end :].lstrip().startswith("'"):
                roles[i] = "open-'"  # continued in the next paragraph, which opens again
                break
        k += 1
    return roles


def _marks(text: str, para: Segment) -> list[tuple[int, str]]:
    """(offset, role) of every quotation mark in a paragraph: role is open/close + family."""
    out: list[tuple[int, str]] = []
    single_open = False
    straight = _straight_singles(text, para) if "'" in text[para.start : para.end] else {}
    for found in _MARK.finditer(text, para.start, para.end):
        i = found.start()
        ch = text[i]
        prev = text[i - 1] if i > para.start else " "
        nxt = text[i + 1] if i + 1 < para.end else " "
        if ch == "“" and not _opens(prev) and not nxt.isalnum():
            out.append((i, "either-d"))  # Polish and German „…“: after a word, “ may close
        elif ch in DOUBLE_OPEN:
            out.append((i, "open-d"))
        elif ch == "”" and _opens(prev) and (nxt.isalnum() or nxt in "‘'"):
            out.append((i, "open-d"))  # Finnish and Swedish ”…”: the same mark opens, as "…"
        elif ch in DOUBLE_CLOSE:
            out.append((i, "close-d"))
        elif ch == STRAIGHT:
            out.append((i, "open-d" if _opens(prev) else "close-d"))
        elif ch == SINGLE_OPEN:
            if not _is_word(prev):
                out.append((i, "open-s"))
                single_open = True
        elif ch == SINGLE_CLOSE:
            if _is_word(prev) and _is_word(nxt):
                continue  # Russia’s, i’s
            if single_open and not _is_word(nxt):
                out.append((i, "close-s"))
                single_open = False
        elif i in straight:
            out.append((i, straight[i]))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


@cache
def _said_after_a_quote() -> re.Pattern[str]:
    """A closing mark, then a third person's verb of saying ("…,» he said", "…,” Peskov
    told reporters")."""
    verbs = "|".join(data("speech")["verbs"])
    return re.compile(
        r"\s*,?\s*(?:he|she|they|the\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
        r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+"
        rf"(?:{verbs})\b"
    )


def _reports_speech(text: str, para: Segment) -> bool:
    """A paragraph after a transcript's turn that quotes someone and says, right after the
    quotation, who said it in the third person ("After the meeting, Peskov told journalists …
    «…,» he said.") is the reporter's narration again, not the turn going on (the speaker may
    quote others: "Putin said: “…” He repeated it twice.")."""
    return any(
        c is not None and _said_after_a_quote().match(text, c + 1, para.end)
        for _, _, o, c in _paragraph_quotes(text, para)
        if o is not None
    )


def _paragraph_quotes(text: str, para: Segment) -> list[tuple[int, int, int | None, int | None]]:
    """(start, end, open mark, close mark) of every quotation in one paragraph."""
    found: list[tuple[int, int, int | None, int | None]] = []
    open_at: int | None = None
    family = ""
    last_end = para.start
    inner = 0  # guillemets open inside a “…” or „…” quotation («there is no free gas»)
    for offset, role in _marks(text, para):
        kind, fam = role.split("-")
        if kind == "either":  # closes an open quotation, else opens one ('said,“ The talks …”')
            kind = "close" if open_at is not None else "open"
        if open_at is not None and fam == "d" and text[open_at] != "«":
            if text[offset] == "«":
                inner += 1
                continue
            if text[offset] == "»" and inner:
                inner -= 1
                continue
        if open_at is None:
            if kind == "open":
                open_at, family = offset, fam
            elif fam == "d":
                # A closing mark with no opener: the quotation began after the previous one.
                start = last_end
                while start < offset and (text[start] in ".,;:!? " or text[start] in DOUBLE_CLOSE):
                    start += 1
                found.append((start, offset, None, offset))
                last_end = offset + 1
        elif kind == "close" and fam == family:
            found.append((open_at + 1, offset, open_at, offset))
            last_end = offset + 1
            open_at, inner = None, 0
        # marks of the other family inside an open quotation are part of it
    if open_at is not None:
        found.append((open_at + 1, para.end, open_at, None))
    return found


def _last_word(text: str) -> str | None:
    r"""The word (letters, digits, "_", "-") that ends the text, trailing spaces aside: what
    ``re.search(r"([\w-]+)\s*$", text)`` finds, read back from the end (that search tried
    every position of the paragraph before a quotation, each word's letters over and over)."""
    end = len(text.rstrip())
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        start -= 1
    return text[start:end] if start < end else None


def _is_scare_or_name(body: str, before: str) -> bool:
    words = body.split()
    if not words:
        return True
    titled = _last_word(before)  # right before the mark: 'titled "On …"'
    if titled and titled.lower() in data("speech")["title_precursors"] and len(words) <= 12:
        return True  # a document or a programme by its title, not a statement
    if len(words) <= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return not body.rstrip().endswith((".", "!", "?"))
    if len(words) <= 3 and body[:1].islower():
        prev = re.findall(r"[\w-]+", before.lower())[-1:] or [""]
        return prev[0] in set(data("speech")["scare_precursors"])
    return False


def find_quotes(
    text: str,
    furniture: list[Furniture],
    names_someone: Callable[[str], bool] | None = None,
    title: Segment | None = None,
) -> list[QuoteSpan]:
    """Every quotation outside page furniture and the headline, in text order. A headline
    re-cuts the body's quotations ("Lukashenka on Russian airbase: «We do not need it»"); the
    body's words are the statement (docs/curation.md)."""
    quotes: list[QuoteSpan] = []
    speaking: tuple[int, int] | None = None  # the transcript label whose speech continues
    # the title reads as a headline: a transcript's first turn ("Putin: Good afternoon.") is not
    headline = title is not None and not ends_sentence(title.of(text))
    body_paragraphs = [
        para
        for para in paragraphs(text)
        if not in_furniture(furniture, para.start, para.end) or _partly_body(text, furniture, para)
    ]
    dialogue = _dialogue_labels(text, body_paragraphs)
    for para in paragraphs(text):
        if in_furniture(furniture, para.start, para.end) and not _partly_body(
            text, furniture, para
        ):
            speaking = None
            continue
        if headline and title.start <= para.start and para.end <= title.end:
            continue
        if _page_label(text, para):
            speaking = None  # a page's "Support Provided By: Learn more" ends a transcript
            continue
        transcript = _transcript(text, para, names_someone, dialogue, in_transcript=bool(speaking))
        if transcript:
            quotes.append(transcript)
            quotes += _nested(text, transcript.start, transcript.end, para)
            speaking = transcript.transcript_speaker
            continue
        body = para.of(text)
        if (
            speaking
            and not _SEPARATOR.match(body)
            and not _MARK.match(body.lstrip())
            and not _reports_speech(text, para)
        ):
            s, e = _trim(text, para.start, para.end)
            quotes.append(
                QuoteSpan(
                    s, e, text[s:e], "direct", None, None, para, 0.8, transcript_speaker=speaking
                )
            )
            quotes += _nested(text, s, e, para)
            continue
        speaking = None
        for start, end, open_mark, close_mark in _paragraph_quotes(text, para):
            s, e = _trim(text, start, end)
            if e <= s or in_furniture(furniture, s, e):
                continue
            body = text[s:e]
            before = text[para.start : open_mark if open_mark is not None else s]
            if not any(ch.isalnum() for ch in body) or _is_scare_or_name(body, before):
                continue
            balanced = open_mark is not None and close_mark is not None
            kind = "partial" if body.lstrip("[(")[:1].islower() else "direct"
            quotes.append(
                QuoteSpan(s, e, body, kind, open_mark, close_mark, para, 0.95 if balanced else 0.75)
            )
            if balanced:
                quotes += _nested(text, s, e, para)
    if headline:  # the headline inside a paragraph that goes on
        quotes = [q for q in quotes if not title.start <= q.start < title.end]
    return _drop_repeats(quotes)


def _nested(text: str, start: int, end: int, para: Segment) -> list[QuoteSpan]:
    """Quotations inside a quotation, in the other family of marks (“… ‘…’ …”): a speaker
    quoting someone else is recorded as both quotations."""
    out = []
    for s0, e0, open_mark, close_mark in _paragraph_quotes(text, Segment(start, end)):
        if open_mark is None or close_mark is None:
            continue
        s, e = _trim(text, s0, e0)
        body = text[s:e]
        before = text[start:open_mark]
        if e <= s or not any(ch.isalnum() for ch in body) or _is_scare_or_name(body, before):
            continue
        kind = "partial" if body.lstrip("[(")[:1].islower() else "direct"
        out.append(QuoteSpan(s, e, body, kind, open_mark, close_mark, para, 0.7, nested=True))
    return out


def _partly_body(text: str, furniture: list[Furniture], para: Segment) -> bool:
    """Some of the paragraph is not furniture (one span or several, line by line)."""
    covered = para.start
    for f in sorted(furniture, key=lambda f: f.start):
        if f.end <= covered:
            continue
        if f.start > covered and text[covered : f.start].strip():
            break
        covered = f.end
    return bool(text[covered : para.end].strip())


def _drop_repeats(quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """Keep only the last occurrence of a quotation repeated verbatim (headline, then body)."""
    last = {q.text: i for i, q in enumerate(quotes)}
    return [q for i, q in enumerate(quotes) if last[q.text] == i]


# a label may carry a note in brackets: "President of Belarus Alexander Lukashenko (retranslated):"
_TRANSCRIPT = re.compile(
    r"(?P<who>[A-Z][^\n:“”\"«»()]{0,120}?)(?:\s*\([^()\n:]{1,30}\))?:\s+(?P<words>\S[^\n]*)"
)


def _transcript_label(text: str, para: Segment) -> re.Match[str] | None:
    """``_TRANSCRIPT`` at the paragraph's start. A label ends in a colon: a paragraph without
    one is passed over at once (five in six are; trying the lazy label costs some 3 us)."""
    if text.find(":", para.start, para.end) < 0:
        return None
    return _TRANSCRIPT.match(text, para.start, para.end)


# a wire's dateline before a colon: a place in capitals, then its country ("SOCHI, Russia")
_DATELINE_LABEL = re.compile(r"[A-Z]{2,}(?:[ -][A-Z]{2,})*,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")


def _dialogue_labels(text: str, paras: list[Segment]) -> frozenset[str]:
    """Labels that open two or more paragraphs of the body (``BelTA: …`` / ``Igor
    Petrishenko: …``): the layout of an interview, whoever the speakers are."""
    seen: dict[str, int] = {}
    for para in paras:
        m = _transcript_label(text, para)
        if m:
            seen[m.group("who")] = seen.get(m.group("who"), 0) + 1
    not_speakers = set(data("speech")["not_speaker_labels"])
    return frozenset(
        who for who, n in seen.items() if n >= 2 and who.split()[0].lower() not in not_speakers
    )


def _page_label(text: str, para: Segment) -> bool:
    """A paragraph opening with a short label of capitalised words ending in a preposition
    ("Support Provided By:", "Written by:"): the page's, never a speaker's, nor a speaker's
    words going on ("We have a lot to talk about: energy, …" is speech)."""
    m = _transcript_label(text, para)
    if m is None:
        return False
    *words, last = m.group("who").split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and last.lower() in data("speech")["prepositions"]
    )


def _transcript(
    text: str,
    para: Segment,
    names_someone: Callable[[str], bool] | None,
    dialogue: frozenset[str] = frozenset(),
    in_transcript: bool = False,
) -> QuoteSpan | None:
    """``President of Russia Vladimir Putin: Good evening…`` — the speaker must be a known
    actor, a title followed by a capitalised name, or a label of the dispatch's interview
    layout, so that "Photo: BelTA" never qualifies."""
    m = _transcript_label(text, para)
    if not m:
        return None
    who = m.group("who")
    titles = "|".join(re.escape(t) for t in data("speech")["titles"])
    named = names_someone is not None and names_someone(who)
    titled = re.search(rf"(?:{titles})\b.*\b[A-Z][a-z]+ [A-Z][a-z]+$", who)
    # "Valentina Matviyenko, Chairwoman of the Federation Council …": a name, then its title
    appositive = name_before_title(who) is not None
    label_words = all(w[:1].isupper() or w in {"of", "the", "and", "for"} for w in who.split())
    if who.isupper() and len(who.split()) > 1:
        return None  # "PUTIN OFFERS MINSK A CHOICE: …" is a headline, not a speaker
    if _DATELINE_LABEL.fullmatch(who) and who not in dialogue:
        return None  # "SOCHI, Russia: Putin and Lukashenko failed …" is a dateline
    anonymous = who.lower() in data("speech")["anonymous_labels"]  # "Question: …"
    # inside a transcript a short label of capitalised words is the next speaker
    turn = in_transcript and len(who.split()) <= 4
    if not (named or titled or appositive or anonymous or turn or who in dialogue):
        return None
    if not label_words or len(who.split()) > (16 if appositive else 10):
        return None
    s, e = _trim(text, m.start("words"), para.end)
    return QuoteSpan(
        s,
        e,
        text[s:e],
        "direct",
        None,
        None,
        para,
        0.85,
        transcript_speaker=(m.start("who"), m.end("who")),
    )
