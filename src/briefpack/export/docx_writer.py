"""Document -> editable Word file with python-docx and the template in resources/templates.

python-docx has no API for fields, hyperlinks or bookmarks, so the body is written as
WordprocessingML directly (which is also what makes a 50-page pack quick) and python-docx does
the rest: the package, styles from the template, sections, headers, pictures, properties.

- The cover is its own section with no page number; the body's footer says "Page X of Y" from
  PAGE and NUMPAGES. The cover counts as page 1 (as in the PDF), so the numbers agree with the
  page count a printer or reader shows, in Word and in LibreOffice alike (LibreOffice does not
  compute SECTIONPAGES, so restarting the count after the cover would print "Page 2 of 1").
- The contents is a real TOC field inside a w:sdt, marked dirty, with w:updateFields in
  settings.xml, so Word fills in page numbers on opening. Until then it lists the headings.
- Every heading carries a bookmark; hyperlinks point at URLs only (http, https, mailto).

This module imports python-docx at import time; `briefpack.export` imports it only when a DOCX
is actually written, so the desktop app starts without it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm

from briefpack.briefing import document as d
from briefpack.errors import ExportError
from briefpack.export.atomic import atomic_writer
from briefpack.export.make_template import EAST_ASIA_FONT, MUTED, NAVY, SHADE
from briefpack.resource_files import resource

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
LINK_SCHEMES = ("http://", "https://", "mailto:")
PAGE_MM = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
MARGIN_X_MM = 22.0
TWIPS_PER_MM = 1440 / 25.4

HEADING_STYLES = {1: "Heading1", 2: "Heading2", 3: "Heading3"}
PARA_STYLES = {"body": None, "lead": "Lead", "source": "Source", "note": "Note"}

# Han, kana, Hangul, CJK punctuation and full-width forms: runs holding them get the East Asian
# font named explicitly, so Word does not fall back to a Latin face.
_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]"
)

# Elements that come after w:updateFields in CT_Settings, in schema order.
_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
    "listSeparator",
)


def template_path() -> Path:
    return Path(str(resource("templates", "briefpack.docx")))


def _text(text: str) -> str:
    """w:t (and w:br, w:tab) elements for plain text."""
    out: list[str] = []
    for number, line in enumerate(text.split("\n")):
        if number:
            out.append("<w:br/>")
        for index, piece in enumerate(line.split("\t")):
            if index:
                out.append("<w:tab/>")
            # Word's own element for a hyphen that never ends a line (as in a phone number),
            # which every font shows.
            for part, text in enumerate(piece.split("\u2011")):
                if part:
                    out.append("<w:noBreakHyphen/>")
                if text:
                    out.append(f'<w:t xml:space="preserve">{escape(text)}</w:t>')
    return "".join(out)


def _run(text: str, *, bold: bool = False, italic: bool = False, style: str | None = None,
         color: str | None = None) -> str:
    props = []
    if style:
        props.append(f'<w:rStyle w:val="{style}"/>')
    if _CJK.search(text):
        props.append(f'<w:rFonts w:eastAsia="{EAST_ASIA_FONT}"/>')
    if bold:
        props.append("<w:b/><w:bCs/>")
    if italic:
        props.append("<w:i/><w:iCs/>")
    if color:
        props.append(f'<w:color w:val="{color}"/>')
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{_text(text)}</w:r>"


def _ppr(style: str | None, extra: str = "") -> str:
    inner = (f'<w:pStyle w:val="{style}"/>' if style else "") + extra
    return f"<w:pPr>{inner}</w:pPr>" if inner else ""


class _Body:
    """Builds the WordprocessingML for the blocks after the cover."""

    def __init__(self, document: d.Document, package: WordDocument,
                 text_width_twips: int) -> None:
        self.document = document
        self.part = package.part
        self.width = text_width_twips
        self.xml: list[str] = []
        self.bookmarks = 0
        self.links: dict[str, str] = {}
        self.toc_entries: list[tuple[int, str, str]] = []

    def link(self, url: str) -> str | None:
        if not url.lower().startswith(LINK_SCHEMES):
            return None
        if url not in self.links:
            self.links[url] = self.part.relate_to(url, RT.HYPERLINK, is_external=True)
        return self.links[url]

    def inline(self, parts: list[d.Run], *, color: str | None = None,
               bold: bool = False) -> str:
        out = []
        for part in parts:
            run = _run(part.text, bold=part.bold or bold, italic=part.italic, color=color)
            rid = self.link(part.link) if part.link else None
            if rid:
                run = _run(part.text, bold=part.bold or bold, italic=part.italic,
                           style="Hyperlink")
                run = f'<w:hyperlink r:id="{rid}" w:history="1">{run}</w:hyperlink>'
            out.append(run)
        return "".join(out)

    def build(self, blocks: list[d.Block]) -> str:
        for block in blocks:
            getattr(self, f"_{type(block).__name__.lower()}")(block)
        return "".join(self.xml)

    def _heading(self, block: d.Heading) -> None:
        self.bookmarks += 1
        name = f"_Toc_bp{self.bookmarks}"
        number = self.bookmarks
        if block.level <= 2:
            self.toc_entries.append((block.level, block.text, name))
        self.xml.append(
            f"<w:p>{_ppr(HEADING_STYLES[block.level])}"
            f'<w:bookmarkStart w:id="{number}" w:name="{name}"/>{_run(block.text)}'
            f'<w:bookmarkEnd w:id="{number}"/></w:p>'
        )

    def _para(self, block: d.Para) -> None:
        self.xml.append(f"<w:p>{_ppr(PARA_STYLES[block.style])}{self.inline(block.runs)}</w:p>")

    def _blockquote(self, block: d.BlockQuote) -> None:
        self.xml.append(f"<w:p>{_ppr('Quote')}{_run('“' + block.text + '”')}</w:p>")
        parts = []
        if block.speaker:
            parts.append(_run(block.speaker, style="Speaker"))
        else:
            parts.append(_run("Unattributed"))
        if block.role:
            parts.append(_run(f", {block.role}"))
        if block.source:
            parts.append("<w:r><w:br/></w:r>")
            rid = self.link(block.source_url) if block.source_url else None
            source = _run(block.source, style="Hyperlink" if rid else None)
            if rid:
                source = f'<w:hyperlink r:id="{rid}" w:history="1">{source}</w:hyperlink>'
            parts.append(source)
        self.xml.append(f"<w:p>{_ppr('QuoteAttribution')}{''.join(parts)}</w:p>")

    def _bulletlist(self, block: d.BulletList) -> None:
        for item in block.items:
            self.xml.append(f"<w:p>{_ppr('ListBullet')}{self.inline(item)}</w:p>")

    def _table(self, block: d.Table) -> None:
        if not block.rows:
            return
        count = block.column_count
        shares = block.widths or [1 / count] * count
        widths = [int(self.width * share) for share in shares]
        style = "BriefpackTable" if block.header else "BriefpackFacts"
        look = (
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0"'
            ' w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
            if block.header
            else '<w:tblLook w:val="0080" w:firstRow="0" w:lastRow="0" w:firstColumn="1"'
            ' w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
        )
        out = [
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/>'
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>{look}'
            "</w:tblPr><w:tblGrid>"
            + "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
            + "</w:tblGrid>"
        ]
        for index, row in enumerate(block.rows):
            is_header = block.header and index == 0
            row_props = "<w:cantSplit/>" + ("<w:tblHeader/>" if is_header else "")
            out.append(f"<w:tr><w:trPr>{row_props}</w:trPr>")
            # Direct shading as well as the table style: LibreOffice ignores conditional
            # table-style formatting, and the header must read as a header everywhere.
            if is_header:
                fill = NAVY
            elif block.header and index % 2 == 0:
                fill = SHADE
            else:
                fill = None
            shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
            for column, cell in enumerate(row):
                if is_header:
                    content = self.inline(cell, color="FFFFFF", bold=True)
                elif not block.header and column == 0:
                    content = self.inline(cell, color=MUTED, bold=True)
                else:
                    content = self.inline(cell)
                out.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{widths[column]}" w:type="dxa"/>{shading}'
                    f"</w:tcPr><w:p>{_ppr('TableText')}{content}</w:p></w:tc>"
                )
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.xml.append("".join(out))
        # Word needs a paragraph between consecutive tables, and it gives the table air.
        self.xml.append('<w:p><w:pPr><w:spacing w:after="120"/></w:pPr></w:p>')

    def _pagebreak(self, block: d.PageBreak) -> None:
        self.xml.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def _contents(self, block: d.Contents) -> None:
        self.xml.append("\0TOC\0")  # filled in once every heading is known

    def _cover(self, block: d.Cover) -> None:
        raise ValueError("the cover must be the first block of a document")

    def contents_xml(self, title: str) -> str:
        """The TOC field inside a w:sdt, as Word and pandoc write it; dirty so Word updates
        it on opening. Its current result lists the headings, linked, without page numbers."""
        entries = []
        for level, text, anchor in self.toc_entries:
            entries.append(
                f"<w:p>{_ppr(f'TOC{level}')}"
                f'<w:hyperlink w:anchor="{anchor}" w:history="1">{_run(text)}</w:hyperlink>'
                "</w:p>"
            )
        field_begin = (
            '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText>'
            '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        )
        field_end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        if entries:
            first = entries[0]
            entries[0] = first.replace("</w:pPr>", "</w:pPr>" + field_begin, 1)
            entries[-1] = entries[-1][: -len("</w:p>")] + field_end + "</w:p>"
            body = "".join(entries)
        else:
            body = (
                f"<w:p>{_ppr('TOC1')}{field_begin}"
                f"{_run('Update this field to list the contents.')}{field_end}</w:p>"
            )
        return (
            '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
            "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>"
            f"<w:p>{_ppr('TOCHeading')}{_run(title)}</w:p>{body}"
            '</w:sdtContent></w:sdt><w:p><w:r><w:br w:type="page"/></w:r></w:p>'
        )


def _field(instruction: str, placeholder: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{_run(placeholder)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _paragraph_xml(inner: str) -> str:
    return f'<w:p xmlns:w="{W_NS}" xmlns:r="{R_NS}">{inner}</w:p>'


def _replace_paragraphs(container: object, xml: str) -> None:
    """Puts one paragraph of WordprocessingML into a header or footer."""
    element = container._element  # type: ignore[attr-defined]
    for paragraph in element.findall(qn("w:p")):
        element.remove(paragraph)
    element.append(parse_xml(_paragraph_xml(xml)))


def _header_xml(title: str | None, marking: str | None) -> str:
    parts = [_ppr("Header")]
    if title:
        parts.append(_run(title))
    if marking:
        parts.append("<w:r><w:tab/><w:tab/></w:r>")
        parts.append(_run(marking, style="Marking"))
    return "".join(parts)


def _footer_xml(marking: str | None) -> str:
    parts = [_ppr("Footer")]
    if marking:
        parts.append(_run(marking, style="Marking"))
    parts.append("<w:r><w:tab/><w:tab/></w:r>")
    parts.append(_run("Page "))
    parts.append(_field("PAGE", "1"))
    parts.append(_run(" of "))
    parts.append(_field("NUMPAGES", "1"))
    return "".join(parts)


def _set_update_fields(package: WordDocument) -> None:
    settings = package.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    update = parse_xml(f'<w:updateFields xmlns:w="{W_NS}" w:val="true"/>')
    for name in _AFTER_UPDATE_FIELDS:
        following = settings.find(qn(f"w:{name}"))
        if following is not None:
            following.addprevious(update)
            return
    settings.append(update)


def _add_cover(package: WordDocument, cover: d.Cover, text_width_mm: float) -> None:
    body = package.element.body
    if cover.logo is not None:
        paragraph = package.add_paragraph()
        try:
            picture = paragraph.add_run().add_picture(str(cover.logo), height=Mm(20))
        except Exception as error:  # python-docx raises several kinds for a bad image
            message = f"The logo {cover.logo.name} could not be read as an image."
            raise ExportError(message) from error
        if picture.width > Mm(min(60, text_width_mm)):
            ratio = Mm(60) / picture.width
            picture.width = Mm(60)
            picture.height = int(picture.height * ratio)
        doc_pr = picture._inline.docPr
        doc_pr.set("descr", cover.logo_alt)
        doc_pr.set("title", cover.logo_alt)
        paragraph.paragraph_format.space_after = Mm(10)
    xml = []
    if cover.marking:
        xml.append(f"<w:p>{_ppr('CoverMarking')}{_run(cover.marking, style='Marking')}</w:p>")
    xml.append(f"<w:p>{_ppr('Title')}{_run(cover.title)}</w:p>")
    if cover.subtitle:
        xml.append(f"<w:p>{_ppr('Subtitle')}{_run(cover.subtitle)}</w:p>")
    if cover.facts:
        facts = d.Table([[d.runs(label), d.runs(value)] for label, value in cover.facts],
                        header=False, widths=[0.28, 0.72])
        builder = _Body(d.Document("cover"), package, int(text_width_mm * TWIPS_PER_MM))
        builder._table(facts)
        xml.append(builder.build([]))
    _append_xml(body, "".join(xml))


def _append_xml(body: object, xml: str) -> None:
    if not xml:
        return
    wrapper = parse_xml(f'<w:body xmlns:w="{W_NS}" xmlns:r="{R_NS}">{xml}</w:body>')
    sect_pr = body.find(qn("w:sectPr"))  # type: ignore[attr-defined]
    for child in list(wrapper):
        sect_pr.addprevious(child)


def _set_page(section: object, page_size: str) -> None:
    width, height = PAGE_MM[page_size]
    section.page_width, section.page_height = Mm(width), Mm(height)  # type: ignore[attr-defined]
    section.left_margin = section.right_margin = Mm(MARGIN_X_MM)  # type: ignore[attr-defined]


def render_docx(document: d.Document) -> bytes:
    """The DOCX as bytes; `export_docx` writes it."""
    package = docx.Document(str(template_path()))
    body = package.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _set_page(package.sections[0], document.page_size)
    text_width_mm = PAGE_MM[document.page_size][0] - 2 * MARGIN_X_MM

    blocks = list(document.blocks)
    cover = blocks.pop(0) if blocks and isinstance(blocks[0], d.Cover) else None
    if cover is not None:
        _add_cover(package, cover, text_width_mm)
        package.add_section(WD_SECTION.NEW_PAGE)
        cover_section, main = package.sections[0], package.sections[1]
        _replace_paragraphs(cover_section.header, _header_xml(None, document.marking))
        _replace_paragraphs(cover_section.footer, _ppr("Normal"))
        main.header.is_linked_to_previous = False
        main.footer.is_linked_to_previous = False
    else:
        main = package.sections[0]
    _replace_paragraphs(main.header, _header_xml(document.title, document.marking))
    _replace_paragraphs(main.footer, _footer_xml(document.marking))

    builder = _Body(document, package, int(text_width_mm * TWIPS_PER_MM))
    xml = builder.build(blocks)
    contents = next((block for block in blocks if isinstance(block, d.Contents)), None)
    if contents is not None:
        xml = xml.replace("\0TOC\0", builder.contents_xml(contents.title), 1)
        xml = xml.replace("\0TOC\0", "")
    _append_xml(body, xml)

    _set_update_fields(package)
    core = package.core_properties
    core.title = _property(document.title)
    core.author = _property(document.author or "")
    core.subject = _property(document.subject or "")
    core.keywords = _property(", ".join(document.keywords), ", ")
    core.language = document.lang
    core.comments = "Made with Briefpack"
    core.last_modified_by = _property(document.author or "")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    core.created = now
    core.modified = now
    core.revision = 1
    stream = io.BytesIO()
    package.save(stream)
    return stream.getvalue()


def _property(value: str, separator: str = " ") -> str:
    """A core property fits 255 characters (python-docx enforces Word's limit); cut at a
    separator and mark the cut."""
    if len(value) <= 255:
        return value
    cut = value[:254]
    if separator in cut:
        cut = cut[: cut.rindex(separator)]
    return cut.rstrip(" ,") + "…"


def export_docx(document: d.Document, path: Path | str) -> None:
    """Writes the DOCX at `path` in one step (see atomic.py)."""
    data = render_docx(document)
    with atomic_writer(path) as stream:
        stream.write(data)

