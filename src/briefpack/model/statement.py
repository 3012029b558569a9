"""A parsed press statement and everything found in it.

Every extraction keeps the character span it came from in `Statement.text`, so the app can
highlight it and a user correction can point at it. Spans are half-open [start, end).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Literal

ParagraphKind = Literal["body", "subhead", "contact"]
QuoteKind = Literal["direct", "partial"]
PhoneKind = Literal["office", "mobile", "fax", "other"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Written out rather than generated: a frozen dataclass's own __init__ sets each field
        # through object.__setattr__ and then calls __post_init__ for this check, and the
        # parser makes dozens of spans a statement (this takes 40% less time).
        if not 0 <= start <= end:
            raise ValueError(f"bad span [{start}, {end})")
        _set_span_start(self, start)
        _set_span_end(self, end)

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def as_list(self) -> list[int]:
        return [self.start, self.end]


# Span is frozen: its __init__ sets its slots through their descriptors.
_set_span_start = Span.__dict__["start"].__set__
_set_span_end = Span.__dict__["end"].__set__


@dataclass(slots=True)
class Paragraph:
    index: int
    text: str
    kind: ParagraphKind
    span: Span
    issues: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Leader:
    name: str
    country: str | None = None  # ISO 3166-1 alpha-2, e.g. "RU"
    role: str | None = None  # "President", as written


@dataclass(slots=True)
class SummitMention:
    """One statement's mention of a meeting of leaders."""

    label: str | None  # the statement's own name for it ("Putin-Trump summit")
    leaders: list[Leader]
    location: str | None  # "Helsinki"
    location_country: str | None  # ISO alpha-2 of the place, "FI"
    when: str | None  # the timing phrase as written ("on Monday")
    dates: list[dt.date]  # resolved only when the statement is dated
    span: Span
    paragraph: int | None = None


@dataclass(slots=True)
class Speaker:
    name: str
    role: str | None = None
    organisation: str | None = None


@dataclass(slots=True)
class Quote:
    text: str  # the words inside the quote marks, exactly as in Statement.text[span]
    speaker: Speaker | None
    kind: QuoteKind
    paragraph: int
    span: Span
    excluded: bool = False  # set by a user correction, never by the parser


@dataclass(slots=True)
class Ask:
    text: str
    span: Span
    paragraph: int | None = None


@dataclass(slots=True)
class Case:
    name: str
    description: str
    span: Span
    paragraph: int | None = None


@dataclass(slots=True)
class Phone:
    e164: str
    extension: str | None = None
    kind: PhoneKind | None = None


@dataclass(slots=True)
class Contact:
    name: str | None
    role: str | None
    organisation: str | None
    phones: list[Phone]
    emails: list[str]
    span: Span


@dataclass(slots=True)
class Statement:
    source: str  # file name or path it came from
    text: str  # decoded text, line endings made "\n"; every span indexes this
    title: str
    title_span: Span | None = None
    organisation: str | None = None
    dateline: str | None = None
    dateline_span: Span | None = None
    date: dt.date | None = None
    url: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    summits: list[SummitMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    asks: list[Ask] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Stable identity of the content: the same text twice is the same statement."""
        return content_key(self.text)

    def issues(self) -> list[str]:
        """Issue ids raised anywhere in the statement, in first-seen order."""
        seen: dict[str, None] = {}
        for paragraph in self.paragraphs:
            for issue in paragraph.issues:
                seen.setdefault(issue)
        return list(seen)


def content_key(text: str) -> str:
    """Hash of the text with white space folded, so a re-saved copy is still a duplicate."""
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:20]


def item_key(statement_key: str, kind: str, index: int) -> str:
    """Names one extraction (a quote, paragraph, ask, case or contact) across sessions.

    Packs store these to remember what the user included or excluded.
    """
    return f"{statement_key}:{kind}:{index}"
