"""PDF statements: the text layer in reading order, without running headers and page numbers.

pypdf gives each piece of text with its position; lines are rebuilt from positions, then
paragraphs from the gaps between lines, from font changes, and from lines that stop short of
the column's width. Words hyphenated at a line's end are joined. Text that repeats at the top
or bottom of every page (running headers, footers) and page numbers are dropped.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pypdf
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

from briefpack.errors import FileRefused
from briefpack.importers import packs, pdftext
from briefpack.importers.base import ImportedText
from briefpack.importers.layout import clean_line, compose, pick_title
from briefpack.importers.limits import MAX_DOCUMENT_BYTES, read_limited

SUFFIXES = (".pdf",)
MAX_PAGES = 500
SCANNED = "no text layer; scanned PDFs are not supported"
ENCRYPTED = ("PDF is encrypted (protected against copying) in a way Briefpack cannot open; "
             "save or print it to a new PDF without protection")
# The lean text reader (pdftext); off, every page goes through pypdf's extract_text.
FAST_PATH = True

# Share of the page height, at top and bottom, where running headers and footers sit.
MARGIN_ZONE = 0.09
_PAGE_NUMBER = re.compile(
    r"^(?:page|p\.|seite|página|pagina)?\s*[-–]?\s*\d{1,4}\s*[-–]?\s*(?:(?:of|/|de|von|sur)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_TITLE_LOOKAHEAD = 4  # paragraphs at the top among which the title is looked for
_SENTENCE_END = tuple(".!?:\u201d\"'\u2019)")

logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are reported, not logged


@dataclass(slots=True)
class _Line:
    page: int
    y: float
    x: float
    size: float
    bold: bool
    text: str
    zone: str = ""  # "top", "bottom" or "" (the body of the page)
    end_x: float = 0.0  # where the last glyph ends, when the reader knows glyph widths

    @property
    def measure(self) -> float:
        """The line's width: measured from glyph widths when known, else estimated, so a
        wrapped title in a wide bold face is not taken for a short last line."""
        if self.end_x > self.x:
            return self.end_x - self.x
        return len(self.text) * self.size * 0.5


def read_pdf_file(path: Path) -> list[ImportedText]:
    data = read_limited(path, MAX_DOCUMENT_BYTES, "PDF")
    return [read_pdf_bytes(data, path)]


def read_pdf_bytes(data: bytes, path: Path, name: str | None = None) -> ImportedText:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = _open(data)
            _unlock(reader, path)
            pages = reader.pages
            if len(pages) > MAX_PAGES:
                raise FileRefused(path, f"PDF has {len(pages)} pages; over {MAX_PAGES} is "
                                  "refused (not a press statement)")
            objects = pdftext.PlainObjects()
            if packs.is_pack_pdf(_metadata_text(reader, objects, "creator")):
                raise FileRefused(path, packs.REASON)
            lines, has_images, scanned_pages = _read_lines(pages, objects)
            metadata_title = _metadata_title(reader, objects)
        except FileRefused:
            raise
        except pdftext.TooMuchContent:
            raise FileRefused(path, "PDF unpacks to more than 64 MB of page content; refused "
                              "as a possible decompression bomb") from None
        except (FileNotDecryptedError, DependencyError):
            raise FileRefused(path, ENCRYPTED) from None
        except (PyPdfError, PdfReadError, ValueError, TypeError, KeyError, AttributeError,
                IndexError, AssertionError, RecursionError, ZeroDivisionError):
            raise FileRefused(path, "PDF is damaged and cannot be read") from None
    if not any(line.text.strip() for line in lines):
        raise FileRefused(path, SCANNED if has_images else "document has no text")
    lines = _drop_running_lines(lines, len(pages))
    paragraphs = _paragraphs(lines)
    # pick_title looks at the kinds of the first blocks only: only those are compared.
    blocks = [("title" if metadata_title and index < _TITLE_LOOKAHEAD
               and _same(p, metadata_title) else "body", p)
              for index, p in enumerate(paragraphs)]
    title, ordered = pick_title(blocks, lookahead=_TITLE_LOOKAHEAD)
    text = compose(ordered, path, title)
    imported = ImportedText(path=path, text=text, format="pdf", title=metadata_title, name=name)
    if scanned_pages:
        numbers = ", ".join(str(n + 1) for n in scanned_pages[:10])
        more = "…" if len(scanned_pages) > 10 else ""
        if len(scanned_pages) == 1:
            imported.warnings.append(f"page {numbers} has no text layer (scanned); its text "
                                     "is missing")
        else:
            imported.warnings.append(f"pages {numbers}{more} have no text layer (scanned); "
                                     "their text is missing")
    return imported


def _open(data: bytes) -> pypdf.PdfReader:
    """pypdf's reader, as lenient as strict=False makes it.

    Opened leniently, pypdf reads the header of every object the cross-reference table
    lists, to drop the entries that point nowhere: an eighth of opening a statement's PDF.
    So the file is opened strictly (which skips that), the headers are checked here with one
    pattern each, and the reader is made lenient for what it reads later. A file that strict
    opening refuses, or whose table is not as it should be, is opened leniently as before.
    """
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=True)
    except (PyPdfError, ValueError, TypeError, KeyError, AttributeError, IndexError,
            AssertionError, RecursionError, OverflowError):
        reader = None
    if reader is None or reader.xref_index or not _headers_listed(reader, data):
        return pypdf.PdfReader(io.BytesIO(data), strict=False)
    reader.strict = False
    return reader


# Where the table says an object starts: its number and generation (pypdf's own check only
# needs two numbers there, so anything this passes, it passes).
_OBJECT_HEADER = re.compile(rb"[ \n\r\t]*\d+[ \n\r\t]+\d+[ \n\r\t]")


def _headers_listed(reader: pypdf.PdfReader, data: bytes) -> bool:
    """Whether every entry of the cross-reference table points at an object's header."""
    for generation, entries in reader.xref.items():
        if generation == 65535:
            continue  # pypdf does not check these either
        for offset in entries.values():
            if not isinstance(offset, int) or offset < 0 or (
                    _OBJECT_HEADER.match(data, offset) is None):
                return False
    return True


