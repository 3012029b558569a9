"""Title, dateline position and paragraphs: the shape of a press statement.

Importers hand over text in two shapes: one paragraph per line (web pages, Word files) or text
hard-wrapped at a fixed width with blank lines between paragraphs (e-mails, plain-text wires).
Both become the same list of paragraphs here, each a span of the text.
"""

from __future__ import annotations

import re
from typing import Final

from briefpack.parsing.spans import SPACE

# A line that ends a sentence (or a quote that ends one) is never a heading: a final stop before
# any closing quotes and brackets, or a final quote mark.
_FINAL_STOPS: Final = ".!?;:,\u2026"
_CLOSERS: Final = "\"'\u201d\u2019\u00bb)]"
_FINAL_QUOTES: Final = '"\u201d\u00bb'
_WORD: Final = re.compile(r"\w\w*")  # \w+, written so the engine skips to word characters in C
# One to fourteen words (runs of \w), whatever stands between them; or up to 25.
_FEW_WORDS: Final = re.compile(r"\W*+(?:\w++\W*+){1,14}")
_AT_MOST_25_WORDS: Final = re.compile(r"\W*+(?:\w++\W*+){0,25}")
# Lines a wire or web page puts above the title; they are not the title.
_KICKER: Final = re.compile(
    r"^(?:press\s+release|news\s+release|news|public\s+statement|media\s+advisory|statement|"
    r"(?:media|press|joint)\s+(?:statement|release)|"
    r"for\s+immediate\s+release|embargo(?:ed)?\b.*|under\s+embargo.*|index:?\s.*|"
    r"ai\s+index:?.*|\d+\s+(?:minutes?|min)\s+read)\.?$",
    re.IGNORECASE,
)


class Block:
    """A paragraph candidate: the trimmed span of one or more lines."""

    # A plain class, not a dataclass: compiled, its __init__ is native (a dataclass's is the
    # interpreted one dataclasses writes, 1,800 instructions a block).
    def __init__(self, start: int, end: int, lines: int, blank_before: bool) -> None:
        self.start = start
        self.end = end
        self.lines = lines  # how many source lines it joins
        self.blank_before = blank_before  # a blank line (or the start of the text) precedes it


def lines_of(text: str) -> list[tuple[int, int]]:
    """Spans of the trimmed non-empty lines; empty lines are left out."""
    return [(s, e) for s, e, _ in _numbered_lines(text)]


def _numbered_lines(text: str) -> list[tuple[int, int, int]]:
    """lines_of's spans, each with the number of its line in the text (from 0): the difference
    of two numbers is how many line breaks lie between the lines, known without counting."""
    out: list[tuple[int, int, int]] = []
    space = SPACE  # a local: read once, not from the other module's globals at every line
    size = len(text)
    pos = 0
    number = 0
    # str.find (compiled, a C call) finds each line's end; only the characters at its edges
    # are tested, and no string is made for the line (str.split made one of every line).
    # No character of SPACE lies between "!" and "~", where most lines begin and end: those
    # are known by their code, without a search of SPACE.
    while pos <= size:
        stop = text.find("\n", pos)
        if stop < 0:
            stop = size
        s = pos
        while s < stop:
            code = ord(text[s])
            if 32 < code < 127 or text[s] not in space:
                break
            s += 1
        if s < stop:
            e = stop
            while True:
                code = ord(text[e - 1])
                if 32 < code < 127 or text[e - 1] not in space:
                    break
                e -= 1
            out.append((s, e, number))
        pos = stop + 1
        number += 1
    return out


def _wrap_width(lines: list[tuple[int, int, int]]) -> int | None:
    """The column a hard-wrapped text breaks at, or None when lines are whole paragraphs.

    Only lines followed directly by another line count: in wrapped text nearly all of them
    reach the margin, while one-paragraph-per-line text has long lines of every length.
    """
    if len(lines) < 4:
        return None
    # Plain loops: compiled, a generator or a zip of tuples costs more than the arithmetic.
    longest = 0
    for s, e, _ in lines:
        if e - s > longest:
            longest = e - s
    if longest > 110:
        return None
    inner: list[int] = []
    for k in range(len(lines) - 1):
        s, e, number = lines[k]
        if lines[k + 1][2] - number == 1:
            inner.append(e - s)
    if len(inner) < 3:
        return None
    near = 0
    for length in inner:
        if length >= longest * 0.75:
            near += 1
    if near < len(inner) * 0.8:
        return None
    return longest


