"""Word documents (.docx): paragraphs in order, headings, tables; no footnotes or comments.

The main part (word/document.xml) is read with lxml rather than python-docx: python-docx
builds an object for every part of the package, which costs more than reading a press
release's text does, and the part read here is all that text is taken from. Headers, footers,
footnotes, endnotes and comments live in other parts and are thereby left out.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from briefpack.errors import FileRefused
from briefpack.importers.base import ImportedText
from briefpack.importers.layout import BULLET, clean_line, compose, pick_title
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


def read_docx_file(path: Path) -> list[ImportedText]:
    data = read_limited(path, MAX_DOCUMENT_BYTES, "Word")
    return [read_docx_bytes(data, path)]


def read_docx_bytes(data: bytes, path: Path, name: str | None = None) -> ImportedText:
    with open_zip(data, path, WHAT) as archive:
        main = _main_part_name(archive, path)
        xml = read_member(archive, main, path, WHAT)
        if xml is None:
            raise FileRefused(path, f"{WHAT} is damaged (its main text part is missing)")
        folder = main.rsplit("/", 1)[0] + "/" if "/" in main else ""
        styles_xml = read_member(archive, folder + "styles.xml", path, WHAT)
    root = parse_xml(xml, path, WHAT)
    ns = etree.QName(root).namespace or _TRANSITIONAL
    tags = _Tags(ns if ns in (_TRANSITIONAL, _STRICT) else _TRANSITIONAL)
    styles = _StyleKinds(parse_xml(styles_xml, path, WHAT), tags) if styles_xml else None
    body = root.find(tags.body)
    if body is None:
        raise FileRefused(path, "document has no text")
    blocks: list[tuple[str, str]] = []
    _Walker(tags, styles).blocks(body, blocks)
    title, paragraphs = pick_title(blocks)
    text = compose(paragraphs, path, title)
    return ImportedText(path=path, text=text, format="docx", title=title and clean_line(title),
                        name=name)


def _main_part_name(archive, path: Path) -> str:
    rels = read_member(archive, "_rels/.rels", path, WHAT)
    if rels:
        root = parse_xml(rels, path, WHAT)
        for rel in root.iter(f"{{{_RELS}}}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                target = rel.get("Target", "").lstrip("/")
                if target:
                    return target
    return "word/document.xml"


class _StyleKinds:
    """Which paragraph styles are titles, headings, or bold, following basedOn chains."""

    def __init__(self, root: etree._Element, tags: _Tags) -> None:
        w = tags.w
        self.kind: dict[str, str] = {}
        self.bold: set[str] = set()
        based_on: dict[str, str] = {}
        for style in root.iter(w + "style"):
            if style.get(w + "type") != "paragraph":
                continue
            style_id = style.get(w + "styleId") or ""
            name_el = style.find(w + "name")
            name = (name_el.get(w + "val") if name_el is not None else "") or ""
            name = name.lower()
            if name in ("title",):
                self.kind[style_id] = "title"
            elif name.startswith("heading") or style.find(f"{w}pPr/{w}outlineLvl") is not None:
                self.kind[style_id] = "heading"
            elif name == "subtitle":
                self.kind[style_id] = "subhead"
            bold = style.find(f"{w}rPr/{w}b")
            if bold is not None and bold.get(w + "val", "1").lower() not in _OFF:
                self.bold.add(style_id)
            parent = style.find(w + "basedOn")
            if parent is not None:
                based_on[style_id] = parent.get(w + "val") or ""
        for style_id in list(based_on):
            seen = {style_id}
            parent = based_on.get(style_id)
            while parent and parent not in seen:
                seen.add(parent)
                if style_id not in self.kind and parent in self.kind:
                    self.kind[style_id] = self.kind[parent]
                if parent in self.bold:
                    self.bold.add(style_id)
                parent = based_on.get(parent)


class _Walker:
    def __init__(self, tags: _Tags, styles: _StyleKinds | None) -> None:
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
            if all(len(c) <= 1 for c in cells):
                # "Office:" | "+1 613 744 7667" reads as one line, as in a plain-text block.
                line = " ".join(c[0][1] for c in cells if c)
                if line:
                    out.append(("cell", line))
            else:
                for cell_blocks in cells:
                    out.extend(cell_blocks)

    def paragraph(self, p: etree._Element, out: list[tuple[str, str]]) -> None:
        tags = self.tags
        kind = "body"
        style_bold = False
        list_item = False
        ppr = p.find(tags.ppr)
        if ppr is not None:
            style = ppr.find(tags.pstyle)
            if style is not None and self.styles is not None:
                style_id = style.get(tags.val) or ""
                kind = self.styles.kind.get(style_id, "body")
                style_bold = style_id in self.styles.bold
            if ppr.find(tags.outline) is not None and kind == "body":
                outline = ppr.find(tags.outline).get(tags.val, "9")
                if outline.isdigit() and int(outline) < 9:
                    kind = "heading"
            numpr = ppr.find(tags.numpr)
            if numpr is not None:
                num_id = numpr.find(tags.numid)
                list_item = num_id is None or num_id.get(tags.val) != "0"
        parts: list[str] = []
        extra: list[tuple[str, str]] = []
        state = [True, False]  # all text bold so far, any text seen
        self.runs(p, parts, extra, state, style_bold)
        lines = [clean_line(line) for line in "".join(parts).split("\n")]
        lines = [line for line in lines if line]
        if lines:
            if kind == "body" and state[0] and state[1] and len(lines) == 1 and (
                len(lines[0]) <= SUBHEAD_MAX_CHARS
            ):
                kind = "subhead"
            if list_item:
                lines[0] = BULLET + lines[0]
            out.append((kind, lines[0]))
            out.extend(("line", line) for line in lines[1:])
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
                if el.text:
                    parts.append(el.text)
                    text_here = text_here or not el.text.isspace()
            elif tag == tags.rpr:
                b = el.find(tags.b)
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
