"""Word and OpenDocument files are zips: each is opened once, its kind told from the parts it
holds, and read from that same open archive by the reader of its kind.

Sniffing and reading used to open the zip one after the other; building a zip's index is
Python work per part, and doing it twice cost a sixth of reading a Word file.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from briefpack.errors import FileRefused
from briefpack.importers.base import ImportedText
from briefpack.importers.limits import MAX_DOCUMENT_BYTES, open_zip, read_limited
from briefpack.importers.sniff import archive_kind

# kind -> (module of its reader, the name its files go by in size refusals)
KINDS = {"docx": ("docx", "Word"), "odt": ("odt", "OpenDocument")}


def read_office_file(path: Path, declared: str | None) -> tuple[str, ImportedText | None]:
    """`read_office_bytes` of the file's bytes, within the size limit of documents."""
    word = KINDS[declared][1] if declared in KINDS else "Word or OpenDocument"
    return read_office_bytes(read_limited(path, MAX_DOCUMENT_BYTES, word), path, declared)


def read_office_bytes(data: bytes, path: Path, declared: str | None,
                      name: str | None = None) -> tuple[str, ImportedText | None]:
    """(what the zip holds, its text when that is a Word or OpenDocument text, else None).

    With `declared` "docx" or "odt" (the file's name says so) a zip that cannot be opened is
    refused with that reader's reason, and one whose parts tell nothing is read as that kind,
    for its reader to say what is missing: a damaged Word file is still one to its owner.
    Otherwise such a zip is just a "zip".
    """
    reading = _reader(declared if declared in KINDS else "docx")
    try:
        archive = open_zip(data, path, reading.WHAT)
    except FileRefused:
        if declared in KINDS:
            raise
        return "zip", None
    with archive:
        kind = archive_kind(archive)
        if kind == "zip" and declared in KINDS:
            kind = declared
        if kind not in KINDS:
            return kind, None
        return kind, _reader(kind).read_archive(archive, path, name)


def _reader(kind: str):
    # Imported on first use: importing the package stays cheap (see base._lazy_reader).
    return importlib.import_module(f"briefpack.importers.{KINDS[kind][0]}")
