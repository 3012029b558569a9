"""parse_statement: text in, Statement out. The one entry point of the parsing package.

Each step is its own module with one job; this file only decides their order, because later
steps need earlier results (quotes need the organisation, cases must skip speakers).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from briefpack.model import Paragraph, Statement, Taxonomy
from briefpack.parsing import asks, cases, summits
from briefpack.parsing.asks import find_asks
from briefpack.parsing.cases import find_cases
from briefpack.parsing.contacts import find_contacts
from briefpack.parsing.countries import country_code
from briefpack.parsing.cues import CueIndex, lowered_text
from briefpack.parsing.dateline import Dateline, find_at_paragraph_start, find_date_line
from briefpack.parsing.organisation import find_organisation
from briefpack.parsing.paragraphs import Layout, split_layout
from briefpack.parsing.quotes import extract_quotes
from briefpack.parsing.sentences import Sentences
from briefpack.parsing.summits import find_summits
from briefpack.parsing.taxonomy import shipped_taxonomy, tagger_for, word_text

# The cue words the stages look for in the lower-cased statement, all found in one pass.
_CUES: Final = CueIndex(asks.CUE_LITERALS + cases.CUE_LITERALS + summits.CUE_LITERALS)

# A dateline sits in the first few paragraphs or not at all.
_DATELINE_WINDOW: Final = 3


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
    dateline = _find_dateline(text, layout)
    paragraphs = layout.paragraphs
    # One lower-casing of the whole text for the stages that search it case-blind.
    lowered = lowered_text(text)
    _tag_issues(text, lowered, paragraphs, taxonomy)
    cue_hits = _CUES.occurrences(lowered) if lowered is not None else None
    sentences = Sentences(text, (dateline.span.start, dateline.span.end) if dateline else None)
    body = [p.text for p in paragraphs if p.kind == "body"]
    organisation = find_organisation(
        body[:2], body[2:] + [p.text for p in paragraphs if p.kind == "contact"]
    )
    statement_date = dateline.date if dateline and dateline.date else date
    quotes = extract_quotes(text, paragraphs, organisation)
    dateline_country = _dateline_country(dateline)
    contacts = find_contacts(text, paragraphs, organisation, dateline_country)
    excluded: set[str] = set()
    for quote in quotes:
        if quote.speaker is not None:
            excluded.add(quote.speaker.name)
            excluded.add(quote.speaker.name.split()[-1])
    for contact in contacts:
        if contact.name:
            excluded.add(contact.name)
    statement_title = layout.title or (title.strip() if title and title.strip() else None)
    return Statement(
        source=source,
        text=text,
        title=statement_title or _fallback_title(paragraphs),
        title_span=layout.title_span,
        organisation=organisation,
        dateline=dateline.text if dateline else None,
        dateline_span=dateline.span if dateline else None,
        date=statement_date,
        url=url,
        paragraphs=paragraphs,
        summits=find_summits(
            text, layout.title_span, paragraphs, statement_date, sentences, lowered, cue_hits
        ),
        quotes=quotes,
        asks=find_asks(text, paragraphs, quotes, organisation, lowered, sentences, cue_hits),
        cases=find_cases(text, paragraphs, excluded, lowered, sentences, cue_hits),
        contacts=contacts,
    )


def _tag_issues(
    text: str, lowered: str | None, paragraphs: list[Paragraph], taxonomy: Taxonomy | None
) -> None:
    tagger = tagger_for(taxonomy if taxonomy is not None else shipped_taxonomy())
    tagged = [paragraph for paragraph in paragraphs if paragraph.kind != "contact"]
    if lowered is None:
        # Slices of no lower-casing of the whole text are those of the paragraphs.
        for paragraph in tagged:
            paragraph.issues = tagger.tag(paragraph.text)
        return
    folded = lowered.replace("\u2019", "'")
    spans: list[tuple[int, int]] = []
    for paragraph in tagged:
        span = paragraph.span  # one read of the (uncompiled) model's attribute, not two
        spans.append((span.start, span.end))
    # Paragraphs are whole lines, trimmed: white space lies on both sides of each.
    words = word_text(folded)
    if words is not None:
        issues = tagger.tag_spans(words, spans)
    else:
        issues = tagger.tag_folded_spans(folded, spans)
    for k, paragraph in enumerate(tagged):
        paragraph.issues = issues[k]


def _find_dateline(text: str, layout: Layout) -> Dateline | None:
    """The dateline, removing a line that is only a date from the paragraphs."""
    for block in layout.lead:
        found = find_date_line(text, block.start, block.end)
        if found is not None:
            return found
    for k, paragraph in enumerate(layout.paragraphs[:_DATELINE_WINDOW]):
        if paragraph.kind == "contact":
            break
        found = find_date_line(text, paragraph.span.start, paragraph.span.end)
        if found is not None:
            del layout.paragraphs[k]
            for index, later in enumerate(layout.paragraphs):
                later.index = index
            return found
        if paragraph.kind == "body":
            return find_at_paragraph_start(text, paragraph.span.start, paragraph.span.end)
    return None


def _dateline_country(dateline: Dateline | None) -> str | None:
    if dateline is None:
        return None
    place = dateline.text.strip("() ").split(",")[0].strip()
    return country_code(place.title()) or country_code(place)


def _fallback_title(paragraphs: list[Paragraph]) -> str:
    """A title when neither the text nor the importer gives one: the opening words."""
    for paragraph in paragraphs:
        words = paragraph.text.split()
        if words:
            return " ".join(words[:14]) + ("\u2026" if len(words) > 14 else "")
    return ""
