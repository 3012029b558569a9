"""OpenDocument text (.odt): paragraphs, headings and tables from content.xml; footnotes,
comments and tracked deletions left out. Read with lxml like .docx, under the same zip limits."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from briefpack.errors import FileRefused
from briefpack.importers.base import ImportedText
from briefpack.importers.layout import BULLET, add_table_row, clean_line, compose, pick_title
from briefpack.importers.limits import MAX_DOCUMENT_BYTES, open_zip, read_limited, read_member
from briefpack.importers.xmlsafe import parse_xml

SUFFIXES = (".odt",)
WHAT = "OpenDocument file"
SUBHEAD_MAX_CHARS = 120

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"

_P, _H, _SPAN, _A, _S, _TAB, _BREAK = (
    _TEXT + n for n in ("p", "h", "span", "a", "s", "tab", "line-break")
)
_LIST, _LIST_ITEM, _LIST_HEADER, _SECTION = (
    _TEXT + n for n in ("list", "list-item", "list-header", "section")
)
# Inline elements whose text is not the statement's: footnotes, comments, change records.
_SKIP = {_TEXT + "note", _OFFICE + "annotation", _TEXT + "tracked-changes",
         _TEXT + "bookmark-ref", _OFFICE + "annotation-end"}
_ROW_GROUPS = {_TABLE + n for n in ("table-header-rows", "table-rows", "table-row-group")}


def read_odt_file(path: Path) -> list[ImportedText]:
    data = read_limited(path, MAX_DOCUMENT_BYTES, "OpenDocument")
    return [read_odt_bytes(data, path)]


def read_odt_bytes(data: bytes, path: Path, name: str | None = None) -> ImportedText:
    with open_zip(data, path, WHAT) as archive:
        return read_archive(archive, path, name)


def read_archive(archive: zipfile.ZipFile, path: Path, name: str | None = None) -> ImportedText:
    """The statement in an OpenDocument file whose zip is open (office.py opened it)."""
    content = read_member(archive, "content.xml", path, WHAT)
    styles = read_member(archive, "styles.xml", path, WHAT)
    if content is None:
        raise FileRefused(path, f"{WHAT} is damaged (its content part is missing)")
    root = parse_xml(content, path, WHAT)
    text_root = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if text_root is None:
        raise FileRefused(path, "not a text document (an OpenDocument spreadsheet or slides?)")
    kinds = _Styles()
    if styles:
        kinds.add(parse_xml(styles, path, WHAT))
    kinds.add(root)
    blocks: list[tuple[str, str]] = []
    _Walker(kinds).blocks(text_root, blocks)
    title, paragraphs = pick_title(blocks)
    text = compose(paragraphs, path, title)
    return ImportedText(path=path, text=text, format="odt", title=title and clean_line(title),
                        name=name)


class _Styles:
    """Style name -> (parent style name, bold), for paragraph and text styles."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.bold: dict[str, bool] = {}

    def add(self, root: etree._Element) -> None:
        for style in root.iter(_STYLE + "style"):
            name = style.get(_STYLE + "name")
            if not name:
                continue
            parent = style.get(_STYLE + "parent-style-name")
            if parent:
                self.parent[name] = parent
            props = style.find(_STYLE + "text-properties")
            if props is not None and props.get(_FO + "font-weight"):
                self.bold[name] = props.get(_FO + "font-weight") in ("bold", "600", "700",
                                                                      "800", "900")

    def kind(self, name: str | None) -> str:
        seen = set()
        while name and name not in seen:
            seen.add(name)
            plain = name.replace("_20_", " ").lower()
            if plain.startswith("title"):
                return "title"
            if plain.startswith("heading"):
                return "heading"
            if plain.startswith("subtitle"):
                return "subhead"
            name = self.parent.get(name)
        return "body"

    def is_bold(self, name: str | None) -> bool:
        seen = set()
        while name and name not in seen:
            seen.add(name)
            if name in self.bold:
                return self.bold[name]
            name = self.parent.get(name)
        return False


class _Walker:
    def __init__(self, styles: _Styles) -> None:
        self.styles = styles

    def blocks(self, container: etree._Element, out: list[tuple[str, str]]) -> None:
        for child in container:
            tag = child.tag
            if tag == _P or tag == _H:
                self.paragraph(child, out)
            elif tag == _LIST:
                for item in child:
                    if item.tag in (_LIST_ITEM, _LIST_HEADER):
                        first = len(out)
                        self.blocks(item, out)
                        if len(out) > first and item.tag == _LIST_ITEM:
                            kind, line = out[first]
                            out[first] = (kind, BULLET + line)
            elif tag == _TABLE + "table":
                self.table(child, out)
            elif tag == _SECTION or tag == _TEXT + "index-body" or tag in _ROW_GROUPS:
                self.blocks(child, out)

    def table(self, table: etree._Element, out: list[tuple[str, str]]) -> None:
        rows = []
        for child in table:
            if child.tag == _TABLE + "table-row":
                rows.append(child)
            elif child.tag in _ROW_GROUPS:
                rows.extend(r for r in child if r.tag == _TABLE + "table-row")
        for row in rows:
            cells = []
            for cell in row:
                if cell.tag == _TABLE + "table-cell":
                    cell_blocks: list[tuple[str, str]] = []
                    self.blocks(cell, cell_blocks)
                    cells.append([b for b in cell_blocks if b[1]])
            add_table_row(cells, out)

    def paragraph(self, p: etree._Element, out: list[tuple[str, str]]) -> None:
        style = p.get(_TEXT + "style-name")
        kind = "heading" if p.tag == _H else self.styles.kind(style)
        if p.tag == _H and p.get(_TEXT + "outline-level") in (None, "1") and (
            self.styles.kind(style) == "title"
        ):
            kind = "title"
        parts: list[str] = []
        extra: list[tuple[str, str]] = []
        state = [True, False]  # all text bold, any text
        self.inline(p, parts, extra, state, self.styles.is_bold(style))
        lines = [line for line in (clean_line(x) for x in "".join(parts).split("\n")) if line]
        if lines:
            if kind == "body" and state[0] and state[1] and len(lines) == 1 and (
                len(lines[0]) <= SUBHEAD_MAX_CHARS
            ):
                kind = "subhead"
            out.append((kind, lines[0]))
            out.extend(("line", line) for line in lines[1:])
        out.extend(extra)

    def inline(self, element: etree._Element, parts: list[str], extra: list[tuple[str, str]],
               state: list[bool], bold: bool) -> None:
        if element.text:
            self.note_text(element.text, state, bold)
            parts.append(element.text)
        for child in element:
            tag = child.tag
            if tag in _SKIP:
                pass
            elif tag == _S:
                count = child.get(_TEXT + "c", "1")
                parts.append(" " * (int(count) if count.isdigit() and int(count) < 100 else 1))
            elif tag == _TAB:
                parts.append("\t")
            elif tag == _BREAK:
                parts.append("\n")
            elif tag == _DRAW + "frame":
                for box in child.iter(_DRAW + "text-box"):
                    self.blocks(box, extra)
            elif isinstance(tag, str):
                style = child.get(_TEXT + "style-name")
                child_bold = self.styles.is_bold(style) if style in self.styles.bold else bold
                self.inline(child, parts, extra, state, child_bold)
            if child.tail:
                self.note_text(child.tail, state, bold)
                parts.append(child.tail)

    @staticmethod
    def note_text(text: str, state: list[bool], bold: bool) -> None:
        if text.strip():
            state[1] = True
            if not bold:
                state[0] = False
