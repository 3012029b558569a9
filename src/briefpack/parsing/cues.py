"""Searching a whole statement once instead of every paragraph and sentence again.

A pattern whose every match begins with one of a few literal words ("must", "urg", "summit")
can only match where those words occur. `str.find` locates them in the whole text in C, far
faster than the regex engine walks the text; the pattern is then tried only at those places.
`first_match` over the starts in [pos, endpos) finds exactly what `pattern.search(text, pos,
endpos)` finds, provided the starts include every place a match can begin.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from ahocorasick_rs import AhoCorasick, Implementation

_ASCII_BYTES: Final = bytes(range(128))


def lowered_text(text: str) -> str | None:
    """text.lower(), when every slice of it is the lower case of the same slice of `text`.

    Not so when a character lowers to two (U+0130) or, for the capital sigma, to a letter
    that depends on what follows it; callers then lower each piece as before.
    """
    if "\u03a3" in text:
        return None
    if not text.isascii():
        # str.lower() looks up every character of a text with any character outside ASCII
        # in the Unicode tables; bytes.lower() of the UTF-8 lowers only A-Z, in C, and is the
        # same when no character outside ASCII changes case (most are quote marks and dashes).
        data = text.encode("utf-8", "surrogatepass")
        wide = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        if wide.lower() == wide:
            return data.lower().decode("utf-8", "surrogatepass")
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


class CueIndex:
    """Every occurrence of each of a fixed set of literal cue words in a text, all found in
    one pass over it (Aho-Corasick, compiled): a str.find scan of the whole statement per
    literal, some sixty of them, cost several times more."""

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals: tuple[str, ...] = tuple(dict.fromkeys(literals))
        # A DFA whatever the number of literals: left to choose, the package builds one only
        # for up to 100 of them, and the pass over a statement was then several times slower.
        self._automaton = AhoCorasick(list(self.literals), implementation=Implementation.DFA)

    def occurrences(self, haystack: str) -> dict[str, list[int]]:
        """Each found literal's starts in `haystack`, sorted: the positions the loop
        `i = haystack.find(literal)`, `i = haystack.find(literal, i + 1)` visits. A literal
        that does not occur has no entry: read with `.get(literal, NO_HITS)` (an empty list
        for each of some 130 literals cost a third as much as the search)."""
        literals = self.literals
        found: dict[str, list[int]] = {}
        # Overlapping: every occurrence, as the find loop sees them. They come in order of
        # their ends, which for one literal is the order of their starts.
        for k, start, _ in self._automaton.find_matches_as_indexes(haystack, overlapping=True):
            literal = literals[k]
            starts = found.get(literal)
            if starts is None:
                found[literal] = [start]
            else:
                starts.append(start)
        return found


# What CueIndex.occurrences(...).get(literal, NO_HITS) gives for a literal that does not occur.
# Shared: never to be changed.
NO_HITS: Final[list[int]] = []


def starts_of(haystack: str, literals: Iterable[tuple[str, int]]) -> list[int]:
    """Sorted distinct positions `i - back` for every occurrence i of each (literal, back)."""
    found: set[int] = set()
    # haystack.find called as such: compiled, a direct C call (a bound method is not).
    for literal, back in literals:
        i = haystack.find(literal)
        while i >= 0:
            if i >= back:
                found.add(i - back)
            i = haystack.find(literal, i + 1)
    return sorted(found)


def match_starts(
    pattern: re.Pattern[str], haystack: str, literals: Iterable[tuple[str, int]]
) -> list[int]:
    """The positions of starts_of(haystack, literals) where the pattern matches the whole text.

    The parser searches pieces (paragraphs, sentences, quotes) that end before white space, a
    quote mark or the end of the text. For patterns that read nothing after their match but,
    at most, a final \\b, a match inside such a piece is a match in the whole text at the same
    place: \\b reads the character after the piece as it reads the end of the piece. So only
    these positions need trying in the pieces, and most cue words that are not cues ("has"
    without "to") are dropped once instead of in every sentence.
    """
    match = pattern.match
    return [start for start in starts_of(haystack, literals) if match(haystack, start)]


def first_match(
    pattern: re.Pattern[str], haystack: str, starts: list[int], pos: int, endpos: int
) -> re.Match[str] | None:
    """pattern.search(haystack, pos, endpos), trying only the given start positions."""
    i = index_from(starts, pos)
    n = len(starts)
    if i >= n or starts[i] >= endpos:
        return None
    match = pattern.match
    while i < n:
        start = starts[i]
        if start >= endpos:
            return None
        found = match(haystack, start, endpos)
        if found is not None:
            return found
        i += 1
    return None


def any_start_in(starts: list[int], pos: int, endpos: int) -> bool:
    """Is any start position in [pos, endpos)?"""
    i = index_from(starts, pos)
    return i < len(starts) and starts[i] < endpos


def is_word_character(char: str) -> bool:
    """What the regex engine's \\w (and so \\b) takes for a word character: the test of a
    word boundary beside a cue word's place."""
    return char.isalnum() or char == "_"


def index_from(starts: list[int], pos: int, low: int = 0) -> int:
    """bisect.bisect_left(starts, pos, low), compiled: a call of the bisect module cost more
    than the few steps of the search."""
    high = len(starts)
    while low < high:
        middle = (low + high) // 2
        if starts[middle] < pos:
            low = middle + 1
        else:
            high = middle
    return low