def blocks(text: str) -> list[Block]:
    """Paragraph candidates of the text, in order."""
    lines = _numbered_lines(text)
    width = _wrap_width(lines)
    out: list[Block] = []
    previous = 0  # the number of the line before
    for s, e, number in lines:
        blank = not out or number - previous >= 2
        if (
            width is not None
            and out
            and not blank
            and (out[-1].end - _line_start(text, out[-1].end)) >= width * 0.6
        ):
            out[-1].end = e
            out[-1].lines += 1
        else:
            out.append(Block(s, e, 1, blank))
        previous = number
    return out


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def is_kicker(line: str) -> bool:
    return bool(_KICKER.match(line.strip()))


def looks_like_title(line: str) -> bool:
    """A first line that is a headline rather than the start of the body."""
    if len(line) > 220 or _WORD.search(line) is None:
        return False
    # Ending with a stop, at most 25 words (counted by one fullmatch, not a list of them).
    return not line.endswith(".") or _AT_MOST_25_WORDS.fullmatch(line) is not None


# A list item's start: a bullet, or a number or letter and a stop or bracket, then the item.
LIST_ITEM: Final = re.compile(r"(?:[-\u2022\u2013\u2014*\u25aa\u25cf]|\(?(?:\d{1,2}|[a-z])[.)])\s+")
_LIST_ITEM_FIRST: Final = "-\u2022\u2013\u2014*\u25aa\u25cf("


# The first line of a letter's addressees ("To: Charles Michel, President of the European
# Council"); the names and titles under it are lines of their own, none of them a heading.
# (Typed as a tuple of any length so that compiled code keeps the one tuple object: a fixed
# length tuple is unpacked and built anew for every startswith.)
ADDRESS_OPENERS: Final[tuple[str, ...]] = ("To:", "TO:", "To :")


def continues_address(line: str) -> bool:
    """A line of a letter's list of addressees after its first: a name and a title, short and
    without a full stop."""
    return len(line) < 160 and "," in line and not line.rstrip().endswith((".", ":", ";"))


def looks_like_heading(line: str) -> bool:
    """A short line without final punctuation: a subhead between body paragraphs. A list item
    ("- free all detained journalists") is none, however short."""
    if len(line) > 110 or "\n" in line:
        return False
    stripped = line.strip()
    if not stripped or stripped[0] in "\"\u201c\u2018'\u00ab":
        return False
    # String tests, not a regex search that would try every position of the line.
    if stripped[-1] in _FINAL_QUOTES:
        return False
    unclosed = stripped.rstrip(_CLOSERS)
    if unclosed and unclosed[-1] in _FINAL_STOPS and stripped[-1] != "?":
        return False
    return not _is_list_item(stripped) and _has_few_words(stripped)


def _has_few_words(line: str) -> bool:
    """_FEW_WORDS.fullmatch(line) is not None: one to fourteen runs of word characters (\\w:
    alphanumeric or "_"), counted in a loop over character codes, which costs a short line
    less than the regex's call."""
    runs = 0
    in_word = False
    for i in range(len(line)):
        code = ord(line[i])
        if code < 128:
            word = 48 <= code <= 57 or 65 <= code <= 90 or 97 <= code <= 122 or code == 95
        else:
            word = line[i].isalnum()
        if word and not in_word:
            runs += 1
            if runs > 14:
                return False
        in_word = word
    return runs >= 1


def _is_list_item(line: str) -> bool:
    """LIST_ITEM matches at the line's start. Its first character is a bullet, a bracket, a
    digit or a small ASCII letter: a line that begins with a capital, as a heading does, is
    spared the regex."""
    first = line[:1]
    if not (
        first in _LIST_ITEM_FIRST
        or "a" <= first <= "z"
        or "0" <= first <= "9"
        or (first > "\x7f" and first.isdecimal())
    ):
        return False
    return LIST_ITEM.match(line) is not None
