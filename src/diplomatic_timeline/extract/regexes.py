"""Building fast regular expressions from the vocabularies' long alternations.

Python's engine tries every branch of an alternation at every position of the text. Two
rewrites keep the matches and cut that work: words with shared prefixes factored out into a
trie, and branches grouped by the characters they can start with, each group behind a
one-character look-ahead, so that at a position only the branches that can start there run.
"""

from __future__ import annotations

import re

try:  # the parser of the standard library's engine (private; absent, branches are not grouped)
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    _sre = _sre_parse = None


def trie_alternation(words: list[str]) -> str:
    """A regex matching any of the words, shared prefixes factored out ("trade|trades|transit"
    → "tra(?:de(?:s)?|nsit)"): each letter is tested once per position instead of once per
    word (2.5 times faster over a dispatch than the plain alternation)."""
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
    Which branch matches is not kept: use it to find where a match starts."""
    groups: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for branch in branches:
        chars = first_chars(branch)
        if chars is None:
            anywhere.append(branch)
            continue
        for ch in chars:
            groups.setdefault(ch.lower(), []).append(branch)
    parts = []
    for ch, members in sorted(groups.items()):
        both = {ch, ch.upper()}
        cls = "".join(re.escape(c) for c in sorted(both))
        body = "|".join(f"(?:{b})" for b in dict.fromkeys(members))
        parts.append(f"(?=[{cls}])(?:{body})")
    parts += [f"(?:{b})" for b in anywhere]
    return "|".join(parts)


def first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a match of the pattern can start with, in both cases (a superset is
    safe), or None when that cannot be told (an empty match, a class such as \\w)."""
    if _sre_parse is None:
        return None
    try:
        chars, empty = _first(list(_sre_parse.parse(pattern)))
    except Exception:  # an unknown construct in this Python's parser: do not group
        return None
    return None if chars is None or empty else frozenset(chars)


def _first(items: list) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence can match empty) of parsed items."""
    out: set[str] = set()
    for op, av in items:
        chars, empty = _first_item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _both_cases(code: int) -> set[str]:
    ch = chr(code)
    return {ch.lower(), ch.upper(), ch}


def _first_item(op, av) -> tuple[set[str] | None, bool]:
    if op is _sre.LITERAL:
        return _both_cases(av), False
    if op is _sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars |= _both_cases(value)
            elif kind is _sre.RANGE:
                for code in range(value[0], value[1] + 1):
                    chars |= _both_cases(code)
            else:  # a negated set or a category: any character
                return None, False
        return chars, False
    if op is _sre.SUBPATTERN:
        return _first(list(av[3]))
    if op is _sre.BRANCH:
        chars, can_be_empty = set(), False
        for branch in av[1]:
            first, empty = _first(list(branch))
            if first is None:
                return None, False
            chars |= first
            can_be_empty = can_be_empty or empty
        return chars, can_be_empty
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, _, body = av
        first, empty = _first(list(body))
        return (None, False) if first is None else (first, low == 0 or empty)
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return set(), True  # anchors and look-arounds consume nothing
    return None, False
