"""Document -> print-ready PDF with reportlab platypus.

What a reader gets: a cover without a page number, a contents page whose entries link to their
pages, PDF bookmarks equal to the headings, "Page X of Y" and matching page labels, the marking
at the top of every page, and only embedded TrueType fonts (see fonts.py).

Every string from the Document goes through `fonts.markup`, which escapes it; nothing from a
statement is ever read as markup, so an `<img src="http://...">` in a statement prints as text.

This module imports reportlab at import time; `briefpack.export` imports it only when a PDF is
actually written, so the desktop app starts without it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from briefpack.briefing import document as d
from briefpack.errors import ExportError
from briefpack.export import fonts
from briefpack.export.atomic import atomic_writer
from briefpack.export.fonts import (
    SANS,
    SANS_BOLD,
    SERIF_ITALIC,
    attribute,
    markup,
)

INK = colors.HexColor("#1d2433")
NAVY = colors.HexColor("#1f3a5f")
ACCENT = colors.HexColor("#c8a24a")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c9d1dc")
SHADE = colors.HexColor("#f2f4f7")
MARKING = colors.HexColor("#a61b1b")
LINK = colors.HexColor("#1a5aa6")

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
LINK_SCHEMES = ("http://", "https://", "mailto:")
CONTENTS_CALLBACK = "bpContentsEntry"


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=10,
        leading=14.5,
        textColor=INK,
        spaceAfter=6,
        allowWidows=0,
        allowOrphans=0,
        alignment=TA_LEFT,
    )
    heading = ParagraphStyle(
        "heading",
        parent=base,
        fontName=SANS_BOLD,
        textColor=NAVY,
        keepWithNext=1,
        allowWidows=0,
        allowOrphans=0,
    )
    styles = {
        "body": base,
        "lead": ParagraphStyle("lead", parent=base, fontSize=11.5, leading=16.5, spaceAfter=8),
        "source": ParagraphStyle(
            "source", parent=base, fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=9
        ),
        "note": ParagraphStyle(
            "note", parent=base, fontName=fonts.SANS_ITALIC, textColor=MUTED, spaceAfter=8
        ),
        "h1": ParagraphStyle(
            "h1", parent=heading, fontSize=19, leading=24, spaceBefore=4, spaceAfter=10
        ),
        "h2": ParagraphStyle(
            "h2", parent=heading, fontSize=13.5, leading=18, spaceBefore=14, spaceAfter=6
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=heading,
            fontSize=10.5,
            leading=14,
            spaceBefore=10,
            spaceAfter=4,
            textColor=INK,
        ),
        "quote": ParagraphStyle(
            "quote",
            parent=base,
            fontName=SERIF_ITALIC,
            fontSize=11,
            leading=16,
            leftIndent=14,
            spaceBefore=4,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "attribution": ParagraphStyle(
            "attribution",
            parent=base,
            fontSize=8.5,
            leading=12,
            leftIndent=14,
            textColor=MUTED,
            spaceAfter=10,
        ),
        "bullet": ParagraphStyle(
            "bullet",
            parent=base,
            leftIndent=14,
            bulletIndent=2,
            bulletFontName=SANS,
            bulletFontSize=10,
            spaceAfter=4,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5, spaceAfter=0),
        "cell_head": ParagraphStyle(
            "cell_head",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=8.5,
            leading=11.5,
            spaceAfter=0,
            textColor=colors.white,
        ),
        "cell_label": ParagraphStyle(
            "cell_label",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=8.5,
            leading=11.5,
            spaceAfter=0,
            textColor=MUTED,
        ),
        "cover_marking": ParagraphStyle(
            "cover_marking",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=9,
            leading=12,
            textColor=MARKING,
            spaceAfter=18,
        ),
        "cover_title": ParagraphStyle(
            "cover_title",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=28,
            leading=34,
            textColor=NAVY,
            spaceAfter=10,
        ),
        "cover_subtitle": ParagraphStyle(
            "cover_subtitle", parent=base, fontSize=14, leading=19, textColor=MUTED, spaceAfter=24
        ),
        "contents_title": ParagraphStyle(
            "contents_title", parent=heading, fontSize=19, leading=24, spaceAfter=14
        ),
        "toc1": ParagraphStyle(
            "toc1",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=15,
            spaceBefore=7,
            rightIndent=28,
            textColor=NAVY,
        ),
        "toc2": ParagraphStyle(
            "toc2", parent=base, fontSize=9.5, leading=13.5, leftIndent=14, rightIndent=28
        ),
    }
    return styles


class _HeadingParagraph(Paragraph):
    """A heading that tells the document template to bookmark it and list it in the contents."""

    def __init__(self, text: str, style: ParagraphStyle, heading: d.Heading, key: str) -> None:
        super().__init__(text, style)
        self.heading_level = heading.level
        self.heading_text = heading.text
        self.heading_key = key


class _BarParagraph(Paragraph):
    """A paragraph with a rule down its left side: how quotations are set apart."""

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(2.2)
        x = self.style.leftIndent - 9
        canvas.line(x, -self.style.spaceAfter, x, self.height + 1)
        canvas.restoreState()
        super().draw()


@dataclass
class _Pages:
    """What every page shows besides the story: marking, title, page number."""

    title: str
    marking: str | None
    has_cover: bool


def _numbered_canvas(pages: _Pages, contents_styles: dict[str, ParagraphStyle]) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Holds pages back until the end so each can say "Page X of Y".

        The contents' page numbers are drawn then too: while the story is laid out, each
        contents line records where its number goes and each heading records its page. So one
        layout pass suffices (multiBuild would lay the whole pack out two or three times).
        """

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []
            self.contents_slots: list[tuple[int, float, float, str]] = []
            self.heading_pages: dict[str, int] = {}
            self.setNamedCB(CONTENTS_CALLBACK, self._contents_slot)

        def _contents_slot(self, canvas: Canvas, kind: str, label: str) -> None:
            # Called while a contents line is drawn, with the text cursor at its end.
            key, right = label.split("|")
            y = self._currentMatrix[5] + canvas._curr_tx_info["cur_y"] * self._currentMatrix[3]
            self.contents_slots.append((len(self._held_pages), float(right), y, key))

        def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> Any:  # noqa: N802
            # reportlab binds a bookmark to the page the document has emitted last; pages are
            # held back here, so name the page being drawn instead.
            emitted = self._doc.pageCounter
            self._doc.pageCounter = len(self._held_pages) + 1
            try:
                return super().bookmarkPage(key, *args, **kwargs)
            finally:
                self._doc.pageCounter = emitted

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            # The cover counts as page 1 but shows no number, as in the DOCX export; page
            # labels match the printed numbers ("Cover", 2, 3, ...).
            if pages.has_cover:
                self.addPageLabel(0, prefix="Cover")
                if total > 1:
                    self.addPageLabel(1, style="ARABIC", start=2)
            else:
                self.addPageLabel(0, style="ARABIC", start=1)
            slots: dict[int, list[tuple[float, float, str]]] = {}
            for page, right, y, key in self.contents_slots:
                slots.setdefault(page, []).append((right, y, key))
            heading_pages = self.heading_pages
            for index, state in enumerate(self._held_pages):
                self.__dict__.update(state)
                self._decorate(index + 1, total)
                for right, y, key in slots.get(index, ()):
                    self._contents_number(right, y, heading_pages.get(key), contents_styles[key])
                Canvas.showPage(self)
            Canvas.save(self)

        def _contents_number(self, right: float, y: float, page: int | None,
                             style: ParagraphStyle) -> None:
            if page is None:
                return
            self.saveState()
            self.setFont(style.fontName, style.fontSize)
            self.setFillColor(style.textColor)
            self.drawRightString(right, y, str(page))
            self.restoreState()

        def _decorate(self, number: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            top = height - 13 * mm
            if pages.marking:
                self.setFont(SANS_BOLD, 8)
                self.setFillColor(MARKING)
                self.drawRightString(width - MARGIN_X, top, pages.marking.upper())
            if number > 1 or not pages.has_cover:
                self.setFont(SANS, 8)
                self.setFillColor(MUTED)
                self.drawString(MARGIN_X, top, _fit(pages.title, width / 2))
                self.setStrokeColor(RULE)
                self.setLineWidth(0.5)
                self.line(MARGIN_X, top - 3 * mm, width - MARGIN_X, top - 3 * mm)
                bottom = 12 * mm
                self.line(MARGIN_X, bottom + 4 * mm, width - MARGIN_X, bottom + 4 * mm)
                self.drawRightString(width - MARGIN_X, bottom, f"Page {number} of {total}")
                if pages.marking:
                    self.setFillColor(MARKING)
                    self.setFont(SANS_BOLD, 8)
                    self.drawString(MARGIN_X, bottom, pages.marking.upper())
            self.restoreState()

    return NumberedCanvas


def _fit(text: str, width: float) -> str:
    """Shortens a header string to fit `width` points in 8-point Noto Sans."""
    if stringWidth(text, SANS, 8) <= width:
        return text
    while text and stringWidth(text + "…", SANS, 8) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _BriefDocTemplate(BaseDocTemplate):
    def __init__(self, stream: io.BytesIO, document: d.Document, **kwargs: Any) -> None:
        super().__init__(stream, **kwargs)
        self.has_cover = document.cover is not None
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        cover_frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height - 20 * mm,
            id="cover",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        templates = [PageTemplate("body", [frame])]
        if self.has_cover:
            templates.insert(0, PageTemplate("cover", [cover_frame], onPage=_draw_cover_band))
        self.addPageTemplates(templates)

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's name
        if not isinstance(flowable, _HeadingParagraph):
            return
        key = flowable.heading_key
        level = flowable.heading_level - 1
        self.canv.bookmarkHorizontal(key, 0, flowable.height + 6)
        self.canv.addOutlineEntry(flowable.heading_text, key, level=level, closed=level > 0)
        self.canv.heading_pages[key] = self.page


def _draw_cover_band(canvas: Canvas, doc: BaseDocTemplate) -> None:
    width, height = doc.pagesize
    canvas.saveState()
    canvas.setFillColor(NAVY)
    canvas.rect(0, height - 8 * mm, width, 8 * mm, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(0, height - 9.2 * mm, width, 1.2 * mm, stroke=0, fill=1)
    canvas.setFillColor(NAVY)
    canvas.rect(0, 0, width, 4 * mm, stroke=0, fill=1)
    canvas.restoreState()


def _inline(parts: list[d.Run], fit: ParagraphStyle | None = None, width: float = 0) -> str:
    """ReportLab markup of the runs. With `fit` (the style) and `width`: an e-mail address
    too wide for the width breaks after its "@", not wherever the line runs out ("press@
    amnesty.or" / "g.uk" read as another address)."""
    out: list[str] = []
    for part in parts:
        text = markup(part.text).replace("\n", "<br/>")
        if fit is not None and part.link and part.link.lower().startswith("mailto:"):
            text = _address_break(part.text, fit, width) or text
        if part.bold:
            text = f"<b>{text}</b>"
        if part.italic:
            text = f"<i>{text}</i>"
        if part.link and part.link.lower().startswith(LINK_SCHEMES):
            text = f'<a href="{attribute(part.link)}" color="#1a5aa6">{text}</a>'
        out.append(text)
    return "".join(out)


def _address_break(address: str, style: ParagraphStyle, width: float) -> str | None:
    """Markup of `address` with a line break after "@" when it does not fit `width`."""
    local, at, domain = address.partition("@")
    if not at or not domain or stringWidth(address, style.fontName, style.fontSize) <= width:
        return None
    return f"{markup(local + at)}<br/>{markup(domain)}"


class _Story:
    def __init__(self, document: d.Document, width: float, frame_right: float) -> None:
        self.document = document
        self.width = width
        self.frame_right = frame_right
        self.contents_styles: dict[str, ParagraphStyle] = {}
        self.styles = _styles()
        self.flowables: list[Any] = []
        self.heading_count = 0
        self.previous_level = 0

    def build(self) -> list[Any]:
        for block in self.document.blocks:
            method = getattr(self, f"_{type(block).__name__.lower()}")
            method(block)
        return self.flowables

    def _heading(self, block: d.Heading) -> None:
        # A PDF outline cannot skip a level (1 then 3); clamp rather than fail.
        level = min(block.level, self.previous_level + 1)
        self.previous_level = level
        self.heading_count += 1
        heading = d.Heading(block.text, level)
        key = f"h{self.heading_count}"
        self.flowables.append(
            _HeadingParagraph(markup(block.text), self.styles[f"h{level}"], heading, key)
        )

    def _para(self, block: d.Para) -> None:
        self.flowables.append(Paragraph(_inline(block.runs), self.styles[block.style]))

    def _blockquote(self, block: d.BlockQuote) -> None:
        quote = _BarParagraph(f"“{markup(block.text)}”", self.styles["quote"])
        who = f"<b>{markup(block.speaker)}</b>" if block.speaker else "Unattributed"
        if block.role:
            who += f", {markup(block.role)}"
        if block.source:
            source = markup(block.source)
            if block.source_url and block.source_url.lower().startswith(LINK_SCHEMES):
                source = f'<a href="{attribute(block.source_url)}" color="#1a5aa6">{source}</a>'
            who += f"<br/>{source}"
        attribution = _BarParagraph(who, self.styles["attribution"])
        # The quote style keeps with the next flowable, so platypus keeps quote and attribution
        # (and a heading before them) together. A KeepTogether here would break that chain:
        # platypus never groups a heading with a KeepTogether.
        self.flowables += [quote, attribution]

    def _bulletlist(self, block: d.BulletList) -> None:
        for item in block.items:
            self.flowables.append(Paragraph(_inline(item), self.styles["bullet"], bulletText="•"))
        if block.items:
            self.flowables.append(Spacer(1, 4))

    def _table(self, block: d.Table) -> None:
        if not block.rows:
            return
        widths = block.widths or [1 / block.column_count] * block.column_count
        col_widths = [self.width * share for share in widths]
        rows = []
        for index, row in enumerate(block.rows):
            if block.header and index == 0:
                style = self.styles["cell_head"]
            else:
                style = self.styles["cell"]
            cells = []
            for column, cell in enumerate(row):
                cell_style = style
                if not block.header and column == 0:
                    cell_style = self.styles["cell_label"]
                # The cell's width less its padding (5 pt a side, below).
                inner = col_widths[column] - 10
                cells.append(Paragraph(_inline(cell, cell_style, inner), cell_style))
            rows.append(cells)
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), SANS, 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ]
        if block.header:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
            ]
        else:
            commands += [("LEFTPADDING", (0, 0), (0, -1), 0)]
        table = Table(
            rows,
            colWidths=col_widths,
            repeatRows=1 if block.header else 0,
            style=TableStyle(commands),
            hAlign="LEFT",
        )
        self.flowables.append(table)
        self.flowables.append(Spacer(1, 10))

    def _pagebreak(self, block: d.PageBreak) -> None:
        self.flowables.append(PageBreak())

    def _cover(self, block: d.Cover) -> None:
        if block.logo is not None:
            self.flowables.append(_logo(block.logo, block.logo_alt))
        if block.marking:
            marking = Paragraph(markup(block.marking.upper()), self.styles["cover_marking"])
            self.flowables.append(marking)
        self.flowables.append(Paragraph(markup(block.title), self.styles["cover_title"]))
        if block.subtitle:
            self.flowables.append(Paragraph(markup(block.subtitle), self.styles["cover_subtitle"]))
        self.flowables.append(
            HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=0, spaceAfter=14)
        )
        if block.facts:
            rows = [
                [
                    Paragraph(markup(label), self.styles["cell_label"]),
                    Paragraph(markup(value), self.styles["cell"]),
                ]
                for label, value in block.facts
            ]
            table = Table(
                rows,
                colWidths=[self.width * 0.25, self.width * 0.75],
                hAlign="LEFT",
                style=TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), SANS, 9),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ]
                ),
            )
            self.flowables.append(table)
        self.flowables.append(NextPageTemplate("body"))
        self.flowables.append(PageBreak())

    def _contents(self, block: d.Contents) -> None:
        """The contents: one linked line per heading of level 1 or 2. Each line ends in an
        onDraw mark; the canvas draws the page number there once every heading is placed."""
        self.flowables.append(Paragraph(markup(block.title), self.styles["contents_title"]))
        right = self.frame_right
        previous = 0
        for number, heading in enumerate(self.document.headings(), start=1):
            level = min(heading.level, previous + 1)
            previous = level
            if level > 2:
                continue
            key = f"h{number}"
            style = self.styles[f"toc{level}"]
            self.contents_styles[key] = style
            text = (f'<a href="#{key}">{markup(heading.text)}</a>'
                    f'<onDraw name="{CONTENTS_CALLBACK}" label="{key}|{right:.2f}"/>')
            self.flowables.append(Paragraph(text, style))
        self.flowables.append(PageBreak())


