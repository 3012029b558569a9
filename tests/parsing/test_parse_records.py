"""The parser makes its model records without their dataclass __init__ (parsing/records.py,
spans.span): each must be the very object the class's own constructor makes, every field set,
so a field added to the model and forgotten there fails here rather than in the app."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from briefpack.model import (
    Ask,
    Case,
    Leader,
    Paragraph,
    Quote,
    Span,
    Speaker,
    SummitMention,
)
from briefpack.parsing import records
from briefpack.parsing.spans import span

WHERE = Span(3, 17)
LEADERS = [Leader("Vladimir Putin", "RU", "President")]

CASES = [
    (records.make_speaker("Anna Neistat", "Senior Director", "Amnesty International"),
     Speaker("Anna Neistat", "Senior Director", "Amnesty International")),
    (records.make_quote("We must act.", Speaker("A B", None, None), "partial", 2, WHERE),
     Quote("We must act.", Speaker("A B", None, None), "partial", 2, WHERE)),
    (records.make_ask("Release him.", WHERE, 4), Ask("Release him.", WHERE, 4)),
    (records.make_leader("Xi Jinping", "CN", None), Leader("Xi Jinping", "CN", None)),
    (records.make_case("Oleg Sentsov", "jailed film-maker", WHERE, None),
     Case("Oleg Sentsov", "jailed film-maker", WHERE, None)),
    (records.make_summit_mention("Putin-Trump summit", LEADERS, "Helsinki", "FI", "on Monday",
                                 [dt.date(2018, 7, 16)], WHERE, 0),
     SummitMention("Putin-Trump summit", LEADERS, "Helsinki", "FI", "on Monday",
                   [dt.date(2018, 7, 16)], WHERE, 0)),
    (records.make_paragraph(1, "A paragraph.", "body", WHERE),
     Paragraph(1, "A paragraph.", "body", WHERE)),
]


@pytest.mark.parametrize(("made", "constructed"), CASES,
                         ids=[type(c).__name__ for _, c in CASES])
def test_a_fast_record_is_the_constructed_one(made: object, constructed: object) -> None:
    assert type(made) is type(constructed)
    for field in dataclasses.fields(constructed):  # type: ignore[arg-type]
        assert getattr(made, field.name) == getattr(constructed, field.name), field.name
    assert made == constructed
    assert dataclasses.asdict(made) == dataclasses.asdict(constructed)  # type: ignore[call-overload]


def test_a_fresh_paragraph_has_its_own_issue_list() -> None:
    first = records.make_paragraph(0, "a", "body", WHERE)
    second = records.make_paragraph(1, "b", "body", WHERE)
    first.issues.append("torture")
    assert second.issues == []


def test_span_helper_is_a_span_and_keeps_the_check() -> None:
    assert span(2, 9) == Span(2, 9) and hash(span(2, 9)) == hash(Span(2, 9))
    with pytest.raises(dataclasses.FrozenInstanceError):
        span(2, 9).start = 4  # type: ignore[misc]
    for bad in ((5, 2), (-1, 3)):
        with pytest.raises(ValueError, match="bad span"):
            span(*bad)
        with pytest.raises(ValueError, match="bad span"):
            Span(*bad)
