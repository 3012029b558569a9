"""An Amnesty International statement on the Trump–Kim summit in Hanoi (statements/
amnesty_trump_kim_hanoi.txt, written for these tests): British quote marks (‘...’ outside,
“...” nested), leaders called by family name after the first mention ("Trump and Kim", "President
Moon"), an earlier meeting elsewhere ("their first meeting in Singapore") and past ones ("who has
met Kim three times"), "this week" made precise by a later sentence, prisoners who share the
leader's family name, and a contact line opening with a place. Expectations are read off the
text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from briefpack.model import Statement
from briefpack.parsing import parse_statement


@pytest.fixture
def statement(parsed_sample: Callable[[str], Statement]) -> Statement:
    return parsed_sample("amnesty_trump_kim_hanoi.txt")


def test_date_line_under_a_kicker(statement: Statement) -> None:
    assert statement.title.startswith("Trump\u2013Kim summit: Human rights must not")
    assert statement.date == dt.date(2019, 2, 26)
    assert statement.organisation == "Amnesty International"


def test_one_summit_in_hanoi_between_trump_and_kim(statement: Statement) -> None:
    # Not a second meeting in Singapore (the first one), and not Moon Jae-in, who "has met Kim".
    [summit] = statement.summits
    assert summit.label == "Trump\u2013Kim summit"
    assert (summit.location, summit.location_country) == ("Hanoi", "VN")
    assert [(leader.name, leader.country) for leader in summit.leaders] == [
        ("Donald Trump", "US"), ("Kim Jong-un", "KP"),
    ]
    # "this week", then "on Wednesday and Thursday" from Tuesday 26 February.
    assert summit.when == "on Wednesday and Thursday"
    assert summit.dates == [dt.date(2019, 2, 27), dt.date(2019, 2, 28)]


def test_single_quotes_outside_double_ones(statement: Statement) -> None:
    ochoa = [q for q in statement.quotes if q.speaker and q.speaker.name == "Daniel Ochoa"]
    assert len(ochoa) == 5
    assert ochoa[0].speaker is not None
    assert (ochoa[0].speaker.role, ochoa[0].speaker.organisation) == (
        "East Asia Deputy Director", "Amnesty International",
    )
    # The nested “a peninsula of peace” is part of Ochoa's quote, not a quote of its own.
    assert not any(q.text == "a peninsula of peace" for q in statement.quotes)
    assert any("\u201ca peninsula of peace\u201d" in q.text for q in ochoa)
    assert ochoa[-1].text.startswith("Trump likes to talk about a \u201cbright future\u201d")
    # The parents' words are quoted, but no one is named.
    [parents] = [q for q in statement.quotes if q.text.startswith("Kim and his evil regime")]
    assert parents.speaker is None


def test_prisoners_named_kim_are_cases_and_not_the_leader(statement: Statement) -> None:
    assert [case.name for case in statement.cases] == [
        "Kim Jung-wook", "Kim Kook-gi", "Choi Chun-gil", "Megumi Yokota", "Otto Warmbier",
    ]


def test_asks(statement: Statement) -> None:
    asks = [ask.text for ask in statement.asks]
    assert asks[0].startswith("US President Donald Trump and North Korean leader Kim Jong-un must")
    assert asks[1:] == [
        "agree that any roadmap for the peninsula includes concrete human rights benchmarks",
        "grant UN human rights experts access to North Korea, including the prison camps",
        "release detained foreign nationals or account for their fate",
    ]


def test_contacts(statement: Statement) -> None:
    office, hong_kong = statement.contacts
    assert (office.name, office.organisation) == (None, "Amnesty International")
    assert [p.e164 for p in office.phones] == ["+442074135566"]
    # "Hong Kong:" is where Lynn Choi sits, not her name.
    assert (hong_kong.name, hong_kong.role) == ("Lynn Choi", "Media Manager")
    assert [(p.e164, p.kind) for p in hong_kong.phones] == [
        ("+85231937729", "office"), ("+85293869478", "mobile"),
    ]


def test_a_family_name_alone_needs_the_full_name_somewhere() -> None:
    text = (
        "Leaders to meet\n\n"
        "Kim and Moon will meet in Panmunjom on Friday, Amnesty International said.\n\n"
        "South Korean President Moon Jae-in has promised to raise the issue.\n"
    )
    # "Kim" alone is nobody here: no Kim is named in full. Moon is, in another sentence.
    [summit] = parse_statement(text).summits
    assert [leader.name for leader in summit.leaders] == ["Moon Jae-in"]
