"""Where the quoted stretches of a paragraph are, from its quote marks alone.

Curly quotes nest (“... ‘...’ ...”), straight quotes toggle, a mark left unclosed at the end of
the paragraph runs to the end (the genre's way of continuing a quote into the next paragraph),
and stray closing marks are ignored. Single quotes only count as the outer marks in a paragraph
that has no double quotes (British style), and never when they sit inside a word (Xi’s).
"""

from __future__ import annotations

import re
from typing import Final

from briefpack.parsing.cues import index_from
from briefpack.parsing.spans import is_space, trim

# The double quote marks. The text is searched for each with str.find, in C several times
# faster than the regex engine tests every character against the class.
_DOUBLE_MARKS: Final = "\u201c\u201d\u201e\u00ab\u00bb\u201f\""
_DOUBLE: Final = re.compile(f"[{_DOUBLE_MARKS}]")
_SINGLE: Final = re.compile("[\u2018\u2019']")
_OPENERS: Final = "\u201c\u201e\u00ab\u201f"
_CLOSERS: Final = "\u201d\u00bb"
_OPEN_BEFORE: Final = "([{\u2014\u2013-/:"  # a quote may open right after these


class QuotedSpan:
    # A plain class, not a dataclass: mypyc compiles this __init__, not a dataclass's.
    __slots__ = ("open_mark", "close_mark", "start", "end")

    def __init__(self, open_mark: int, close_mark: int | None, start: int, end: int) -> None:
        self.open_mark = open_mark  # index of the opening mark
        self.close_mark = close_mark  # index of the closing mark; None when left open
        self.start = start  # first character inside (trimmed)
        self.end = end  # end of the inside (trimmed)

    def _fields(self) -> tuple[int, int | None, int, int]:
        return self.open_mark, self.close_mark, self.start, self.end

    def __eq__(self, other: object) -> bool:
        return isinstance(other, QuotedSpan) and self._fields() == other._fields()

    def __repr__(self) -> str:
        return "QuotedSpan(open_mark={}, close_mark={}, start={}, end={})".format(*self._fields())


def quoted_spans(text: str, start: int, end: int) -> list[QuotedSpan]:
    """Outermost quoted stretches of text[start:end], in order."""
    return QuoteMarks(text).spans(start, end)


class QuoteMarks:
    """quoted_spans for any stretch of one text, its double marks found by one scan."""

    __slots__ = ("_doubles", "_text", "_next")

    def __init__(self, text: str) -> None:
        self._text = text
        self._doubles = _positions(text, _DOUBLE_MARKS)
        self._next = 0  # where the last stretch asked for ended, in _doubles

    def spans(self, start: int, end: int) -> list[QuotedSpan]:
        text, doubles = self._text, self._doubles
        count = len(doubles)
        # Paragraphs are asked for in order: their marks follow those of the last one, found
        # by a step or two from there instead of two binary searches.
        first = self._next
        if first > 0 and doubles[first - 1] >= start:
            first = index_from(doubles, start)  # out of order
        while first < count and doubles[first] < start:
            first += 1
        last = first
        while last < count and doubles[last] < end:
            last += 1
        self._next = last
        if first < last:
            # (Nothing before a first double mark at the very start can open a quote.)
            if doubles[first] > start and _opens_with_single(text, start, doubles[first], end):
                # British style: ‘...’ outside, “...” nested in it.
                return _with_outer_singles(text, start, end, doubles[first:last])
            return _scan_double(text, start, end, doubles[first:last])
        if text.find("\u2018", start, end) >= 0 or text.find("'", start, end) >= 0:
            return _scan_single(text, start, end)
        return []




def _opens_with_single(text: str, start: int, first_double: int, end: int) -> bool:
    """Does a single mark open a quote before the first double mark of text[start:end]?"""
    for mark in ("\u2018", "'"):
        i = text.find(mark, start, first_double)
        while i >= 0:
            if _single_opens(text, i, start, end):
                return True
            i = text.find(mark, i + 1, first_double)
    return False


