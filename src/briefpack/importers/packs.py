"""Briefing packs Briefpack itself exported: told by the marks its exporters leave, refused.

A folder of statements often holds the pack made from them. Read as a statement, a pack's
cover, headings, quotes and contacts would come back into the library as one more statement
that quotes all the others.
"""

from __future__ import annotations

from pathlib import Path

from briefpack.errors import FileRefused
from briefpack.importers.xmlsafe import parse_xml

REASON = "a briefing pack exported by Briefpack, not a statement"

# The marks the exporters leave (importers may not import export, which comes after them in
# the flow; tests/importers/test_import_packs.py exports real packs to hold the two together).
# export/docx_writer.py: core.comments = "Made with Briefpack" (dc:description in core.xml).
DOCX_DESCRIPTION = "Made with Briefpack"
# export/pdf_writer.py: creator="Briefpack" (the /Creator of the document information).
PDF_CREATOR = "Briefpack"

_DESCRIPTION = "{http://purl.org/dc/elements/1.1/}description"


def is_pack_docx(core: bytes | None, path: Path) -> bool:
    """Whether a Word file's core properties (docProps/core.xml) are those of a pack."""
    if not core or DOCX_DESCRIPTION.encode() not in core:
        return False  # the usual case, told without parsing
    try:
        root = parse_xml(core, path, "Word document")
    except FileRefused:
        return False  # damaged properties say nothing either way; the text may still be read
    return any((element.text or "").strip() == DOCX_DESCRIPTION
               for element in root.iter(_DESCRIPTION))


def is_pack_pdf(creator: object) -> bool:
    """Whether a PDF's /Creator is the one the PDF exporter writes."""
    return isinstance(creator, str) and creator.strip() == PDF_CREATOR
