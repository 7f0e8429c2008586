"""Building fast regular expressions from the vocabularies' long alternations.

Python's engine tries every branch of an alternation at every position of the text. Two
rewrites keep the matches and cut that work: words with shared prefixes factored out into a
trie, and branches grouped by the characters they can start with, each group behind a
one-character look-ahead, so that at a position only the branches that can start there run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Generic, TypeVar

try:  # the parser of the standard library's engine (private; absent, branches are not grouped)
    import _sre as _engine
    from re import _casefix
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    _sre = _sre_parse = _engine = _casefix = None


def trie_alternation(words: list[str]) -> str:
    """A regex matching any of the words, shared prefixes factored out ("trade|trades|transit"
    → "tra(?:de(?:s)?|nsit)"): each letter is tested once per position instead of once per
    word (2.5 times faster over a dispatch than the plain alternation). The longest word
    matching at a place wins, as in a longest-first alternation, because a node's children
    start with different characters and each optional tail is greedy: that holds for a
    case-sensitive pattern, not under IGNORECASE ("Ab" and "ab" would be two children)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
        return body + ("?" if "" in node else "")

    return pattern(trie)


def grouped_alternation(branches: list[str]) -> str:
    """The branches as one alternation that matches where any of them matches, grouped by the
    characters they can start with (a branch whose start cannot be told is tried everywhere).
    In general which branch matches is not kept: use it to find where a match starts. Where the
    branches are literals the match is the one the plain alternation would give: branches that
    can start at the same place share a first letter, so they land in one group (keyed by the
    lower case) in their listed order (``header._outlet_from_cues`` relies on this)."""
    groups: dict[str, list[str]] = {}
    starts: dict[str, set[str]] = {}  # the characters of each group ("K", "k" and the Kelvin sign)
    anywhere: list[str] = []
    for branch in branches:
        chars = first_chars(branch)
        if chars is None:
            anywhere.append(branch)
            continue
        for ch in chars:
            groups.setdefault(ch.lower(), []).append(branch)
            starts.setdefault(ch.lower(), set()).add(ch)
    parts = [
        (starts[ch] | {ch, ch.upper()}, "|".join(f"(?:{b})" for b in dict.fromkeys(members)))
        for ch, members in sorted(groups.items())
    ]
    return _joined(parts, anywhere)


def paired_alternation(branches: list[str]) -> str:
    """The branches as one alternation that matches where any of them matches, grouped by
    their first character and, inside a group, behind a look-ahead for the first two (a branch
    that can match one character, or be followed by any, is tried after the pairs; one whose
    start cannot be told is tried everywhere). Which branch matches is not kept: use it to find
    where a match starts, in a pattern compiled without IGNORECASE (the pairs are read as
    written; "(?i:…)" inside a branch is heeded). Against ``grouped_alternation``, a word's
    first letter no longer sends it to every branch starting with that letter ("the" tried
    every "t" branch): the event triggers' scan takes a third less time, for a pattern that
    takes some 20 ms more to compile (once per process)."""
    by_first, anywhere = _by_first_pair(branches)
    parts = []
    for first, by_second in sorted(by_first.items()):
        any_second = by_second.pop(None, [])
        seconds: dict[tuple[str, ...], set[str]] = {}  # the branches, and the seconds they take
        for second, listed in sorted(by_second.items()):
            seconds.setdefault(tuple(listed), set()).add(second)
        body = [
            f"(?={re.escape(first)}{char_class(chars)})(?:{'|'.join(f'(?:{b})' for b in listed)})"
            for listed, chars in seconds.items()
        ]
        body += [f"(?:{b})" for b in any_second]
        parts.append(({first}, "|".join(body)))
    return _joined(parts, anywhere)


def _by_first_pair(branches: list[str]) -> tuple[dict[str, dict[str | None, list[str]]], list[str]]:
    """The branches by their first character and then their second (None: any second, or
    none), in their listed order; and those whose first two characters cannot be told. A
    branch with more than ``_MANY_SECONDS`` second characters after a first one is listed under
    any second for it (a superset: "[a-z]+ed" under every lower-case letter, not under each of
    676 pairs, which made the status cues' dispatch a quarter of its size and its scan a sixth
    faster, 118 -> 98 us over a dispatch, built in 22 ms, not 56)."""
    by_first: dict[str, dict[str | None, list[str]]] = {}
    anywhere: list[str] = []
    for branch in branches:
        pairs = first_pairs(branch)
        if pairs is None:
            anywhere.append(branch)
            continue
        seconds: dict[str, set[str | None]] = {}
        for first, second in pairs:
            seconds.setdefault(first, set()).add(second)
        for first, after in sorted(seconds.items()):
            for second in sorted(after, key=str) if len(after) <= _MANY_SECONDS else [None]:
                listed = by_first.setdefault(first, {}).setdefault(second, [])
                if branch not in listed:
                    listed.append(branch)
    return by_first, anywhere


