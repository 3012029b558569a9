"""Asks, cases and contacts, one rule per test."""

from __future__ import annotations

from briefpack.parsing import parse_statement

TITLE = "Leaders must act on human rights\n\n"


def test_organisation_calls_on_is_an_ask() -> None:
    s = parse_statement(
        TITLE + "Human Rights Watch calls on the G20 leaders to demand the release of Ilham "
        "Tohti. The leaders met in Osaka last year.\n"
    )
    assert [a.text for a in s.asks] == [
        "Human Rights Watch calls on the G20 leaders to demand the release of Ilham Tohti."
    ]


def test_should_in_the_organisations_voice_is_an_ask() -> None:
    s = parse_statement(
        TITLE + "The EU should suspend the trade talks, Human Rights Watch said today.\n"
    )
    assert len(s.asks) == 1


def test_others_urging_is_not_an_ask() -> None:
    s = parse_statement(
        TITLE + "Eleven governments urged China to investigate torture, Amnesty International "
        "said.\n"
    )
    assert s.asks == []


def test_leaders_quoted_must_is_not_an_ask() -> None:
    s = parse_statement(
        TITLE + "\u201cForeign governments must stop interfering in our affairs,\u201d said "
        "President Xi Jinping.\nAmnesty International is worried.\n"
    )
    assert s.asks == []


def test_case_with_describing_sentence() -> None:
    text = TITLE + (
        "The authorities have held Wang Quanzhang, a human rights lawyer, incommunicado since "
        "2015. Officials refuse to say where he is.\n"
    )
    [case] = parse_statement(text).cases
    assert case.name == "Wang Quanzhang"
    assert case.description.startswith("The authorities have held Wang Quanzhang")
    assert case.span.of(text) == case.description


def test_leaders_officials_and_speakers_are_not_cases() -> None:
    s = parse_statement(
        TITLE + "Foreign Minister Wang Yi said the jailed activists broke the law.\n"
        "\u201cPresident Trump has detained children,\u201d said Margaret Huang, Executive "
        "Director of Amnesty International USA.\n"
        "Margaret Huang criticised the detention of children in cages.\n"
    )
    assert s.cases == []


def test_hrw_contact_line_with_city_languages_and_mobile() -> None:
    text = TITLE + (
        "The leaders should act, Human Rights Watch said.\n\n"
        "For more information, please contact:\n"
        "In Brussels, Lotte Leicht (English, Danish): +32-2-737-1486; or +32-475-28-75-46 "
        "(mobile); or leichtl@hrw.org. Twitter: @LotteLeicht1\n"
    )
    [contact] = parse_statement(text).contacts
    assert contact.name == "Lotte Leicht"
    assert contact.organisation == "Human Rights Watch"
    assert [(p.e164, p.kind) for p in contact.phones] == [
        ("+3227371486", "office"),
        ("+32475287546", "mobile"),
    ]
    assert contact.emails == ["leichtl@hrw.org"]


def test_number_without_country_code_uses_organisations_country() -> None:
    text = TITLE + (
        "The leaders should act, Amnesty International Canada said.\n\n"
        "For media requests, please contact Jane Roe, Media Officer: 613-744-7667\n"
    )
    [contact] = parse_statement(text).contacts
    assert [p.e164 for p in contact.phones] == ["+16137447667"]
    assert contact.role == "Media Officer"


def test_phone_numbers_in_body_are_not_contacts() -> None:
    s = parse_statement(
        TITLE + "Since 2015 the hotline 613-744-7667 has received calls from 1,200 families of "
        "detained people, Amnesty International said in its report on Monday.\n"
    )
    assert s.contacts == []


def test_card_with_email_line() -> None:
    text = TITLE + (
        "The leaders should act, Amnesty International said.\n\n"
        "Contact:\nMaria Lopez\nPress Officer\nAmnesty International USA\n"
        "Mobile: +1 202 555 0147\nEmail: mlopez@aiusa.org\n"
    )
    [contact] = parse_statement(text).contacts
    assert (contact.name, contact.role, contact.organisation) == (
        "Maria Lopez",
        "Press Officer",
        "Amnesty International USA",
    )
    assert contact.emails == ["mlopez@aiusa.org"]
    assert [p.kind for p in contact.phones] == ["mobile"]
