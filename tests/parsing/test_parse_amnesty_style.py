"""An Amnesty International statement in a layout the seeds do not have
(statements/amnesty_eu_china_summit.txt, written for these tests): a date line of its own, a
premier met by "leaders", a role wrapped around the organisation, "She added:", a charge in
quote marks, and a contact card over several lines. Expectations are read off the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from briefpack.model import Statement


@pytest.fixture
def statement(parsed_sample: Callable[[str], Statement]) -> Statement:
    return parsed_sample("amnesty_eu_china_summit.txt")


def test_date_and_summit(statement: Statement) -> None:
    assert statement.date == dt.date(2019, 4, 9)
    [summit] = statement.summits
    assert summit.label == "EU-China summit"
    assert summit.location == "Brussels"
    # "European Union leaders meeting Chinese Premier Li Keqiang in Brussels": too loose to
    # start a summit, but it names who attends the one the title announces.
    assert [(leader.name, leader.country) for leader in summit.leaders] == [("Li Keqiang", "CN")]
    assert summit.dates == [dt.date(2019, 4, 9)]  # "on Tuesday", counted from 9 April 2019


def test_role_wrapped_around_the_organisation(statement: Statement) -> None:
    geddie = [q for q in statement.quotes if q.speaker and q.speaker.name == "Eve Geddie"]
    assert len(geddie) == 2  # the second after "She added:"
    speaker = geddie[0].speaker
    assert speaker is not None
    assert (speaker.role, speaker.organisation) == (
        "Director, European Institutions Office", "Amnesty International",
    )


def test_a_charge_in_quote_marks_is_no_quote(statement: Statement) -> None:
    texts = [q.text for q in statement.quotes]
    assert "subversion of state power" not in texts
    assert [q.speaker.name if q.speaker else None for q in statement.quotes] == [
        "Eve Geddie", "Eve Geddie", "Patrick Poon",
    ]


def test_cases_are_people_not_titles_or_regions(statement: Statement) -> None:
    # Not "Premier Li Keqiang" (a leader) nor "Uyghur Autonomous Region" (a place); Ilham
    # Tohti is named only in "make the release of Wang Quanzhang and Ilham Tohti a priority".
    assert [case.name for case in statement.cases] == ["Wang Quanzhang", "Ilham Tohti"]


def test_contact_card_with_name_and_role_on_one_line(statement: Statement) -> None:
    [contact] = statement.contacts
    assert (contact.name, contact.role) == ("Maeve Patterson", "Media Manager")
    assert [(p.e164, p.kind) for p in contact.phones] == [
        ("+3225482773", "office"), ("+32483680812", "mobile"),
    ]
    assert contact.emails == ["press@amnesty.eu"]
