"""Exact expectations on the two real statements in seeds/."""

from __future__ import annotations

import pytest

from briefpack.model import Statement
from briefpack.parsing import parse_statement

NEISTAT = ("Anna Neistat", "Senior Director of Research", "Amnesty International")
SHETTY = ("Salil Shetty", "Secretary General", "Amnesty International")
HUANG = ("Margaret Huang", "Executive Director", "Amnesty International USA")


@pytest.fixture
def helsinki(helsinki_text: str) -> Statement:
    return parse_statement(helsinki_text, "000.txt")


@pytest.fixture
def florida(florida_text: str) -> Statement:
    return parse_statement(florida_text, "003.txt")


def _speakers(statement: Statement) -> list[tuple[str, str | None, str | None] | None]:
    return [
        (q.speaker.name, q.speaker.role, q.speaker.organisation) if q.speaker else None
        for q in statement.quotes
    ]


def _spans_match(statement: Statement) -> None:
    text = statement.text
    for item in [*statement.paragraphs, *statement.quotes, *statement.asks]:
        assert text[item.span.start : item.span.end] == item.text
    for case in statement.cases:
        assert text[case.span.start : case.span.end] == case.description
        assert case.name in case.description


def test_helsinki_title_organisation_and_no_invented_date(helsinki: Statement) -> None:
    assert helsinki.title.startswith("Russia and USA must use Putin-Trump summit")
    assert helsinki.organisation == "Amnesty International"
    assert helsinki.date is None and helsinki.dateline is None
    assert all(p.kind == "body" for p in helsinki.paragraphs)
    assert len(helsinki.paragraphs) == 11
    _spans_match(helsinki)


def test_helsinki_summit(helsinki: Statement) -> None:
    [summit] = helsinki.summits
    assert summit.label == "Putin-Trump summit"
    assert [(lead.name, lead.country) for lead in summit.leaders] == [
        ("Vladimir Putin", "RU"),
        ("Donald Trump", "US"),
    ]
    assert (summit.location, summit.location_country) == ("Helsinki", "FI")
    assert summit.when == "on Monday"
    assert summit.dates == []


def test_helsinki_quotes_all_anna_neistat(helsinki: Statement) -> None:
    assert _speakers(helsinki) == [NEISTAT] * 4
    assert [q.paragraph for q in helsinki.quotes] == [2, 3, 9, 10]
    assert all(q.kind == "direct" for q in helsinki.quotes)
    assert helsinki.quotes[0].text.startswith("Presidents Putin and Trump have been toxic")
    assert helsinki.quotes[0].text.endswith("under their watch,")
    assert helsinki.quotes[3].text.endswith("of both leaders.")


def test_helsinki_case_oleg_sentsov(helsinki: Statement) -> None:
    assert [c.name for c in helsinki.cases] == ["Oleg Sentsov"]
    assert "film director from Russian-occupied Crimea" in helsinki.cases[0].description


def test_helsinki_asks(helsinki: Statement) -> None:
    texts = [a.text for a in helsinki.asks]
    assert texts[0].startswith("Vladimir Putin and Donald Trump must use their upcoming summit")
    assert texts[1].startswith("The organization calls on the two leaders")


def test_helsinki_issue_tags(helsinki: Statement) -> None:
    issues = set(helsinki.issues())
    assert {"refugees", "syria", "torture", "lgbti", "children-families"} <= issues
    assert {"ukraine-crimea", "prisoners", "chechnya"} <= issues
    assert helsinki.contacts == []


def test_florida_summit(florida: Statement) -> None:
    [summit] = florida.summits
    assert summit.label == "US China Summit"
    assert [(lead.name, lead.country) for lead in summit.leaders] == [
        ("Donald Trump", "US"),
        ("Xi Jinping", "CN"),
    ]
    assert (summit.location, summit.location_country) == ("Florida", "US")
    assert summit.when == "on Thursday and Friday"


def test_florida_quotes_and_speakers(florida: Statement) -> None:
    xi = ("Xi Jinping", "President", None)
    assert _speakers(florida) == [SHETTY, SHETTY, HUANG, SHETTY, HUANG, xi, SHETTY]
    assert [q.kind for q in florida.quotes] == ["direct"] * 5 + ["partial", "direct"]
    partial = "uphold the authority and efficacy of multilateral institutions"
    assert florida.quotes[5].text == partial
    assert florida.quotes[1].text.startswith("Human rights are under grave threat")
    # Scare quotes are not quotes.
    assert not any(q.text in {"separatism", "subversion"} for q in florida.quotes)
    _spans_match(florida)


def test_florida_subheads(florida: Statement) -> None:
    subheads = [p.text for p in florida.paragraphs if p.kind == "subhead"]
    assert subheads == ["President Xi\u2019s crackdown", "Paralysis at UN Security Council"]


def test_florida_contact(florida: Statement) -> None:
    [contact] = florida.contacts
    assert contact.name == "Jacob Kuehn"
    assert contact.role == "Media and External Communications Officer"
    assert contact.organisation == "Amnesty International Canada (English Canada)"
    assert [(p.e164, p.extension, p.kind) for p in contact.phones] == [
        ("+16137447667", "236", "office"),
        ("+16138532142", None, "mobile"),
    ]
    assert contact.span.of(florida.text).startswith("For media requests")


def test_florida_case_ilham_tohti_and_no_speaker_cases(florida: Statement) -> None:
    assert [c.name for c in florida.cases] == ["Ilham Tohti"]
    assert "sentenced to life imprisonment" in florida.cases[0].description


def test_florida_asks_in_organisation_voice(florida: Statement) -> None:
    texts = [a.text for a in florida.asks]
    assert any(t.startswith("Amnesty International urges the US and China") for t in texts)
    assert any("the US must not shy away" in t for t in texts)
    # Other governments urging China is not the organisation's ask.
    assert not any("eight other countries" in t for t in texts)


def test_florida_issue_tags(florida: Statement) -> None:
    by_text = {p.text[:31]: set(p.issues) for p in florida.paragraphs}
    assert {"unsc", "arms", "yemen"} <= by_text["On 1 April\u00a0the US assumed the p"]
    assert "israel-opt" in by_text["Meanwhile the US continues to a"]
    assert "security-laws" in by_text["An anti-terrorism law passed in"]
    assert all(not p.issues for p in florida.paragraphs if p.kind == "contact")


def test_dated_statement_resolves_summit_timing(florida_text: str) -> None:
    import datetime as dt

    statement = parse_statement(florida_text, date=dt.date(2017, 4, 5))
    assert statement.date == dt.date(2017, 4, 5)
    assert statement.summits[0].dates == [dt.date(2017, 4, 6), dt.date(2017, 4, 7)]
