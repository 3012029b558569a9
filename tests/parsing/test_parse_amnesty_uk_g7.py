"""An Amnesty International UK statement on the G7 in Cornwall (statements/
amnesty_uk_g7_cornwall.txt, written for these tests): a dateline with a weekday ("LONDON,
Thursday 10 June 2021 —"), a host and his guests listed before the venue, the venue written
with its county ("Carbis Bay, Cornwall"), a "G7 leaders' summit", quotes introduced by a line
ending in "said:", "•" bullet asks, "Notes to editors", and a press office whose UK numbers
carry no country code. Expectations are read off the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from briefpack.model import Statement


@pytest.fixture
def statement(parsed_sample: Callable[[str], Statement]) -> Statement:
    return parsed_sample("amnesty_uk_g7_cornwall.txt")


def test_dateline_with_a_weekday(statement: Statement) -> None:
    assert statement.organisation == "Amnesty International UK"
    assert statement.dateline == "LONDON, Thursday 10 June 2021"
    assert statement.date == dt.date(2021, 6, 10)


def test_one_g7_summit_at_carbis_bay_in_cornwall(statement: Statement) -> None:
    # "in Cornwall", "at Carbis Bay" and "in Carbis Bay, Cornwall" are one venue; "Every
    # summit we are told..." (a husband's words) names no summit.
    [summit] = statement.summits
    assert summit.label == "G7 summit"
    assert (summit.location, summit.location_country) == ("Carbis Bay", "GB")
    # The guests stand between "will host" and "at Carbis Bay".
    assert [(leader.name, leader.country) for leader in summit.leaders] == [
        ("Boris Johnson", "GB"), ("Joe Biden", "US"), ("Emmanuel Macron", "FR"),
        ("Angela Merkel", "DE"), ("Yoshihide Suga", "JP"), ("Justin Trudeau", "CA"),
        ("Mario Draghi", "IT"), ("Narendra Modi", "IN"),
    ]
    assert summit.when == "from Friday to Sunday"
    assert summit.dates == [dt.date(2021, 6, 11), dt.date(2021, 6, 12), dt.date(2021, 6, 13)]


def test_subheads_notes_and_press_office(statement: Statement) -> None:
    kinds = {p.text: p.kind for p in statement.paragraphs}
    assert kinds["Nazanin and Jagtar: still waiting"] == "subhead"
    assert kinds["Notes to editors"] == "subhead"
    # The notes are prose; the press office's name line opens the contacts.
    notes = [p for p in statement.paragraphs if p.text.startswith("The G7 leaders' summit")]
    assert [p.kind for p in notes] == ["body"]
    assert kinds["Amnesty International UK Press Office"] == "contact"
    assert kinds["020 7033 1548 (office)"] == "contact"


def test_quotes_and_their_speakers(statement: Statement) -> None:
    speakers = [(q.speaker.name, q.speaker.role, q.speaker.organisation)
                for q in statement.quotes if q.speaker]
    assert speakers[:2] == [("Kate Allen", "Director", "Amnesty International UK")] * 2
    assert [name for name, _, _ in speakers] == [
        "Kate Allen", "Kate Allen", "Richard Ratcliffe", "Sacha Deshmukh",
    ]
    assert all(q.kind == "direct" for q in statement.quotes)


def test_asks_from_the_director_and_the_bullets(statement: Statement) -> None:
    asks = [ask.text for ask in statement.asks]
    assert any(a.startswith("The G7 must back the temporary waiver") for a in asks)
    assert "support the TRIPS waiver proposed by India and South Africa at the WTO" in asks
    assert ("secure the immediate release of all British nationals arbitrarily detained abroad"
            in asks)
    # The line that introduces the bullets asks nothing itself.
    assert not any(a.startswith("Amnesty is calling on the G7") for a in asks)


def test_detained_britons_are_cases(statement: Statement) -> None:
    # Her husband, quoted, is no case.
    assert [case.name for case in statement.cases] == [
        "Nazanin Zaghari-Ratcliffe", "Jagtar Singh Johal",
    ]


def test_uk_numbers_without_country_code(statement: Statement) -> None:
    office, manager = statement.contacts
    # "Amnesty International UK Press Office" over the numbers: the card is the office's.
    assert (office.name, office.role, office.organisation) == (
        None, "Press office", "Amnesty International UK")
    assert office.span.of(statement.text).startswith("Amnesty International UK Press Office")
    assert [(p.e164, p.kind) for p in office.phones][0] == ("+442070331548", "office")
    assert [p.e164 for p in office.phones] == ["+442070331548", "+447778472126"]
    assert office.emails == ["press@amnesty.org.uk"]
    assert (manager.name, manager.role) == ("Sarah Ahmed", "Media Manager")
    assert [p.e164 for p in manager.phones] == ["+447831640170"]
    assert manager.emails == ["sarah.ahmed@amnesty.org.uk"]
