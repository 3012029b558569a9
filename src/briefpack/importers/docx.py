"""Word documents (.docx): paragraphs in order, headings, tables; no footnotes or comments.

The main part (word/document.xml) is read with lxml rather than python-docx: python-docx
builds an object for every part of the package, which costs more than reading a press
release's text does, and the part read here is all that text is taken from. Headers, footers,
footnotes, endnotes and comments live in other parts and are thereby left out.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from briefpack.errors import FileRefused
from briefpack.importers import packs
from briefpack.importers.base import ImportedText
from briefpack.importers.layout import BULLET, add_table_row, clean_line, compose, pick_title
from briefpack.importers.limits import MAX_DOCUMENT_BYTES, open_zip, read_limited, read_member
from briefpack.importers.xmlsafe import parse_xml

SUFFIXES = (".docx",)
WHAT = "Word document"

_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFF = {"0", "false", "off", "none"}

# Subheads written as a bold paragraph of their own are short; a bold body paragraph is not.
SUBHEAD_MAX_CHARS = 120


class _Tags:
    """Clark names of the WordprocessingML elements read here, for one namespace."""

    def __init__(self, ns: str) -> None:
        w = f"{{{ns}}}"
        self.w = w
        self.body = w + "body"
        self.p, self.r, self.t, self.tbl, self.tr, self.tc = (
            w + n for n in ("p", "r", "t", "tbl", "tr", "tc")
        )
        self.ppr, self.rpr, self.pstyle, self.numpr, self.numid = (
            w + n for n in ("pPr", "rPr", "pStyle", "numPr", "numId")
        )
        self.tab, self.br, self.cr, self.nbhyphen = (
            w + n for n in ("tab", "br", "cr", "noBreakHyphen")
        )
        self.b, self.outline = w + "b", w + "outlineLvl"
        self.sdt, self.sdtcontent = w + "sdt", w + "sdtContent"
        self.txbx = w + "txbxContent"
        self.val, self.type = w + "val", w + "type"
        # Elements whose runs are part of the text, read through as if they were not there.
        self.transparent = {w + n for n in ("hyperlink", "smartTag", "ins", "customXml",
                                            "fldSimple", "moveTo", "sdtContent", "dir", "bdo")}
        self.transparent.add(self.sdt)
        self.fallback = f"{{{_MC}}}Fallback"


# Made once, not for every file: a _Tags is some thirty strings.
_TAGS = {ns: _Tags(ns) for ns in (_TRANSITIONAL, _STRICT)}


def read_docx_file(path: Path) -> list[ImportedText]:
    data = read_limited(path, MAX_DOCUMENT_BYTES, "Word")
    return [read_docx_bytes(data, path)]


def read_docx_bytes(data: bytes, path: Path, name: str | None = None) -> ImportedText:
    with open_zip(data, path, WHAT) as archive:
        return read_archive(archive, path, name)


def read_archive(archive: zipfile.ZipFile, path: Path, name: str | None = None) -> ImportedText:
    """The statement in a Word file whose zip is open (office.py opened it to sniff it)."""
    main, core = _part_names(archive, path)
    if packs.is_pack_docx(read_member(archive, core, path, WHAT), path):
        raise FileRefused(path, packs.REASON)
    xml = read_member(archive, main, path, WHAT)
    if xml is None:
        raise FileRefused(path, f"{WHAT} is damaged (its main text part is missing)")
    folder = main.rsplit("/", 1)[0] + "/" if "/" in main else ""
    root = parse_xml(xml, path, WHAT)
    ns = etree.QName(root).namespace or _TRANSITIONAL
    tags = _TAGS[ns if ns in _TAGS else _TRANSITIONAL]
    body = root.find(tags.body)
    if body is None:
        raise FileRefused(path, "document has no text")
    styles = _StyleKinds(lambda: read_member(archive, folder + "styles.xml", path, WHAT),
                         tags, path)
    blocks: list[tuple[str, str]] = []
    _Walker(tags, styles).blocks(body, blocks)
    title, paragraphs = pick_title(blocks)
    text = compose(paragraphs, path, title, cleaned=True)  # the walker cleaned every line
    return ImportedText(path=path, text=text, format="docx", title=title and clean_line(title),
                        name=name)


def _part_names(archive, path: Path) -> tuple[str, str]:
    """(the main part, the core properties), as the package's relationships name them."""
    main = core = ""
    rels = read_member(archive, "_rels/.rels", path, WHAT)
    if rels:
        root = parse_xml(rels, path, WHAT)
        for rel in root.iter(f"{{{_RELS}}}Relationship"):
            kind = rel.get("Type", "")
            if not main and kind.endswith("/officeDocument"):
                main = rel.get("Target", "").lstrip("/")
            elif not core and kind.endswith("/core-properties"):
                core = rel.get("Target", "").lstrip("/")
    return main or "word/document.xml", core or "docProps/core.xml"