def _single_opens(text: str, i: int, start: int, end: int) -> bool:
    """Does the ‘ at i open a quote (not start a word such as ‘90s)?"""
    return _can_open(text, i, start) and i + 1 < end and text[i + 1].isalnum()


def _with_outer_singles(text: str, start: int, end: int, doubles: list[int]) -> list[QuotedSpan]:
    """The single-quoted stretches of a paragraph whose first quote opens with ‘, and any
    double-quoted one outside them."""
    singles = _scan_single(text, start, end)
    outside = [i for i in doubles if not any(_inside(i, q, end) for q in singles)]
    if not outside:
        return singles
    doubled = _scan_double(text, start, end, outside)
    return sorted(singles + doubled, key=lambda q: q.open_mark)


def _inside(i: int, q: QuotedSpan, end: int) -> bool:
    return q.open_mark < i < (q.close_mark if q.close_mark is not None else end)


def _positions(text: str, chars: str) -> list[int]:
    """Sorted positions of every occurrence of any of `chars` in `text`."""
    out: list[int] = []
    for char in chars:
        i = text.find(char)
        while i >= 0:
            out.append(i)
            i = text.find(char, i + 1)
    out.sort()
    return out


def _can_open(text: str, i: int, start: int) -> bool:
    return i == start or is_space(text[i - 1]) or text[i - 1] in _OPEN_BEFORE


def _can_close(text: str, i: int, end: int) -> bool:
    return i + 1 >= end or not (text[i + 1].isalnum())


def _finish(text: str, open_mark: int, close_mark: int | None, end: int) -> QuotedSpan | None:
    s, e = trim(text, open_mark + 1, close_mark if close_mark is not None else end)
    if s >= e:
        return None
    return QuotedSpan(open_mark, close_mark, s, e)


def _scan_double(text: str, start: int, end: int, marks: list[int]) -> list[QuotedSpan]:
    """`marks`: the positions of the double marks in [start, end), in order."""
    out: list[QuotedSpan] = []
    depth = 0
    open_mark = -1
    for i in marks:
        char = text[i]
        if char == '"':
            # Straight quotes carry no direction: the context decides.
            opening = depth == 0 and (_can_open(text, i, start) or not _can_close(text, i, end))
            closing = depth > 0
        elif char in _OPENERS:
            # „...“ (German style) closes with U+201C.
            closing = char == "\u201c" and depth > 0 and text[open_mark] == "\u201e"
            opening = not closing
            if closing is False and depth > 0 and not _can_open(text, i, start):
                # “...“ with the wrong mark: a closer by position.
                closing, opening = True, False
        else:  # a closing mark; some texts use ” on both sides
            closing = depth > 0
            opening = depth == 0 and _can_open(text, i, start) and not _can_close(text, i, end)
        if opening:
            if depth == 0:
                open_mark = i
            depth += 1
        elif closing:
            depth -= 1
            if depth == 0:
                found = _finish(text, open_mark, i, end)
                if found:
                    out.append(found)
    if depth > 0:
        found = _finish(text, open_mark, None, end)
        if found:
            out.append(found)
    return out


def _scan_single(text: str, start: int, end: int) -> list[QuotedSpan]:
    out: list[QuotedSpan] = []
    open_mark = -1
    for match in _SINGLE.finditer(text, start, end):
        i = match.start()
        char = text[i]
        if open_mark < 0:
            if (
                (char == "\u2018" or char == "'")
                and _can_open(text, i, start)
                and (i + 1 < end and text[i + 1].isalnum())
            ):
                open_mark = i
        elif char != "\u2018" and _can_close(text, i, end) and not is_space(text[i - 1]):
            found = _finish(text, open_mark, i, end)
            if found:
                out.append(found)
            open_mark = -1
    if open_mark >= 0:
        found = _finish(text, open_mark, None, end)
        if found:
            out.append(found)
    return out
