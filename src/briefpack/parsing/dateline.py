"""The dateline: where and when the statement was issued, only as the text itself gives it.

Genre forms: "(Geneva, June 12, 2019) – ..." (Human Rights Watch), "LONDON, 12 July 2018 – ..."
and "WASHINGTON, D.C. (June 12, 2019) — ..." (wires), "(Beirut) – ..." (place only), and a date
alone on a line above or below the headline ("12 July 2018, 00:01 UTC").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from briefpack.model import Span
from briefpack.parsing.dates import DATE, DATE_LINE, parse_date, parse_date_loosely
from briefpack.parsing.spans import span

_DASH: Final = r"[-\u2013\u2014\u2012\u2015]+"
_PLACE: Final = r"[A-Z\u00c0-\u024f][\w.'\u2019\u00c0-\u024f -]{0,40}?(?:,\s*[A-Z][\w.]{0,20})?"
_BRACKETED: Final = re.compile(
    rf"\(\s*(?:(?P<place>{_PLACE})\s*,\s*)?(?P<date>{DATE})\s*\)\s*{_DASH}"
    rf"|\(\s*(?P<place_only>{_PLACE})\s*\)\s*{_DASH}"
)
_PLACE_DATE: Final = re.compile(
    rf"(?P<place>{_PLACE})\s*(?:,\s*|\(\s*)(?P<date>{DATE})\s*\)?\s*(?:{_DASH}|:)"
)
# A place in capitals and a dash: "LONDON \u2013". Capitals only, or any sentence would match.
_CAPS_PLACE: Final = re.compile(
    rf"(?P<place>[A-Z][A-Z.'\u2019 -]{{2,30}}[A-Z.])(?:,\s*[A-Z][\w.]+)?\s*{_DASH}"
)
# What the place in _CAPS_PLACE may hold after its first capital.
_CAPS_PLACE_SECOND: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ.'\u2019 -"
_LOOSE_DATE_LINE: Final = re.compile(r"^[\w ,./:-]{6,40}$")


class Dateline:
    # A plain class, not a dataclass: compiled, its __init__ is native.
    def __init__(self, text: str, span: Span, date: dt.date | None, standalone: bool) -> None:
        self.text = text
        self.span = span
        self.date = date
        self.standalone = standalone  # a line of its own, not the start of a body paragraph


def find_at_paragraph_start(text: str, start: int, end: int) -> Dateline | None:
    """A dateline opening the paragraph text[start:end]."""
    # Each pattern is tried only where its first characters can stand: most paragraphs open
    # with none of them.
    limit = min(end, len(text))
    first = text[start] if 0 <= start < limit else ""
    for pattern in (_BRACKETED, _PLACE_DATE, _CAPS_PLACE):
        if pattern is _BRACKETED:
            if first != "(" and start >= 0:
                continue
        elif pattern is _PLACE_DATE:
            if not _may_be_place_date(text, start, end):
                continue
        elif start >= 0 and not (
            "A" <= first <= "Z" and start + 1 < limit and text[start + 1] in _CAPS_PLACE_SECOND
        ):
            continue
        match = pattern.match(text, start, end)
        if match is None:
            continue
        date_text = match.groupdict().get("date")
        # The dateline is what precedes the dash, brackets included.
        stop = match.end()
        while stop > start and text[stop - 1] in "-\u2013\u2014\u2012\u2015: ":
            stop -= 1
        dateline = text[start:stop]
        date = parse_date(date_text) if date_text else None
        return Dateline(dateline, span(start, stop), date, standalone=False)
    return None


def _may_be_place_date(text: str, start: int, end: int) -> bool:
    """False where _PLACE_DATE cannot match at `start`, found without the regex, which
    backtracks through the place at every paragraph that opens with a capital.

    A place holds no comma or bracket: the first one is the one after the place, its first 41
    characters, and only white space may stand between them."""
    comma = text.find(",", start, end)
    bracket = text.find("(", start, end)
    first = bracket if comma < 0 or 0 <= bracket < comma else comma
    if first < 0:
        return False
    return first <= start + 41 or text[start + 41 : first].isspace()


def find_date_line(text: str, start: int, end: int) -> Dateline | None:
    """A line of the text that holds only a date (and perhaps a time)."""
    line = text[start:end]
    match = DATE_LINE.match(line)
    if match is not None:
        return Dateline(line, span(start, end), parse_date(match.group("date")), True)
    # _LOOSE_DATE_LINE holds 6 to 40 characters (and "$" a final line break): a longer line,
    # such as a body paragraph, is spared the regex's backtracking.
    if 6 <= len(line) <= 41 and _LOOSE_DATE_LINE.match(line) and any(c.isdigit() for c in line):
        date = parse_date_loosely(line)
        if date is not None:
            return Dateline(line, span(start, end), date, True)
    return None


def is_date_line(line: str) -> bool:
    return DATE_LINE.match(line) is not None
