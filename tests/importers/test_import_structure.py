"""Titles, kickers, warnings, the registry, and the package staying cheap to import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefpack.importers import file_dialog_filter, read_file, supported_suffixes


def test_importing_the_package_loads_no_format_library() -> None:
    code = (
        "import sys, briefpack.importers as i\n"
        "i.supported_suffixes(); i.file_dialog_filter()\n"
        "print(','.join(m for m in ('lxml', 'pypdf', 'docx', 'email.parser', 'charset_normalizer')"
        " if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_every_format_is_registered_and_in_the_file_dialog_filter() -> None:
    for suffix in (".txt", ".md", ".docx", ".odt", ".pdf", ".html", ".htm", ".eml"):
        assert suffix in supported_suffixes()
        assert f"*{suffix}" in file_dialog_filter()


def test_kicker_lines_above_the_headline_follow_it(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("PRESS RELEASE").bold = True
    document.add_paragraph("5 April 2017")
    document.add_paragraph().add_run("Leaders must put rights on the agenda").bold = True
    document.add_paragraph("The organization said so today in a long paragraph of text.")
    path = tmp_path / "kicker.docx"
    document.save(path)
    [imported] = read_file(path)
    assert imported.text == (
        "Leaders must put rights on the agenda\n\nPRESS RELEASE\n5 April 2017\n"
        "The organization said so today in a long paragraph of text.\n"
    )


def test_docx_lists_tables_and_line_breaks(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Title of the statement", level=1)
    document.add_paragraph("The organization calls on the leaders to:")
    document.add_paragraph("release all prisoners of conscience;", style="List Bullet")
    document.add_paragraph("end the use of torture.", style="List Bullet")
    paragraph = document.add_paragraph("Jacob Kuehn")
    paragraph.add_run().add_break()
    paragraph.add_run("Media Relations")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Mobile:"
    table.rows[0].cells[1].text = "+1 613 853 2142"
    path = tmp_path / "lists.docx"
    document.save(path)
    [imported] = read_file(path)
    assert imported.text == (
        "Title of the statement\n\nThe organization calls on the leaders to:\n"
        "\u2022 release all prisoners of conscience;\n\u2022 end the use of torture.\n"
        "Jacob Kuehn\nMedia Relations\nMobile: +1 613 853 2142\n"
    )


def test_pdf_with_a_scanned_page_warns(files, tmp_path: Path) -> None:
    pytest.importorskip("PIL")
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = tmp_path / "mixed.pdf"
    drawing = canvas.Canvas(str(path))
    drawing.setFont("Helvetica", 16)
    drawing.drawString(72, 760, "Title of the statement")
    drawing.setFont("Helvetica", 10)
    drawing.drawString(72, 730, "The only paragraph with a text layer.")
    drawing.showPage()
    drawing.drawImage(ImageReader(Image.new("L", (50, 50), 255)), 50, 500, 400, 200)
    drawing.showPage()
    drawing.save()
    [imported] = read_file(path)
    assert imported.text == "Title of the statement\n\nThe only paragraph with a text layer.\n"
    assert imported.warnings == ["page 2 has no text layer (scanned); its text is missing"]


def test_html_without_article_markup_logo_heading_and_responsive_classes(tmp_path) -> None:
    page = """<html><head><title>Leaders must act on rights – Amnesty International</title>
    </head><body><div class="page">
    <div class="top"><h1 class="logo">Amnesty International</h1>
    <div class="site-menu"><a href="/">Home</a> <a href="/news">News</a></div></div>
    <div class="content"><h2 class="hidden-xs">Leaders must act on rights</h2>
    <p>The first paragraph of the statement is long enough to be the main text here.</p>
    <p class="hidden-xs">A paragraph hidden on phones only is still part of the text.</p>
    <p class="hidden">A hidden paragraph is not.</p>
    <ul><li>First ask of the statement;</li><li><p>second ask.</p></li></ul>
    <table><tr><td>Mobile:</td><td>+1 613 853 2142</td></tr></table>
    </div></div></body></html>"""
    path = tmp_path / "plain.html"
    path.write_text(page, encoding="utf-8")
    [imported] = read_file(path)
    assert imported.title == "Leaders must act on rights"
    assert imported.text == (
        "Leaders must act on rights\n\n"
        "The first paragraph of the statement is long enough to be the main text here.\n"
        "A paragraph hidden on phones only is still part of the text.\n"
        "\u2022 First ask of the statement;\n\u2022 second ask.\nMobile: +1 613 853 2142\n"
    )


def test_word_markup_that_is_not_plain_runs(tmp_path: Path) -> None:
    """Hyperlinks, tracked changes, fields, content controls, text boxes (with the fallback
    copy Word writes for old versions), footnote references and comments, as Word saves them."""
    import io
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    def run(text: str) -> str:
        return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'

    body = (
        f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{run("The title")}</w:p>'
        f"<w:p>{run('See ')}<w:hyperlink r:id='rId1'>{run('our report')}</w:hyperlink>"
        f"{run(' and ')}<w:ins>{run('inserted')}</w:ins><w:del><w:r><w:delText>deleted"
        f"</w:delText></w:r></w:del>{run(' words.')}"
        '<w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeStart w:id="0"/>'
        '<w:r><w:commentReference w:id="0"/></w:r></w:p>'
        f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE '
        f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{run("5 May")}'
        f'<w:r><w:fldChar w:fldCharType="end"/></w:r>{run(" is the date.")}</w:p>'
        f"<w:sdt><w:sdtPr/><w:sdtContent><w:p>{run('In a content control.')}</w:p>"
        "</w:sdtContent></w:sdt>"
        f"<w:p>{run('Anchor paragraph.')}<w:r><mc:AlternateContent><mc:Choice Requires='wps'>"
        f"<w:drawing><w:txbxContent><w:p>{run('Boxed contact line')}</w:p></w:txbxContent>"
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p>"
        f"{run('Boxed contact line')}</w:p></w:txbxContent></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
        f"<w:p><w:r><w:t>Tab</w:t><w:tab/><w:t>and</w:t><w:noBreakHyphen/><w:t>hyphen"
        "</w:t></w:r></w:p><w:sectPr/>"
    )
    document = (f'<w:document xmlns:w="{w}" xmlns:mc="{mc}" xmlns:r="http://schemas.'
                'openxmlformats.org/officeDocument/2006/relationships">'
                f"<w:body>{body}</w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document)
        archive.writestr("word/footnotes.xml", f'<w:footnotes xmlns:w="{w}"><w:footnote '
                         f'w:id="1"><w:p>{run("A footnote.")}</w:p></w:footnote></w:footnotes>')
    path = tmp_path / "word.docx"
    path.write_bytes(buffer.getvalue())
    [imported] = read_file(path)
    assert imported.text == (
        "The title\n\nSee our report and inserted words.\n5 May is the date.\n"
        "In a content control.\nAnchor paragraph.\nBoxed contact line\nTab and-hyphen\n"
    )


def test_odt_lists_spaces_breaks_and_tracked_deletions(tmp_path: Path) -> None:
    import io
    import zipfile

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    content = (
        f"<office:document-content {ns}><office:body><office:text>"
        "<text:tracked-changes><text:changed-region text:id='c1'><text:deletion>"
        "<text:p>Deleted words</text:p></text:deletion></text:changed-region>"
        "</text:tracked-changes>"
        '<text:h text:outline-level="1">The title</text:h>'
        "<text:p>Calls on<text:s text:c='3'/>leaders to:<text:soft-page-break/></text:p>"
        "<text:list><text:list-item><text:p>free prisoners;</text:p></text:list-item>"
        "<text:list-item><text:p>end torture.</text:p></text:list-item></text:list>"
        "<text:p>Jacob Kuehn<text:line-break/>Media<text:tab/>Relations</text:p>"
        "</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    path = tmp_path / "lists.odt"
    path.write_bytes(buffer.getvalue())
    [imported] = read_file(path)
    assert imported.text == (
        "The title\n\nCalls on leaders to:\n\u2022 free prisoners;\n\u2022 end torture.\n"
        "Jacob Kuehn\nMedia Relations\n"
    )


def test_a_zip_based_file_is_opened_once(files, tmp_path: Path, monkeypatch) -> None:
    """Sniffing what a zip holds and reading it share one opening (indexing a zip twice was
    a sixth of reading a Word file), as a file and as an e-mail attachment."""
    import zipfile

    text = "Leaders must act\n\nA paragraph of the statement.\n"
    files.make_docx(text, tmp_path / "statement.docx")
    files.make_odt(text, tmp_path / "statement.odt")
    (tmp_path / "odt-named.docx").write_bytes(files.make_odt(text))
    files.make_eml(text, tmp_path / "mail.eml", attachments={"a.docx": files.make_docx(text)})
    opened: list[object] = []
    real_init = zipfile.ZipFile.__init__

    def counting_init(self, *args, **kwargs) -> None:
        opened.append(args[0])
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "__init__", counting_init)
    for name, kind in (("statement.docx", "docx"), ("statement.odt", "odt"),
                       ("odt-named.docx", "odt"), ("mail.eml", "docx")):
        opened.clear()
        found = read_file(tmp_path / name)
        assert found[-1].format == kind and "paragraph of the statement" in found[-1].text
        assert len(opened) == 1, name
