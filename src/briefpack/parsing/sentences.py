"""Sentence boundaries inside a paragraph, as absolute spans of the statement text."""

from __future__ import annotations

import re
from typing import Final

from briefpack.parsing.spans import trim

# End punctuation, any closing quotes or brackets, white space, then something that can start
# a sentence. The abbreviation check below removes "U.S. President" and "Mr. Smith".
# _split tries it only where str.find has found its first character (_END_PUNCTUATION).
_BOUNDARY: Final = re.compile(
    r"[.!?\u2026][.!?\u2026]*[\"'\u201d\u2019\u00bb)\]]*(?=\s+[\"'\u201c\u2018\u00ab(\[]?[A-Z0-9\u00c0-\u024f])"
)
_END_PUNCTUATION: Final = ".!?\u2026"  # the first character class of _BOUNDARY
_ABBREVIATIONS: Final = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt",
        "col", "capt", "sgt", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "ext", "tel", "approx", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m",
    }
)  # fmt: skip
# Abbreviations only when a number follows ("No. 3", "Art. 19").
_NUMBER_ABBREVIATIONS: Final = frozenset({"no", "nos", "art", "para", "p", "pp", "vol"})


class Sentences:
    """Sentence spans of the paragraphs (and quotes) of one text, each split once however
    many stages ask: summits, asks and cases all read the same paragraphs."""

    __slots__ = ("_dateline", "_split", "_stride", "_text")

    def __init__(self, text: str, dateline: tuple[int, int] | None = None) -> None:
        """`dateline`: the span of a dateline that opens a paragraph ("(New York, November 27,
        2018) –"): the sentence it opens starts after it, so no ask or case quotes it."""
        self._text = text
        self._dateline = dateline
        # Splits by span, keyed by one int, start * _stride + end (one for each span of the
        # text), cheaper to make and hash than a tuple of the two.
        self._stride = len(text) + 1
        self._split: dict[int, list[tuple[int, int]]] = {}

    def spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """Trimmed spans of the sentences in text[start:end]; the list is shared, not to be
        changed."""
        if not 0 <= start <= end < self._stride:
            return self._split_at(start, end)  # no span of the text: nothing to share
        key = start * self._stride + end
        found = self._split.get(key)
        if found is None:
            found = self._split[key] = self._split_at(start, end)
        return found

    def _split_at(self, start: int, end: int) -> list[tuple[int, int]]:
        found = _split(self._text, start, end)
        if self._dateline is not None and found:
            found[0] = _after_dateline(self._text, found[0], self._dateline)
        return found


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cursor = start
    # _BOUNDARY.finditer(text, start, end), trying the regex only at end punctuation, which
    # str.find locates in C: the regex engine's own scan tests every character against the
    # class, several times slower.
    searched = start
    for mark in _marks(text, start, end):
        if mark < searched:
            continue  # inside the last match ("?!", "...")
        stop = _boundary_end(text, mark, end)
        if stop < 0:
            continue
        searched = stop
        if text[mark] == "." and _is_abbreviation(text, mark, start):
            continue
        s, e = trim(text, cursor, stop)
        if s < e:
            out.append((s, e))
        cursor = stop
    s, e = trim(text, cursor, end)
    if s < e:
        out.append((s, e))
    return out


def _marks(text: str, start: int, end: int) -> list[int]:
    """Positions of the characters a _BOUNDARY match begins with in text[start:end], in order."""
    found: list[int] = []
    kinds = 0
    for char in _END_PUNCTUATION:
        i = text.find(char, start, end)
        if i >= 0:
            kinds += 1
        while i >= 0:
            found.append(i)
            i = text.find(char, i + 1, end)
    if kinds > 1:
        found.sort()
    return found


_CLOSERS: Final = "\"'\u201d\u2019\u00bb)]"  # _BOUNDARY's closing quotes and brackets
_OPENERS: Final = "\"'\u201c\u2018\u00ab(["  # and the opening ones after the white space


def _boundary_end(text: str, mark: int, end: int) -> int:
    """The end of _BOUNDARY's match at `mark` (an end punctuation character) in text[:end], or
    -1: the regex's test made with a few character tests, without a call of the engine at every
    full stop. (It never backtracks to success: a shorter run of stops or closers is followed
    by one of them, not by white space; an opener is no capital.)"""
    i = mark + 1
    while i < end and text[i] in _END_PUNCTUATION:
        i += 1
    while i < end and text[i] in _CLOSERS:
        i += 1
    j = i
    while j < end and (text[j] == " " or text[j].isspace()):
        j += 1
    if j == i or j == end:
        return -1
    if text[j] in _OPENERS:
        j += 1
        if j == end:
            return -1
    code = ord(text[j])
    if 65 <= code <= 90 or 48 <= code <= 57 or 0xC0 <= code <= 0x24F:  # [A-Z0-9\u00c0-\u024f]
        return i
    return -1


# What joins a dateline to the sentence it opens: "(Geneva) –", "LONDON, 5 May:".
_DATELINE_JOINER: Final = re.compile(r"[\s\u2013\u2014:-]*")


def _after_dateline(text: str, sentence: tuple[int, int], dateline: tuple[int, int]
                    ) -> tuple[int, int]:
    s, e = sentence
    if not s <= dateline[0] < dateline[1] < e:
        return sentence
    match = _DATELINE_JOINER.match(text, dateline[1], e)
    rest = match.end() if match else dateline[1]
    return (rest, e) if rest < e else sentence


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    i = dot
    while i > floor:
        # Letters by code in ASCII, where nearly all of them are; str.isalpha outside it.
        code = ord(text[i - 1])
        if not (
            97 <= code <= 122
            or 65 <= code <= 90
            or code == 46
            or (code > 127 and text[i - 1].isalpha())
        ):
            break
        i -= 1
    word = text[i:dot].lower()
    if not word:
        return False
    # A single capital is an initial ("George W. Bush"), not the end of a sentence.
    if len(word) == 1 and text[i].isupper():
        return True
    if word in _NUMBER_ABBREVIATIONS:
        j = dot + 1
        while j < len(text) and text[j] == " ":
            j += 1
        return j < len(text) and text[j].isdigit()
    return word in _ABBREVIATIONS
