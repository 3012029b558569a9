"""Document -> files: Word (DOCX, python-docx) and print-ready PDF (reportlab platypus).

    from briefpack.export import export
    export(document, "pack.pdf")            # format from the extension
    export(document, "pack.docx", "docx")

Both write atomically: the file appears whole or not at all, and an earlier file at the path is
left intact when anything fails (`ExportError` says why, in a sentence for the user).

python-docx and reportlab are imported only when a file is written, so importing this package
(as the desktop app does at start) costs nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from briefpack.errors import ExportError

if TYPE_CHECKING:
    from briefpack.briefing.document import Document

Format = Literal["docx", "pdf"]
FORMATS: tuple[Format, ...] = ("docx", "pdf")


def export_docx(document: Document, path: Path | str) -> list[str]:
    """Writes `document` as an editable Word file; returns notes for the user (none yet)."""
    from briefpack.export.docx_writer import export_docx as write

    write(document, path)
    return []


def export_pdf(document: Document, path: Path | str) -> list[str]:
    """Writes `document` as a print-ready PDF with embedded fonts; returns notes for the
    user, such as characters (Arabic, say) that no shipped font can draw."""
    from briefpack.export.pdf_writer import export_pdf as write

    return write(document, path)


def format_for(path: Path | str, format: str | None = None) -> Format:
    """The format asked for, or the one the file's extension names."""
    chosen = (format or Path(path).suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        if format:
            raise ExportError(f"Briefpack cannot export as {format!r}; choose docx or pdf.")
        raise ExportError(
            f"Cannot tell the format from the name {Path(path).name!r}; "
            "end it in .docx or .pdf, or choose a format."
        )
    return chosen  # type: ignore[return-value]


def export(document: Document, path: Path | str, format: str | None = None) -> list[str]:
    """Writes `document` at `path` as DOCX or PDF; returns notes for the user (see
    `export_pdf`), empty as a rule."""
    chosen = format_for(path, format)
    if chosen == "docx":
        return export_docx(document, path)
    return export_pdf(document, path)


__all__ = ["FORMATS", "Format", "export", "export_docx", "export_pdf", "format_for"]
