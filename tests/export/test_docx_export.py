"""The DOCX export, read back with python-docx and as XML."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from briefpack.briefing.document import Document, Heading, Para, runs
from briefpack.export import export, export_docx


@pytest.fixture
def docx_path(tmp_path: Path, sample_document: Document) -> Path:
    path = tmp_path / "pack.docx"
    export_docx(sample_document, path)
    return path


def _paragraphs(path: Path) -> list[tuple[str, str]]:
    document = docx.Document(str(path))
    return [(p.style.name, p.text) for p in document.paragraphs]


def test_headings_in_order_with_their_levels(docx_path: Path, sample_document: Document) -> None:
    found = [(style, text) for style, text in _paragraphs(docx_path) if style.startswith("Head")]
    expected = [(f"Heading {h.level}", h.text) for h in sample_document.headings()]
    assert found == expected


def test_each_quote_is_followed_by_its_speaker(docx_path: Path, samples) -> None:
    paragraphs = _paragraphs(docx_path)
    quotes = [i for i, (style, _) in enumerate(paragraphs) if style == "Quote"]
    assert len(quotes) == 2
    first, second = quotes
    assert paragraphs[first][1] == (
        f"“Presidents {samples.CYRILLIC} and {samples.CHINESE} must act on human rights.”"
    )
    assert paragraphs[first + 1][0] == "Quote Attribution"
    assert paragraphs[first + 1][1].startswith("Anna Neistat, Senior Director of Research")
    assert paragraphs[second + 1][1].startswith("Salil Shetty")


def test_contacts_table_has_a_repeating_header_row(docx_path: Path) -> None:
    document = docx.Document(str(docx_path))
    contacts = document.tables[-1]
    assert [cell.text for cell in contacts.rows[0].cells] == ["Name", "Role", "Phone", "Email"]
    assert contacts.rows[1].cells[0].text == "Jacob Kuehn"
    assert contacts.rows[2].cells[0].text == "Анна Иванова"
    assert contacts.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert contacts.style.name == "Briefpack Table"


def test_table_of_contents_field_and_update_fields(docx_path: Path) -> None:
    with zipfile.ZipFile(docx_path) as package:
        body = package.read("word/document.xml").decode()
        settings = package.read("word/settings.xml").decode()
    assert '<w:docPartGallery w:val="Table of Contents"/>' in body
    sdt = body[body.index("<w:sdt>") : body.index("</w:sdt>")]
    assert 'TOC \\o "1-2" \\h \\z \\u' in sdt
    assert 'w:fldCharType="begin" w:dirty="true"' in sdt
    assert 'w:fldCharType="end"' in sdt
    assert "Refugees and asylum" in sdt
    assert '<w:updateFields w:val="true"/>' in settings
    assert settings.index("<w:updateFields") < settings.index("<w:compat>")


def test_update_fields_is_in_schema_order(docx_path: Path) -> None:
    settings = docx.Document(str(docx_path)).settings.element
    names = [child.tag.split("}")[1] for child in settings]
    update = names.index("updateFields")
    for later in ("compat", "rsids", "themeFontLang", "decimalSymbol"):
        if later in names:
            assert names.index(later) > update
    for earlier in ("zoom", "defaultTabStop", "characterSpacingControl"):
        if earlier in names:
            assert names.index(earlier) < update


def test_core_properties(docx_path: Path) -> None:
    core = docx.Document(str(docx_path)).core_properties
    assert core.title == "Briefing: Putin–Trump summit"
    assert core.author == "Press office"
    assert core.subject == "Putin–Trump summit, Helsinki"
    assert core.keywords == "summit, Helsinki, human rights"
    assert core.language == "en"


def test_cover_section_has_no_page_number_and_body_has_page_x_of_y(docx_path: Path) -> None:
    document = docx.Document(str(docx_path))
    cover, body = document.sections
    assert "PAGE" not in cover.footer._element.xml
    assert "Internal" in cover.header._element.xml  # the marking shows on the cover too
    footer = body.footer._element.xml
    assert "> PAGE <" in footer and "> NUMPAGES <" in footer
    assert "Page " in body.footer.paragraphs[0].text and " of " in body.footer.paragraphs[0].text
    assert "Internal" in body.header.paragraphs[0].text
    assert not body.header.is_linked_to_previous


def test_logo_has_alt_text(docx_path: Path) -> None:
    xml = docx.Document(str(docx_path)).element.xml
    assert 'descr="Amnesty International logo"' in xml


def test_hyperlinks_only_to_real_links(docx_path: Path) -> None:
    document = docx.Document(str(docx_path))
    targets = {rel.target_ref for rel in document.part.rels.values() if rel.is_external}
    assert targets == {"https://www.amnesty.org/en/latest/news/", "mailto:jkuehn@example.org"}
    assert 'w:rStyle w:val="Hyperlink"' in document.element.xml


def test_hostile_text_is_literal_and_illegal_characters_are_gone(docx_path: Path, samples) -> None:
    document = docx.Document(str(docx_path))
    text = "\n".join(p.text for p in document.paragraphs)
    for hostile in samples.HOSTILE:
        assert hostile in text
    assert "\x00" not in text and "\x0b" not in text and "\ufffe" not in text


def test_chinese_runs_name_an_east_asian_font(docx_path: Path, samples) -> None:
    document = docx.Document(str(docx_path))
    quote = next(p for p in document.paragraphs if p.style.name == "Quote")
    fonts = quote.runs[0]._r.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "Microsoft YaHei"
    normal = document.styles["Normal"].element.xml
    assert "w:eastAsia=" in normal


def test_letter_page_size_and_handout_without_cover(tmp_path: Path) -> None:
    path = tmp_path / "handout.docx"
    export(Document("Handout", [Heading("Summit", 1), Para(runs("Text"))], page_size="letter"),
           path)
    document = docx.Document(str(path))
    assert len(document.sections) == 1
    section = document.sections[0]
    assert round(section.page_width.inches, 1) == 8.5
    assert round(section.page_height.inches, 1) == 11.0
    assert "NUMPAGES" in section.footer._element.xml


def test_every_style_used_is_defined_in_the_template(docx_path: Path) -> None:
    with zipfile.ZipFile(docx_path) as package:
        body = package.read("word/document.xml").decode()
        styles = package.read("word/styles.xml").decode()
    import re

    used = set(re.findall(r'<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"', body))
    for style_id in used:
        assert f'w:styleId="{style_id}"' in styles, style_id


def test_long_properties_are_cut_to_what_word_allows(tmp_path: Path) -> None:
    keywords = [f"Issue number {n}" for n in range(60)]
    path = tmp_path / "long.docx"
    export_docx(Document("T" * 300, [Heading("H", 1)], subject="S " * 200, keywords=keywords),
                path)
    core = docx.Document(str(path)).core_properties
    assert len(core.title) <= 255 and len(core.subject) <= 255 and len(core.keywords) <= 255
    assert core.keywords.startswith("Issue number 0, Issue number 1") and core.keywords[-1] == "…"


def test_a_no_break_hyphen_is_words_own_element(tmp_path: Path) -> None:
    # The composer writes phone numbers with U+2011 so that they never break over two lines.
    path = tmp_path / "phone.docx"
    export_docx(Document("Phones", [Para(runs("Office: +1\u00a0613\u2011744\u20117667"))]), path)
    with zipfile.ZipFile(path) as package:
        body = package.read("word/document.xml").decode()
    assert body.count("<w:noBreakHyphen/>") == 2
    assert "\u2011" not in body
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "Office: +1\u00a0613-744-7667" in texts
