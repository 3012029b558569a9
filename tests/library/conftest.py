"""Fixtures for library tests: a fresh library, and statements built by hand.

Hand-built statements pin the library's own rules (grouping, corrections) whatever the parser
finds; the tests that import the seeds use the real parser.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefpack.library import Library
from briefpack.model import Leader, Paragraph, Quote, Span, Speaker, Statement, SummitMention

MakeStatement = Callable[..., Statement]


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "library.sqlite3", busy_timeout=0.2) as opened:
        yield opened


def _mention(leaders: list[tuple[str, str | None]], location: str | None = None,
             country: str | None = None, dates: list[dt.date] | None = None,
             label: str | None = None, when: str | None = None) -> SummitMention:
    return SummitMention(
        label=label, leaders=[Leader(name, code) for name, code in leaders],
        location=location, location_country=country, when=when, dates=dates or [],
        span=Span(0, 1),
    )


@pytest.fixture
def mention() -> Callable[..., SummitMention]:
    return _mention


@pytest.fixture
def make_statement() -> MakeStatement:
    """A statement with two paragraphs and one quote per paragraph, and the given summits."""

    def make(body: str, summits: list[SummitMention] = (), *,  # type: ignore[assignment]
             date: dt.date | None = None, speaker: str = "Anna Neistat",
             title: str | None = None) -> Statement:
        first = f"\u201cWe call for justice in {body},\u201d said {speaker}."
        second = "\u201cTorture must end now.\u201d"
        text = f"{title or body.title()}\n\n{first}\n{second}\n"
        start1 = text.index(first)
        start2 = text.index(second)
        paragraphs = [
            Paragraph(0, first, "body", Span(start1, start1 + len(first)), ["refugees"]),
            Paragraph(1, second, "body", Span(start2, start2 + len(second)), ["torture"]),
        ]
        q1 = first[1:first.index(",\u201d")]
        q2 = second[1:-1]
        quotes = [
            Quote(q1, Speaker(speaker, "Director", "Amnesty International"), "direct", 0,
                  Span(start1 + 1, start1 + 1 + len(q1))),
            Quote(q2, Speaker(speaker, "Director", "Amnesty International"), "direct", 1,
                  Span(start2 + 1, start2 + 1 + len(q2))),
        ]
        return Statement(source=f"{body}.txt", text=text, title=title or body.title(),
                         date=date, paragraphs=paragraphs, quotes=quotes, summits=list(summits))

    return make
