"""A statement in Human Rights Watch's house style that the seeds do not cover: a dateline
opening the lead, a summit over a month's end, a victim of a killing, a crown prince among the
names, and a contact trailer with cities and languages (statements/hrw_g20_summit.txt, written
for these tests). Expectations are read off the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from briefpack.model import Statement
from briefpack.parsing.dates import WHEN, resolve_timing


@pytest.fixture
def statement(parsed_sample: Callable[[str], Statement]) -> Statement:
    return parsed_sample("hrw_g20_summit.txt")


def test_dateline_and_organisation(statement: Statement) -> None:
    assert statement.dateline == "(New York, November 27, 2018)"
    assert statement.date == dt.date(2018, 11, 27)
    assert statement.organisation == "Human Rights Watch"


def test_one_g20_summit_over_the_month_end(statement: Statement) -> None:
    # The subhead's "Buenos Aires Summit" and the lead's "G20 summit in Buenos Aires" are one
    # meeting; "since Khashoggi's murder ... in Istanbul on October 2" is no second one.
    [summit] = statement.summits
    assert summit.label == "G20 summit"
    assert summit.location == "Buenos Aires"
    assert summit.when == "on November 30 and December 1, 2018"
    assert summit.dates == [dt.date(2018, 11, 30), dt.date(2018, 12, 1)]
    assert [leader.name for leader in summit.leaders] == ["Mohammed bin Salman"]


def test_sentences_start_after_the_dateline(statement: Statement) -> None:
    first = statement.asks[0]
    assert first.text.startswith("Leaders attending the G20 summit in Buenos Aires")
    assert first.span.of(statement.text) == first.text
    assert not any(ask.text.startswith("(New York") for ask in statement.asks)


def test_cases_are_the_killed_and_the_detained(statement: Statement) -> None:
    # Not "New York" or "Buenos Aires" (places), nor "Crown Prince Mohammed" (a leader).
    names = [case.name for case in statement.cases]
    assert names == ["Jamal Khashoggi", "Loujain al-Hathloul", "Aziza al-Yousef", "Eman al-Nafjan"]


def test_quotes_and_speakers(statement: Statement) -> None:
    speakers = [(q.speaker.name if q.speaker else None, q.kind) for q in statement.quotes]
    assert speakers == [
        ("Sarah Leah Whitson", "direct"), ("Sarah Leah Whitson", "direct"),
        ("Kenneth Roth", "partial"),
    ]
    assert statement.quotes[0].speaker is not None
    assert statement.quotes[0].speaker.role == "Middle East director"


def test_contacts_with_cities_languages_and_mobiles(statement: Statement) -> None:
    contacts = {c.name: c for c in statement.contacts}
    assert list(contacts) == ["Sarah Leah Whitson", "Jose Miguel Vivanco"]
    vivanco = contacts["Jose Miguel Vivanco"]
    assert [(p.e164, p.kind) for p in vivanco.phones] == [
        ("+12026124343", None), ("+19172515216", "mobile"),
    ]
    assert vivanco.emails == ["vivancj@hrw.org"]


@pytest.mark.parametrize(
    ("sentence", "when", "dates"),
    [
        ("meet on November 30 and December 1, 2018 in", "on November 30 and December 1, 2018",
         ["2018-11-30", "2018-12-01"]),
        ("meet from 30 November to 2 December 2018 in", "from 30 November to 2 December 2018",
         ["2018-11-30", "2018-12-01", "2018-12-02"]),
        # No year written: the next 31 December, and New Year in the year after it.
        ("talks from 31 December to 2 January", "from 31 December to 2 January",
         ["2018-12-31", "2019-01-01", "2019-01-02"]),
    ],
)
def test_timing_across_a_month_end(sentence: str, when: str, dates: list[str]) -> None:
    match = WHEN.search(sentence)
    assert match is not None and match.group(0) == when
    found = resolve_timing(when, dt.date(2018, 11, 27))
    assert [d.isoformat() for d in found] == dates