def _logo(path: Path, alt: str) -> Any:
    # PDF images carry no alternative text in reportlab; the DOCX export sets it.
    try:
        image = Image(str(path))
    except Exception as error:  # reportlab and Pillow raise several kinds for a bad image
        raise ExportError(f"The logo {path.name} could not be read as an image.") from error
    max_width, max_height = 45 * mm, 22 * mm
    scale = min(max_width / image.imageWidth, max_height / image.imageHeight, 1.0)
    image.drawWidth = image.imageWidth * scale
    image.drawHeight = image.imageHeight * scale
    image.hAlign = "LEFT"
    return KeepTogether([image, Spacer(1, 14)])


def render_pdf(document: d.Document) -> bytes:
    """The PDF as bytes; `export_pdf` writes it."""
    fonts.register_fonts()
    stream = io.BytesIO()
    template = _BriefDocTemplate(
        stream,
        document,
        pagesize=PAGE_SIZES[document.page_size],
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=document.title,
        author=document.author or "",
        subject=document.subject or "",
        keywords=", ".join(document.keywords),
        creator="Briefpack",
        lang=document.lang,
        initialFontName=SANS,
        initialFontSize=10,
    )
    builder = _Story(document, template.width, template.leftMargin + template.width)
    story = builder.build()
    pages = _Pages(document.title, document.marking, template.has_cover)
    canvasmaker = _numbered_canvas(pages, builder.contents_styles)
    template.build(story, canvasmaker=canvasmaker)
    return stream.getvalue()


def export_pdf(document: d.Document, path: Path | str) -> list[str]:
    """Writes the PDF at `path` in one step (see atomic.py); returns notes for the user
    (characters no shipped font can draw), empty as a rule."""
    with fonts.noting_undrawn() as undrawn:
        data = render_pdf(document)
    with atomic_writer(path) as stream:
        stream.write(data)
    note = fonts.undrawn_note(undrawn)
    return [note] if note else []


__all__ = ["export_pdf", "render_pdf"]
