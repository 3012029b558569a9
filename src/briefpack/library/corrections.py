"""User corrections: what a person changed in the parser's output, kept apart from it.

A correction names its target by things that survive a re-parse: a statement's content key
(`Statement.key`) with a quote's index and text or a paragraph's index and text, or a summit's
grouping key (`Library.summit_key`). When the index no longer points at the same text (a newer
parser split the statement differently) the text finds it again; when nothing matches, the
correction waits, inactive in effect but never lost.

Corrections are plain frozen dataclasses; `Library.apply` stores one and returns its id,
`Library.undo(id)` / `Library.redo(id)` switch it off and on (see `CorrectionCommand`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, ClassVar

from briefpack.model import Quote, Speaker, Statement, StoredStatement
from briefpack.model.serialize import speaker_from_dict, speaker_to_dict


@dataclass(frozen=True, slots=True)
class ChangeQuoteSpeaker:
    """Say who really spoke a quote (None: nobody named)."""

    statement_key: str
    quote_index: int
    quote_text: str
    speaker: Speaker | None
    kind: ClassVar[str] = "quote_speaker"

    @classmethod
    def of(cls, stored: StoredStatement, quote_index: int,
           speaker: Speaker | None) -> ChangeQuoteSpeaker:
        quote = stored.statement.quotes[quote_index]
        return cls(stored.key, quote_index, quote.text, speaker)


@dataclass(frozen=True, slots=True)
class ExcludeQuote:
    """Leave a quote out of packs (excluded=True) or take it back in (excluded=False)."""

    statement_key: str
    quote_index: int
    quote_text: str
    excluded: bool = True
    kind: ClassVar[str] = "quote_excluded"

    @classmethod
    def of(cls, stored: StoredStatement, quote_index: int, excluded: bool = True) -> ExcludeQuote:
        quote = stored.statement.quotes[quote_index]
        return cls(stored.key, quote_index, quote.text, excluded)


@dataclass(frozen=True, slots=True)
class RetagParagraph:
    """Replace the issues a paragraph is tagged with."""

    statement_key: str
    paragraph_index: int
    paragraph_text: str
    issues: tuple[str, ...]
    kind: ClassVar[str] = "paragraph_issues"

    @classmethod
    def of(cls, stored: StoredStatement, paragraph_index: int,
           issues: tuple[str, ...] | list[str]) -> RetagParagraph:
        paragraph = stored.statement.paragraphs[paragraph_index]
        return cls(stored.key, paragraph_index, paragraph.text, tuple(issues))


@dataclass(frozen=True, slots=True)
class RenameSummit:
    summit_key: str
    label: str
    kind: ClassVar[str] = "summit_label"


@dataclass(frozen=True, slots=True)
class ChangeSummitDates:
    summit_key: str
    dates: tuple[dt.date, ...]
    when: str | None = None  # the timing phrase to show; None keeps the statements' own
    kind: ClassVar[str] = "summit_dates"


@dataclass(frozen=True, slots=True)
class ChangeSummitPlace:
    summit_key: str
    location: str | None
    location_country: str | None = None  # ISO 3166-1 alpha-2
    kind: ClassVar[str] = "summit_place"


@dataclass(frozen=True, slots=True)
class MergeSummits:
    """Fold the summit `from_key` into `into_key`: one summit with both summits' statements."""

    into_key: str
    from_key: str
    kind: ClassVar[str] = "summit_merge"


StatementCorrection = ChangeQuoteSpeaker | ExcludeQuote | RetagParagraph
SummitCorrection = RenameSummit | ChangeSummitDates | ChangeSummitPlace | MergeSummits
Correction = StatementCorrection | SummitCorrection

_KINDS: dict[str, type] = {
    cls.kind: cls
    for cls in (ChangeQuoteSpeaker, ExcludeQuote, RetagParagraph, RenameSummit,
                ChangeSummitDates, ChangeSummitPlace, MergeSummits)
}


