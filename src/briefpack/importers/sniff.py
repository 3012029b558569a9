"""What a file really is, from its first bytes rather than its name."""

from __future__ import annotations

import re
import zipfile
import zlib
from io import BytesIO

from briefpack.importers.limits import MAX_ZIP_ENTRIES, declared_entry_count

HEAD_BYTES = 8192

_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"(?:<!doctype\s+html|<html|<head|<body|<meta|<title)",
    re.IGNORECASE | re.DOTALL,
)
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]", re.MULTILINE)
_MAIL_HEADERS = (b"from", b"to", b"subject", b"date", b"received", b"mime-version",
                 b"message-id", b"return-path", b"delivered-to", b"x-", b"content-type")

# What we can say about a file we do not read, in a press officer's words.
DESCRIPTIONS = {
    "ole": "an old Microsoft Office file (.doc/.msg) or a password-protected Word file; "
    "open it and save it as .docx (without a password)",
    "encrypted-docx": "a password-protected Word document; remove the password in Word and "
    "import it again",
    "rtf": "a Rich Text (.rtf) file; save it as .docx and import that",
    "image": "an image, not a text document (scans are not supported)",
    "archive": "a compressed archive; unpack it and import the files inside",
    "zip": "a zip archive, not a Word or OpenDocument file; unpack it first",
    "xlsx": "a spreadsheet, not a statement",
    "pptx": "a presentation, not a statement",
    "ods": "a spreadsheet, not a statement",
    "odp": "a presentation, not a statement",
    "binary": "not a document Briefpack can read (binary content)",
}


def sniff(head: bytes, data: bytes | None = None) -> str:
    """Kind of content: pdf, docx, odt, html, eml, text, or one of DESCRIPTIONS' keys.

    `head` is the file's first bytes; `data`, when given, is the whole file, which lets a zip be
    told apart (Word, OpenDocument, spreadsheet). Without it a zip is reported as "zip".
    """
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return zip_kind(data) if data is not None else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if data is not None and "EncryptedPackage".encode("utf-16-le") in data:
            return "encrypted-docx"
        return "ole"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")):
        return "image"
    if head.startswith((b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!", b"BZh")):
        return "archive"
    if _HTML_START.match(head):
        return "html"
    if b"\x00" in head[:1024] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"  # text in UTF-16 has a byte-order mark; anything else is not text
    if looks_like_mail(head):
        return "eml"
    return "text"


def looks_like_mail(head: bytes) -> bool:
    """Starts with a block of RFC 5322 headers, including the ones every e-mail has."""
    block = head.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    names = {match.group(0).split(b":")[0].lower() for match in _HEADER_LINE.finditer(block)}
    if not block or not _HEADER_LINE.match(block):
        return False
    known = {name for name in names if name in _MAIL_HEADERS or name.startswith(b"x-")}
    return len(known) >= 2 and (b"from" in names or b"received" in names or b"subject" in names)


def zip_kind(data: bytes) -> str:
    """docx, odt, another office format, or plain zip: from the names inside.

    Reads only the archive's index (and the few bytes of an OpenDocument's "mimetype"); an
    archive too damaged or too large to index is "zip", for the reader to explain.
    """
    entries = declared_entry_count(data[-65_557:])
    if entries is None or entries > MAX_ZIP_ENTRIES:
        return "zip"
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return archive_kind(archive)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError, EOFError,
            zlib.error):
        return "zip"


def archive_kind(archive: zipfile.ZipFile) -> str:
    """zip_kind of an archive already open (office.py opens each one once, for reading too)."""
    names = set(archive.namelist())
    if "mimetype" in names:
        try:
            with archive.open("mimetype") as member:
                mimetype = member.read(100).decode("ascii", "replace").strip()
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError,
                EOFError, zlib.error):
            # A damaged Word file is still a Word file to its owner: its reader says what is
            # wrong.
            return "zip"
        if mimetype.startswith("application/vnd.oasis.opendocument.text"):
            return "odt"
        if "spreadsheet" in mimetype:
            return "ods"
        if "presentation" in mimetype:
            return "odp"
    if "word/document.xml" in names or any(n.startswith("word/") for n in names):
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    if "content.xml" in names:
        return "odt"
    return "zip"
