"""An Amnesty International South Africa statement on the BRICS summit in Johannesburg
(statements/amnesty_sa_brics_johannesburg.txt, written for these tests): a "Media statement"
kicker above the headline, a national section of Amnesty as the issuer, the host and his
guests in a sentence of their own, a past summit in the background, numbered asks, a possessive
prisoner's name, and South African numbers without country code on labelled lines.
Expectations are read off the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from briefpack.model import Statement


@pytest.fixture
def statement(parsed_sample: Callable[[str], Statement]) -> Statement:
    return parsed_sample("amnesty_sa_brics_johannesburg.txt")


def test_kicker_headline_and_national_section(statement: Statement) -> None:
    assert statement.title == (
        "BRICS summit: South Africa must arrest Putin if he sets foot in the country"
    )
    assert statement.organisation == "Amnesty International South Africa"
    assert statement.date == dt.date(2023, 8, 21)


def test_brics_summit_with_host_and_guests(statement: Statement) -> None:
    brics, bashir = statement.summits
    assert brics.label == "BRICS summit"
    assert (brics.location, brics.location_country) == ("Johannesburg", "ZA")
    assert [(leader.name, leader.country) for leader in brics.leaders] == [
        ("Vladimir Putin", "RU"), ("Cyril Ramaphosa", "ZA"), ("Xi Jinping", "CN"),
        ("Luiz Inácio Lula da Silva", "BR"), ("Narendra Modi", "IN"),
    ]
    # "this week", made precise; the full stop after "August" is the sentence's.
    assert brics.when == "from 22 to 24 August"
    assert brics.dates == [dt.date(2023, 8, 22), dt.date(2023, 8, 23), dt.date(2023, 8, 24)]
    # The 2015 African Union summit of the background is another meeting.
    assert (bashir.label, bashir.location) == ("African Union summit", "Johannesburg")
    assert [leader.name for leader in bashir.leaders] == ["Omar al-Bashir"]


def test_quotes_of_the_executive_director(statement: Statement) -> None:
    mokoena = [q for q in statement.quotes if q.speaker and q.speaker.name == "Thandeka Mokoena"]
    assert len(mokoena) == 5
    assert mokoena[0].speaker is not None
    assert (mokoena[0].speaker.role, mokoena[0].speaker.organisation) == (
        "Executive Director", "Amnesty International South Africa",
    )
    # The single-quoted words inside her quote are hers to quote, not a quote of their own.
    assert "'declaration of war'" in mokoena[0].text


def test_numbered_asks(statement: Statement) -> None:
    asks = [ask.text for ask in statement.asks]
    assert asks[0].startswith("South Africa must live up to its legal obligations")
    assert asks[-3:] == [
        "Cooperate fully with the International Criminal Court, including by executing its "
        "arrest warrants",
        "Release everyone detained solely for peacefully exercising their human rights",
        "Ensure that the summit's declaration commits all members to protect civic space and the "
        "right to protest",
    ]


def test_cases(statement: Statement) -> None:
    assert [case.name for case in statement.cases] == [
        "Vladimir Kara-Murza", "Alexei Navalny", "Umar Khalid", "Ilham Tohti",
    ]


def test_background_after_ends_and_contact_card(statement: Statement) -> None:
    kinds = {p.text: p.kind for p in statement.paragraphs}
    assert kinds["Background"] == "subhead"
    background = [p for p in statement.paragraphs if p.text.startswith("In 2015,")]
    assert [p.kind for p in background] == ["body"]
    [contact] = statement.contacts
    assert (contact.name, contact.role, contact.organisation) == (
        "Sipho Dlamini", "Media and Communications Manager", "Amnesty International South Africa",
    )
    assert [(p.e164, p.kind) for p in contact.phones] == [
        ("+27825550192", "mobile"), ("+27112836000", "office"),
    ]
    assert contact.emails == ["press@amnesty.org.za"]