def _unlock(reader: pypdf.PdfReader, path: Path) -> None:
    if not reader.is_encrypted:
        return
    try:
        # Many PDFs are encrypted only against editing, with an empty password to open them.
        unlocked = reader.decrypt("")
    except (DependencyError, NotImplementedError):
        raise FileRefused(path, ENCRYPTED) from None
    if not unlocked:
        raise FileRefused(path, "PDF is password-protected; save a copy without a password")


def _metadata_text(reader: pypdf.PdfReader, objects: pdftext.PlainObjects,
                   name: str) -> object:
    """The document information's `name` ("title", "creator") as pypdf reads it; None when
    it is missing or cannot be read."""
    try:
        text = objects.info_text(reader.trailer.get("/Info"), name)
        if text is pdftext.NOT_PLAIN:
            text = getattr(reader.metadata, name) if reader.metadata else None
    except (PyPdfError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return text


def _metadata_title(reader: pypdf.PdfReader, objects: pdftext.PlainObjects) -> str | None:
    title = _metadata_text(reader, objects, "title")
    if not isinstance(title, str):
        return None
    title = clean_line(title)
    if not title or title.lower().startswith(("microsoft word", "untitled")) or re.search(
        r"\.(docx?|odt|pdf|indd)$", title, re.I
    ):
        return None
    return title


def _same(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a).casefold() == re.sub(r"\W+", "", b).casefold()


def _read_lines(pages, objects: pdftext.PlainObjects | None = None
                ) -> tuple[list[_Line], bool, list[int]]:
    """Every line of text with its page, position and font; whether any page without text
    has images; and which pages those are (scans)."""
    if FAST_PATH:
        reader = pdftext.PageReader({}, objects)
        try:
            lines: list[_Line] = []
            scanned: list[int] = []
            for number, page in enumerate(pages):
                pieces = reader.read(page)
                lines.extend(_zoned(_lines_from_pieces(pieces, number), page))
                if not pieces and (reader.has_images or _has_images(page)):
                    scanned.append(number)
                reader.has_images = False
            return lines, bool(scanned), scanned
        except (pdftext.Unsupported, ValueError, TypeError, KeyError, AttributeError,
                IndexError, OverflowError, UnicodeDecodeError):
            pass  # pypdf's own extractor reads what the lean reader does not understand
    return _read_lines_with_pypdf(pages)


def _lines_from_pieces(pieces: list[pdftext.Piece], number: int) -> list[_Line]:
    lines: list[_Line] = []
    line: _Line | None = None
    end_x = 0.0
    for piece in pieces:
        if line is not None and abs(line.y - piece.y) <= max(2.0, piece.size * 0.5):
            gap = piece.x - end_x
            if gap > piece.size * 0.15 and not line.text.endswith(" ") and not (
                piece.text.startswith(" ")
            ):
                line.text += " "
            line.text += piece.text
            line.size = max(line.size, piece.size)
            line.bold = line.bold and piece.bold if piece.text.strip() else line.bold
        else:
            line = _Line(number, piece.y, piece.x, piece.size, piece.bold, piece.text)
            lines.append(line)
        end_x = piece.end_x
        line.end_x = max(line.end_x, end_x)
    return lines


def _zoned(page_lines: list[_Line], page) -> list[_Line]:
    box = page.mediabox
    bottom, height = float(box.bottom), float(box.height) or 792.0
    kept = []
    for line in page_lines:
        soft = line.text.rstrip().endswith(_SOFT_HYPHEN)  # clean_line drops it: keep the mark
        line.text = clean_line(line.text)
        if not line.text:
            continue
        if soft:
            line.text += _SOFT_HYPHEN
        relative = (line.y - bottom) / height
        line.zone = "top" if relative > 1 - MARGIN_ZONE else (
            "bottom" if relative < MARGIN_ZONE else "")
        kept.append(line)
    return kept


def _read_lines_with_pypdf(pages) -> tuple[list[_Line], bool, list[int]]:
    lines: list[_Line] = []
    scanned: list[int] = []
    for number, page in enumerate(pages):
        page_lines: list[_Line] = []
        current: list = [None]  # the line being filled

        def visit(text, cm, tm, font, size, page_lines=page_lines, current=current,
                  number=number):
            if not text:
                return
            # Position on the page: the text matrix moved by the current transformation.
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
            real_size = float(size) * scale if size else 0.0
            name = str(font.get("/BaseFont", "")) if font else ""
            bold = "bold" in name.lower() or "black" in name.lower()
            pieces = text.split("\n")
            for index, piece in enumerate(pieces):
                line = current[0]
                if line is None or (index == 0 and abs(line.y - y) > max(2.0, real_size * 0.5)):
                    if line is not None and line.text.strip():
                        page_lines.append(line)
                    line = _Line(number, y, x, real_size, bold, "")
                    current[0] = line
                line.text += piece
                line.size = max(line.size, real_size)
                if index < len(pieces) - 1:
                    if line.text.strip():
                        page_lines.append(line)
                    current[0] = None

        page.extract_text(visitor_text=visit)
        if current[0] is not None and current[0].text.strip():
            page_lines.append(current[0])
        if not page_lines and _has_images(page):
            scanned.append(number)
        lines.extend(_zoned(page_lines, page))
    return lines, bool(scanned), scanned


def _has_images(page) -> bool:
    try:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        return bool(xobjects and len(xobjects.get_object()))
    except (PyPdfError, ValueError, TypeError, KeyError, AttributeError):
        return False


def _drop_running_lines(lines: list[_Line], page_count: int) -> list[_Line]:
    """Remove page numbers, and header or footer lines that repeat on most pages."""

    def key(line: _Line) -> str:
        return _DIGITS.sub("#", line.text.casefold())

    repeated: set[tuple[str, str]] = set()
    if page_count > 1:
        pages_with = Counter({(line.zone, key(line), line.page) for line in lines if line.zone})
        counts = Counter((zone, text) for zone, text, _ in pages_with)
        repeated = {k for k, n in counts.items() if n >= max(2, (page_count + 1) // 2)}
    body_size = _body_size([line for line in lines if not line.zone] or lines)
    kept = []
    for line in lines:
        if line.zone:
            if _PAGE_NUMBER.match(line.text) or (line.zone, key(line)) in repeated:
                continue
            if page_count == 1 and line.size < body_size - 0.5:
                continue  # a one-page PDF: small print in the margin is its header or footer
        kept.append(line)
    return kept


def _body_size(lines: list[_Line]) -> float:
    sizes = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _paragraphs(lines: list[_Line]) -> list[str]:
    if not lines:
        return []
    body_size = _body_size(lines)
    gaps = Counter()
    for previous, line in zip(lines, lines[1:], strict=False):
        if previous.page == line.page and abs(line.size - body_size) < 0.5:
            gap = round(previous.y - line.y, 1)
            if gap > 0:
                gaps[gap] += 1
    leading = gaps.most_common(1)[0][0] if gaps else body_size * 1.2
    fulls, body_full = _full_measures(lines, body_size)
    full_text = " ".join(line.text for line in lines)

    paragraphs: list[str] = []
    current = lines[0].text
    for previous, line in zip(lines, lines[1:], strict=False):
        full = fulls.get((round(previous.size, 1), previous.bold), body_full)
        short = _ends_short(previous, line, full)
        if previous.page != line.page:
            ends = previous.text.endswith(_SENTENCE_END)
            same = not short and (not ends or line.text[:1].islower()) and (
                abs(previous.size - line.size) < 0.5 and previous.bold == line.bold)
        else:
            gap = previous.y - line.y
            expected = leading * max(1.0, line.size / body_size) if body_size else leading
            same = (
                0 < gap < expected * 1.3 + 0.5
                and not short
                and abs(previous.size - line.size) < 0.5
                and previous.bold == line.bold
            )
        if same:
            current = _join(current, line.text, full_text)
        else:
            paragraphs.append(current)
            current = line.text
    paragraphs.append(current)
    return paragraphs


def _full_measures(lines: list[_Line], body_size: float
                   ) -> tuple[dict[tuple[float, bool], float], float]:
    """How wide a full line is, for each size and weight of type (a title in a wide bold face
    fills its line with fewer characters than the body does), and for the body text."""
    groups: dict[tuple[float, bool], list[float]] = defaultdict(list)
    for line in lines:
        groups[(round(line.size, 1), line.bold)].append(line.measure)
    body = sorted(line.measure for line in lines if abs(line.size - body_size) < 0.5)
    body_full = body[int(len(body) * 0.9)] if body else 0.0
    fulls = {key: sorted(measures)[int(len(measures) * 0.9)]
             for key, measures in groups.items()
             if len(measures) >= 2 and abs(key[0] - body_size) >= 0.5}
    return fulls, body_full


def _ends_short(previous: _Line, line: _Line, full: float) -> bool:
    """Whether the previous line stops short of the column: the next line's first word would
    have fitted on it, so the writer ended the line there (a paragraph's last line). Without
    glyph widths (pypdf's reader) widths are guessed from character counts, so the word
    must fit with room to spare."""
    # Split at plain spaces only: "laws\u00a0under" could not be broken, so it wrapped whole.
    first_word = line.text.lstrip(" ").split(" ", 1)[0]
    per_character = previous.measure / max(1, len(previous.text))
    room = 0.95 if previous.end_x > previous.x else 0.85
    return previous.measure + per_character * (len(first_word) + 1) < full * room


_HYPHENATED = re.compile(r"(\w+)-$")
# Words that start compounds far more often than they are the first syllables of a word
# broken at the line's end: "state-sponsored", "far-reaching", "non-governmental".
_COMPOUND_STARTS = frozenset(
    "anti non co pre post self well long short so far ex multi cross high low full half all "
    "one two three four five six seven eight nine ten first second third state world "
    "government human rights war".split()
)
_SOFT_HYPHEN = "\u00ad"


def _hyphenated(text: str) -> re.Match[str] | None:
    """_HYPHENATED.search(text), looking only at the end: `text` is the paragraph so far,
    and searching all of it for every line made joining lines quadratic. A match that
    starts at the tail's start may go on before it, so the tail grows until it does not."""
    if not text.endswith(("-", "-\n")):  # where the pattern's "-$" can match
        return None
    size = 64
    while True:
        match = _HYPHENATED.search(text, max(0, len(text) - size))
        if match is None or match.start() > len(text) - size or size >= len(text):
            return match
        size *= 2


def _join(left: str, right: str, full_text: str) -> str:
    """Join two lines of a paragraph, mending a word broken at the line's end.

    A soft hyphen always goes. A hyphen stays when the document writes the word with a hyphen
    elsewhere ("US-led"), or when it follows a capital ("Russian-occupied") or a usual
    start of compounds ("far-reaching"); it goes when the document has the word whole
    elsewhere ("organiza-tion"), and otherwise too, as an office suite's hyphenation would.
    """
    if left.endswith(_SOFT_HYPHEN):
        return left[:-1] + right
    match = _hyphenated(left)
    if match and right[:1].islower():
        stem = match.group(1)
        first = right.split(" ", 1)[0].rstrip(".,;:!?\u201d\"'\u2019)")
        if f"{stem}-{first}" in full_text.replace(f"{stem}- {first}", ""):
            return left + right
        if f"{stem}{first}" in full_text:
            return left[:-1] + right
        if stem[:1].isupper() or stem.casefold() in _COMPOUND_STARTS:
            return left + right
        return left[:-1] + right
    if match:  # "US-" then "China", "F-" then "16": a hyphen that stays
        return left + right
    return left + " " + right
