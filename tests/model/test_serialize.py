from __future__ import annotations

import datetime as dt

from briefpack.model import Contact, Paragraph, Phone, Quote, Span, Speaker, Statement
from briefpack.model.serialize import statement_from_dict, statement_to_dict
from briefpack.model.statement import content_key


def test_round_trip_keeps_every_field() -> None:
    text = "Title\n\n\u201cAct now,\u201d said A.\nCall +1 613 853 2142"
    statement = Statement(
        source="x.txt",
        text=text,
        title="Title",
        title_span=Span(0, 5),
        date=dt.date(2018, 7, 13),
        paragraphs=[Paragraph(0, "\u201cAct now,\u201d said A.", "body", Span(7, 27), ["torture"])],
        quotes=[Quote("Act now,", Speaker("A", "Director", "Org"), "direct", 0, Span(8, 16))],
        contacts=[Contact("A", None, None, [Phone("+16138532142", None, "mobile")], [],
                          Span(28, 48))],
    )
    again = statement_from_dict(statement_to_dict(statement))
    assert again == statement
    assert statement_to_dict(statement)["date"] == "2018-07-13"


def test_content_key_ignores_white_space_only() -> None:
    assert content_key("a  b\r\nc") == content_key("a b c")
    assert content_key("a b c") != content_key("a b d")


def test_span_rejects_negative() -> None:
    import pytest

    with pytest.raises(ValueError):
        Span(5, 2)