# Style ids Word writes for its built-in styles in English; anything else is looked up.
_KNOWN_STYLES = {"Title": "title", "Subtitle": "subhead", "Normal": "body",
                 "ListParagraph": "body", "NoSpacing": "body", "BodyText": "body"}
_KNOWN_STYLES.update({f"Heading{n}": "heading" for n in range(1, 10)})
_STYLE_START = re.compile(rb"<(?:\w+:)?style\b")


class _StyleKinds:
    """Which paragraph styles are titles, headings, or bold, following basedOn chains.

    styles.xml is often hundreds of kilobytes (every latent style of Word's template) while a
    statement uses a handful of styles: only the styles used are cut out and parsed.
    """

    def __init__(self, load: Callable[[], bytes | None], tags: _Tags, path: Path) -> None:
        self.load: Callable[[], bytes | None] | None = load
        self.data: bytes | None = None
        self.tags = tags
        self.path = path
        self.cache: dict[str, tuple[str, bool, bool]] = {}

    def lookup(self, style_id: str) -> tuple[str, bool, bool]:
        """(kind, bold, list item) of a paragraph style."""
        found = self.cache.get(style_id)
        if found is None:
            found = self._resolve(style_id, depth=0)
            self.cache[style_id] = found
        return found

    def _resolve(self, style_id: str, depth: int) -> tuple[str, bool, bool]:
        if style_id in _KNOWN_STYLES:
            return _KNOWN_STYLES[style_id], False, False
        style = self._element(style_id)
        if style is None or depth > 10:
            return "body", False, False
        w = self.tags.w
        name_el = style.find(w + "name")
        name = ((name_el.get(w + "val") if name_el is not None else "") or "").lower()
        kind = ""
        if name == "title":
            kind = "title"
        elif name.startswith("heading") or style.find(f"{w}pPr/{w}outlineLvl") is not None:
            kind = "heading"
        elif name == "subtitle":
            kind = "subhead"
        bold_el = style.find(f"{w}rPr/{w}b")
        bold = bold_el is not None and bold_el.get(w + "val", "1").lower() not in _OFF
        num_id = style.find(f"{w}pPr/{w}numPr/{w}numId")
        listed = num_id is not None and num_id.get(w + "val") != "0"
        parent_el = style.find(w + "basedOn")
        parent = parent_el.get(w + "val") if parent_el is not None else None
        if parent and parent != style_id:
            parent_kind, parent_bold, parent_listed = self._resolve(parent, depth + 1)
            kind = kind or (parent_kind if parent_kind != "body" else "")
            bold = bold or (parent_bold and bold_el is None)
            listed = listed or (parent_listed and num_id is None)
        return kind or "body", bold, listed

    def _element(self, style_id: str) -> etree._Element | None:
        if self.load is not None:
            self.data, self.load = self.load(), None  # read only when a style needs it
        if not self.data:
            return None
        marker = b'styleId="' + style_id.encode("utf-8", "replace") + b'"'
        at = self.data.find(marker)
        if at < 0:
            return None
        starts = list(_STYLE_START.finditer(self.data, max(0, at - 400), at))
        end = self.data.find(b"style>", at)
        if not starts or end < 0:
            return None
        fragment = self.data[starts[-1].start() : end + 6]
        prefix = fragment[1 : fragment.index(b"style")].rstrip(b":").decode("ascii", "replace")
        declaration = f'xmlns:{prefix}="{self.tags.w[1:-1]}"' if prefix else (
            f'xmlns="{self.tags.w[1:-1]}"')
        wrapped = f"<styles {declaration}>".encode() + fragment + b"</styles>"
        if prefix:
            wrapped = f"<{prefix}:styles {declaration}>".encode() + fragment + (
                f"</{prefix}:styles>".encode())
        try:
            return parse_xml(wrapped, self.path, WHAT)[0]
        except (FileRefused, IndexError):
            return None


