"""Which stretches of a statement's text to highlight, and in what colour.

Colours are translucent tints laid over the palette's own base colour, with the text left in
the palette's text colour: the same tint reads well on a light and on a dark background.
Speakers get hues in the order they first speak, so one person keeps one colour in a statement.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtGui import QColor, QPalette

from briefpack.model import Span, Statement

ExtractionKind = Literal["quote", "ask", "case", "contact", "summit", "paragraph"]

KIND_LABELS: dict[str, str] = {
    "quote": "Quote",
    "ask": "Ask",
    "case": "Case",
    "contact": "Contact",
    "summit": "Summit",
    "paragraph": "Paragraph",
}

# Hues (0-359) far apart on the wheel; saturation and alpha are set per palette.
SPEAKER_HUES = (210, 30, 130, 280, 0, 180, 55, 320)
KIND_HUES = {"ask": 95, "case": 15, "contact": 250, "summit": 45}


@dataclass(frozen=True, slots=True)
class Extraction:
    """One thing the parser found, as a row beside the text."""

    kind: ExtractionKind
    index: int  # position among its kind in the statement
    span: Span
    text: str  # what to show in the list
    detail: str = ""  # speaker, role, description
    speaker: str | None = None
    excluded: bool = False


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def extractions(statement: Statement) -> list[Extraction]:
    """Every extraction of the statement in text order."""
    items: list[Extraction] = []
    for index, quote in enumerate(statement.quotes):
        speaker = quote.speaker.name if quote.speaker else None
        role = quote.speaker.role if quote.speaker and quote.speaker.role else ""
        detail = ", ".join(part for part in (speaker, role) if part) or "Unattributed"
        items.append(Extraction("quote", index, quote.span, _short(quote.text), detail,
                                speaker, quote.excluded))
    for index, ask in enumerate(statement.asks):
        items.append(Extraction("ask", index, ask.span, _short(ask.text)))
    for index, case in enumerate(statement.cases):
        items.append(Extraction("case", index, case.span, case.name, _short(case.description)))
    for index, contact in enumerate(statement.contacts):
        phones = ", ".join(phone.e164 for phone in contact.phones)
        detail = ", ".join(part for part in (contact.role, contact.organisation, phones) if part)
        items.append(Extraction("contact", index, contact.span,
                                contact.name or ", ".join(contact.emails) or "Contact", detail))
    for index, mention in enumerate(statement.summits):
        leaders = ", ".join(leader.name for leader in mention.leaders)
        detail = " \u00b7 ".join(part for part in (leaders, mention.location, mention.when)
                                 if part)
        items.append(Extraction("summit", index, mention.span,
                                mention.label or mention.span.of(statement.text), detail))
    items.sort(key=lambda item: (item.span.start, item.kind))
    return items


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def tint(hue: int, palette: QPalette) -> QColor:
    """A background tint for `hue` that keeps the palette's text readable."""
    if is_dark(palette):
        return QColor.fromHsl(hue, 170, 120, 110)
    return QColor.fromHsl(hue, 200, 150, 90)


def underline(hue: int, palette: QPalette) -> QColor:
    """A line colour with contrast against the base (used for asks, cases, contacts)."""
    if is_dark(palette):
        return QColor.fromHsl(hue, 200, 170)
    return QColor.fromHsl(hue, 220, 85)


class SpeakerColours:
    """Stable hue per speaker, in order of first appearance."""

    def __init__(self) -> None:
        self._hues: dict[str, int] = {}

    def hue(self, speaker: str | None) -> int:
        name = speaker or ""
        if name not in self._hues:
            self._hues[name] = SPEAKER_HUES[len(self._hues) % len(SPEAKER_HUES)]
        return self._hues[name]
