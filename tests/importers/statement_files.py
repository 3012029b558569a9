"""Statement files in every format, made from a plain-text statement (a seed).

Used by the importer tests (through conftest.py) and by bench/import_formats.py. Plain
functions with no pytest in them so the bench can load this module too.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path

# The fonts shipped in resources/ first, so the files are the same on every machine; the
# system's only if those are missing. (A wide bold face is tested on its own, in
# test_import_pdf_layout.py.)
FONT_DIRS = (Path(__file__).resolve().parents[2] / "resources" / "fonts",
             Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/truetype/dejavu"))
FONT_FILES = (("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
              ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"))

_SPACES = re.compile(r"\s+")
_SPACES_BUT_NBSP = re.compile(r"[^\S\u00a0]+")


def paragraphs(text: str) -> list[str]:
    """The text's non-empty lines, with runs of white space (no-break too) as one space: what
    must survive any format."""
    return [_SPACES.sub(" ", line).strip() for line in text.splitlines() if line.strip()]


def lines(text: str) -> list[str]:
    """The text's non-empty lines as a document would hold them (no-break spaces kept)."""
    return [_SPACES_BUT_NBSP.sub(" ", line).strip(" ") for line in text.splitlines()
            if line.strip()]


class SeedParts:
    """A seed cut into title, body paragraphs, subheads and a trailing contact block."""

    def __init__(self, text: str) -> None:
        all_lines = lines(text)
        self.title = all_lines[0]
        body = all_lines[1:]
        # The contact block: the lines after the last run of two or more blank lines.
        blocks = re.split(r"\n\s*\n\s*\n", text.strip())
        contact = lines(blocks[-1]) if len(blocks) > 1 else []
        self.body = body[: len(body) - len(contact)] if contact else body
        self.contact = contact
        self.subheads = {line for line in self.body if is_subhead(line)}


def is_subhead(line: str) -> bool:
    return len(line) < 60 and line[-1] not in ".,:;”\"'" and not line.startswith("“")


def font_paths() -> tuple[Path, Path] | None:
    for folder in FONT_DIRS:
        for regular, bold in FONT_FILES:
            if (folder / regular).exists() and (folder / bold).exists():
                return folder / regular, folder / bold
    return None


def make_docx(text: str, path: Path | None = None, *, table_contacts: bool = True) -> bytes:
    """Title style, Heading 2 or bold subheads, contacts in a table, a running header, and a
    comment (which must not reach the text)."""
    import docx

    parts = SeedParts(text)
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "PRESS RELEASE — for immediate release"
    document.add_heading(parts.title, level=0)
    commented = False
    for index, line in enumerate(parts.body):
        if line in parts.subheads:
            if index % 2:
                document.add_heading(line, level=2)
            else:
                document.add_paragraph().add_run(line).bold = True
        else:
            paragraph = document.add_paragraph(line)
            if not commented and hasattr(document, "add_comment"):
                document.add_comment(paragraph.runs, text="Check this figure", author="Ed")
                commented = True
    if parts.contact:
        if table_contacts:
            table = document.add_table(rows=0, cols=2)
            for line in parts.contact:
                cells = table.add_row().cells
                label, sep, rest = line.partition(": ")
                if sep and len(label) < 12:
                    cells[0].text, cells[1].text = label + ":", rest
                else:
                    cells[0].text = line
        else:
            for line in parts.contact:
                document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    if path is not None:
        path.write_bytes(data)
    return data


