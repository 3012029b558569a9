"""A joint open letter of CIVICUS, FIDH, ARTICLE 19 and others before the EU-AU summit
(statements/joint_eu_au_summit_letter.txt, written for these tests): the summit's acronym in
the headline and its name written out in the body, a list of addressees ("To: Charles Michel,
President of the European Council"), "•" bullet asks after "We therefore call on", prisoners
"held since" a date, signatories and "- ENDS -", and contact lines that open with the
organisation ("FIDH: Samuel Hanryon, Press Officer, ..."). Expectations are read off the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from briefpack.model import Statement
from briefpack.parsing import parse_statement


@pytest.fixture
def statement(parsed_sample: Callable[[str], Statement]) -> Statement:
    return parsed_sample("joint_eu_au_summit_letter.txt")


def test_one_summit_under_its_acronym_and_its_full_name(statement: Statement) -> None:
    assert statement.date == dt.date(2022, 2, 15)
    # "EU-AU Summit" and "European Union – African Union Summit" are one meeting.
    [summit] = statement.summits
    assert summit.label == "EU-AU Summit"
    assert (summit.location, summit.location_country) == ("Brussels", "BE")
    assert summit.dates == [dt.date(2022, 2, 17), dt.date(2022, 2, 18)]


def test_the_addressees_are_the_summit_leaders(statement: Statement) -> None:
    [summit] = statement.summits
    assert [leader.name for leader in summit.leaders] == [
        "Charles Michel", "Ursula von der Leyen", "Macky Sall", "Moussa Faki Mahamat",
    ]
    assert summit.leaders[2].country == "SN"
    # The addressees are lines of a letter, not headings.
    kinds = {p.text: p.kind for p in statement.paragraphs}
    assert kinds["To: Charles Michel, President of the European Council"] == "body"
    assert kinds["Macky Sall, President of Senegal and Chairperson of the African Union"] == "body"
    heading = "Joint open letter ahead of the sixth European Union \u2013 African Union Summit"
    assert kinds[heading] == "subhead"


def test_a_leader_named_before_his_title_and_country() -> None:
    text = (
        "Letter to summit leaders\n\n"
        "To: Hakainde Hichilema, President of Zambia\n\n"
        "We write ahead of the SADC summit in Lusaka, where you will meet your peers.\n"
    )
    [summit] = parse_statement(text).summits
    assert [(leader.name, leader.country, leader.role) for leader in summit.leaders] == [
        ("Hakainde Hichilema", "ZM", "President"),
    ]


def test_bullet_asks_and_quotes(statement: Statement) -> None:
    asks = [ask.text for ask in statement.asks]
    assert ("We urge you to ensure that those values include the rights of the people who "
            "defend them.") in asks
    assert sum(1 for p in statement.paragraphs if p.text.startswith("\u2022")) == 4
    assert ("make any funding for migration cooperation conditional on independent human rights "
            "monitoring") in asks
    assert not any(a.startswith("We therefore call on") for a in asks)
    speakers = [(q.speaker.name, q.speaker.role, q.speaker.organisation)
                for q in statement.quotes if q.speaker]
    assert speakers == [
        ("Lysa John", "Secretary-General", "CIVICUS"),
        ("Lysa John", "Secretary-General", "CIVICUS"),
        ("Alice Mogwe", "President", "FIDH"),
    ]


def test_prisoners_held_since_a_date_are_cases(statement: Statement) -> None:
    assert [case.name for case in statement.cases] == [
        "Freeman Mbowe", "Mduduzi Bacede Mabuza", "Mthandeni Dube", "Kakwenza Rukirabashaija",
    ]


def test_signatories_and_contacts_by_organisation(statement: Statement) -> None:
    kinds = {p.text: p.kind for p in statement.paragraphs}
    assert kinds["EuroMed Rights"] == "contact"
    assert kinds["- ENDS -"] == "contact"
    civicus, fidh = statement.contacts
    assert (civicus.name, civicus.role, civicus.organisation) == (
        "Kate Kohlhaas", "Media Officer", "CIVICUS",
    )
    assert [p.e164 for p in civicus.phones] == ["+27118335959"]
    assert civicus.emails == ["media@civicus.org"]
    assert (fidh.name, fidh.role, fidh.organisation) == ("Samuel Hanryon", "Press Officer", "FIDH")
    assert [p.e164 for p in fidh.phones] == ["+33672284294"]
    assert fidh.emails == ["press@fidh.org"]