class _Walker:
    def __init__(self, tags: _Tags, styles: _StyleKinds) -> None:
        self.tags = tags
        self.styles = styles

    def blocks(self, container: etree._Element, out: list[tuple[str, str]]) -> None:
        tags = self.tags
        for child in container:
            tag = child.tag
            if tag == tags.p:
                self.paragraph(child, out)
            elif tag == tags.tbl:
                self.table(child, out)
            elif tag in tags.transparent:
                self.blocks(child, out)

    def table(self, table: etree._Element, out: list[tuple[str, str]]) -> None:
        tags = self.tags
        for row in table.iter(tags.tr):
            if row.getparent() is not table and row.getparent().tag != tags.sdtcontent:
                continue  # rows of a nested table are read with their own cell
            cells: list[list[tuple[str, str]]] = []
            for cell in row.iter(tags.tc):
                if cell.getparent() is not row and cell.getparent().tag != tags.sdtcontent:
                    continue
                cell_blocks: list[tuple[str, str]] = []
                self.blocks(cell, cell_blocks)
                cells.append([b for b in cell_blocks if b[1]])
            add_table_row(cells, out)

    def paragraph(self, p: etree._Element, out: list[tuple[str, str]]) -> None:
        tags = self.tags
        kind = "body"
        style_bold = False
        list_item = False
        ppr = _child(p, tags.ppr)
        if ppr is not None:
            style = outline = numpr = None
            for child in ppr:  # one pass over the properties, not a find() for each
                tag = child.tag
                if tag == tags.pstyle:
                    style = child if style is None else style
                elif tag == tags.outline:
                    outline = child if outline is None else outline
                elif tag == tags.numpr:
                    numpr = child if numpr is None else numpr
            if style is not None:
                kind, style_bold, list_item = self.styles.lookup(style.get(tags.val) or "")
            if outline is not None and kind == "body":
                level = outline.get(tags.val, "9")
                if level.isdigit() and int(level) < 9:
                    kind = "heading"
            if numpr is not None:
                num_id = _child(numpr, tags.numid)
                list_item = num_id is None or num_id.get(tags.val) != "0"
            if kind in ("title", "heading"):
                list_item = False  # numbered headings are headings
        parts: list[str] = []
        extra: list[tuple[str, str]] = []
        state = [True, False]  # all text bold so far, any text seen
        self.runs(p, parts, extra, state, style_bold)
        text = parts[0] if len(parts) == 1 else "".join(parts)
        if "\n" in text:  # line breaks: a line each
            lines = [line for line in map(clean_line, text.split("\n")) if line]
        else:  # most paragraphs are one line
            text = clean_line(text)
            lines = [text] if text else []
        if lines:
            if kind == "body" and state[0] and state[1] and len(lines) == 1 and (
                len(lines[0]) <= SUBHEAD_MAX_CHARS
            ):
                kind = "subhead"
            if list_item:
                lines[0] = BULLET + lines[0]
            out.append((kind, lines[0]))
            if len(lines) > 1:
                out.extend(("line", line) for line in lines[1:])
        if extra:
            out.extend(extra)

    def runs(self, parent: etree._Element, parts: list[str], extra: list[tuple[str, str]],
             state: list[bool], style_bold: bool) -> None:
        tags = self.tags
        for child in parent:
            tag = child.tag
            if tag == tags.r:
                self.run(child, parts, extra, state, style_bold)
            elif tag in tags.transparent:
                self.runs(child, parts, extra, state, style_bold)
            # w:del, w:moveFrom (deleted text), w:pPr, bookmarks, comment ranges: not text

    def run(self, r: etree._Element, parts: list[str], extra: list[tuple[str, str]],
            state: list[bool], style_bold: bool) -> None:
        tags = self.tags
        bold = style_bold
        text_here = False
        for el in r:
            tag = el.tag
            if tag == tags.t:
                text = el.text  # lxml makes a new string at each .text
                if text:
                    parts.append(text)
                    text_here = text_here or not text.isspace()
            elif tag == tags.rpr:
                b = _child(el, tags.b)
                if b is not None:
                    bold = b.get(tags.val, "1").lower() not in _OFF
            elif tag == tags.tab:
                parts.append("\t")
            elif tag == tags.br:
                parts.append("\n")
            elif tag == tags.cr:
                parts.append("\n")
            elif tag == tags.nbhyphen:
                parts.append("-")
            elif isinstance(tag, str) and not tag.startswith(tags.w + "instr"):
                self.text_boxes(el, extra)
        if text_here:
            state[1] = True
            if not bold:
                state[0] = False

    def text_boxes(self, el: etree._Element, extra: list[tuple[str, str]]) -> None:
        """Text boxes inside a drawing, as paragraphs after the one that anchors them."""
        tags = self.tags
        for box in el.iter(tags.txbx):
            ancestor = box.getparent()
            skip = False
            while ancestor is not None and ancestor is not el:
                if ancestor.tag == tags.fallback:  # the same box again, for old Word versions
                    skip = True
                    break
                ancestor = ancestor.getparent()
            if not skip:
                self.blocks(box, extra)


def _child(el: etree._Element, tag: str) -> etree._Element | None:
    """el.find(tag) for a plain tag name, without the path parsing that makes find() cost
    twice as much: it ran several times for every paragraph."""
    for child in el.iterchildren(tag):
        return child
    return None