_MANY_SECONDS = 8  # second characters of a branch after one first, listed one by one


def _joined(parts: list[tuple[set[str], str]], anywhere: list[str]) -> str:
    """The groups behind their look-aheads (nested in halves), then the branches tried
    everywhere."""
    nested = [_halves(parts)] if parts else []
    return "|".join(nested + [f"(?:{b})" for b in anywhere])


class WordStarts:
    """Where a match of one of the branches starts at a word's start, as
    ``(?<![\\w-])(?:b1|b2|…)after`` would find it (for scans that only want the starts: which
    branch matches, and how far, is not kept).

    The search consumes the character before the word (no letter, digit, "_" or "-") and then
    picks the branches to try with one literal per first character and one per second (the
    pairs of ``first_pairs``), running them in a look-ahead from the word's start. The engine
    passes over a literal that differs at almost no cost, where each look-ahead of the grouped
    alternations is a nested match: the event triggers' scan takes 221 -> 157 us a dispatch,
    the status cues' union over a dispatch's sentences 180 -> 139 us. A text's first word,
    with no character before it, is tried with the plain alternation; so is every position
    when a branch's first two characters cannot be told."""

    def __init__(self, branches: list[str], after: str = "") -> None:
        self.plain = re.compile(f"{_WORD_START}(?:{paired_alternation(branches)}){after}")
        dispatch = _pair_dispatch(branches, after)
        # the character before a word, then the branches picked by their first two characters
        self.after_separator = None if dispatch is None else re.compile(rf"[^\w-]{dispatch}")

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> int | None:
        """The first start at ``pos`` or after whose match ends by ``endpos``, else None."""
        endpos = len(text) if endpos is None else endpos
        if self.after_separator is None:
            m = self.plain.search(text, pos, endpos)
            return None if m is None else m.start()
        if pos <= 0 and self.plain.match(text, 0, endpos):
            return 0  # the text's first word: no character before it to consume
        m = self.after_separator.search(text, max(pos - 1, 0), endpos)
        return None if m is None else m.start() + 1


def at_word_start(branches: Sequence[str]) -> str | None:
    """``\\b(?:b1|b2|…)`` for branches that open with a literal word character, written so
    that the engine skips in C to those characters: each branch's first character, then a
    look-behind that no word character stands before it (what ``\\b`` tests there), then the
    rest. A pattern opening with ``\\b`` (or with any look-around, ``guarded``'s too) is entered
    at every character of a text; one whose branches open with literals only at those
    characters, when it is compiled without IGNORECASE (a few names' scan of a dispatch 49 ->
    11 us, the month names' 41 -> 15 us). The same matches, the branches tried in their order;
    None when a branch opens otherwise (or its first character is repeated: "a?b")."""
    repeat = ("?", "*", "+", "{")
    if not branches or not all(re.match(r"\w", b) and b[1:2] not in repeat for b in branches):
        return None
    return "(?:" + "|".join(f"{b[0]}(?<!\\w{b[0]}){b[1:]}" for b in branches) + ")"


def _pair_dispatch(branches: list[str], after: str) -> str | None:
    """The branches behind literals for their first two characters, each set of branches in a
    look-ahead from the first (inside a look-behind over the two); None when a branch's first
    two characters cannot be told."""
    by_first, anywhere = _by_first_pair(branches)
    if anywhere:
        return None

    def tried(listed: list[str], width: int) -> str:
        alternation = "|".join(f"(?:{b})" for b in listed)
        return f"(?<=(?=(?:{alternation}){after})(?s:{'.' * width}))"

    firsts = []
    for first, by_second in sorted(by_first.items()):
        seconds = [
            re.escape(second) + _opening_filter(listed, first + second) + tried(listed, 2)
            for second, listed in sorted((s, b) for s, b in by_second.items() if s is not None)
        ]
        if None in by_second:  # branches that may end after one character, or go on with any
            seconds.append(_run_filter(by_second[None]) + tried(by_second[None], 1))
        firsts.append(f"{re.escape(first)}(?:{'|'.join(seconds)})")
    return f"(?:{'|'.join(firsts)})" if firsts else None


