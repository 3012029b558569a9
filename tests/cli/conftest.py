"""A library file filled with hand-built statements, for commands that list summits and quotes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefpack.library import Library
from briefpack.model import Leader, Paragraph, Quote, Span, Speaker, Statement, SummitMention


def _statement(name: str, speaker: str, leaders: list[tuple[str, str]], place: str,
               date: dt.date | None) -> Statement:
    body = f"\u201cThe {name} summit must address torture,\u201d said {speaker}."
    text = f"{name.title()} statement\n\n{body}\n"
    start = text.index(body)
    quote = body[1:body.index(",\u201d")]
    return Statement(
        source=f"{name}.txt", text=text, title=f"{name.title()} statement", date=date,
        paragraphs=[Paragraph(0, body, "body", Span(start, start + len(body)), ["torture"])],
        quotes=[Quote(quote, Speaker(speaker, "Director", "Amnesty International"), "direct", 0,
                      Span(start + 1, start + 1 + len(quote)))],
        summits=[SummitMention(f"{name.title()} summit", [Leader(n, c) for n, c in leaders],
                               place, None, "on Monday", [date] if date else [],
                               Span(start, start + 5), 0)],
    )


@pytest.fixture
def filled_library(tmp_path: Path) -> Path:
    """Two statements on one Helsinki summit, one on a Florida summit."""
    path = tmp_path / "filled.sqlite3"
    putin_trump = [("Vladimir Putin", "RU"), ("Donald Trump", "US")]
    with Library.open(path) as library:
        library.add_statement(_statement("helsinki", "Anna Neistat", putin_trump, "Helsinki",
                                         dt.date(2018, 7, 16)))
        library.add_statement(_statement("finland", "Anna Neistat", putin_trump, "Helsinki",
                                         None))
        library.add_statement(_statement("florida", "Salil Shetty",
                                         [("Donald Trump", "US"), ("Xi Jinping", "CN")],
                                         "Florida", None))
    return path
