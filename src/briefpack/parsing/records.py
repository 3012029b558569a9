"""Model records the parser makes many of, made without their dataclass __init__.

briefpack.model is not compiled: a dataclass's __init__ is interpreted Python, ~1,500
instructions a call from compiled code. Made here with object.__new__ and each field set in
turn (defaults included), they are the same objects the constructors make, for a fraction.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from briefpack.model import (
    Ask,
    Case,
    Leader,
    Paragraph,
    ParagraphKind,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SummitMention,
)

# object.__new__, looked up once: a class's __new__ is looked up through the class each time.
# It and the classes are Final: compiled, they are read from C statics, not from the module's
# dict at each call.
_new: Final = object.__new__
_SPEAKER: Final = Speaker
_QUOTE: Final = Quote
_ASK: Final = Ask
_LEADER: Final = Leader
_CASE: Final = Case
_SUMMIT_MENTION: Final = SummitMention
_PARAGRAPH: Final = Paragraph


def make_speaker(name: str, role: str | None, organisation: str | None) -> Speaker:
    """Speaker(name, role, organisation)."""
    made = _new(_SPEAKER)
    made.name = name
    made.role = role
    made.organisation = organisation
    return made


def make_quote(
    text: str, who: Speaker | None, kind: QuoteKind, paragraph: int, where: Span
) -> Quote:
    """Quote(text, who, kind, paragraph, where), not excluded."""
    made = _new(_QUOTE)
    made.text = text
    made.speaker = who
    made.kind = kind
    made.paragraph = paragraph
    made.span = where
    made.excluded = False
    return made


def make_ask(text: str, where: Span, paragraph: int | None) -> Ask:
    """Ask(text, where, paragraph)."""
    made = _new(_ASK)
    made.text = text
    made.span = where
    made.paragraph = paragraph
    return made


def make_leader(name: str, country: str | None, role: str | None) -> Leader:
    """Leader(name, country, role)."""
    made = _new(_LEADER)
    made.name = name
    made.country = country
    made.role = role
    return made


def make_case(name: str, description: str, where: Span, paragraph: int | None) -> Case:
    """Case(name, description, where, paragraph)."""
    made = _new(_CASE)
    made.name = name
    made.description = description
    made.span = where
    made.paragraph = paragraph
    return made


def make_summit_mention(
    label: str | None,
    leaders: list[Leader],
    location: str | None,
    location_country: str | None,
    when: str | None,
    dates: list[dt.date],
    where: Span,
    paragraph: int | None,
) -> SummitMention:
    """SummitMention(label, leaders, location, location_country, when, dates, where, paragraph)."""
    made = _new(_SUMMIT_MENTION)
    made.label = label
    made.leaders = leaders
    made.location = location
    made.location_country = location_country
    made.when = when
    made.dates = dates
    made.span = where
    made.paragraph = paragraph
    return made


def make_paragraph(index: int, line: str, kind: ParagraphKind, where: Span) -> Paragraph:
    """Paragraph(index, line, kind, where), with no issues yet (a statement has a score of
    paragraphs)."""
    made = _new(_PARAGRAPH)
    made.index = index
    made.text = line
    made.kind = kind
    made.span = where
    made.issues = []
    return made
