"""A Human Rights Watch statement (statements/hrw_normandy_format_talks.txt, written for these
tests): four leaders, one hosting the others, a dateline with an em dash, "X said:" before a
quote paragraph, a quote split by its attribution, "according to X", and peoples named beside
a prisoner. Expectations are read off the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from briefpack.model import Statement


@pytest.fixture
def statement(parsed_sample: Callable[[str], Statement]) -> Statement:
    return parsed_sample("hrw_normandy_format_talks.txt")


def test_four_leaders_meet_in_paris(statement: Statement) -> None:
    assert statement.date == dt.date(2019, 12, 6)
    [summit] = statement.summits
    assert [(leader.name, leader.country) for leader in summit.leaders] == [
        ("Emmanuel Macron", "FR"), ("Vladimir Putin", "RU"), ("Volodymyr Zelensky", "UA"),
        ("Angela Merkel", "DE"),
    ]
    assert summit.location == "Paris"
    assert summit.dates == [dt.date(2019, 12, 9)]


def test_quote_forms(statement: Statement) -> None:
    found = [(q.speaker.name if q.speaker else None, q.kind, q.paragraph) for q in statement.quotes]
    assert found == [
        ("Tanya Lokshina", "direct", 4),  # after "Tanya Lokshina, ..., said:"
        # One quote split by "Lokshina said": two quotes.
        ("Tanya Lokshina", "direct", 5), ("Tanya Lokshina", "direct", 5),
        ("Rachel Denber", "partial", 6),  # "According to Rachel Denber, ..., Russia “has ...”"
    ]


def test_peoples_are_no_cases(statement: Statement) -> None:
    # "Crimean Tatars" and "six Crimean Tatar men" are groups; Emir-Usein Kuku is the prisoner.
    assert [case.name for case in statement.cases] == ["Emir-Usein Kuku"]


def test_contacts_by_city(statement: Statement) -> None:
    assert [(c.name, [p.e164 for p in c.phones]) for c in statement.contacts] == [
        ("Tanya Lokshina", ["+79175673486"]),
        ("Philippe Dam", ["+3227371489", "+32487550415"]),
    ]
