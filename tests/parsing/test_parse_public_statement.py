"""An Amnesty "Public Statement" (statements/amnesty_public_statement_g20_delhi.txt, written
for these tests): the organisation's name as a letterhead above the kicker, a "Date:" line and
an AI Index above the headline, numbered recommendations to the leaders of a named summit, a
law named with capitals beside the prisoners, and a speaker's organisation given in a "who"
clause with a possessive. Expectations are read off the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from briefpack.model import Statement

Sample = Callable[[str], Statement]  # the parsed_sample fixture (conftest.py)
NAME = "amnesty_public_statement_g20_delhi.txt"


def test_letterhead_kicker_and_index_are_not_the_title(parsed_sample: Sample) -> None:
    statement = parsed_sample(NAME)
    assert statement.title == (
        "INDIA: G20 LEADERS MUST NOT LOOK AWAY FROM THE CRACKDOWN ON CIVIL SOCIETY"
    )
    assert statement.organisation == "Amnesty International"
    assert statement.date == dt.date(2023, 9, 7)


def test_index_number_is_no_phone(parsed_sample: Sample) -> None:
    [contact] = parsed_sample(NAME).contacts
    assert contact.name is None
    assert [p.e164 for p in contact.phones] == ["+442074135566"]
    assert contact.emails == ["press@amnesty.org"]


def test_numbered_recommendations_are_asks(parsed_sample: Sample) -> None:
    asks = [a.text for a in parsed_sample(NAME).asks]
    assert asks[1:] == [
        "Publicly call on the Indian government to release Khurram Parvez, Umar Khalid and all "
        "others detained solely for their peaceful activism",
        "Urge India to repeal or amend the Unlawful Activities (Prevention) Act and the Foreign "
        "Contribution (Regulation) Act so that they comply with international human rights law",
        "Ensure that the G20 Leaders' Declaration commits all members to protect civic space",
    ]


def test_summit_with_a_leader_represented(parsed_sample: Sample) -> None:
    [summit] = parsed_sample(NAME).summits
    assert (summit.label, summit.location, summit.when) == (
        "G20 summit", "New Delhi", "on 9 and 10 September",
    )
    assert summit.dates == [dt.date(2023, 9, 9), dt.date(2023, 9, 10)]
    # Xi "will not attend" and "will be represented by Premier Li Qiang".
    assert [leader.name for leader in summit.leaders] == [
        "Narendra Modi", "Joe Biden", "Emmanuel Macron", "Li Qiang",
    ]


def test_prisoners_not_the_law_they_are_held_under(parsed_sample: Sample) -> None:
    statement = parsed_sample(NAME)
    assert [case.name for case in statement.cases] == ["Khurram Parvez", "Umar Khalid"]


def test_who_chairs_the_board(parsed_sample: Sample) -> None:
    [quote] = parsed_sample(NAME).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role, quote.speaker.organisation) == (
        "Aakar Patel", "chair of the board", "Amnesty International India",
    )
