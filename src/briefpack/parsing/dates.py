"""Dates written in statements: absolute dates, and timing phrases ("on Thursday and Friday")
resolved against the statement's own date.

Regexes first; `dateparser` only on a short candidate line the regexes could not read, because
it is slow on long text and takes "may" for a month.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from briefpack.parsing.names import word_start_alternation

MONTHS: Final[dict[str, int]] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

# Capitalised month names only: "may" in running text is a verb.
# The stop belongs to an abbreviation ("Aug."), never to a month written out ("24 August.").
_MONTH: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_WEEKDAY: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORD: Final = r"(?:st|nd|rd|th)?"
_DAY: Final = rf"(?:[0-3]?\d){_ORD}"

DATE: Final = (
    rf"(?:{_WEEKDAY},?\s+)?(?:{_DAY}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+{_DAY},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
)
_DATE_PARTS: Final = re.compile(
    rf"(?P<d1>[0-3]?\d){_ORD}\s+(?:of\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>[0-3]?\d){_ORD},?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
)
_TIME: Final = (
    r"(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
    r"(?:[A-Z]{2,4}(?:[+-]\d{1,2})?)?)?"
)
# A line that is only a date, as web pages and wires print above or below the headline.
DATE_LINE: Final = re.compile(
    rf"^(?:(?:Published|Date|Issued|Released|Posted|Updated)\s*(?:on)?\s*:?\s*)?"
    rf"(?P<date>{DATE}){_TIME}\s*$"
)

# Timing phrases a summit sentence carries. "today" is left out: "said today" dates the
# statement, not the meeting.
_DAYS_OF_MONTH: Final = rf"{_DAY}(?:\s*(?:-|\u2013|and|to)\s*{_DAY})?"
# Between the two ends of a meeting over a month's end: "30 November to 1 December".
_AND_TO: Final = r"\s*(?:-|\u2013|and|to)\s*"
# Timing phrases a summit sentence carries, each alternative as (first letter, rest):
#   \b(?:(?:on|this|next|last|coming|from|between)\s+(?:the\s+)?)?{_WEEKDAY}(?:...)?(?:...)?
#   |\b(?:on|from|between)\s+(?:the\s+)?{_DAYS_OF_MONTH}\s+(?:of\s+)?{_MONTH}(?:...)?(?:...)?
#   |\b(?:on|from|between)\s+{_MONTH}\s+{_DAYS_OF_MONTH}(?:...)?(?:,?\s+\d{4})?
#   |\b(?:later\s+)?(?:this|next)\s+(?:week|weekend|month)\b|\btomorrow\b
#   |\blater\s+this\s+(?:year|month|week)\b|\b(?:in|early|late|mid-)\s*{_MONTH}(?:\s+\d{4})?(?!\w)
# with each leading word split out, in the same order, so word_start_alternation can put the
# first letter before the \b test and the engine skips in C to letters that can start one.
# At any place only the alternatives of the letter found there can match, tried in the order
# of the plain alternation: the same matches.
_WEEKDAY_REST: Final = (
    rf"(?:\s*(?:and|to|-|\u2013)\s*{_WEEKDAY})?(?:,?\s+{_DAYS_OF_MONTH}\s+{_MONTH}(?:\s+\d{{4}})?)?"
)
_DAY_MONTH_REST: Final = (
    rf"\s+(?:the\s+)?{_DAYS_OF_MONTH}\s+(?:of\s+)?{_MONTH}"
    rf"(?:{_AND_TO}{_DAY}\s+(?:of\s+)?{_MONTH})?(?:,?\s+\d{{4}})?"
)
_MONTH_DAY_REST: Final = (
    rf"\s+{_MONTH}\s+{_DAYS_OF_MONTH}(?:{_AND_TO}{_MONTH}\s+{_DAY})?(?:,?\s+\d{{4}})?"
)
_WEEK_OR_MONTH: Final = r"\s+(?:week|weekend|month)\b"
_IN_MONTH_REST: Final = rf"\s*{_MONTH}(?:\s+\d{{4}})?(?!\w)"
WHEN: Final = re.compile(
    word_start_alternation(
        [(word[0], word[1:] + rf"\s+(?:the\s+)?{_WEEKDAY}{_WEEKDAY_REST}")
         for word in ("on", "this", "next", "last", "coming", "from", "between")]
        + [(day[0], day[1:] + _WEEKDAY_REST)
           for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                       "Sunday")]
        + [(word[0], word[1:] + _DAY_MONTH_REST) for word in ("on", "from", "between")]
        + [(word[0], word[1:] + _MONTH_DAY_REST) for word in ("on", "from", "between")]
        + [("l", r"ater\s+(?:this|next)" + _WEEK_OR_MONTH), ("t", "his" + _WEEK_OR_MONTH),
           ("n", "ext" + _WEEK_OR_MONTH), ("t", r"omorrow\b"),
           ("l", r"ater\s+this\s+(?:year|month|week)\b")]
        + [(word[0], word[1:] + _IN_MONTH_REST) for word in ("in", "early", "late", "mid-")]
    )
)
# Every WHEN match contains one of these (every month name starts with its abbreviation):
# text without any has no timing phrase and skips the regex. Whole weekday names, not "day":
# the lead's "said today" would send most statements to the regex for nothing.
WHEN_CUES: Final[tuple[str, ...]] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "week",
    "month", "year", "tomorrow", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
    "Oct", "Nov", "Dec",
)  # fmt: skip
_WEEKDAY_WORD: Final = re.compile(_WEEKDAY)
_DAY_NUMBERS: Final = re.compile(rf"(?<![\d])([0-3]?\d){_ORD}(?![\d])")
_MONTH_WORD: Final = re.compile(_MONTH)
_YEAR: Final = re.compile(r"\b(\d{4})\b")
_RANGE_WORD: Final = re.compile(r"\bto\b|-|\u2013|\bfrom\b")
_RECENT_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")


def parse_date(text: str) -> dt.date | None:
    """The first absolute date written in a short text, or None."""
    match = _DATE_PARTS.search(text)
    if match is None:
        return None
    try:
        if match.group("y1"):
            return dt.date(
                int(match.group("y1")), _month(match.group("m1")), int(match.group("d1"))
            )
        if match.group("y2"):
            return dt.date(
                int(match.group("y2")), _month(match.group("m2")), int(match.group("d2"))
            )
        return dt.date(int(match.group("y3")), int(match.group("m3")), int(match.group("d3")))
    except ValueError:
        return None


def parse_date_loosely(text: str) -> dt.date | None:
    """`dateparser` on one short line that looks like a date the regexes missed."""
    if len(text) > 40 or _RECENT_YEAR.search(text) is None:
        return None
    import dateparser  # slow to import; only reached for odd date lines

    settings = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day"]}
    try:
        value = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except Exception:  # dateparser raises assorted errors on odd input; a miss is fine
        return None
    return value.date() if value else None


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def resolve_timing(when: str, base: dt.date) -> list[dt.date]:
    """Calendar dates a timing phrase names, counted from the statement's date."""
    months = _MONTH_WORD.findall(when)
    if months:
        month = _month(months[-1])
        year_match = _YEAR.search(when)
        days = [int(d) for d in _DAY_NUMBERS.findall(_YEAR.sub("", when))]
        if not days:
            return []
        year = int(year_match.group(1)) if year_match else base.year
        if len(months) == 2 and len(days) == 2 and _month(months[0]) != month:
            return _across_months(year, _month(months[0]), month, days, _is_range(when), base,
                                  bool(year_match))
        dates = _days(year, month, days, ranged=_is_range(when))
        if not year_match and dates and dates[0] < base - dt.timedelta(days=90):
            dates = _days(year + 1, month, days, ranged=_is_range(when))
        return dates
    weekdays = [WEEKDAYS[w.lower()] for w in _WEEKDAY_WORD.findall(when)]
    if weekdays:
        backwards = when.lower().startswith("last")
        first = _weekday_from(base, weekdays[0], backwards)
        if len(weekdays) == 1:
            return [first]
        span = (weekdays[-1] - weekdays[0]) % 7
        if _is_range(when):
            return [first + dt.timedelta(days=k) for k in range(span + 1)]
        return [first, first + dt.timedelta(days=span)]
    if "tomorrow" in when.lower():
        return [base + dt.timedelta(days=1)]
    if when.lower() == "today":
        return [base]
    return []


