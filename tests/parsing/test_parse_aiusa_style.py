"""An Amnesty International USA statement (statements/aiusa_netanyahu_visit.txt, written for
these tests): a visit where one leader "hosts" another, straight quotes left open across a
paragraph, nested single quotes, a bulleted list of asks, "press release" in a trailer line.
Expectations are read off the text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefpack.model import Statement


@pytest.fixture
def statement(parsed_sample: Callable[[str], Statement]) -> Statement:
    return parsed_sample("aiusa_netanyahu_visit.txt")


def test_a_leader_hosting_another_is_a_summit(statement: Statement) -> None:
    [summit] = statement.summits
    assert [leader.name for leader in summit.leaders] == ["Donald Trump", "Benjamin Netanyahu"]
    assert summit.when == "on March 25"
    # The venue is in the title ("Netanyahu visit to Washington"), before the lead.
    assert summit.location == "Washington"
    assert summit.dates == []  # the statement carries no date to count from


def test_bulleted_asks_take_the_place_of_their_lead_in(statement: Statement) -> None:
    texts = [ask.text for ask in statement.asks]
    # "Amnesty International calls on both leaders to:" alone would ask nothing.
    assert "Amnesty International calls on both leaders to:" not in texts
    assert texts[2:] == [
        "lift the blockade of Gaza immediately",
        "halt the demolition of Palestinian homes in the occupied West Bank, including East "
        "Jerusalem",
        "release Palestinian hunger striker Khader Adnan, held without charge under "
        "administrative detention",
    ]
    for ask in statement.asks:
        assert ask.span.of(statement.text) == ask.text


def test_press_release_is_no_call(statement: Statement) -> None:
    assert not any("press release" in ask.text for ask in statement.asks)


def test_quotes_open_across_a_paragraph_and_nested(statement: Statement) -> None:
    speakers = [(q.speaker.name if q.speaker else None, q.paragraph) for q in statement.quotes]
    assert speakers == [
        ("Margaret Huang", 1), ("Margaret Huang", 1), ("Margaret Huang", 2), ("Raed Jarrar", 7),
    ]
    assert "it's not 'security', it's punishment" in statement.quotes[-1].text


def test_cases_and_contact(statement: Statement) -> None:
    assert [case.name for case in statement.cases] == ["Khader Adnan", "Mohammed Ayyoub"]
    [contact] = statement.contacts
    assert contact.name == "Mariya Parodi"
    assert [p.e164 for p in contact.phones] == ["+12026758766"]  # a US number: AIUSA's country


def test_short_list_items_are_asks_not_subheads() -> None:
    from briefpack.parsing import parse_statement

    text = (
        "Leaders must act at the G20 summit\n\n"
        "Amnesty International said today that G20 leaders meeting in Osaka must act.\n\n"
        "Amnesty International calls on G20 leaders to:\n\n"
        "- free all detained journalists; and\n"
        "- close the camps in Xinjiang.\n"
    )
    statement = parse_statement(text)
    items = [p for p in statement.paragraphs if p.text.startswith("- ")]
    assert [p.kind for p in items] == ["body", "body"]  # short, yet no headings
    assert [ask.text for ask in statement.asks][-2:] == [
        "free all detained journalists", "close the camps in Xinjiang",
    ]
