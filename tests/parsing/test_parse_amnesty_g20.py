"""An Amnesty International G20 statement (statements/amnesty_g20_osaka.txt, written for these
tests): the host named only as the one "who hosts the summit", a title after a demonym
("Japanese Prime Minister"), "X said:" on the quote's own line, a numbered list of asks, and a
press office for a contact. Expectations are read off the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from briefpack.model import Statement


@pytest.fixture
def statement(parsed_sample: Callable[[str], Statement]) -> Statement:
    return parsed_sample("amnesty_g20_osaka.txt")


def test_the_host_of_the_summit_is_among_its_leaders(statement: Statement) -> None:
    [summit] = statement.summits
    assert (summit.label, summit.location) == ("G20 summit", "Osaka")
    assert summit.dates == [dt.date(2019, 6, 28), dt.date(2019, 6, 29)]
    assert [(leader.name, leader.country) for leader in summit.leaders] == [("Shinzo Abe", "JP")]


def test_title_after_a_demonym(statement: Statement) -> None:
    [abe] = [q for q in statement.quotes if q.speaker and q.speaker.name == "Shinzo Abe"]
    assert abe.speaker is not None and abe.speaker.role == "Prime Minister"
    assert (abe.kind, abe.text) == ("partial", "free, fair and non-discriminatory")


def test_numbered_asks(statement: Statement) -> None:
    texts = [ask.text for ask in statement.asks]
    assert "Amnesty International is also calling on G20 leaders to:" not in texts
    assert texts[3:] == [
        "Commit to phasing out fossil fuels in line with their human rights obligations",
        "Press China to close the camps in Xinjiang",
        "Demand the release of all detained women's rights defenders in Saudi Arabia",
    ]


def test_speakers_and_press_office(statement: Statement) -> None:
    speakers = [q.speaker.name for q in statement.quotes if q.speaker]
    assert speakers == ["Kumi Naidoo", "Kumi Naidoo", "Kumi Naidoo", "Shinzo Abe",
                        "Joshua Rosenzweig"]
    [contact] = statement.contacts
    assert contact.name is None  # a press office, no person
    assert (contact.role, contact.organisation) == ("Press office", "Amnesty International")
    assert [p.e164 for p in contact.phones] == ["+442074135566"]
    assert contact.emails == ["press@amnesty.org"]
