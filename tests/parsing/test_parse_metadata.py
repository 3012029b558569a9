"""Dateline, date, organisation and summits, one rule per test."""

from __future__ import annotations

import datetime as dt

from briefpack.parsing import parse_statement

HRW = (
    "China: Free Detained Lawyers Before G20\n\n"
    "Xi Visit to Osaka Should Not Mask Crackdown\n\n"
    "(Geneva, June 12, 2019) \u2013 Leaders meeting President Xi Jinping at the G20 summit in "
    "Osaka on June 28 and 29, 2019 should press for the release of detained lawyers, Human "
    "Rights Watch said today.\n\n"
    "The Chinese government has detained hundreds of lawyers and activists since 2015.\n\n"
    "For more Human Rights Watch reporting on China, please visit:\n"
    "https://www.hrw.org/asia/china\n\n"
    "For more information, please contact:\n"
    "In Brussels, Lotte Leicht (English, Danish): +32-2-737-1486; or +32-475-28-75-46 "
    "(mobile); or leichtl@hrw.org. Twitter: @LotteLeicht1\n"
)


def test_hrw_dateline_and_date() -> None:
    s = parse_statement(HRW)
    assert s.dateline == "(Geneva, June 12, 2019)"
    assert s.dateline_span is not None and s.dateline_span.of(HRW) == s.dateline
    assert s.date == dt.date(2019, 6, 12)


def test_wire_dateline_in_capitals() -> None:
    text = "Leaders must act\n\nLONDON, 12 July 2018 \u2013 The leaders must act, Amnesty said.\n"
    s = parse_statement(text)
    assert s.dateline == "LONDON, 12 July 2018"
    assert s.date == dt.date(2018, 7, 12)


def test_date_line_of_its_own_is_not_a_paragraph() -> None:
    text = "Leaders must act\n12 July 2018\nThe leaders must act now, Amnesty International said.\n"
    s = parse_statement(text)
    assert s.date == dt.date(2018, 7, 12)
    assert [p.text for p in s.paragraphs] == [
        "The leaders must act now, Amnesty International said."
    ]


def test_no_dateline_means_no_date_but_hint_is_used() -> None:
    text = "Leaders must act\n\nOn 1 April the US took the chair, Amnesty International said.\n"
    assert parse_statement(text).date is None
    assert parse_statement(text, date=dt.date(2017, 4, 5)).date == dt.date(2017, 4, 5)


def test_text_dateline_wins_over_hint() -> None:
    assert parse_statement(HRW, date=dt.date(2020, 1, 1)).date == dt.date(2019, 6, 12)


def test_organisation_from_lead_attribution() -> None:
    assert parse_statement(HRW).organisation == "Human Rights Watch"


def test_subtitle_is_a_subhead_and_trailer_is_contact() -> None:
    kinds = [(p.kind, p.text[:20]) for p in parse_statement(HRW).paragraphs]
    assert kinds[0] == ("subhead", "Xi Visit to Osaka Sh")
    assert [k for k, _ in kinds[-4:]] == ["contact"] * 4


def test_multilateral_summit_with_label_place_and_dates() -> None:
    [summit] = parse_statement(HRW).summits
    assert summit.label == "G20 summit"
    assert [(lead.name, lead.country) for lead in summit.leaders] == [("Xi Jinping", "CN")]
    assert (summit.location, summit.location_country) == ("Osaka", "JP")
    assert summit.when == "on June 28 and 29, 2019"
    assert summit.dates == [dt.date(2019, 6, 28), dt.date(2019, 6, 29)]


def test_weekday_timing_resolves_against_dated_statement() -> None:
    text = (
        "Summit must address abuses\n\n"
        "LONDON, 13 July 2018 \u2013 Vladimir Putin and Donald Trump meet in Helsinki on "
        "Monday, Amnesty International said.\n"
    )
    [summit] = parse_statement(text).summits
    assert summit.when == "on Monday"
    assert summit.dates == [dt.date(2018, 7, 16)]


def test_meeting_without_leaders_is_not_a_summit() -> None:
    text = "Lawyers meet\n\nThe lawyers held a meeting in Geneva on Monday to plan their work.\n"
    assert parse_statement(text).summits == []
