"""The PDF export, read back with pypdf and pdffonts."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from briefpack.briefing.document import BlockQuote, Document, Heading, Para, Run, Table, runs
from briefpack.export import export, export_pdf


def _text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _outline_titles(items: list) -> list[str]:
    titles: list[str] = []
    for item in items:
        if isinstance(item, list):
            titles.extend(_outline_titles(item))
        else:
            titles.append(item.title)
    return titles


@pytest.fixture
def pdf_path(tmp_path: Path, sample_document: Document) -> Path:
    path = tmp_path / "pack.pdf"
    export_pdf(sample_document, path)
    return path


def test_quotes_speakers_and_contacts_are_in_the_text(pdf_path: Path, samples) -> None:
    text = _text(pdf_path)
    assert "Anna Neistat" in text and "Senior Director of Research" in text
    assert f"Presidents {samples.CYRILLIC} and {samples.CHINESE} must act on human rights." in text
    assert "Jacob Kuehn" in text and "jkuehn@example.org" in text
    assert "Анна Иванова" in text


def test_outline_equals_the_headings(pdf_path: Path, sample_document: Document) -> None:
    reader = pypdf.PdfReader(pdf_path)
    assert _outline_titles(reader.outline) == [h.text for h in sample_document.headings()]


def test_outline_nests_by_level(pdf_path: Path) -> None:
    outline = pypdf.PdfReader(pdf_path).outline
    # At a glance > Key asks; Refugees > Background > Key quotes; Media contacts
    assert outline[0].title == "At a glance"
    assert outline[1][0].title == "Key asks"
    assert outline[3][0].title == "Background"
    assert outline[3][1][0].title == "Key quotes"


def test_page_x_of_y_and_page_labels(pdf_path: Path) -> None:
    reader = pypdf.PdfReader(pdf_path)
    total = len(reader.pages)
    cover = reader.pages[0].extract_text()
    assert "Page" not in cover  # the cover carries no number
    for number, page in enumerate(reader.pages[1:], start=2):
        assert f"Page {number} of {total}" in page.extract_text()
    assert reader.page_labels == ["Cover"] + [str(n) for n in range(2, total + 1)]


def test_marking_on_every_page(pdf_path: Path) -> None:
    for page in pypdf.PdfReader(pdf_path).pages:
        assert "INTERNAL" in page.extract_text()


def test_contents_lists_headings_with_linked_page_numbers(pdf_path: Path) -> None:
    reader = pypdf.PdfReader(pdf_path)
    contents = reader.pages[1]
    text = contents.extract_text()
    assert "Contents" in text and "Refugees and asylum" in text and "Media contacts" in text
    # Level 3 headings stay out of the contents.
    assert "Key quotes" not in text
    links = [a.get_object() for a in contents.get("/Annots", [])]
    assert sum(1 for link in links if link.get("/Subtype") == "/Link") >= 5
    # The page numbers printed are those the outline (bookmarks) points at, levels 1 and 2.
    expected = []
    for entry in reader.outline:
        items = entry if isinstance(entry, list) else [entry]
        for item in items:
            if not isinstance(item, list):
                expected.append(str(reader.get_destination_page_number(item) + 1))
    numbers = re.findall(r"^(\d+)$", text, re.MULTILINE)
    assert numbers == expected == ["3", "3", "4", "4", "4"]  # cover 1, contents 2


def test_metadata(pdf_path: Path) -> None:
    reader = pypdf.PdfReader(pdf_path)
    meta = reader.metadata
    assert meta.title == "Briefing: Putin–Trump summit"
    assert meta.author == "Press office"
    assert meta.subject == "Putin–Trump summit, Helsinki"
    assert "Helsinki" in meta["/Keywords"]
    assert reader.trailer["/Root"]["/Lang"] == "en"


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_every_font_is_embedded(pdf_path: Path) -> None:
    out = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows, out.stdout
    for row in rows:
        columns = row.split()
        assert columns[1] == "TrueType", row
        assert columns[-5] == "yes", row  # emb
    names = " ".join(row.split()[0] for row in rows)
    assert "Helvetica" not in names and "Times" not in names
    assert "DroidSansFallback" in names  # the Chinese names pulled in the CJK font


def test_hostile_text_prints_literally_and_fetches_nothing(pdf_path: Path, samples) -> None:
    text = _text(pdf_path)
    for hostile in samples.HOSTILE:
        assert " ".join(hostile.split()) in text, hostile
    reader = pypdf.PdfReader(pdf_path)
    uris = []
    for page in reader.pages:
        for annot in page.get("/Annots", []):
            action = annot.get_object().get("/A")
            if action and "/URI" in action:
                uris.append(action["/URI"])
    assert "mailto:jkuehn@example.org" in uris
    assert not [uri for uri in uris if "evil" in uri or "tracker" in uri]
    for page in reader.pages[1:]:
        resources = page.get("/Resources", {})
        assert "/XObject" not in resources or not resources["/XObject"]


def test_letter_size_and_no_cover(tmp_path: Path) -> None:
    document = Document(
        "Handout",
        [Heading("Helsinki summit", 1), Para(runs("Short.")),
         BlockQuote("Words.", "A. Speaker", None, None, None),
         Table([[runs("Name")], [runs("Jacob")]])],
        page_size="letter",
    )
    path = tmp_path / "handout.pdf"
    export(document, path)
    reader = pypdf.PdfReader(path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Page 1 of 1" in reader.pages[0].extract_text()
    assert reader.page_labels == ["1"]


def test_long_table_repeats_its_header_row(tmp_path: Path) -> None:
    rows = [[runs("Name"), runs("Phone")]] + [[runs(f"Person {n}"), runs("+1 555")] for n in
                                               range(120)]
    path = tmp_path / "long.pdf"
    export_pdf(Document("Long", [Heading("Contacts", 1), Table(rows)]), path)
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) >= 3
    for page in reader.pages:
        assert page.extract_text().count("Name") >= 1


def test_a_long_email_address_breaks_after_its_at_sign(tmp_path: Path) -> None:
    long, short = "media.relations.office@amnesty.org.uk", "jk@amnesty.ca"
    rows = [[runs("Name"), runs("Role and organisation"), runs("Phone"), runs("Email")]] + [
        [runs("Press office"), runs("Amnesty International UK"), runs("+44 20 7033 1500"),
         [Run(address, link=f"mailto:{address}")]]
        for address in (long, short)
    ]
    path = tmp_path / "contacts.pdf"
    export_pdf(Document("Contacts", [Table(rows, widths=[0.19, 0.27, 0.3, 0.24])]), path)
    lines = [line.strip() for line in pypdf.PdfReader(path).pages[0].extract_text().splitlines()]
    # The domain stays whole on the line after the local part; the short one stays one line.
    assert any(line.endswith("media.relations.office@") for line in lines), lines
    assert "amnesty.org.uk" in lines, lines
    assert any(line.endswith(short) for line in lines), lines


def test_logo_on_the_cover(tmp_path: Path, logo_png: Path, samples) -> None:
    path = tmp_path / "logo.pdf"
    export_pdf(samples.hand_built_document(logo_png), path)
    cover = pypdf.PdfReader(path).pages[0]
    assert len(cover.images) == 1


def test_korean_text_prints_in_the_hangul_font(tmp_path: Path) -> None:
    """Noto lacks Hangul and Droid Sans Fallback has only a few syllables: a Korean name must
    come out as text, drawn from the embedded Nanum Gothic, next to Chinese and Cyrillic."""
    from briefpack.export import fonts

    korean = "문재인 대통령"  # President Moon Jae-in
    document = Document(title="Seoul", blocks=[
        Heading("Korean peninsula", 1),
        Para(runs(f"President {korean} met 习近平 and Путин.")),
    ])
    path = tmp_path / "korean.pdf"
    export_pdf(document, path)
    assert f"President {korean} met 习近平 and Путин." in _text(path)
    assert f'<font name="{fonts.HANGUL}">문재인</font>' in fonts.markup("문재인")
    if shutil.which("pdffonts"):
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                             check=True).stdout
        assert "NanumGothic" in out and "DroidSansFallback" in out


def test_characters_no_font_can_draw_are_reported_not_silent(tmp_path: Path) -> None:
    arabic = "منظمة العفو الدولية"  # Amnesty International
    drawn = Document(title="Drawn", blocks=[Para(runs("习近平, Путин and 문재인 met."))])
    assert export_pdf(drawn, tmp_path / "drawn.pdf") == []
    blank = Document(title="Blank", blocks=[Para(runs(f"Statement by {arabic}."))])
    [note] = export_pdf(blank, tmp_path / "blank.pdf")
    assert "Arabic" in note and "Word" in note
    assert (tmp_path / "blank.pdf").exists()
