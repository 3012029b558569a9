"""Plain dataclasses shared by every package: no I/O here."""

from briefpack.model.statement import (
    Ask,
    Case,
    Contact,
    Leader,
    Paragraph,
    ParagraphKind,
    Phone,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    Statement,
    SummitMention,
)
from briefpack.model.summit import StoredStatement, Summit
from briefpack.model.taxonomy import Issue, Taxonomy

__all__ = [
    "Ask",
    "Case",
    "Contact",
    "Issue",
    "Leader",
    "Paragraph",
    "ParagraphKind",
    "Phone",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "Statement",
    "StoredStatement",
    "Summit",
    "SummitMention",
    "Taxonomy",
]
