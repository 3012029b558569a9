"""Hand-made statements for GUI tests: exact spans, independent of the parser's progress."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefpack.model import (
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


class TextBuilder:
    def __init__(self) -> None:
        self.text = ""

    def add(self, piece: str) -> Span:
        start = len(self.text)
        self.text += piece
        return Span(start, len(self.text))


def make_statement(city: str = "Helsinki", leaders: tuple[str, str] = ("Vladimir Putin",
                   "Donald Trump"), date: dt.date = dt.date(2018, 7, 12)) -> Statement:
    b = TextBuilder()
    title_span = b.add(f"Leaders must use the {city} summit for human rights")
    b.add("\n\n")
    p0_start = len(b.text)
    b.add(f"{leaders[0]} and {leaders[1]} must use their ")
    summit_span = b.add(f"summit in {city} on Monday")
    b.add(" to tackle refugees and torture.")
    p0 = Paragraph(0, b.text[p0_start:], "body", Span(p0_start, len(b.text)), ["refugees"])
    b.add("\n")
    p1_start = len(b.text)
    b.add("\u201c")
    q0 = b.add("Presidents have been toxic for human rights")
    b.add(",\u201d said Anna Neistat. \u201c")
    q1 = b.add("Torture in police stations must end")
    b.add(",\u201d said Oleg Orlov. ")
    ask_span = b.add(f"The leaders must release Oleg Sentsov before {city}.")
    p1 = Paragraph(1, b.text[p1_start:], "body", Span(p1_start, len(b.text)), ["torture"])
    b.add("\n")
    p2_start = len(b.text)
    case_span = b.add("Oleg Sentsov, film director, has been on hunger strike.")
    p2 = Paragraph(2, b.text[p2_start:], "body", Span(p2_start, len(b.text)),
                   ["torture", "prisoners"])
    b.add("\n")
    p3_start = len(b.text)
    contact_span = b.add("For more information contact the press office on +44 20 7413 5566")
    p3 = Paragraph(3, b.text[p3_start:], "contact", Span(p3_start, len(b.text)), [])
    text = b.text
    return Statement(
        source=f"{city.lower()}.txt",
        text=text,
        title=title_span.of(text),
        title_span=title_span,
        organisation="Amnesty International",
        date=date,
        paragraphs=[p0, p1, p2, p3],
        summits=[SummitMention(f"{leaders[0].split()[-1]}-{leaders[1].split()[-1]} summit",
                               [Leader(leaders[0], None, "President"),
                                Leader(leaders[1], None, "President")],
                               city, None, "on Monday", [date + dt.timedelta(days=4)],
                               summit_span, 0)],
        quotes=[
            Quote(q0.of(text), Speaker("Anna Neistat", "Senior Director of Research",
                                       "Amnesty International"), "direct", 1, q0),
            Quote(q1.of(text), Speaker("Oleg Orlov"), "direct", 1, q1),
        ],
        asks=[Ask(ask_span.of(text), ask_span, 1)],
        cases=[Case("Oleg Sentsov", "film director on hunger strike", case_span, 2)],
        contacts=[Contact("Press office", None, "Amnesty International",
                          [Phone("+442074135566", None, "office")], [], contact_span)],
    )


def make_library(path: Path):
    from briefpack.library import Library

    library = Library.open(path)
    library.add_statement(make_statement())
    library.add_statement(make_statement("Florida", ("Xi Jinping", "Donald Trump"),
                                         dt.date(2017, 4, 5)))
    return library
