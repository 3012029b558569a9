"""Small helpers for spans that index the statement text exactly."""

from __future__ import annotations

from typing import Final

from briefpack.model import Span

# Characters trimmed from the edges of an extraction: white space, including the no-break and
# zero-width spaces that pasted press releases are full of.
SPACE: Final = (
    " \t\n\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u202f\u205f\u3000\ufeff"
)


def trim(text: str, start: int, end: int, extra: str = "") -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with white space (or `extra`)."""
    chars = SPACE + extra if extra else SPACE
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def is_space(char: str) -> bool:
    return char in SPACE


# object.__new__, looked up once: Span.__new__ is looked up through the class at every call.
# Both Final: compiled, they are read from C statics, not from the module's dict at each call.
_new: Final = object.__new__
_SPAN: Final = Span


def span(start: int, end: int) -> Span:
    """Span(start, end), made without calling Span's interpreted __init__ (thousands of
    instructions, much of what a paragraph costs to split off); the check __init__ makes is
    made here, and a bad span still gets Span's own ValueError."""
    if not 0 <= start <= end:
        return Span(start, end)
    made = _new(_SPAN)
    # Span is frozen: its own __setattr__ refuses, as it should for everyone else.
    object.__setattr__(made, "start", start)
    object.__setattr__(made, "end", end)
    return made
