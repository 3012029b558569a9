"""parse_statement: text in, Statement out. The one entry point of the parsing package."""

from __future__ import annotations

import datetime as dt

from briefpack.model import Statement, Taxonomy
from briefpack.parsing.paragraphs import split_layout
from briefpack.parsing.taxonomy import shipped_taxonomy, tagger_for


def parse_statement(
    text: str,
    source: str = "<text>",
    *,
    title: str | None = None,
    date: dt.date | None = None,
    url: str | None = None,
    taxonomy: Taxonomy | None = None,
) -> Statement:
    """Everything a briefing needs from one press statement, each with its span in `text`.

    `title`, `date` and `url` are what the importer knew from outside the text (an HTML
    <title>, an e-mail's Date header); the text's own title and dateline win when present.
    """
    layout = split_layout(text)
    tagger = tagger_for(taxonomy if taxonomy is not None else shipped_taxonomy())
    for paragraph in layout.paragraphs:
        if paragraph.kind != "contact":
            paragraph.issues = tagger.tag(paragraph.text)
    statement_title = layout.title or (title.strip() if title and title.strip() else None)
    return Statement(
        source=source,
        text=text,
        title=statement_title or _fallback_title(layout),
        title_span=layout.title_span,
        date=date,
        url=url,
        paragraphs=layout.paragraphs,
    )


def _fallback_title(layout: object) -> str:
    from briefpack.parsing.paragraphs import Layout

    assert isinstance(layout, Layout)
    for paragraph in layout.paragraphs:
        words = paragraph.text.split()
        if words:
            short = " ".join(words[:14])
            return short + ("\u2026" if len(words) > 14 else "")
    return ""