def _across_months(year: int, first_month: int, last_month: int, days: list[int], ranged: bool,
                   base: dt.date, year_given: bool) -> list[dt.date]:
    """"30 November to 1 December": the year written belongs to the last date."""
    try:
        last = dt.date(year, last_month, days[1])
        if not year_given and last < base - dt.timedelta(days=90):
            last = dt.date(year + 1, last_month, days[1])
        first = dt.date(last.year - (first_month > last_month), first_month, days[0])
    except ValueError:
        return []
    if first >= last or (last - first).days > 31:
        return []
    if not ranged:
        return [first, last]
    return [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]


def _is_range(when: str) -> bool:
    return _RANGE_WORD.search(when) is not None


def _days(year: int, month: int, days: list[int], ranged: bool) -> list[dt.date]:
    try:
        if ranged and len(days) == 2 and days[0] < days[1]:
            return [dt.date(year, month, d) for d in range(days[0], days[1] + 1)]
        return [dt.date(year, month, d) for d in days]
    except ValueError:
        return []


def _weekday_from(base: dt.date, weekday: int, backwards: bool) -> dt.date:
    if backwards:
        return base - dt.timedelta(days=(base.weekday() - weekday) % 7 or 7)
    return base + dt.timedelta(days=(weekday - base.weekday()) % 7)
