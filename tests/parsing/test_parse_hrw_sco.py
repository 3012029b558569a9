"""A Human Rights Watch statement on the SCO summit in Samarkand (statements/hrw_sco_samarkand.txt,
written for these tests): no dateline, a campaigning headline ("Don't Let SCO Summit Whitewash
..."), the summit named as "the Shanghai Cooperation Organisation (SCO) summit", its host "hosting
the gathering", a leader who "will be attending", quotes resumed with "Rittmann said" and an
anonymous witness with a quote nested in his, a prisoner described beside his newspaper's name,
and HRW's one-line contacts. Expectations are read off the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from briefpack.model import Statement


@pytest.fixture
def statement(parsed_sample: Callable[[str], Statement]) -> Statement:
    return parsed_sample("hrw_sco_samarkand.txt")


def test_no_dateline_no_date(statement: Statement) -> None:
    assert statement.organisation == "Human Rights Watch"
    assert (statement.dateline, statement.date) == (None, None)


def test_one_sco_summit_with_host_and_guests(statement: Statement) -> None:
    # Not "Let SCO Summit" from the headline; the acronym in brackets names the same summit.
    [summit] = statement.summits
    assert summit.label is not None and summit.label.lower() == "sco summit"
    assert (summit.location, summit.location_country) == ("Samarkand", "UZ")
    assert [(leader.name, leader.country) for leader in summit.leaders] == [
        ("Xi Jinping", "CN"), ("Vladimir Putin", "RU"), ("Shavkat Mirziyoyev", "UZ"),
        ("Narendra Modi", "IN"), ("Recep Tayyip Erdoğan", "TR"), ("Ebrahim Raisi", "IR"),
    ]
    # The statement is undated, but the timing phrase writes its year.
    assert summit.when == "on September 15 and 16, 2022"
    assert summit.dates == [dt.date(2022, 9, 15), dt.date(2022, 9, 16)]


def test_quotes_resumed_by_surname_and_an_anonymous_witness(statement: Statement) -> None:
    named = [q for q in statement.quotes if q.speaker is not None]
    assert {(q.speaker.name, q.speaker.role, q.speaker.organisation)  # type: ignore[union-attr]
            for q in named} == {
        ("Mihra Rittmann", "senior Central Asia researcher", "Human Rights Watch"),
    }
    assert len(named) == 6
    # "one man told Human Rights Watch": nobody named; the quote he quotes stays inside his.
    witness = [q for q in statement.quotes if q.speaker is None]
    assert [q.text for q in witness] == [
        "They put a bag over my head and kicked me until I said what they wanted,",
        "Then they said: 'Now you are a separatist.'",
    ]


def test_asks(statement: Statement) -> None:
    asks = [ask.text for ask in statement.asks]
    assert asks[0].startswith("Leaders gathering in Samarkand for the Shanghai Cooperation")
    assert any(a.startswith("SCO members and observers should publicly call on Uzbekistan")
               for a in asks)
    assert not any(a.startswith("Mirziyoyev has promised") for a in asks)


def test_the_prisoner_not_his_newspaper(statement: Statement) -> None:
    assert [case.name for case in statement.cases] == ["Dauletmurat Tazhimuratov"]


def test_contacts(statement: Statement) -> None:
    rittmann, williamson = statement.contacts
    assert rittmann.name == "Mihra Rittmann"
    assert [(p.e164, p.kind) for p in rittmann.phones] == [
        ("+493025930614", "office"), ("+4915141921309", "mobile"),
    ]
    assert rittmann.emails == ["rittmam@hrw.org"]
    assert williamson.name == "Hugh Williamson"
    assert [p.e164 for p in williamson.phones] == ["+442077132788"]
