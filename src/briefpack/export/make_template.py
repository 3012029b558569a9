"""Builds resources/templates/briefpack.docx, the Word template every DOCX export starts from.

The template holds every style an export uses, so a user can restyle a pack in Word (or give
Briefpack a template of their own) without touching code. python-docx's default template lacks
the TOC and Hyperlink styles; this adds them and sets the house look on the rest.

Run `python -m briefpack.export.make_template` after changing a style here, and commit the
result. tests/export/test_docx_template.py checks the committed file holds every style.
"""

from __future__ import annotations

import sys
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

LATIN_FONT = "Arial"
QUOTE_FONT = "Georgia"
EAST_ASIA_FONT = "Microsoft YaHei"

INK = "1D2433"
NAVY = "1F3A5F"
ACCENT = "C8A24A"
MUTED = "5F6B7A"
RULE = "C9D1DC"
SHADE = "F2F4F7"
MARKING = "A61B1B"
LINK = "1A5AA6"

# Paragraph and character styles: (styleId, name, type, basedOn, extra XML inside w:style).
# Sizes are half-points (w:sz 20 = 10 pt); spacing is twentieths of a point.
_FONTS = (
    f'<w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" w:cs="{LATIN_FONT}"'
    f' w:eastAsia="{EAST_ASIA_FONT}"/>'
)


def _rpr(size: float, color: str = INK, *, bold: bool = False, italic: bool = False,
         font: str | None = None) -> str:
    fonts = _FONTS
    if font:
        fonts = (
            f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"'
            f' w:eastAsia="{EAST_ASIA_FONT}"/>'
        )
    half_points = round(size * 2)
    return (
        f"<w:rPr>{fonts}"
        + ("<w:b/><w:bCs/>" if bold else "")
        + ("<w:i/><w:iCs/>" if italic else "")
        + f'<w:color w:val="{color}"/><w:sz w:val="{half_points}"/>'
        f'<w:szCs w:val="{half_points}"/></w:rPr>'
    )


def _spacing(before: int = 0, after: int = 0, line: int = 264) -> str:
    return f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" w:lineRule="auto"/>'


PARAGRAPH_STYLES: list[tuple[str, str, str | None, str, str]] = [
    # styleId, name, basedOn, pPr inner, rPr
    ("Normal", "Normal", None, _spacing(0, 120, 276) + "<w:widowControl/>", _rpr(10)),
    (
        "Title",
        "Title",
        "Normal",
        _spacing(0, 200, 240) + "<w:keepNext/>",
        _rpr(28, NAVY, bold=True),
    ),
    (
        "Subtitle",
        "Subtitle",
        "Normal",
        _spacing(0, 360, 264)
        + f'<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="12" w:color="{ACCENT}"/></w:pBdr>',
        _rpr(14, MUTED),
    ),
    (
        "Heading1",
        "heading 1",
        "Normal",
        _spacing(120, 200, 240) + '<w:keepNext/><w:keepLines/><w:outlineLvl w:val="0"/>',
        _rpr(19, NAVY, bold=True),
    ),
    (
        "Heading2",
        "heading 2",
        "Normal",
        _spacing(280, 120, 240) + '<w:keepNext/><w:keepLines/><w:outlineLvl w:val="1"/>',
        _rpr(13.5, NAVY, bold=True),
    ),
    (
        "Heading3",
        "heading 3",
        "Normal",
        _spacing(200, 80, 240) + '<w:keepNext/><w:keepLines/><w:outlineLvl w:val="2"/>',
        _rpr(10.5, INK, bold=True),
    ),
    ("Lead", "Lead", "Normal", _spacing(0, 160, 276), _rpr(11.5)),
    ("Source", "Source", "Normal", _spacing(0, 180, 240), _rpr(8.5, MUTED)),
    ("Note", "Note", "Normal", _spacing(0, 160, 276), _rpr(10, MUTED, italic=True)),
    (
        "Quote",
        "Quote",
        "Normal",
        _spacing(80, 40, 276)
        + '<w:keepNext/><w:keepLines/><w:pBdr><w:left w:val="single" w:sz="18" w:space="8"'
        f' w:color="{ACCENT}"/></w:pBdr><w:ind w:left="284"/>',
        _rpr(11, INK, italic=True, font=QUOTE_FONT),
    ),
    (
        "QuoteAttribution",
        "Quote Attribution",
        "Normal",
        _spacing(0, 200, 252)
        + '<w:keepLines/><w:pBdr><w:left w:val="single" w:sz="18" w:space="8"'
        f' w:color="{ACCENT}"/></w:pBdr><w:ind w:left="284"/>',
        _rpr(8.5, MUTED),
    ),
    (
        "ListBullet",
        "List Bullet",
        "Normal",
        _spacing(0, 80, 264) + '<w:numPr><w:numId w:val="1"/></w:numPr><w:contextualSpacing/>'
        '<w:ind w:left="284" w:hanging="284"/>',
        _rpr(10),
    ),
    ("TableText", "Table Text", "Normal", _spacing(0, 0, 240), _rpr(8.5)),
    (
        "TOCHeading",
        "TOC Heading",
        "Heading1",
        '<w:outlineLvl w:val="9"/>',
        _rpr(19, NAVY, bold=True),
    ),
    (
        "TOC1",
        "toc 1",
        "Normal",
        _spacing(140, 40, 240)
        + '<w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs>',
        _rpr(10.5, NAVY, bold=True),
    ),
    (
        "TOC2",
        "toc 2",
        "Normal",
        _spacing(0, 40, 240)
        + '<w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs><w:ind w:left="284"/>',
        _rpr(9.5),
    ),
    (
        "TOC3",
        "toc 3",
        "Normal",
        _spacing(0, 40, 240)
        + '<w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs><w:ind w:left="568"/>',
        _rpr(9, MUTED),
    ),
    (
        "Header",
        "header",
        "Normal",
        _spacing(0, 0, 240)
        + '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/>'
        f'</w:tabs><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="{RULE}"/>'
        "</w:pBdr>",
        _rpr(8, MUTED),
    ),
    (
        "Footer",
        "footer",
        "Normal",
        _spacing(0, 0, 240)
        + '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/>'
        f'</w:tabs><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="{RULE}"/>'
        "</w:pBdr>",
        _rpr(8, MUTED),
    ),
    ("CoverMarking", "Cover Marking", "Normal", _spacing(0, 360, 240),
     _rpr(9, MARKING, bold=True)),
]

