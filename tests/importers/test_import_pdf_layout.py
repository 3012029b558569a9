"""PDF layout rules, each pinned on a small PDF drawn line by line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf.generic import NameObject

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
        ("govern-", "ment said", "government said"),  # "government" is whole elsewhere
        ("Russian-", "occupied Crimea", "Russian-occupied Crimea"),
        ("far-", "reaching laws", "far-reaching laws"),
        ("soft\u00ad", "ly said", "softly said"),
        ("the US-", "led coalition", "the US-led coalition"),  # written US-led elsewhere
        ("between US-", "China talks", "between US-China talks"),
        ("the F-", "16 jets", "the F-16 jets"),
        ("a dash -", "then more", "a dash - then more"),
        ("ends here", "and goes on", "ends here and goes on"),
    ],
)
def test_joining_lines(left: str, right: str, joined: str) -> None:
    assert _join(left, right, "the US-led coalition said the government") == joined


def test_fast_reader_and_pypdf_agree_on_the_seeds(files, seed, tmp_path, monkeypatch) -> None:
    from briefpack.importers import pdf

    if files.font_paths() is None:
        pytest.skip("no TrueType font")
    path = tmp_path / "seed.pdf"
    files.make_pdf(seed[1], path)

    def no_fallback(pages):
        raise AssertionError("the lean reader fell back on pypdf for a plain PDF")

    with monkeypatch.context() as patch:
        patch.setattr(pdf, "_read_lines_with_pypdf", no_fallback)
        fast = read_file(path)[0].text
    monkeypatch.setattr(pdf, "FAST_PATH", False)
    assert read_file(path)[0].text == fast


def test_standard_font_kerning_and_word_positions(tmp_path) -> None:
    """Helvetica without a ToUnicode map (WinAnsi codes), TJ kerning and word spaces made by
    position rather than by a space character, as some producers write them."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "helvetica.pdf"
    drawing = canvas.Canvas(str(path), pagesize=(595, 842))
    drawing.setFont("Helvetica", 16)
    drawing.drawString(72, 760, "\u201cQuoted\u201d title \u2013 here")
    drawing.setFont("Helvetica", 10)
    drawing.addLiteral("BT /F1 10 Tf 72 730 Td [(Ke) 30 (rned) -300 (words) -20 (here)] TJ ET")
    drawing.addLiteral("BT /F1 10 Tf 72 716 Td (Placed) Tj 40 0 Td (apart) Tj ET")
    drawing.addLiteral("BT /F1 10 Tf 72 702 Td (Nested \\(paren \\(inner\\)\\) and (b) ok) Tj ET")
    drawing.addLiteral("BT /F1 10 Tf 72 660 Td [<4b65> 20 <726e6564> 15 <20686578>] TJ ET")
    drawing.addLiteral("BT /F1 10 Tf 72 630 Td [<48656c6c6f> -250 <776f726c64>] TJ ET")
    drawing.showPage()
    drawing.save()
    [imported] = read_file(path)
    assert imported.text == (
        "\u201cQuoted\u201d title \u2013 here\n\nKerned wordshere\nPlaced apart\n"
        "Nested (paren (inner)) and (b) ok\nKerned hex\nHello world\n"
    )


