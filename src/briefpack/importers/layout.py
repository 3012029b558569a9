"""The one text shape every importer hands to the parser, whatever the file was.

Like the plain-text seeds: the title on the first line, a blank line, then one paragraph per
line; subheads and the lines of a contact block each on a line of their own.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefpack.errors import FileRefused

BULLET = "\u2022 "

# Soft hyphens and zero-width characters: invisible in the document, noise to the parser.
_INVISIBLE_CHARACTERS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARACTERS))


# No-break spaces are kept: the author put them there ("10\u00a0000", "Mr\u00a0Putin"). While
# the other white space is collapsed each stands in as a noncharacter, which str.split keeps
# as part of a word: Unicode never interchanges noncharacters, and a text holding one anyway
# is split at its kept spaces instead.
_KEPT_SPACES = (("\u00a0", "\ufdd0"), ("\u202f", "\ufdd1"), ("\u2007", "\ufdd2"))
_KEPT_SPACE = re.compile("([\u00a0\u202f\u2007])")


def clean_line(text: str) -> str:
    """One paragraph on one line: runs of spaces, tabs and line breaks become one space;
    invisible characters go."""
    # Most lines are clean already. isprintable() is false for every white space but " " and
    # for the invisible characters, so this check, unlike splitting into words, makes no
    # string (splitting was two thirds of reading a Word file's paragraphs).
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    if text.isascii():  # neither invisible characters nor no-break spaces
        return " ".join(text.split())
    # str.translate with a table looks up every character (20 us a line): only when needed.
    if any(char in text for char in _INVISIBLE_CHARACTERS):
        text = text.translate(_INVISIBLE)
    if "\u00a0" not in text and "\u202f" not in text and "\u2007" not in text:
        return " ".join(text.split())
    if "\ufdd0" in text or "\ufdd1" in text or "\ufdd2" in text:
        parts = _KEPT_SPACE.split(text)
        parts[0::2] = map(_collapse, parts[0::2])
        return "".join(parts).strip(" ")
    for kept, stand_in in _KEPT_SPACES:
        text = text.replace(kept, stand_in)
    text = " ".join(text.split())
    for kept, stand_in in _KEPT_SPACES:
        text = text.replace(stand_in, kept)
    return text


def _collapse(text: str) -> str:
    """Runs of white space as one space, also at either end."""
    inner = " ".join(text.split())
    if not inner:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + inner + (" " if text[-1].isspace() else "")


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def compose(paragraphs: list[str], path: Path, title: str | None = None,
            cleaned: bool = False) -> str:
    """Title line, blank line, one paragraph per line, final newline.

    With `title` (a heading the document marked as its title), it comes first and is not
    repeated if the body starts with it; without one, the first paragraph is the title.
    `cleaned`: every paragraph is already a clean_line, so it is not cleaned again (the
    second cleaning was a tenth of reading a Word file).
    """
    if not cleaned:
        paragraphs = [clean_line(p) for p in paragraphs]
    lines = [line for line in paragraphs if line]
    if title is not None:
        title = clean_line(title)
    if title:
        if lines and _key(lines[0]) == _key(title):
            lines.pop(0)
    elif lines:
        title = lines.pop(0)
    if not title:
        raise FileRefused(path, "document has no text")
    if not lines:
        return title + "\n"
    return title + "\n\n" + "\n".join(lines) + "\n"


# Lines that stand above a headline without being it: "PRESS RELEASE", "For immediate
# release", "Embargoed until 00:01 GMT", "AI Index: ASA 17/6064/2017", a date alone.
_KICKER = re.compile(
    r"^(?:(?:press|media|news)\s+release|public\s+statement|statement|news|for\s+immediate"
    r"\s+release|immediate\s+release|embargo(?:ed)?\b.*|(?:ai\s+)?index\s*(?:number|no\.?)?"
    r"\s*:.*|[\d\s./-]{6,12}|\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4})[\s.:\u2013\u2014-]*$",
    re.IGNORECASE,
)


def is_kicker(line: str) -> bool:
    return len(line) < 80 and bool(_KICKER.match(clean_line(line)))


def pick_title(blocks: list[tuple[str, str]], lookahead: int = 6) -> tuple[str | None, list[str]]:
    """Choose the title among the first blocks of (kind, text).

    A block the document marks as its title ("title", or else the first "heading") wins when
    only short lines (a "PRESS RELEASE" kicker, a date) stand before it; they then follow it.
    Otherwise the first block that is not such a kicker is the title, and the kickers before
    it follow it; with none of those, the first block is the title, as in a plain-text file.
    """
    texts = [text for _, text in blocks]
    for wanted in ("title", "heading"):
        for index, (kind, text) in enumerate(blocks[:lookahead]):
            if kind == wanted and clean_line(text):
                before = texts[:index]
                if all(len(clean_line(b)) < 80 for b in before):
                    return text, before + texts[index + 1 :]
                break
    for index, text in enumerate(texts[:lookahead]):
        if not clean_line(text):
            continue
        if not is_kicker(text):
            if index == 0:
                break
            return text, texts[:index] + texts[index + 1 :]
    return None, texts


def add_table_row(cells: list[list[tuple[str, str]]], out: list[tuple[str, str]]) -> None:
    """Append one table row's blocks: a row of one-line cells reads as one line.

    Contact blocks are often tables: "Office:" | "+1 613 744 7667" reads as one line, as in a
    plain-text block. A row with a multi-line cell keeps each cell's lines.
    """
    if all(len(cell) <= 1 for cell in cells):
        line = " ".join(cell[0][1] for cell in cells if cell)
        if line:
            out.append(("cell", line))
    else:
        for cell_blocks in cells:
            out.extend(cell_blocks)