def make_pdf(text: str, path: Path | None = None, *, header: str = "Amnesty International "
             "\u2014 Press release") -> bytes:
    """Paragraphs spaced apart, contact lines not; a running header and "Page N of M"."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    fonts = font_paths()
    if fonts is None:
        raise FileNotFoundError("no TrueType font for curly quotes")
    regular, bold = f"Statement-{fonts[0].stem}", f"Statement-{fonts[1].stem}"
    if regular not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(regular, str(fonts[0])))
        pdfmetrics.registerFont(TTFont(bold, str(fonts[1])))
    parts = SeedParts(text)
    title_style = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=12)
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14, spaceAfter=8)
    subhead = ParagraphStyle("subhead", fontName=bold, fontSize=12, leading=16, spaceAfter=6,
                             spaceBefore=6)
    contact = ParagraphStyle("contact", fontName=regular, fontSize=10.5, leading=14)
    story = [Paragraph(escape(parts.title), title_style)]
    for line in parts.body:
        story.append(Paragraph(escape(line), subhead if line in parts.subheads else body))
    story += [Paragraph(escape(line), contact) for line in parts.contact]

    class Template(SimpleDocTemplate):
        pages = 0

    def decorate(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8.5)
        canvas.drawString(72, A4[1] - 40, header)
        canvas.drawRightString(A4[0] - 72, 30, f"Page {document.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    Template(buffer, pagesize=A4, title=parts.title).build(
        story, onFirstPage=decorate, onLaterPages=decorate
    )
    data = buffer.getvalue()
    if path is not None:
        path.write_bytes(data)
    return data


def make_html(text: str, path: Path | None = None, *, url: str = "https://www.amnesty.org/en/"
              "latest/news/2017/04/us-china-summit/", published: str = "2017-04-05T10:00:00Z",
              with_h1: bool = True) -> bytes:
    """A page as a browser saves it: navigation, cookie banner, share buttons, related list,
    footer, a script and remote images around the statement."""
    parts = SeedParts(text)
    body: list[str] = []
    for line in parts.body:
        if line in parts.subheads:
            body.append(f"<h2>{escape(line)}</h2>")
        else:
            body.append(f"<p>{escape(line)}</p>")
    if parts.contact:
        body.append("<p>" + "<br>\n".join(escape(line) for line in parts.contact) + "</p>")
    h1 = f"<h1 class='article-title'>{escape(parts.title)}</h1>" if with_h1 else ""
    page = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{escape(parts.title)} | Amnesty International</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{escape(parts.title)}">
<meta property="article:published_time" content="{published}">
<link rel="stylesheet" href="https://www.amnesty.org/static/site.css">
<script src="https://www.googletagmanager.com/gtm.js"></script>
<script>document.write("tracking pixel");</script>
<style>body {{ font-family: sans-serif }}</style>
</head><body>
<div id="cookie-banner" class="cookie-notice">We use cookies to improve your experience.
<button>Accept all cookies</button></div>
<header class="site-header"><a href="/">Amnesty International</a>
<nav><ul><li><a href="/en/what-we-do/">What we do</a></li><li><a href="/en/latest/">Latest
</a></li><li><a href="/en/donate/">Donate</a></li></ul></nav></header>
<main id="main"><article class="article">
<ul class="breadcrumbs"><li><a href="/en/latest/">News</a></li></ul>
{h1}
<div class="article-meta"><time datetime="{published}">5 April 2017</time></div>
<div class="share-buttons"><a href="https://twitter.com/share">Share on Twitter</a>
<a href="https://facebook.com/share">Share on Facebook</a></div>
<img src="https://www.amnesty.org/images/photo.jpg" alt="Summit photo">
<div class="article-content">
{chr(10).join(body)}
</div>
</article>
<aside class="related-articles"><h3>Related content</h3><ul>
<li><a href="/en/latest/a">Another news story about the summit</a></li>
<li><a href="/en/latest/b">Yet another related story</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© Amnesty International 2017. Privacy policy.</p>
<p>Sign up for our newsletter</p></footer>
<img src="https://tracker.example.com/pixel.gif" width="1" height="1">
</body></html>
"""
    data = page.encode("utf-8")
    if path is not None:
        path.write_bytes(data)
    return data


def make_eml(text: str, path: Path | None = None, *, subject: str | None = None,
             body: str | None = None, attachments: dict[str, bytes] | None = None,
             date: dt.datetime | None = None, html: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = "Press Office <press@amnesty.example>"
    message["To"] = "Journalists <list@example.org>"
    message["Subject"] = subject if subject is not None else lines(text)[0]
    message["Date"] = format_datetime(
        date or dt.datetime(2017, 4, 5, 9, 30, tzinfo=dt.UTC)
    )
    message["Message-ID"] = "<statement-1@amnesty.example>"
    message.set_content(body if body is not None else text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    for name, content in (attachments or {}).items():
        if name.endswith(".pdf"):
            maintype, subtype = "application", "pdf"
        elif name.endswith(".docx"):
            maintype, subtype = ("application",
                                 "vnd.openxmlformats-officedocument.wordprocessingml.document")
        else:
            maintype, subtype = "application", "octet-stream"
        message.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
    data = bytes(message)
    if path is not None:
        path.write_bytes(data)
    return data


_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)


def make_odt(text: str, path: Path | None = None) -> bytes:
    """An OpenDocument text as LibreOffice writes one: Title and Heading styles, a bold
    automatic style for one subhead, contacts in a table, a footnote and a comment."""
    import zipfile

    parts = SeedParts(text)
    body = [f'<text:p text:style-name="Title">{escape(parts.title)}</text:p>']
    for index, line in enumerate(parts.body):
        if line in parts.subheads:
            if index % 2:
                body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">'
                            f"{escape(line)}</text:h>")
            else:
                body.append(f'<text:p text:style-name="P1">{escape(line)}</text:p>')
        elif index == 0:
            body.append(
                f'<text:p text:style-name="Text_20_body">{escape(line)}<text:note '
                'text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                "<text:note-body><text:p>A footnote.</text:p></text:note-body></text:note>"
                "<office:annotation><dc:creator>Ed</dc:creator><text:p>Check this figure"
                "</text:p></office:annotation></text:p>"
            )
        else:
            body.append(f'<text:p text:style-name="Text_20_body">{escape(line)}</text:p>')
    if parts.contact:
        body.append('<table:table table:name="Contacts"><table:table-column/>')
        for line in parts.contact:
            body.append(f"<table:table-row><table:table-cell><text:p>{escape(line)}</text:p>"
                        "</table:table-cell></table:table-row>")
        body.append("</table:table>")
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODT_NS}>'
        '<office:automatic-styles><style:style style:name="P1" style:family="paragraph" '
        'style:parent-style-name="Text_20_body"><style:text-properties fo:font-weight="bold"/>'
        "</style:style></office:automatic-styles><office:body><office:text>"
        + "".join(body)
        + "</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path='
        '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    data = buffer.getvalue()
    if path is not None:
        path.write_bytes(data)
    return data
