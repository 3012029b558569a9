"""An ISHR statement on the Commonwealth summit in Kigali (statements/ishr_chogm_kigali.txt,
written for these tests): a summit that is not called "X summit" ("CHOGM", "Commonwealth Heads
of Government Meeting (CHOGM)"), a leader represented by someone else, straight single quote
marks around a double-quoted phrase, an organisation that goes by its acronym ("ISHR and its
partners urge ..."), a questions-and-answers section, and contacts as "Name | Role | phone |
e-mail". Expectations are read off the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from briefpack.model import Statement
from briefpack.parsing import parse_statement


@pytest.fixture
def statement(parsed_sample: Callable[[str], Statement]) -> Statement:
    return parsed_sample("ishr_chogm_kigali.txt")


def test_organisation_and_dateline(statement: Statement) -> None:
    assert statement.organisation == "International Service for Human Rights"
    assert (statement.dateline, statement.date) == ("GENEVA, 20 June 2022", dt.date(2022, 6, 20))


def test_chogm_in_kigali(statement: Statement) -> None:
    [summit] = statement.summits
    assert summit.label == "CHOGM"
    assert (summit.location, summit.location_country) == ("Kigali", "RW")
    assert summit.when == "on 24 and 25 June"
    assert summit.dates == [dt.date(2022, 6, 24), dt.date(2022, 6, 25)]
    # The Queen is represented by the Prince of Wales: she does not attend.
    assert [(leader.name, leader.country) for leader in summit.leaders] == [
        ("Paul Kagame", "RW"), ("Boris Johnson", "GB"),
    ]


def test_summits_named_meeting_word_first() -> None:
    text = (
        "Americas: rights on the agenda\n\n"
        "LIMA, 12 April 2018 \u2013 Leaders attending the Summit of the Americas in Lima this "
        "weekend must address the crisis in Venezuela, Amnesty International said today.\n\n"
        "Le Sommet de la Francophonie se tiendra \u00e0 Djerba.\n"
    )
    labels = [summit.label for summit in parse_statement(text).summits]
    assert labels == ["Summit of the Americas", "Sommet de la Francophonie"]


def test_quotes_in_straight_single_marks(statement: Statement) -> None:
    assert [(q.speaker.name, q.speaker.role, q.speaker.organisation)  # type: ignore[union-attr]
            for q in statement.quotes] == [
        ("Phil Lynch", "Director", "International Service for Human Rights"),
    ] * 2
    assert statement.quotes[1].text.startswith('Rwanda cannot be a "safe third country"')


def test_asks_of_the_organisation_by_its_acronym(statement: Statement) -> None:
    asks = [ask.text for ask in statement.asks]
    assert asks[0].startswith("As Commonwealth Heads of Government gather in Kigali")
    assert asks[1:] == [
        "call publicly and privately for the release of everyone detained in Rwanda for the "
        "peaceful exercise of their rights",
        "ensure that the CHOGM communiqué contains concrete commitments on civic space and the "
        "protection of human rights defenders",
        "reject any arrangement to transfer asylum seekers to countries where their rights "
        "cannot be guaranteed",
    ]


def test_cases_without_occupation_or_institution(statement: Statement) -> None:
    # Not "Commonwealth Heads", not "Journalist Théoneste Nsengimana".
    assert [case.name for case in statement.cases] == [
        "Paul Rusesabagina", "Yvonne Idamange", "Théoneste Nsengimana",
    ]


def test_questions_and_answers_and_contacts(statement: Statement) -> None:
    kinds = {p.text: p.kind for p in statement.paragraphs}
    assert kinds["Questions and answers"] == "subhead"
    assert kinds["What is CHOGM?"] == "subhead"
    assert kinds["Contacts"] == "contact"
    lynch, mcevoy = statement.contacts
    assert (lynch.name, lynch.role) == ("Phil Lynch", "Director")
    assert [p.e164 for p in lynch.phones] == ["+41229197100"]
    assert lynch.emails == ["p.lynch@ishr.ch"]
    assert (mcevoy.name, mcevoy.role) == ("Tess McEvoy", "Programme Director and Legal Counsel")
    assert [(p.e164, p.kind) for p in mcevoy.phones] == [("+41788277786", "mobile")]
