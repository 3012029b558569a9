"""Sentence boundaries inside a paragraph, as absolute spans of the statement text."""

from __future__ import annotations

import re

from briefpack.parsing.spans import trim

# End punctuation, any closing quotes or brackets, white space, then something that can start
# a sentence. The abbreviation check below removes "U.S. President" and "Mr. Smith".
# ("[.!?…][.!?…]*" is "[.!?…]+" for a pattern that begins with a character class: the regex
# engine then skips in C to the characters of that class instead of trying every position.)
_BOUNDARY = re.compile(
    r"[.!?\u2026][.!?\u2026]*[\"'\u201d\u2019\u00bb)\]]*(?=\s+[\"'\u201c\u2018\u00ab(\[]?[A-Z0-9\u00c0-\u024f])"
)
_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt",
        "col", "capt", "sgt", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "ext", "tel", "approx", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m",
    }
)  # fmt: skip
# Abbreviations only when a number follows ("No. 3", "Art. 19").
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "art", "para", "p", "pp", "vol"})


# Summits, asks and cases all read the same paragraphs sentence by sentence; the memo keys on
# the text itself, so it is right across statements and threads, and stays small.
_MEMO: dict[tuple[str, int, int], list[tuple[int, int]]] = {}


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Trimmed spans of the sentences in text[start:end]."""
    key = (text, start, end)
    cached = _MEMO.get(key)
    if cached is None:
        if len(_MEMO) > 512:
            _MEMO.clear()
        cached = _MEMO[key] = _split(text, start, end)
    return list(cached)


class Sentences:
    """Sentence spans of the paragraphs (and quotes) of one text, each split once however
    many stages ask: summits, asks and cases all read the same paragraphs."""

    __slots__ = ("_split", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._split: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """sentence_spans(text, start, end); the list is shared, not to be changed."""
        found = self._split.get((start, end))
        if found is None:
            found = self._split[start, end] = _split(self._text, start, end)
        return found


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.end()
        if text[match.start()] == "." and _is_abbreviation(text, match.start(), start):
            continue
        s, e = trim(text, cursor, stop)
        if s < e:
            out.append((s, e))
        cursor = stop
    s, e = trim(text, cursor, end)
    if s < e:
        out.append((s, e))
    return out


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    i = dot
    while i > floor and (text[i - 1].isalpha() or text[i - 1] == "."):
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