BOLD_FACES = [Path(__file__).parents[2] / "resources" / "fonts" / "NotoSans-Bold.ttf",
              Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")]


@pytest.mark.parametrize("bold_face", BOLD_FACES, ids=lambda path: path.stem)
@pytest.mark.parametrize("title_size", [16, 24])
def test_a_title_wrapped_in_a_wide_bold_face_is_one_paragraph(files, tmp_path, bold_face,
                                                                title_size) -> None:
    """Wide bold type fills a line with fewer characters than the body does; the title's
    lines still join, and the body keeps its paragraphs (one held together by a no-break
    space that wrapped whole)."""
    if not bold_face.exists():
        pytest.skip(f"{bold_face.name} not installed")
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    regular = Path(__file__).parents[2] / "resources" / "fonts" / "NotoSans-Regular.ttf"
    pdfmetrics.registerFont(TTFont("WrapBody", str(regular)))
    pdfmetrics.registerFont(TTFont(f"WrapTitle-{bold_face.stem}", str(bold_face)))
    title = ("Russia and USA must use Putin-Trump summit to show they are responsible "
             "international players")
    body = [
        "Vladimir Putin and Donald Trump must use their upcoming summit in Helsinki to tackle "
        "the world’s most urgent human rights issues, Amnesty International said today.",
        "Since 2015, the Chinese government has passed a series of vague laws\u00a0under the "
        "pretext of national security, used to silence dissent and crack down on activists.",
    ]
    title_style = ParagraphStyle("t", fontName=f"WrapTitle-{bold_face.stem}",
                                 fontSize=title_size, leading=title_size * 1.25, spaceAfter=12)
    body_style = ParagraphStyle("b", fontName="WrapBody", fontSize=10.5, leading=14,
                                spaceAfter=8)
    path = tmp_path / "title.pdf"
    SimpleDocTemplate(str(path)).build(
        [Paragraph(title, title_style)] + [Paragraph(text, body_style) for text in body])
    [imported] = read_file(path)
    assert files.paragraphs(imported.text) == files.paragraphs("\n\n".join([title] + body))


DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@pytest.mark.parametrize("fast", [True, False], ids=["lean reader", "pypdf"])
def test_seeds_set_in_a_wide_face_read_like_the_seeds(files, seed, tmp_path, monkeypatch,
                                                       fast) -> None:
    """DejaVu Sans sets fewer characters to a line than Noto: the seeds' paragraphs still come
    back whole from either reader (a line is short only if the next word would have fitted)."""
    if not (DEJAVU / "DejaVuSans.ttf").exists():
        pytest.skip("DejaVu fonts not installed")
    monkeypatch.setattr(files, "FONT_DIRS", (DEJAVU,))
    path = tmp_path / "seed.pdf"
    files.make_pdf(seed[1], path)
    from briefpack.importers import pdf

    monkeypatch.setattr(pdf, "FAST_PATH", fast)
    imported = read_file(path)[0].text
    assert files.paragraphs(imported) == files.paragraphs(seed[1])


@given(st.binary(max_size=300))
def test_ascii85_decoding_agrees_with_the_standard_library(data: bytes) -> None:
    import base64

    from briefpack.importers.pdftext import ascii85_decode

    encoded = base64.a85encode(data, foldspaces=False, wrapcol=40, adobe=False) + b"~>"
    assert ascii85_decode(encoded) == data
    with pytest.raises(ValueError):
        ascii85_decode(encoded[:-2] + b"v~>")


def test_reportlab_page_streams_decode_as_pypdf_decodes_them(files, seed, tmp_path) -> None:
    import zlib

    import pypdf

    from briefpack.importers.pdftext import ascii85_decode, stream_bytes

    path = tmp_path / "seed.pdf"
    files.make_pdf(seed[1], path)
    for number, page in enumerate(pypdf.PdfReader(path).pages):
        contents = page["/Contents"].get_object()
        assert contents.get("/Filter") == ["/ASCII85Decode", "/FlateDecode"]  # the fast path
        fresh = pypdf.PdfReader(path).pages[number]["/Contents"].get_object()
        assert stream_bytes(fresh) == contents.get_data()
        assert zlib.decompress(ascii85_decode(fresh._data)) == contents.get_data()


def test_plain_objects_read_as_pypdf_reads_them(files, seed, tmp_path) -> None:
    """Font dictionaries, descriptors and width arrays read without pypdf equal pypdf's."""
    import pypdf
    from pypdf.generic import IndirectObject

    from briefpack.importers.pdftext import Font, PlainObjects

    path = tmp_path / "seed.pdf"
    files.make_pdf(seed[1], path)
    data = path.read_bytes()
    ours = pypdf.PdfReader(io.BytesIO(data))
    theirs = pypdf.PdfReader(io.BytesIO(data))
    objects = PlainObjects()
    read = 0
    for number in ours.xref[0]:
        plain = objects._read(IndirectObject(number, 0, ours))
        if plain is not None:
            read += 1
            expected = theirs.get_object(number)
            assert type(plain) in (dict, list)
            assert _same_objects(plain, expected, ours, theirs), number
    assert read >= 4  # the font dictionaries with their widths, and their descriptors
    for reference in theirs.pages[0]["/Resources"]["/Font"].values():
        mine = Font(objects.resolve(IndirectObject(reference.idnum, 0, ours)), objects.resolve)
        pypdfs = Font(reference.get_object())
        assert (mine.single, mine.single_widths, mine.table, mine.widths, mine.bold) == (
            pypdfs.single, pypdfs.single_widths, pypdfs.table, pypdfs.widths, pypdfs.bold)


def _same_objects(plain, expected, ours, theirs) -> bool:
    from pypdf.generic import IndirectObject

    if isinstance(plain, dict):
        return plain.keys() == expected.keys() and all(
            _same_objects(plain[key], dict.__getitem__(expected, key), ours, theirs)  # unresolved
            for key in plain)
    if isinstance(plain, list):
        return len(plain) == len(expected) and all(
            _same_objects(a, b, ours, theirs)
            for a, b in zip(plain, list.__iter__(expected), strict=True))
    if isinstance(plain, IndirectObject):
        return plain.pdf is ours and (plain.idnum, plain.generation) == (
            expected.idnum, expected.generation)
    return type(plain) in (int, float, bool, NameObject) and plain == expected and (
        isinstance(plain, float) == isinstance(expected, float))


def _reader_with_object(body: bytes):
    """A one-page PDF with `body` appended as a new object (an incremental update), and the
    object's number."""
    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_blank_page(100, 100)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    start = data.rindex(b"startxref")
    previous = int(data[start + 9:].split()[0])
    size = int(pypdf.PdfReader(io.BytesIO(data)).trailer["/Size"])
    offset = len(data)
    data += b"%d 0 obj\n" % size + body + b"\nendobj\n"
    xref = len(data)
    data += (b"xref\n%d 1\n%010d 00000 n \ntrailer\n<< /Size %d /Prev %d /Root 1 0 R >>\n"
             b"startxref\n%d\n%%%%EOF\n" % (size, offset, size + 1, previous, xref))
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.xref[0][size] == offset
    return reader, size


def test_a_plain_font_dictionary_is_read_without_pypdf() -> None:
    from pypdf.generic import IndirectObject

    from briefpack.importers.pdftext import PlainObjects

    reader, number = _reader_with_object(
        b"<< /Type /Font /Widths [ 1 2.5 -.5 ] /W [ 3 [ 4 5 ] 6 7 8 ] /FontDescriptor 1 0 R "
        b"/Symbolic false >>")
    plain = PlainObjects()._read(IndirectObject(number, 0, reader))
    assert plain == {"/Type": "/Font", "/Widths": [1, 2.5, -0.5], "/W": [3, [4, 5], 6, 7, 8],
                     "/FontDescriptor": IndirectObject(1, 0, reader), "/Symbolic": False}
    assert plain == reader.get_object(number)


@pytest.mark.parametrize("body", [
    b"<< /Type /Font /BaseFont (Helvetica) >>",  # a string
    b"<< /Type /Font /Encoding << /Differences [ 1 /a ] >> >>",  # a nested dictionary
    b"<< /Type /Font /Type /Font >>",  # a key given twice
    b"<< /Type /Font /Name /A#20B >>",  # an escaped name
    b"<< /Type /Font /FirstChar 12-3 >>",  # not a number
    b"<< /Type /Font /Widths [ 1 [ 2 ] >>",  # an open array
    b"<< /Length 3 >> stream\nabc\nendstream",  # a stream
    b"<< /Type /Font /Size 1 % a comment\n>>",
])
def test_objects_beyond_plain_ones_are_left_to_pypdf(body: bytes) -> None:
    from pypdf.generic import IndirectObject

    from briefpack.importers.pdftext import PlainObjects

    reader, number = _reader_with_object(body)
    assert PlainObjects()._read(IndirectObject(number, 0, reader)) is None


@given(st.text(alphabet="ab-é _\n1.", max_size=300), st.sampled_from(["", "-", "-\n"]))
def test_the_hyphen_at_a_paragraphs_end_is_found_as_a_search_of_all_of_it_finds_it(
        text: str, end: str) -> None:
    from briefpack.importers.pdf import _HYPHENATED, _hyphenated

    expected, found = _HYPHENATED.search(text + end), _hyphenated(text + end)
    assert (found and (found.span(), found.group(1))) == (
        expected and (expected.span(), expected.group(1)))


def test_a_long_word_hyphenated_at_a_paragraphs_end_is_found_whole() -> None:
    from briefpack.importers.pdf import _hyphenated

    for length in (63, 64, 65, 200):
        found = _hyphenated("a " + "w" * length + "-")
        assert found is not None and found.group(1) == "w" * length


_TITLE_PIECES = st.one_of(
    st.binary(max_size=8).map(lambda b: b.replace(b"(", b"").replace(b")", b"")
                              .replace(b"\\", b"")),
    st.sampled_from([b"\\(", b"\\)", b"\\\\", b"\\n", b"\\r", b"\\t", b"\\b", b"\\f", b"\\/",
                     b"\\101", b"\\7", b"\\0123", b"\\400", b"\\777", b"\\q", b"\\\n",
                     b"\\\r\n", b"\xfe\xff", b"\xef\xbb\xbf", b"\x00A", b"\xe9"]),
)


@given(st.lists(_TITLE_PIECES, max_size=8).map(b"".join), st.booleans(), st.booleans())
def test_the_document_title_is_read_as_pypdf_reads_it(title: bytes, as_hex: bool,
                                                      first: bool) -> None:
    """A title read from the bytes (PlainObjects.title) is pypdf's metadata.title, or the
    title is left to pypdf."""
    from pypdf import DocumentInformation
    from pypdf.generic import IndirectObject

    from briefpack.importers.pdftext import NOT_PLAIN, PlainObjects

    value = b"<" + title.hex().encode() + b">" if as_hex else b"(" + title + b")"
    others = b"/Producer (Writer \\(7\\)) /CreationDate (D:20240102) /Trapped /False"
    body = (b"<< /Title " + value + b" " + others + b" >>" if first
            else b"<<" + others + b" /Title " + value + b">>")
    reader, number = _reader_with_object(body)
    ours = PlainObjects().title(IndirectObject(number, 0, reader))
    expected = DocumentInformation()
    expected.update(_reader_with_object(body)[0].get_object(number))
    if ours is not NOT_PLAIN:
        assert ours == expected.title and type(ours) is type(expected.title)
    if b"\\" not in title:
        assert ours is not NOT_PLAIN


@pytest.mark.parametrize("body", [
    b"<< /Title 5 0 R >>",  # a reference
    b"<< /Title (A (nested) title) >>",
    b"<< /Title (A) /Title (B) >>",
    b"<< /Title (A) /Info << /X 1 >> >>",
    b"<< /Title <4> >>",  # an odd count of digits
])
def test_other_document_information_is_left_to_pypdf(body: bytes) -> None:
    from pypdf.generic import IndirectObject

    from briefpack.importers.pdftext import NOT_PLAIN, PlainObjects

    reader, number = _reader_with_object(body)
    assert PlainObjects().title(IndirectObject(number, 0, reader)) is NOT_PLAIN


def test_a_document_without_a_title_has_none() -> None:
    from pypdf.generic import IndirectObject

    from briefpack.importers.pdftext import PlainObjects

    reader, number = _reader_with_object(b"<< /Producer (x) >>")
    assert PlainObjects().title(IndirectObject(number, 0, reader)) is None


@given(st.lists(st.sampled_from(["", "0", "7F", "00", "ff", "0a1", "1234", "FFFF", "0 1", "12 34"]),
                max_size=12))
def test_cmap_codes_are_what_int_gives(sources: list[str]) -> None:
    from briefpack.importers.pdftext import _codes

    encoded = [source.encode() for source in sources]
    try:
        expected = [int(source or b"0", 16) for source in encoded]
    except ValueError:
        return
    assert list(_codes(encoded)) == expected


_PACKED = __import__("zlib").compress(b"1 beginbfchar <01> <0041> endbfchar")


@pytest.mark.parametrize(("body", "plain"), [
    (b"<< /Length 3 >>\nstream\nabc\nendstream", True),
    (b"<< /Length 3 >> stream  \r\nabc\rendstream", True),
    (b"<< /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream" % (len(_PACKED), _PACKED),
     True),
    (b"<< /Filter [ /FlateDecode ] /Length %d /Length1 9 >>\nstream\n%s\nendstream"
     % (len(_PACKED), _PACKED), True),
    (b"<< /Length 2 >>\nstream\nabc\nendstream", False),  # a wrong length
    (b"<< /Length 9 0 R >>\nstream\nabc\nendstream", False),
    (b"<< /Filter /ASCIIHexDecode /Length 4 >>\nstream\n4142\nendstream", False),
    (b"<< /Filter /FlateDecode /DecodeParms << /Predictor 12 >> /Length 3 >>\nstream\nabc\n"
     b"endstream", False),
])
def test_plain_streams_are_read_as_pypdf_reads_them(body: bytes, plain: bool) -> None:
    from pypdf.generic import IndirectObject

    from briefpack.importers.pdftext import PlainObjects

    reader, number = _reader_with_object(body)
    data = PlainObjects().stream_data(IndirectObject(number, 0, reader))
    if plain:
        assert data == _reader_with_object(body)[0].get_object(number).get_data()
    else:
        assert data is None


def test_a_pdf_is_opened_strictly_only_where_that_reads_it_as_leniently(files,
                                                                        tmp_path) -> None:
    """pdf._open opens strictly (without pypdf's check of every object's header) and reads
    on leniently; a file whose cross-reference table points beside an object is opened
    leniently from the start, as before, and reads the same."""
    import pypdf

    from briefpack.importers import pdf

    data = files.make_pdf("A title\n\nA paragraph of the statement.\n")
    reader = pdf._open(data)
    assert reader.strict is False and pdf._headers_listed(reader, data)
    xref = data.rindex(b"\nxref") + 1
    entry = data.index(b" 00000 n", xref) - 10  # the first object's offset
    offset = int(data[entry : entry + 10])
    bent = data[:entry] + b"%010d" % (offset + 3) + data[entry + 10 :]  # into its header
    assert not pdf._headers_listed(pypdf.PdfReader(io.BytesIO(bent), strict=True), bent)
    assert pdf._open(bent).strict is False
    assert (pdf.read_pdf_bytes(bent, tmp_path / "bent.pdf").text
            == pdf.read_pdf_bytes(data, tmp_path / "plain.pdf").text)


def test_a_font_that_shows_no_text_is_not_read(files, monkeypatch) -> None:
    """reportlab chooses Helvetica in an empty BT/ET on every page: a font is read when it
    first shows text, not when Tf chooses it."""
    from briefpack.importers import pdf, pdftext

    data = files.make_pdf("A title\n\nA paragraph of the statement.\n")
    assert b"BT /F1 12 Tf 14.4 TL ET" in pdftext.stream_bytes(pdf._open(data).pages[0]
                                                              .get_contents())
    read: list[str] = []
    real_init = pdftext.Font.__init__

    def recording_init(self, font, *args) -> None:
        read.append(str(font.get("/BaseFont")))
        real_init(self, font, *args)

    monkeypatch.setattr(pdftext.Font, "__init__", recording_init)
    assert "paragraph of the statement" in pdf.read_pdf_bytes(data, Path("a.pdf")).text
    assert read and "/Helvetica" not in read


@given(st.text(alphabet=" \n0123456789+-.", max_size=16).map(str.encode))
def test_an_array_of_numbers_is_read_as_its_token_pattern_reads_it(content: bytes) -> None:
    """_plain_items checks the numbers of "[...]" itself: the same arrays as the pattern it
    replaced (whitespace and numbers, each number followed by white space or the end), and
    anything else of these characters is not plain."""
    import re

    from briefpack.importers.pdftext import _plain_items

    number = rb"[+-]?(?:\d+\.?\d*|\.\d+)"
    pattern = re.compile(rb"\[((?:\s*" + number + rb"(?![^\s\]]))*)\s*\]")
    expected = None
    if pattern.fullmatch(b"[" + content + b"]"):
        expected = [[float(n) if b"." in n else int(n) for n in content.split()]]
    assert _plain_items(b"[" + content + b"]", None) == expected


@given(st.lists(st.sampled_from([b"begin", b"end", b"bfchar", b"beginbfchar", b"endbfchar",
                                 b"x", b"\n"]), max_size=10).map(b"".join))
def test_cmap_sections_are_what_a_lazy_pattern_finds(data: bytes) -> None:
    import re

    from briefpack.importers.pdftext import _sections

    assert _sections(data, b"beginbfchar", b"endbfchar") == re.findall(
        rb"beginbfchar(.*?)endbfchar", data, re.S)
