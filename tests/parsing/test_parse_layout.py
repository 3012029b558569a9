"""Title, paragraphs and their kinds."""

from __future__ import annotations

from briefpack.parsing import parse_statement


def test_title_is_first_line_and_not_a_paragraph() -> None:
    text = "China: Free Detained Activists\n\nThe Chinese government should free them.\n"
    statement = parse_statement(text)
    assert statement.title == "China: Free Detained Activists"
    assert statement.title_span is not None
    assert statement.title_span.of(text) == statement.title
    assert [p.text for p in statement.paragraphs] == ["The Chinese government should free them."]


def test_title_hint_used_when_text_has_no_headline() -> None:
    body = (
        "The Chinese government should immediately release the lawyers it detained last week, "
        "Human Rights Watch said today. The arrests came days before the summit in Osaka, where "
        "leaders of the Group of 20 will meet, and they send a chilling message to critics.\n"
    )
    statement = parse_statement(body, title="China: Free Lawyers Before G20")
    assert statement.title == "China: Free Lawyers Before G20"
    assert statement.title_span is None
    assert len(statement.paragraphs) == 1


def test_subhead_between_body_paragraphs() -> None:
    text = (
        "Summit must address abuses\n"
        "The leaders meet on Friday in Osaka, Amnesty International said.\n"
        "Crackdown on lawyers\n"
        "Hundreds of lawyers have been detained since 2015.\n"
    )
    kinds = [(p.text, p.kind) for p in parse_statement(text).paragraphs]
    assert kinds[1] == ("Crackdown on lawyers", "subhead")
    assert kinds[0][1] == kinds[2][1] == "body"


def test_trailer_lines_are_contact_paragraphs() -> None:
    text = (
        "Summit must address abuses\n\n"
        "The leaders meet on Friday in Osaka, Human Rights Watch said.\n\n"
        "For more Human Rights Watch reporting on China, please visit:\n"
        "https://www.hrw.org/asia/china\n\n"
        "For more information, please contact:\n"
        "In Brussels, Lotte Leicht (English, Danish): +32-2-737-1486; or +32-475-28-75-46 "
        "(mobile); or leichtl@hrw.org\n"
    )
    paragraphs = parse_statement(text).paragraphs
    assert [p.kind for p in paragraphs] == ["body", "contact", "contact", "contact", "contact"]


def test_hard_wrapped_text_joins_lines_of_a_paragraph() -> None:
    text = (
        "Leaders must act on Syria\n\n"
        "The leaders of Russia and the United States must use their meeting in\n"
        "Helsinki on Monday to end the suffering of civilians in Syria, Amnesty\n"
        "International said today in a statement issued ahead of the summit.\n\n"
        "Hundreds of thousands of people have been displaced by the fighting in\n"
        "the south of the country since the offensive began in the middle of June.\n"
    )
    paragraphs = parse_statement(text).paragraphs
    assert len(paragraphs) == 2
    for paragraph in paragraphs:
        assert paragraph.span.of(text) == paragraph.text
    assert paragraphs[0].text.endswith("ahead of the summit.")
