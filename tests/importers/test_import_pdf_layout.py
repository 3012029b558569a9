"""PDF layout rules, each pinned on a small PDF drawn line by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefpack.importers import read_file
from briefpack.importers.pdf import _join


def _draw(path: Path, pages: list[list[tuple[float, str, float]]], *, header: str | None,
          footer: str | None, files) -> None:
    """pages: lines as (y, text, font size); every page gets the header and "Page N of M"."""
    fonts = files.font_paths()
    if fonts is None:
        pytest.skip("no TrueType font")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "LayoutSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("LayoutSans", str(fonts[0])))
    drawing = canvas.Canvas(str(path), pagesize=(595, 842))
    for number, lines in enumerate(pages, start=1):
        if header:
            drawing.setFont("LayoutSans", 9)
            drawing.drawString(72, 810, header)
        if footer:
            drawing.setFont("LayoutSans", 9)
            drawing.drawString(280, 25, footer.format(n=number, m=len(pages)))
        for y, text, size in lines:
            drawing.setFont("LayoutSans", size)
            drawing.drawString(72, y, text)
        drawing.showPage()
    drawing.save()


FULL = "x" * 80  # a line that fills the column


def test_running_header_page_numbers_and_paragraph_across_pages(files, tmp_path) -> None:
    path = tmp_path / "three.pdf"
    line = "The leaders must use the summit to raise the cases of people detained for"
    pages = [
        [(760, "Leaders must act on rights", 16), (730, line, 10), (716, line, 10),
         (702, "their peaceful activism, the organization said.", 10),
         (680, "A second paragraph begins here and it continues on the next page without",
          10), (666, "a break in the middle of the sentence that the importer must mend and",
                10)],
        [(760, "join with what came before it on the first page.", 10),
         (738, "Third paragraph.", 10)],
        [(760, "Last page paragraph.", 10)],
    ]
    _draw(path, pages, header="Amnesty International | Public statement 2017",
          footer="Page {n} of {m}", files=files)
    [imported] = read_file(path)
    assert imported.text == (
        "Leaders must act on rights\n\n"
        f"{line} {line} their peaceful activism, the organization said.\n"
        "A second paragraph begins here and it continues on the next page without a break "
        "in the middle of the sentence that the importer must mend and join with what came "
        "before it on the first page.\n"
        "Third paragraph.\nLast page paragraph.\n"
    )


def test_short_lines_without_gaps_stay_apart(files, tmp_path) -> None:
    path = tmp_path / "contacts.pdf"
    body = "The organization calls on the two leaders to put refugees at the top of the"
    pages = [[(760, "Title of the statement", 16), (730, body, 10),
              (716, "agenda during the summit.", 10),
              (694, "Jacob Kuehn", 10), (680, "Media Relations Officer", 10),
              (666, "Mobile: +1 613 853 2142", 10)]]
    _draw(path, pages, header=None, footer=None, files=files)
    [imported] = read_file(path)
    assert imported.text.split("\n")[2:] == [
        f"{body} agenda during the summit.", "Jacob Kuehn", "Media Relations Officer",
        "Mobile: +1 613 853 2142", "",
    ]


def test_one_page_pdf_loses_its_small_print_header_and_page_number(files, tmp_path) -> None:
    path = tmp_path / "one.pdf"
    pages = [[(760, "Title of the statement", 16), (730, "Only paragraph.", 10)]]
    _draw(path, pages, header="Press release — for immediate release", footer="{n}",
          files=files)
    [imported] = read_file(path)
    assert imported.text == "Title of the statement\n\nOnly paragraph.\n"


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("the organiza-", "tion calls", "the organization calls"),
        ("the US-", "led coalition", "the US-led coalition"),  # written US-led elsewhere
        ("between US-", "China talks", "between US-China talks"),
        ("the F-", "16 jets", "the F-16 jets"),
        ("a dash -", "then more", "a dash - then more"),
        ("ends here", "and goes on", "ends here and goes on"),
    ],
)
def test_joining_lines(left: str, right: str, joined: str) -> None:
    assert _join(left, right, "the US-led coalition said") == joined
