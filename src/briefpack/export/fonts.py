"""The TrueType fonts a PDF export embeds, and text made safe for reportlab's Paragraph markup.

Noto Sans covers Latin, Greek and Cyrillic; Noto Serif Italic sets quotations; Droid Sans
Fallback covers Chinese, Japanese and Korean. reportlab draws a glyph from one font only and
has no fallback of its own, so `markup()` wraps every stretch of characters Noto lacks in the
fallback font. The files and their licences are in resources/fonts/.

reportlab is imported inside the functions: the desktop app must start without it.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass
from importlib.resources import as_file
from xml.sax.saxutils import escape

from briefpack.resource_files import resource

SANS = "BP-Sans"
SANS_BOLD = "BP-Sans-Bold"
SANS_ITALIC = "BP-Sans-Italic"
SANS_BOLD_ITALIC = "BP-Sans-BoldItalic"
SERIF_ITALIC = "BP-Serif-Italic"
FALLBACK = "BP-Fallback"

FONT_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    SANS_BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
    SERIF_ITALIC: "NotoSerif-Italic.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
}
LICENCE_FILES = ("OFL-Noto.txt", "LICENSE-DroidSansFallback.txt")

_lock = threading.Lock()
_registered: set[str] = set()
_files = contextlib.ExitStack()  # keeps extracted copies alive when installed as a zip


@dataclass(frozen=True, slots=True)
class _Coverage:
    primary: frozenset[int]
    fallback: frozenset[int]


_coverage: _Coverage | None = None


def _register(name: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name in _registered:
        return
    path = _files.enter_context(as_file(resource("fonts", FONT_FILES[name])))
    pdfmetrics.registerFont(TTFont(name, str(path)))
    _registered.add(name)


def register_fonts() -> None:
    """Registers the fonts with reportlab once per process (safe from any thread)."""
    from reportlab.lib.fonts import addMapping

    with _lock:
        if FALLBACK in _registered:
            return
        for name in FONT_FILES:
            _register(name)
        # <b> and <i> inside a run pick the right face; fonts without a bold or italic face
        # map every style to themselves rather than fail.
        for bold, italic, face in (
            (0, 0, SANS),
            (1, 0, SANS_BOLD),
            (0, 1, SANS_ITALIC),
            (1, 1, SANS_BOLD_ITALIC),
        ):
            addMapping(SANS, bold, italic, face)
        for family in (SERIF_ITALIC, FALLBACK):
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(family, bold, italic, family)


def _coverage_sets() -> _Coverage:
    global _coverage
    if _coverage is None:
        from reportlab.pdfbase import pdfmetrics

        register_fonts()
        primary = frozenset(pdfmetrics.getFont(SANS).face.charToGlyph)
        fallback = frozenset(pdfmetrics.getFont(FALLBACK).face.charToGlyph)
        _coverage = _Coverage(primary, fallback)
    return _coverage


def markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, with stretches Noto cannot draw in the
    fallback font. `<b>`, `&` or `<img src=...>` in the text print as those characters."""
    if text.isascii():
        return escape(text)
    coverage = _coverage_sets()
    pieces: list[str] = []
    stretch: list[str] = []
    in_fallback = False
    for char in text:
        code = ord(char)
        wants_fallback = code not in coverage.primary and code in coverage.fallback
        if wants_fallback != in_fallback and stretch:
            pieces.append(_wrap("".join(stretch), in_fallback))
            stretch = []
        in_fallback = wants_fallback
        stretch.append(char)
    if stretch:
        pieces.append(_wrap("".join(stretch), in_fallback))
    return "".join(pieces)


def _wrap(text: str, in_fallback: bool) -> str:
    if in_fallback:
        return f'<font name="{FALLBACK}">{escape(text)}</font>'
    return escape(text)


def attribute(value: str) -> str:
    """A value for a markup attribute such as href, with quotes escaped too."""
    return escape(value, {'"': "&quot;", "'": "&apos;"})
