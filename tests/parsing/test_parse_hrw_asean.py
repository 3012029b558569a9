"""A Human Rights Watch ASEAN statement (statements/hrw_asean_bangkok.txt, written for these
tests): a title-case headline with "Summit" in it, a leader "expected to attend", the summit's
host named in a later sentence, journalists jailed, and an attribution after a dash.
Expectations are read off the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from briefpack.model import Statement


@pytest.fixture
def statement(parsed_sample: Callable[[str], Statement]) -> Statement:
    return parsed_sample("hrw_asean_bangkok.txt")


def test_one_asean_summit_with_its_host_and_a_guest(statement: Statement) -> None:
    # Not a second summit called "Rohingya Crisis Should Top Summit" from the headline.
    [summit] = statement.summits
    assert (summit.label, summit.location) == ("ASEAN summit", "Bangkok")
    assert summit.dates == [dt.date(2019, 6, 22), dt.date(2019, 6, 23)]
    assert [(leader.name, leader.country) for leader in summit.leaders] == [
        ("Aung San Suu Kyi", "MM"), ("Prayut Chan-o-cha", "TH"),
    ]


def test_jailed_journalists_are_cases(statement: Statement) -> None:
    # "spent more than 500 days in prison"; "Two Reuters" is no name.
    assert [case.name for case in statement.cases] == ["Wa Lone", "Kyaw Soe Oo"]


def test_attribution_after_a_dash(statement: Statement) -> None:
    last = statement.quotes[-1]
    assert last.speaker is not None
    assert (last.speaker.name, last.speaker.role) == ("Phil Robertson", "deputy Asia director")
    assert [q.speaker.name for q in statement.quotes if q.speaker] == [
        "Brad Adams", "Brad Adams", "Phil Robertson",
    ]