@dataclass(frozen=True, slots=True)
class CorrectionRecord:
    """A stored correction: `active` is False once undone."""

    id: int
    correction: Correction
    active: bool
    created_at: str = field(default="")


def is_statement_correction(correction: Correction) -> bool:
    return isinstance(correction, ChangeQuoteSpeaker | ExcludeQuote | RetagParagraph)


def target_of(correction: Correction) -> tuple[str, str]:
    """(scope, key) the correction is filed under."""
    if isinstance(correction, ChangeQuoteSpeaker | ExcludeQuote | RetagParagraph):
        return "statement", correction.statement_key
    if isinstance(correction, MergeSummits):
        return "summit", correction.into_key
    return "summit", correction.summit_key


def correction_to_dict(correction: Correction) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": correction.kind}
    match correction:
        case ChangeQuoteSpeaker():
            data |= {"statement_key": correction.statement_key,
                     "quote_index": correction.quote_index, "quote_text": correction.quote_text,
                     "speaker": speaker_to_dict(correction.speaker)}
        case ExcludeQuote():
            data |= {"statement_key": correction.statement_key,
                     "quote_index": correction.quote_index, "quote_text": correction.quote_text,
                     "excluded": correction.excluded}
        case RetagParagraph():
            data |= {"statement_key": correction.statement_key,
                     "paragraph_index": correction.paragraph_index,
                     "paragraph_text": correction.paragraph_text,
                     "issues": list(correction.issues)}
        case RenameSummit():
            data |= {"summit_key": correction.summit_key, "label": correction.label}
        case ChangeSummitDates():
            data |= {"summit_key": correction.summit_key,
                     "dates": [d.isoformat() for d in correction.dates],
                     "when": correction.when}
        case ChangeSummitPlace():
            data |= {"summit_key": correction.summit_key, "location": correction.location,
                     "location_country": correction.location_country}
        case MergeSummits():
            data |= {"into_key": correction.into_key, "from_key": correction.from_key}
    return data


def correction_from_dict(data: dict[str, Any]) -> Correction:
    kind = data["kind"]
    cls = _KINDS.get(kind)
    if cls is None:
        raise ValueError(f"unknown correction kind {kind!r}")
    fields = {k: v for k, v in data.items() if k != "kind"}
    if cls is ChangeQuoteSpeaker:
        fields["speaker"] = speaker_from_dict(fields.get("speaker"))
    elif cls is RetagParagraph:
        fields["issues"] = tuple(fields["issues"])
    elif cls is ChangeSummitDates:
        fields["dates"] = tuple(dt.date.fromisoformat(d) for d in fields["dates"])
    return cls(**fields)


def _find_quote(statement: Statement, index: int, text: str) -> Quote | None:
    if 0 <= index < len(statement.quotes) and statement.quotes[index].text == text:
        return statement.quotes[index]
    for quote in statement.quotes:
        if quote.text == text:
            return quote
    return None


def apply_to_statement(statement: Statement, corrections: list[StatementCorrection]) -> Statement:
    """Apply corrections in order (later ones win) to a freshly parsed statement, in place."""
    for correction in corrections:
        match correction:
            case ChangeQuoteSpeaker():
                quote = _find_quote(statement, correction.quote_index, correction.quote_text)
                if quote is not None:
                    speaker = correction.speaker
                    quote.speaker = (
                        Speaker(speaker.name, speaker.role, speaker.organisation)
                        if speaker else None
                    )
            case ExcludeQuote():
                quote = _find_quote(statement, correction.quote_index, correction.quote_text)
                if quote is not None:
                    quote.excluded = correction.excluded
            case RetagParagraph():
                paragraphs = statement.paragraphs
                index = correction.paragraph_index
                target = None
                wanted = correction.paragraph_text
                if 0 <= index < len(paragraphs) and paragraphs[index].text == wanted:
                    target = paragraphs[index]
                else:
                    target = next(
                        (p for p in paragraphs if p.text == wanted), None
                    )
                if target is not None:
                    target.issues = list(correction.issues)
    return statement