CHARACTER_STYLES: list[tuple[str, str, str]] = [
    (
        "Hyperlink",
        "Hyperlink",
        f'<w:rPr><w:color w:val="{LINK}"/><w:u w:val="single"/></w:rPr>',
    ),
    ("Marking", "Marking", f'<w:rPr><w:b/><w:bCs/><w:caps/><w:color w:val="{MARKING}"/></w:rPr>'),
    ("Speaker", "Speaker", f'<w:rPr><w:b/><w:bCs/><w:color w:val="{INK}"/></w:rPr>'),
]

_CELL_MARGINS = (
    '<w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>'
    '<w:bottom w:w="80" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>'
)

TABLE_STYLES: list[tuple[str, str, str]] = [
    (
        "BriefpackTable",
        "Briefpack Table",
        '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        + _rpr(8.5)
        + '<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblBorders>'
        f'<w:bottom w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>'
        f'<w:insideH w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>'
        f"</w:tblBorders>{_CELL_MARGINS}</w:tblPr>"
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr>'
        '<w:tblPr/><w:trPr><w:tblHeader/></w:trPr>'
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{NAVY}"/></w:tcPr></w:tblStylePr>'
        '<w:tblStylePr w:type="band2Horz"><w:tblPr/>'
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{SHADE}"/></w:tcPr></w:tblStylePr>',
    ),
    (
        "BriefpackFacts",
        "Briefpack Facts",
        '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        + _rpr(9)
        + "<w:tblPr><w:tblBorders>"
        f'<w:bottom w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>'
        f'<w:insideH w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>'
        f"</w:tblBorders>{_CELL_MARGINS}</w:tblPr>"
        '<w:tblStylePr w:type="firstCol">'
        f'<w:rPr><w:b/><w:bCs/><w:color w:val="{MUTED}"/></w:rPr></w:tblStylePr>',
    ),
]

STYLE_NAMES = (
    ["Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Lead", "Source",
     "Note", "Quote", "Quote Attribution", "List Bullet", "Table Text", "TOC Heading",
     "toc 1", "toc 2", "toc 3", "Header", "Footer", "Cover Marking", "Hyperlink", "Marking",
     "Speaker", "Briefpack Table", "Briefpack Facts"]
)


def _style_xml(kind: str, style_id: str, name: str, based_on: str | None, inner: str) -> str:
    default = ' w:default="1"' if style_id == "Normal" else ""
    parts = [
        f'<w:style xmlns:w="{W_NS}" w:type="{kind}"{default} w:styleId="{style_id}">',
        f'<w:name w:val="{name}"/>',
    ]
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if kind == "paragraph" and style_id.startswith("Heading"):
        parts.append('<w:next w:val="Normal"/>')
    if style_id != "Normal":
        parts.append('<w:uiPriority w:val="9"/>')
    parts.append("<w:qFormat/>")
    parts.append(inner)
    parts.append("</w:style>")
    return "".join(parts)


def build_template(path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm
    from lxml import etree

    document = docx.Document()
    styles = document.styles.element
    w = f"{{{W_NS}}}"

    defaults = styles.find(f"{w}docDefaults")
    run_defaults = etree.fromstring(
        f'<w:rPrDefault xmlns:w="{W_NS}"><w:rPr>{_FONTS}<w:sz w:val="20"/><w:szCs w:val="20"/>'
        '<w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
    )
    old = defaults.find(f"{w}rPrDefault")
    defaults.replace(old, run_defaults)

    def replace(xml: str, style_id: str) -> None:
        new = etree.fromstring(xml)
        for existing in styles.findall(f"{w}style"):
            if existing.get(f"{w}styleId") == style_id:
                styles.replace(existing, new)
                return
        styles.append(new)

    for style_id, name, based_on, ppr, rpr in PARAGRAPH_STYLES:
        replace(_style_xml("paragraph", style_id, name, based_on, f"<w:pPr>{ppr}</w:pPr>{rpr}"),
                style_id)
    for style_id, name, inner in CHARACTER_STYLES:
        replace(_style_xml("character", style_id, name, None, inner), style_id)
    for style_id, name, inner in TABLE_STYLES:
        replace(_style_xml("table", style_id, name, "TableNormal", inner), style_id)

    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(22)
    section.top_margin, section.bottom_margin = Mm(24), Mm(22)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)

    core = document.core_properties
    core.title = "Briefpack template"
    core.author = "Briefpack"
    core.comments = "Styles for Briefpack briefing packs. Restyle here; keep the style names."
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))


def default_template_path() -> Path:
    return Path(__file__).resolve().parents[3] / "resources" / "templates" / "briefpack.docx"


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else default_template_path()
    build_template(target)
    print(f"wrote {target}")
