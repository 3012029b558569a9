"""Quote rules of the genre, one per test."""

from __future__ import annotations

from briefpack.model import Statement
from briefpack.parsing import parse_statement

TITLE = "Leaders must act on human rights\n\n"


def _parse(body: str) -> Statement:
    return parse_statement(TITLE + body)


def _pairs(statement: Statement) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in statement.quotes]


def test_attribution_after_with_role_and_organisation() -> None:
    s = _parse(
        "\u201cThe summit must not ignore the detained lawyers,\u201d said Sophie Richardson, "
        "China director at Human Rights Watch.\n"
    )
    [quote] = s.quotes
    assert quote.text == "The summit must not ignore the detained lawyers,"
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role, quote.speaker.organisation) == (
        "Sophie Richardson",
        "China director",
        "Human Rights Watch",
    )
    assert quote.kind == "direct"


def test_attribution_before_with_colon() -> None:
    s = _parse(
        "Kenneth Roth, executive director of Human Rights Watch, said: \u201cThe G20 cannot "
        "look away while lawyers disappear.\u201d\n"
    )
    assert _pairs(s) == [("The G20 cannot look away while lawyers disappear.", "Kenneth Roth")]


def test_said_colon_then_quote_paragraph() -> None:
    s = _parse(
        "Speaking ahead of the meeting, Lotte Leicht, EU director at Human Rights Watch, said:\n"
        "\u201cEU leaders should make clear that trade talks cannot continue as usual.\u201d\n"
    )
    assert _pairs(s) == [
        ("EU leaders should make clear that trade talks cannot continue as usual.", "Lotte Leicht")
    ]


def test_split_quote_gives_two_quotes_with_same_speaker() -> None:
    s = _parse(
        "\u201cThe leaders have a choice,\u201d said Tanya Lokshina, Russia director at Human "
        "Rights Watch.\n"
        "\u201cThey can keep silent,\u201d she said, \u201cor they can speak up for the "
        "prisoners.\u201d\n"
    )
    assert _pairs(s) == [
        ("The leaders have a choice,", "Tanya Lokshina"),
        ("They can keep silent,", "Tanya Lokshina"),
        ("or they can speak up for the prisoners.", "Tanya Lokshina"),
    ]
    assert [q.kind for q in s.quotes] == ["direct", "direct", "direct"]


def test_continuation_paragraph_keeps_speaker() -> None:
    s = _parse(
        "\u201cTorture is rife in police stations,\u201d said Anna Neistat, Amnesty "
        "International\u2019s Senior Director of Research.\n"
        "\u201cNobody has been held to account for it.\u201d\n"
    )
    assert [name for _, name in _pairs(s)] == ["Anna Neistat", "Anna Neistat"]
    assert s.quotes[1].paragraph == s.quotes[0].paragraph + 1


def test_unclosed_quote_runs_to_paragraph_end_and_continues() -> None:
    s = _parse(
        "Salil Shetty said: \u201cThe world is watching this meeting closely.\n"
        "\u201cIt is time for both presidents to act.\u201d\n"
    )
    assert _pairs(s) == [
        ("The world is watching this meeting closely.", "Salil Shetty"),
        ("It is time for both presidents to act.", "Salil Shetty"),
    ]


def test_later_surname_or_full_name_resolves_to_same_role() -> None:
    s = _parse(
        "\u201cThe summit is a test,\u201d said Anna Neistat, Amnesty International\u2019s "
        "Senior Director of Research.\n"
        "Russia has jailed dozens of Ukrainians on trumped-up charges.\n"
        "\u201cBoth leaders are failing that test,\u201d said Anna Neistat.\n"
    )
    roles = [q.speaker.role for q in s.quotes if q.speaker]
    assert roles == ["Senior Director of Research", "Senior Director of Research"]


def test_scare_quotes_are_not_quotes() -> None:
    s = _parse(
        "Activists face charges of \u201csubversion\u201d and \u201cpicking quarrels\u201d "
        "under the \u201cnational security\u201d laws.\n"
    )
    assert s.quotes == []


def test_partial_quote_attributed_through_pronoun() -> None:
    s = _parse(
        "When President Xi spoke in Geneva last year, he promised to \u201cbuild a community "
        "with a shared future for mankind\u201d, yet the crackdown continued.\n"
    )
    [quote] = s.quotes
    assert quote.kind == "partial"
    assert quote.speaker is not None and quote.speaker.name == "Xi Jinping"


def test_according_to() -> None:
    s = _parse(
        "According to Nicholas Bequelin, East Asia Director at Amnesty International, "
        "\u201cthe authorities are rewriting the rules to silence every critic.\u201d\n"
    )
    [quote] = s.quotes
    assert quote.speaker is not None and quote.speaker.name == "Nicholas Bequelin"


def test_trailing_dash_attribution() -> None:
    s = _parse(
        "\u201cNo summit should be business as usual while lawyers are behind bars.\u201d "
        "\u2014 Kenneth Roth, executive director of Human Rights Watch\n"
    )
    [quote] = s.quotes
    assert quote.speaker is not None and quote.speaker.name == "Kenneth Roth"


def test_subject_title_said_after_quote() -> None:
    s = _parse(
        "\u201cThe refugees turned away at the border deserve better,\u201d Margaret Huang, "
        "Executive Director of Amnesty International USA, said.\n"
    )
    [quote] = s.quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.organisation) == (
        "Margaret Huang",
        "Amnesty International USA",
    )


def test_straight_quotes() -> None:
    s = _parse(
        '"The leaders must raise the cases of detained journalists," said Sophie Richardson.\n'
    )
    assert _pairs(s) == [
        ("The leaders must raise the cases of detained journalists,", "Sophie Richardson")
    ]


def test_nested_quotes_are_part_of_the_outer_quote() -> None:
    s = _parse(
        "\u201cThey call it \u2018re-education\u2019, but it is arbitrary detention on a mass "
        "scale,\u201d said Sophie Richardson.\n"
    )
    [quote] = s.quotes
    assert quote.text.startswith("They call it \u2018re-education\u2019, but")


def test_organisation_as_speaker() -> None:
    s = _parse(
        "\u201cThis meeting is a chance the leaders cannot waste,\u201d Human Rights Watch said.\n"
    )
    [quote] = s.quotes
    assert quote.speaker is not None and quote.speaker.name == "Human Rights Watch"


def test_spans_index_the_text() -> None:
    text = TITLE + "\u201cA long enough quote to count here,\u201d said Anna Neistat.\n"
    [quote] = parse_statement(text).quotes
    assert text[quote.span.start : quote.span.end] == quote.text