def _opening_filter(branches: list[str], pair: str) -> str:
    """A look-ahead for the characters after a word's first two (``pair``) with which a match
    of one of the branches can go on (up to ``_OPENING`` characters from the word's start, as
    ``_openings`` tells them), or "" when any may follow. The branches' look-ahead is then
    entered at fewer words: "the" opens the triggers "the signing" and "(?:a |the )?charter"
    only, but stands some 35 times in a dispatch (the triggers' scan 190 -> 160 us)."""
    rests: set[str] = set()
    for branch in branches:
        openings = _openings(branch)
        if openings is None:
            return ""
        relevant = [o[2:] for o in openings if o[:2] == pair or pair.startswith(o)]
        if not relevant or "" in relevant:
            return ""  # (it can go on with any character, or end, after these two)
        rests.update(relevant)
    return f"(?={trie_alternation(sorted(rests))})"


_OPENING = 5  # characters of a word's start that ``_opening_filter`` reads


def _run_filter(branches: list[str]) -> str:
    """A look-ahead, after a word's first character, past the rest of the word (a possessive
    run of ``[\\w-]``) to what a match of one of the branches goes on with there, or "" when a
    branch does not open with a run of such characters. For branches that open with any
    capitalised word ("[A-Z][\\w]+ summit", "[A-Z][\\w-]+ Forum"): their look-ahead was entered at
    every capitalised word of a text (a quarter of the event triggers' scan). See
    ``_after_the_run`` for why the possessive run ends where a match's run ends."""
    rests: set[str] = set()
    for branch in branches:
        found = _after_the_run(branch)
        if found is None:
            return ""
        rests |= found
    return rf"(?=[\w-]*+{trie_alternation(sorted(rests))})"


_RUN = re.compile(r"[\w-]")  # the characters of a word's run, as ``_run_filter`` reads it


def _after_the_run(branch: str) -> set[str] | None:
    """The openings (up to ``_OPENING`` characters) of what follows a branch's first word, when
    the branch opens (after look-arounds) with one character and a repeat of characters of
    ``[\\w-]``, and what follows can neither be empty nor start with such a character; else
    None. A match's run is then the longest run of ``[\\w-]`` after its first character: each
    of its characters is one, and the character after it is not."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(branch)
        fold = bool(parsed.state.flags & re.IGNORECASE)
        items = _without_leading_look_arounds(list(parsed))
        if items and items[0][0] in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and items[0][1][0] >= 1:
            low, high, body = items[0][1]  # "[a-z]+": one character, then the rest of the run
            items = [*body, (items[0][0], (low - 1, high, body)), *items[1:]]
        if len(items) < 3 or items[0][0] not in (_sre.LITERAL, _sre.IN):
            return None
        if items[1][0] not in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            return None
        if not _in_run(list(items[1][1][2]), fold):  # (the repeat's body)
            return None
        rest = items[2:]
        chars, empty = _first(rest, fold)
        if chars is None or empty or any(_RUN.match(c) for c in chars):
            return None
        found = _prefixes(rest, fold, _OPENING)
    except Exception:  # an unknown construct in this Python's parser: no filter
        return None
    if not found:
        return None
    cut = {p[: p.index(None)] if None in p else p for p in found}
    if () in cut:
        return None
    return _pruned(cut)


def _without_leading_look_arounds(items: list) -> list:
    """The parsed items from the first that consumes a character: look-arounds and anchors
    before it left out, a plain group opening the items opened (its case rule unchanged)."""
    while items:
        op, av = items[0]
        if _zero_width(op, av):
            items = items[1:]
        elif op is _sre.SUBPATTERN and not av[1] and not av[2]:
            items = list(av[3]) + items[1:]
        else:
            return items
    return items


def _zero_width(op, av) -> bool:
    """An anchor, a look-around, or a group or an alternation of those only ("(?:(?<=the )|
    (?<=The ))")."""
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return True
    if op is _sre.SUBPATTERN:
        return all(_zero_width(o, a) for o, a in av[3])
    if op is _sre.BRANCH:
        return all(_zero_width(o, a) for b in av[1] for o, a in b)
    return False


