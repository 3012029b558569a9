"""The TrueType fonts a PDF export embeds, and text made safe for reportlab's Paragraph markup.

Noto Sans covers Latin, Greek and Cyrillic; Noto Serif Italic sets quotations; Droid Sans
Fallback covers Chinese and Japanese, Nanum Gothic Korean (Droid has only a handful of
Hangul syllables). reportlab draws a glyph from one font only and has no fallback of its own,
so `markup()` wraps every stretch of characters Noto lacks in the first fallback font that
has them. The files and their licences are in resources/fonts/.

reportlab is imported inside the functions: the desktop app must start without it.
"""

from __future__ import annotations

import contextlib
import threading
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
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
HANGUL = "BP-Hangul"
FALLBACKS = (FALLBACK, HANGUL)  # tried in this order for a character Noto lacks

FONT_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    SANS_BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
    SERIF_ITALIC: "NotoSerif-Italic.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
    HANGUL: "NanumGothic.ttf",
}
LICENCE_FILES = ("OFL-Noto.txt", "LICENSE-DroidSansFallback.txt", "OFL-Nanum.txt")

_lock = threading.Lock()
_registered: set[str] = set()
_files = contextlib.ExitStack()  # keeps extracted copies alive when installed as a zip


@dataclass(frozen=True, slots=True)
class _Coverage:
    primary: frozenset[int]
    fallbacks: tuple[tuple[str, frozenset[int]], ...]  # (font name, its characters) in order

    def font_for(self, code: int) -> str | None:
        """The fallback font that draws `code`, or None for Noto (which draws it, or nothing
        does and it prints as Noto's blank)."""
        if code in self.primary:
            return None
        for name, characters in self.fallbacks:
            if code in characters:
                return name
        return None


_coverage: _Coverage | None = None
# Characters no shipped font can draw, gathered while a PDF is made (see `noting_undrawn`).
_undrawn: ContextVar[set[str] | None] = ContextVar("undrawn", default=None)


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
        if all(name in _registered for name in FONT_FILES):
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
        for family in (SERIF_ITALIC, *FALLBACKS):
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(family, bold, italic, family)


def _coverage_sets() -> _Coverage:
    global _coverage
    if _coverage is None:
        from reportlab.pdfbase import pdfmetrics

        register_fonts()
        primary = frozenset(pdfmetrics.getFont(SANS).face.charToGlyph)
        fallbacks = tuple((name, frozenset(pdfmetrics.getFont(name).face.charToGlyph))
                          for name in FALLBACKS)
        _coverage = _Coverage(primary, fallbacks)
    return _coverage


def markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, with stretches Noto cannot draw in the
    fallback font that can. `<b>`, `&` or `<img src=...>` in the text print as those
    characters."""
    if text.isascii():
        return escape(text)
    coverage = _coverage_sets()
    pieces: list[str] = []
    stretch: list[str] = []
    font: str | None = None
    undrawn = _undrawn.get()
    for char in text:
        code = ord(char)
        wanted = coverage.font_for(code)
        if (wanted is None and undrawn is not None and code not in coverage.primary
                and unicodedata.category(char)[0] not in "CZ"):
            undrawn.add(char)
        if wanted != font and stretch:
            pieces.append(_wrap("".join(stretch), font))
            stretch = []
        font = wanted
        stretch.append(char)
    if stretch:
        pieces.append(_wrap("".join(stretch), font))
    return "".join(pieces)


@contextlib.contextmanager
def noting_undrawn() -> Iterator[set[str]]:
    """Gathers, while the block runs, the characters `markup` met that no font can draw."""
    found: set[str] = set()
    token = _undrawn.set(found)
    try:
        yield found
    finally:
        _undrawn.reset(token)


def undrawn_note(characters: set[str]) -> str | None:
    """A sentence for the user about characters the PDF leaves blank, naming their scripts
    ("Arabic", "Hebrew"), or None when there are none."""
    if not characters:
        return None
    scripts = sorted({unicodedata.name(char, "other").split()[0].title() for char in characters})
    named = scripts[0] if len(scripts) == 1 else ", ".join(scripts[:-1]) + " and " + scripts[-1]
    sample = " ".join(sorted(characters)[:8])
    return (f"The PDF cannot show {len(characters)} different character(s) in {named} "
            f"script ({sample}): its fonts lack them, so they print blank. The Word export "
            "shows them.")


def _wrap(text: str, font: str | None) -> str:
    if font is not None:
        return f'<font name="{font}">{escape(text)}</font>'
    return escape(text)


def attribute(value: str) -> str:
    """A value for a markup attribute such as href, with quotes escaped too."""
    return escape(value, {'"': "&quot;", "'": "&apos;"})
