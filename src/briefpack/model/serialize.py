"""Statement <-> plain dict, in the shape `briefpack parse --json` prints.

The library stores parser output in this form too, so it round-trips exactly.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefpack.model.statement import (
    Ask,
    Case,
    Contact,
    Leader,
    Paragraph,
    Phone,
    Quote,
    Span,
    Speaker,
    Statement,
    SummitMention,
)


def _span(span: Span | None) -> list[int] | None:
    return span.as_list() if span else None


def _unspan(value: list[int] | None) -> Span | None:
    return Span(value[0], value[1]) if value else None


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _undate(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def speaker_to_dict(speaker: Speaker | None) -> dict[str, Any] | None:
    if speaker is None:
        return None
    return {"name": speaker.name, "role": speaker.role, "organisation": speaker.organisation}


def speaker_from_dict(data: dict[str, Any] | None) -> Speaker | None:
    if data is None:
        return None
    return Speaker(data["name"], data.get("role"), data.get("organisation"))


def statement_to_dict(statement: Statement) -> dict[str, Any]:
    return {
        "source": statement.source,
        "key": statement.key,
        "title": statement.title,
        "title_span": _span(statement.title_span),
        "organisation": statement.organisation,
        "dateline": statement.dateline,
        "dateline_span": _span(statement.dateline_span),
        "date": _date(statement.date),
        "url": statement.url,
        "text": statement.text,
        "paragraphs": [
            {
                "index": p.index,
                "text": p.text,
                "kind": p.kind,
                "issues": list(p.issues),
                "span": p.span.as_list(),
            }
            for p in statement.paragraphs
        ],
        "summits": [
            {
                "label": s.label,
                "leaders": [
                    {"name": leader.name, "country": leader.country, "role": leader.role}
                    for leader in s.leaders
                ],
                "location": s.location,
                "location_country": s.location_country,
                "when": s.when,
                "dates": [d.isoformat() for d in s.dates],
                "paragraph": s.paragraph,
                "span": s.span.as_list(),
            }
            for s in statement.summits
        ],
        "quotes": [
            {
                "text": q.text,
                "speaker": speaker_to_dict(q.speaker),
                "kind": q.kind,
                "paragraph": q.paragraph,
                "span": q.span.as_list(),
                "excluded": q.excluded,
            }
            for q in statement.quotes
        ],
        "asks": [
            {"text": a.text, "paragraph": a.paragraph, "span": a.span.as_list()}
            for a in statement.asks
        ],
        "cases": [
            {
                "name": c.name,
                "description": c.description,
                "paragraph": c.paragraph,
                "span": c.span.as_list(),
            }
            for c in statement.cases
        ],
        "contacts": [
            {
                "name": c.name,
                "role": c.role,
                "organisation": c.organisation,
                "phones": [
                    {"e164": p.e164, "extension": p.extension, "kind": p.kind} for p in c.phones
                ],
                "emails": list(c.emails),
                "span": c.span.as_list(),
            }
            for c in statement.contacts
        ],
    }


def statement_from_dict(data: dict[str, Any]) -> Statement:
    return Statement(
        source=data["source"],
        text=data["text"],
        title=data["title"],
        title_span=_unspan(data.get("title_span")),
        organisation=data.get("organisation"),
        dateline=data.get("dateline"),
        dateline_span=_unspan(data.get("dateline_span")),
        date=_undate(data.get("date")),
        url=data.get("url"),
        paragraphs=[
            Paragraph(p["index"], p["text"], p["kind"], Span(*p["span"]), list(p["issues"]))
            for p in data.get("paragraphs", [])
        ],
        summits=[
            SummitMention(
                label=s.get("label"),
                leaders=[
                    Leader(leader["name"], leader.get("country"), leader.get("role"))
                    for leader in s.get("leaders", [])
                ],
                location=s.get("location"),
                location_country=s.get("location_country"),
                when=s.get("when"),
                dates=[dt.date.fromisoformat(d) for d in s.get("dates", [])],
                span=Span(*s["span"]),
                paragraph=s.get("paragraph"),
            )
            for s in data.get("summits", [])
        ],
        quotes=[
            Quote(
                text=q["text"],
                speaker=speaker_from_dict(q.get("speaker")),
                kind=q["kind"],
                paragraph=q["paragraph"],
                span=Span(*q["span"]),
                excluded=q.get("excluded", False),
            )
            for q in data.get("quotes", [])
        ],
        asks=[Ask(a["text"], Span(*a["span"]), a.get("paragraph")) for a in data.get("asks", [])],
        cases=[
            Case(c["name"], c["description"], Span(*c["span"]), c.get("paragraph"))
            for c in data.get("cases", [])
        ],
        contacts=[
            Contact(
                name=c.get("name"),
                role=c.get("role"),
                organisation=c.get("organisation"),
                phones=[Phone(p["e164"], p.get("extension"), p.get("kind")) for p in c["phones"]],
                emails=list(c.get("emails", [])),
                span=Span(*c["span"]),
            )
            for c in data.get("contacts", [])
        ],
    )