def _in_run(body: list, fold: bool) -> bool:
    """Whether a repeat's body is one character that ``[\\w-]`` always matches."""
    if len(body) != 1:
        return False
    op, av = body[0]
    if op is _sre.LITERAL:
        return all(_RUN.match(c) for c in _cases(av, fold))
    if op is not _sre.IN:
        return False
    for kind, value in av:
        if kind is _sre.CATEGORY and value in (_sre.CATEGORY_WORD, _sre.CATEGORY_DIGIT):
            continue
        if kind is _sre.LITERAL and all(_RUN.match(c) for c in _cases(value, fold)):
            continue
        if kind is _sre.RANGE and all(
            _RUN.match(c) for code in range(value[0], value[1] + 1) for c in _cases(code, fold)
        ):
            continue
        return False  # (a negated set, another category)
    return True


@cache
def _openings(branch: str, flags: int = 0) -> frozenset[str] | None:
    """The first ``_OPENING`` characters a match of the branch (compiled with ``flags``) can
    start with, each cut before a character that cannot be told and where more than
    ``_MANY_SECONDS`` characters may follow (a class of letters: the filter is a trie of
    literals, every case the engine equates listed); a shorter string may be a whole match.
    None when they cannot be listed."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(branch, flags)
        found = _prefixes(list(parsed), bool(parsed.state.flags & re.IGNORECASE), _OPENING)
    except Exception:  # an unknown construct (or too many to list): no filter
        return None
    if not found:
        return None
    cut = {p[: p.index(None)] if None in p else p for p in found}
    return frozenset(_pruned(cut))


def _pruned(openings: set[tuple[str, ...]], depth: int = 0) -> set[str]:
    """The openings as strings, each cut where it is no longer than ``depth`` characters or
    where more than ``_MANY_SECONDS`` characters follow the same first ``depth`` (a shorter
    string then stands for all of them; not for the first characters, a word's alternatives:
    "agreement|treaty|accord|…")."""
    head = next(iter(openings))[:depth]  # (all share their first ``depth`` characters)
    following = {o[depth] for o in openings if len(o) > depth}
    if any(len(o) == depth for o in openings) or (depth and len(following) > _MANY_SECONDS):
        return {"".join(head)}
    return set().union(
        *(
            _pruned({o for o in openings if len(o) > depth and o[depth] == c}, depth + 1)
            for c in following
        )
    )


def _halves(parts: list[tuple[set[str], str]]) -> str:
    """Groups behind their look-aheads, nested in halves (the first half's characters, then
    the second's): at a position some five class tests pick the group, not one per group (a
    quarter off the scan for the event triggers' 26 groups)."""
    if len(parts) <= 2:
        return "|".join(f"(?={char_class(chars)})(?:{body})" for chars, body in parts)
    mid = len(parts) // 2
    return "|".join(
        f"(?={char_class(set().union(*(c for c, _ in half)))})(?:{_halves(half)})"
        for half in (parts[:mid], parts[mid:])
    )


def initial_either_case(fragment: str) -> str:
    """A regex fragment whose opening letter may be a capital or not ("[Tt]alks", "[Dd]ay"):
    the fragment as it is when it opens with no cased letter."""
    first = fragment[:1]
    if first.lower() == first.upper():
        return fragment
    return f"[{first.upper()}{first.lower()}]{fragment[1:]}"


def char_class(chars: Iterable[str]) -> str:
    """A character class of these characters (each escaped, in sorted order)."""
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


def guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern behind a look-ahead for the characters a match can start with: at most
    positions of a text the engine then fails one class test instead of entering the pattern
    (two to three times faster over a dispatch for a pattern that opens with a word boundary,
    a look-behind or an optional word). Where the second character can be told too, the
    look-ahead tests it with a second class (the date patterns' "this", "last", "next" start
    with letters that begin most words: a sixth off their scans). The pattern itself is
    returned when the first characters cannot be told or the pattern cannot be wrapped
    (global inline flags, verbose mode)."""
    chars = first_chars(rx.pattern, rx.flags)
    if not chars or rx.flags & re.VERBOSE:
        return rx
    guard = char_class(set(chars))
    pairs = first_pairs(rx.pattern, rx.flags)
    if pairs and all(second is not None for _, second in pairs):
        guard += char_class({second for _, second in pairs if second is not None})
    try:
        return re.compile(f"(?={guard})(?:{rx.pattern})", rx.flags)
    except re.error:  # e.g. "(?i)" at the start: a global flag must stay first
        return rx


class Skipping:
    """``finditer`` over whole texts for a pattern the engine would enter at every character
    (one opening with ``\\b`` or a look-around, as ``guarded``'s look-ahead does too): the same
    matches, found by a finder that opens with a class of the characters a match can start with
    (case-sensitive, every character the engine equates listed), which the engine skips to in
    C. Only there does it test what ``\\b`` tests (the pattern opens with it before a word
    character: no word character before), then the second characters, then the pattern itself
    in a look-ahead from the first; the pattern is then matched once where the finder stops
    (over a dispatch: the office-holder groups' scan 44 -> 30 us, the pairs of presidents'
    40 -> 28 us). The pattern's own ``finditer`` where the first characters cannot be told."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.finder = _finder(rx)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``self.rx.finditer(text)``: every match, left to right, none overlapping."""
        if self.finder is None:
            yield from self.rx.finditer(text)
            return
        pos = 0
        while (hit := self.finder.search(text, pos)) is not None:
            m = self.rx.match(text, hit.start())
            assert m is not None  # (the finder matched it there, in its look-ahead)
            yield m
            pos = m.end()  # (never empty: a pattern that can match empty gets no finder)


def _finder(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern matching one character where ``rx`` matches (see ``Skipping``), or None."""
    chars = first_chars(rx.pattern, rx.flags)
    if not chars or rx.flags & re.VERBOSE:
        return None
    word_start = ""
    if all(_WORD_CHAR.match(c) for c in chars) and _opens_with_boundary(rx):
        word_start = r"(?<!\w\w)"  # after its word character: none before it
    second = ""
    pairs = first_pairs(rx.pattern, rx.flags)
    if pairs and all(s is not None for _, s in pairs):
        second = f"(?={char_class({s for _, s in pairs if s is not None})})"
    openings = _openings(rx.pattern, rx.flags)
    if openings and all(len(o) > 1 for o in openings):
        # the characters a match opens with, read from the first as literals: the pattern is
        # then entered at fewer places ("th" opens "the two presidents" and many words)
        second = f"(?<=(?=(?-i:{trie_alternation(sorted(openings))}))(?s:.))"
    try:
        return re.compile(
            f"(?-i:{char_class(set(chars))}){word_start}{second}(?<=(?=(?:{rx.pattern}))(?s:.))",
            rx.flags,
        )
    except re.error:  # e.g. "(?i)" at the start: a global flag must stay first
        return None


_WORD_CHAR = re.compile(r"\w")


def _opens_with_boundary(rx: re.Pattern[str]) -> bool:
    """The pattern's first item is ``\\b`` (outside any group or alternation)."""
    try:
        items = list(_sre_parse.parse(rx.pattern, rx.flags))
    except Exception:  # an unknown construct in this Python's parser
        return False
    return bool(items) and items[0] == (_sre.AT, _sre.AT_BOUNDARY)


_Item = TypeVar("_Item")


class ByFirstPair(Generic[_Item]):
    """Items, each with a pattern, looked up by the two characters at a place of a text: those
    whose pattern can match there (``first_pairs``, a superset of the pairs a match starts
    with), in their listed order. A scan that tries several patterns at each place a union of
    them matches tries only these: an item left out cannot match there."""

    def __init__(self, items: Sequence[tuple[_Item, re.Pattern[str]]]) -> None:
        pairs = [(item, first_pairs(rx.pattern, rx.flags)) for item, rx in items]

        def kept(first: str, second: str | None) -> tuple[_Item, ...]:
            """The items a match may start with these characters of (second None: any)."""
            return tuple(
                item
                for item, found in pairs
                if found is None
                or (first, None) in found
                or (second is not None and (first, second) in found)
            )

        listed = {pair for _, found in pairs if found for pair in found}
        self.by_pair = {f + s: kept(f, s) for f, s in listed if s is not None}
        self.by_first = {f: kept(f, None) for f, _ in listed}  # any second character
        self.anywhere = tuple(item for item, found in pairs if found is None)

    def at(self, text: str, pos: int) -> tuple[_Item, ...]:
        """The items whose pattern can match at ``pos`` (which is inside the text)."""
        found = self.by_pair.get(text[pos : pos + 2])
        return found if found is not None else self.by_first.get(text[pos], self.anywhere)


class PatternSet:
    """Several patterns whose matches are wanted pattern by pattern, found with one pass over
    the text: a union of them (grouped by first character, behind a look-ahead) finds where any
    of them can match, and only there is each pattern tried. The matches are exactly those of
    each pattern's own ``finditer``. If any pattern cannot join the union (an empty match, a
    back-reference, flags other than IGNORECASE), every pattern is searched on its own."""

    def __init__(
        self,
        patterns: list[re.Pattern[str]],
        union: re.Pattern[str] | None = None,
        starts: WordStarts | None = None,
    ) -> None:
        self.patterns = tuple(patterns)
        self.union = union if union is not None else _union(self.patterns)
        self.starts = starts  # the union's starts found faster, where it opens with a word start
        # where the union matches, only the patterns that can start with its two characters
        # are tried (the status cues: one or two of five)
        self.by_start = ByFirstPair(list(enumerate(self.patterns)))

    @classmethod
    def of_alternatives(
        cls, alternatives: list[list[str]], before: str = "", after: str = ""
    ) -> PatternSet:
        """One pattern per list, ``before(?:a|b|…)after`` (its alternatives grouped by first
        character, behind a guard), and for the union the same built over every list's
        alternatives: where a pattern matches one of its alternatives does, so the union does
        too. A union of the patterns as wholes would try each pattern at every character one
        of its alternatives can start with; this one tries only the alternatives that start
        there (the status cues of ``events``: half the time of one scan per pattern). The
        union only finds where some pattern can start, so its branches are grouped by their
        first two characters (``paired_alternation``, the patterns being case-sensitive): a
        seventh off the status cues' scan, against the first-character grouping."""

        def build(branches: list[str]) -> re.Pattern[str]:
            return guarded(re.compile(f"{before}(?:{grouped_alternation(branches)}){after}"))

        patterns = [build(alts) for alts in alternatives]
        branches = [a for alts in alternatives for a in alts]
        # as in ``_union``: no back-references, no repeated group names, no empty match (the
        # per-pattern scan relies on every match being non-empty); else the patterns' own union
        if _sre_parse is None or any(_REFERENCE.search(b) or "(?P<" in b for b in branches):
            return cls(patterns)
        union = re.compile(f"{before}(?:{paired_alternation(branches)}){after}")
        if _sre_parse.parse(union.pattern).getwidth()[0] == 0:
            return cls(patterns)
        starts = WordStarts(branches, after) if before == _WORD_START else None
        return cls(patterns, union, starts)

    def finditer_each(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> list[list[re.Match[str]]]:
        """Each pattern's ``finditer(text, pos, endpos)`` matches, as one list per pattern."""
        endpos = len(text) if endpos is None else endpos
        if self.union is None:
            return [list(rx.finditer(text, pos, endpos)) for rx in self.patterns]
        out: list[list[re.Match[str]]] = [[] for _ in self.patterns]
        free = [pos] * len(self.patterns)  # where each pattern's own scan would go on
        while (start := self._next_start(text, pos, endpos)) is not None:
            for i in self.by_start.at(text, start):
                if start >= free[i] and (hit := self.patterns[i].match(text, start, endpos)):
                    out[i].append(hit)
                    free[i] = hit.end()
            pos = start + 1
        return out

    def _next_start(self, text: str, pos: int, endpos: int) -> int | None:
        """Where the union next matches, at ``pos`` or after."""
        if self.starts is not None:
            return self.starts.search(text, pos, endpos)
        m = self.union.search(text, pos, endpos)
        return None if m is None else m.start()


# a back-reference or a conditional group: a pattern that cannot stand in a union
_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


_WORD_START = r"(?<![\w-])"


def _opens_with_word_start(pattern: str) -> bool:
    """The pattern is the word-start test followed by the rest ("(?<![\\w-])foo|bar" is not:
    its "bar" has no such test)."""
    if not pattern.startswith(_WORD_START):
        return False
    try:
        items = list(_sre_parse.parse(pattern))
    except Exception:  # an unknown construct in this Python's parser: do not hoist
        return False
    return bool(items) and items[0][0] is _sre.ASSERT_NOT


def _union(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """A pattern matching wherever one of the patterns matches, or None if one cannot be part
    of it (the per-pattern scan of ``PatternSet`` relies on every match being non-empty)."""
    if _sre_parse is None or not patterns:
        return None
    branches = []
    ignorecase = any(rx.flags & re.IGNORECASE for rx in patterns)
    for rx in patterns:
        if rx.flags & ~(re.IGNORECASE | re.UNICODE) or _REFERENCE.search(rx.pattern):
            return None
        try:
            if _sre_parse.parse(rx.pattern, rx.flags).getwidth()[0] == 0:
                return None
        except Exception:  # an unknown construct in this Python's parser
            return None
        body = re.sub(r"\(\?P<\w+>", "(?:", rx.pattern)  # names repeat across patterns
        # the union ignores case if one pattern does (its look-aheads then cover both cases)
        branches.append(body if rx.flags & re.IGNORECASE or not ignorecase else f"(?-i:{body})")
    if all(_opens_with_word_start(b) for b in branches):
        # the word-start test once, before the groups (half the scan for the role phrases)
        body = f"{_WORD_START}(?:{grouped_alternation([b[len(_WORD_START) :] for b in branches])})"
    else:
        body = grouped_alternation(branches)
    try:
        union = re.compile(body, re.IGNORECASE if ignorecase else 0)
    except re.error:
        return None
    return guarded(union)


def first_chars(pattern: str, flags: int | None = None) -> frozenset[str] | None:
    """Every character a match of the pattern can start with (a superset is safe), or None
    when that cannot be told (an empty match, a class such as \\w). Without ``flags`` (None:
    the pattern may yet be compiled with IGNORECASE, as a union of branches may) each letter
    comes in both cases; with the flags the pattern is compiled with (0 for none), a letter
    matched case-sensitively comes as written ("January" starts with "J" only: a look-ahead for
    capitals fails at most letters of a text, one for both cases passes at a fifth of them)."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern, flags or 0)
        fold = flags is None or bool(parsed.state.flags & re.IGNORECASE)
        chars, empty = _first(list(parsed), fold)
    except Exception:  # an unknown construct in this Python's parser: do not group
        return None
    return None if chars is None or empty else frozenset(chars)


def required_chars(pattern: str) -> frozenset[str]:
    """Characters every match of the case-sensitive pattern holds: its literals outside any
    group, alternation or repeat ("\\s+—\\s+" needs "—"); none when it cannot be parsed."""
    if _sre_parse is None:
        return frozenset()
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # an unknown construct in this Python's parser: nothing is known
        return frozenset()
    if parsed.state.flags & re.IGNORECASE:
        return frozenset()
    return frozenset(chr(av) for op, av in parsed if op is _sre.LITERAL)


@cache
def first_pairs(pattern: str, flags: int = 0) -> frozenset[tuple[str, str | None]] | None:
    """Every pair of characters a match of the pattern compiled with ``flags`` can start with
    (a superset is safe), the second None where the match may end after one character or
    any character may follow; None when the first character cannot be told (a class such as
    \\w) or the match may be empty. Kept once worked out: the grouped alternations, their
    guards and ``WordStarts`` ask about the same branches (the costly part of building them)."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern, flags)
        starts = _prefixes(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    except Exception:  # an unknown construct (or too many pairs to list): do not group
        return None
    if starts is None or any(not p or p[0] is None for p in starts):
        return None
    return frozenset((p[0], p[1] if len(p) > 1 else None) for p in starts)


_PAIR = 2  # characters listed by ``first_pairs``
_MAX_PREFIXES = 5000  # more possible pairs than this: not worth listing


def _prefixes(items: list, fold: bool, width: int = _PAIR) -> set[tuple[str | None, ...]] | None:
    """The first ``width`` characters of what the parsed items match (None: any character): a
    shorter tuple is a whole match of the items (the next items go on from it), a tuple of
    ``width`` may go on; None when that cannot be told."""
    out: set[tuple[str | None, ...]] = {()}
    for op, av in items:
        item = _item_prefixes(op, av, fold, width)
        if item is None:
            return None
        out = _extended(out, item, width)
        if len(out) > _MAX_PREFIXES:
            return None
        if all(len(p) == width for p in out):
            break
    return out


def _extended(
    prefixes: set[tuple[str | None, ...]],
    following: set[tuple[str | None, ...]],
    width: int = _PAIR,
) -> set[tuple[str | None, ...]]:
    """Each prefix followed by each of ``following``, cut to ``width`` characters; a prefix
    already that long stays as it is (and is not paired with every one of them: a repeated
    class of 26 letters made some 17,000 tuples of the same 676 pairs)."""
    if not following:  # (nothing matched after them: no prefix at all, as the pairing gave)
        return set()
    done = {p for p in prefixes if len(p) == width}
    return done | {(p + s)[:width] for p in prefixes if len(p) < width for s in following}


def _item_prefixes(op, av, fold: bool, width: int) -> set[tuple[str | None, ...]] | None:
    if op is _sre.LITERAL:
        return {(c,) for c in _cases(av, fold)}
    if op is _sre.IN:
        chars, _ = _first_item(op, av, fold)
        return {(None,)} if chars is None else {(c,) for c in chars}
    if op in (_sre.ANY, _sre.NOT_LITERAL, _sre.CATEGORY):
        return {(None,)}
    if op is _sre.SUBPATTERN:
        body, fold = _inside(av, fold)
        return _prefixes(body, fold, width)
    if op is _sre.BRANCH:
        out: set[tuple[str | None, ...]] = set()
        for branch in av[1]:
            found = _prefixes(list(branch), fold, width)
            if found is None:
                return None
            out |= found
        return out
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        # n repetitions for n from the least to the most, up to ``width``: more only go on
        # past the last character read, which the full tuples already allow
        low, high, body = av
        once = _prefixes(list(body), fold, width)
        if once is None:
            return None
        out, times = set(), {()}
        for n in range(min(high, width) + 1):
            if n >= min(low, width):
                out |= times
            if n < min(high, width):  # (the last round's would not be read)
                times = _extended(times, once, width)
                if len(times) > _MAX_PREFIXES:  # ("[a-z]+" read to five letters)
                    return None
        return out
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {()}  # anchors and look-arounds consume nothing
    return None


def _first(items: list, fold: bool = True) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence can match empty) of parsed items; ``fold``:
    letters in both cases (the case is ignored, or not known to matter)."""
    out: set[str] = set()
    for op, av in items:
        chars, empty = _first_item(op, av, fold)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _inside(av, fold: bool) -> tuple[list, bool]:
    """A group's parsed items, and whether case is ignored inside it: "(?i:…)" ignores it,
    "(?-i:…)" heeds it, a plain group keeps the case rule around it."""
    _, add_flags, del_flags, body = av
    if add_flags & re.IGNORECASE:
        fold = True
    elif del_flags & re.IGNORECASE:
        fold = False
    return list(body), fold


def _cases(code: int, fold: bool) -> set[str]:
    """The characters a literal matches: itself, and under IGNORECASE every character the regex
    engine equates with it (its upper and lower case, and "ı"/"İ" for "i", "ſ" for "s", the
    Kelvin sign for "k" …)."""
    ch = chr(code)
    if not fold:
        return {ch}
    low = _engine.unicode_tolower(code)
    lows = {low, *_casefix._EXTRA_CASES.get(low, ())}
    out = {ch.lower(), ch.upper(), ch}
    for folded in lows:
        out.add(chr(folded))
        out |= _equated().get(folded, set())
    return out


@cache
def _equated() -> dict[int, set[str]]:
    """The characters (below U+2200) that fold to each lower case the engine knows, besides the
    plain upper case: "İ" to "i", the Kelvin sign to "k"."""
    out: dict[int, set[str]] = {}
    for code in range(0x80, 0x2200):
        out.setdefault(_engine.unicode_tolower(code), set()).add(chr(code))
    return out


def _first_item(op, av, fold: bool) -> tuple[set[str] | None, bool]:
    if op is _sre.LITERAL:
        return _cases(av, fold), False
    if op is _sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars |= _cases(value, fold)
            elif kind is _sre.RANGE:
                for code in range(value[0], value[1] + 1):
                    chars |= _cases(code, fold)
            else:  # a negated set or a category: any character
                return None, False
        return chars, False
    if op is _sre.SUBPATTERN:
        body, fold = _inside(av, fold)
        return _first(body, fold)
    if op is _sre.BRANCH:
        chars, can_be_empty = set(), False
        for branch in av[1]:
            first, empty = _first(list(branch), fold)
            if first is None:
                return None, False
            chars |= first
            can_be_empty = can_be_empty or empty
        return chars, can_be_empty
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, _, body = av
        first, empty = _first(list(body), fold)
        return (None, False) if first is None else (first, low == 0 or empty)
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return set(), True  # anchors and look-arounds consume nothing
    return None, False
