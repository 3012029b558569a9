"""Title and paragraphs with their kinds (body, subhead, contact).

Press statements end with a trailer: "For more information, please contact ...", names, phone
numbers, "###", links to more reporting. Everything from the first trailer line on is kind
"contact", except a real section such as "Background" that some organisations put after it.
"""

from __future__ import annotations

import re
from typing import Final

from briefpack.model import Paragraph, ParagraphKind, Span
from briefpack.parsing.countries import organisation_pattern
from briefpack.parsing.dateline import is_date_line
from briefpack.parsing.layout import (
    ADDRESS_OPENERS,
    Block,
    blocks,
    continues_address,
    is_kicker,
    looks_like_heading,
    looks_like_title,
)
from briefpack.parsing.records import make_paragraph
from briefpack.parsing.spans import span

# A line that opens the trailer. Kept broad on purpose: a false trailer start only costs a
# paragraph its issue tags, a missed one turns phone numbers into body text.
_TRAILER_START: Final = re.compile(
    r"^(?:for\s+(?:more|further|additional)\s+(?:information|details|info)\b|"
    r"for\s+(?:media|press)\s+(?:requests?|enquir(?:y|ies)|inquir(?:y|ies)|information|queries)|"
    r"for\s+(?:interviews?|comment)\b|to\s+(?:arrange|request)\s+(?:an\s+)?interview|"
    r"(?:media|press)\s+(?:contacts?|enquir(?:y|ies)|inquir(?:y|ies)|office)\b|"
    r"contacts?\s*:|contact\s+(?:information|details)|"
    r"for\s+more\s+[\w\s.'\u2019-]{0,60}?\s+(?:reporting|coverage|work)\b|"
    r"please\s+contact\b|(?:signatories|signed\s+by|undersigned\s+organi[sz]ations)\s*:|"
    r"#{3,}|-+\s*ends?\s*-+|/?ends/?\.?$|\*{3,}|ends\.?$)",
    re.IGNORECASE,
)
_TRAILER_FIRST: Final = "ftmpces#-/*u"
_TRAILER_FIRST_CODES: Final = frozenset(ord(c) for c in _TRAILER_FIRST + _TRAILER_FIRST.upper())
_TRAILER_LETTER_CODES: Final = frozenset(ord(c) for c in "ftmpceusFTMPCEUS")
_TRAILER_PAIRS: Final = frozenset({"fo", "to", "me", "pr", "pl", "co", "en", "si", "un"})
_TRAILER_PAIR_CODES: Final = frozenset(ord(p[0]) * 128 + ord(p[1]) for p in _TRAILER_PAIRS)
# A line of its own that is no prose and no trailer start: a reference ("AI Index: EUR
# 62/1234/2019") or a picture's caption ("Photo: Activists protest ... © Amnesty International").
_NOT_PROSE_LINE: Final = re.compile(
    r"^(?:(?:AI\s+)?index(?:\s+(?:no\.?|number))?|photo|image|picture|caption|credit)\s*:\s*\S+",
    re.IGNORECASE,
)
_NOT_PROSE_PAIRS: Final = frozenset({"ai", "in", "ph", "im", "pi", "ca", "cr"})
_NOT_PROSE_FIRST_CODES: Final = frozenset(ord(c) for c in "AaIiPpCc")
_NOT_PROSE_PAIR_CODES: Final = frozenset(ord(p[0]) * 128 + ord(p[1]) for p in _NOT_PROSE_PAIRS)
_DIGIT: Final = re.compile(r"\d")
# Headings that reopen the body after a trailer.
_BODY_SECTION: Final = re.compile(
    r"^(?:background|notes?\s+(?:to|for)\s+(?:the\s+)?editors?|additional\s+information|"
    r"more\s+background|recommendations)\s*:?$",
    re.IGNORECASE,
)
# A number in international form, in the North American one, or a national number that opens
# with its trunk zero ("020 7033 1548", "07778 472 126", "01 44 83 60 54"), as a press office
# writes for the journalists of its own country.
_PHONE_SIGNAL: Final = re.compile(
    r"(?=[+(\d])(?:\+\s?\d[\d\s().-]{6,}\d|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.\s]\d{3}[-.\s]\d{4}\b"
    r"|(?<![\w.,])0\d{1,4}(?:[ .-]\d{2,4}){2,4}(?![\w.,]?\d))"
)


class Layout:
    # A plain class, not a dataclass: compiled, its __init__ is native.
    def __init__(self) -> None:
        self.title: str | None = None
        self.title_span: Span | None = None
        self.paragraphs: list[Paragraph] = []
        # Blocks between the title and the body that the dateline finder may claim.
        self.lead: list[Block] = []


def has_contact_signal(line: str) -> bool:
    """An e-mail address, handle, link or phone number. Cheap tests first: most lines are prose."""
    if "@" in line or "http" in line or "www." in line or "Twitter" in line:
        return True
    # Every phone number has digits: a search for one skips to it in C, where _PHONE_SIGNAL,
    # which opens with a look-ahead, is tried at every position of the line. A short line's
    # character codes are looked at in a loop, which costs it less than the call of _DIGIT.
    if len(line) < 100:
        if not _has_digit(line):
            return False
    elif _DIGIT.search(line) is None:
        return False
    return _PHONE_SIGNAL.search(line) is not None


def _has_digit(line: str) -> bool:
    """_DIGIT.search(line) is not None: a decimal digit of any script (\\d)."""
    for i in range(len(line)):
        code = ord(line[i])
        if 48 <= code <= 57 or (code > 127 and line[i].isdecimal()):
            return True
    return False


def split_layout(text: str) -> Layout:
    all_blocks = blocks(text)
    layout = Layout()
    i = 0
    # Kickers ("Press release") and a date line may sit above the headline.
    while i < len(all_blocks) and all_blocks[i].lines == 1:
        line = text[all_blocks[i].start : all_blocks[i].end]
        if not (is_kicker(line) or is_date_line(line) or _letterhead(text, all_blocks, i, line)):
            break
        layout.lead.append(all_blocks[i])
        i += 1
    if i < len(all_blocks):
        first = all_blocks[i]
        line = text[first.start : first.end]
        if (
            first.lines <= 2
            and looks_like_title(line)
            and (len(all_blocks) > i + 1 or len(line) < 120)
        ):
            layout.title = " ".join(line.split())
            layout.title_span = span(first.start, first.end)
            i += 1
    layout.paragraphs = _kinds(text, all_blocks[i:])
    return layout


def _letterhead(text: str, all_blocks: list[Block], i: int, line: str) -> bool:
    """The organisation's name alone above a kicker or a date line ("AMNESTY INTERNATIONAL"
    over "PUBLIC STATEMENT"): a letterhead, not the headline."""
    if len(line) > 60 or i + 1 >= len(all_blocks) or all_blocks[i + 1].lines != 1:
        return False
    name = line.strip()
    if organisation_pattern().fullmatch(name) is None and (
        not name.isupper() or organisation_pattern().fullmatch(name.title()) is None
    ):
        return False
    after = text[all_blocks[i + 1].start : all_blocks[i + 1].end]
    return is_kicker(after) or is_date_line(after)


def _kinds(text: str, body: list[Block]) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    trailer = False
    address = False  # in a letter's list of addressees
    n = len(body)
    for k, block in enumerate(body):
        line = text[block.start : block.end]
        first = line[0]  # a block is never empty
        last = line[-1]
        # Every opener begins with "T": most paragraphs are spared the tuple's tests.
        opens_address = first == "T" and line.startswith(ADDRESS_OPENERS)
        # A line that ends as prose does (a full stop or a closing quote, no white space after
        # it) is no contact line and no heading: most paragraphs are spared both tests.
        ends_as_prose = last == "." or last == "\u201d" or last == '"'
        kind: ParagraphKind
        if trailer:
            if _may_be_body_section(line) and _BODY_SECTION.match(line):
                trailer = False
                kind = "subhead"
            elif len(line) > 300 and not has_contact_signal(line):
                kind = "body"
            else:
                kind = "contact"
        elif _starts_trailer(line) or (
            not ends_as_prose and len(line) < 300 and _is_contact_line(line)
        ):
            trailer = True
            kind = "contact"
        elif len(line) < 300 and _not_prose(line):
            kind = "contact"
        elif opens_address or (address and continues_address(line)):
            kind = "body"
        elif not ends_as_prose and k + 1 < n and looks_like_heading(line):
            if _contact_follows(text, body, k):
                # "Amnesty International UK Press Office" above its numbers: the trailer's
                # first line, not a heading.
                trailer = True
                kind = "contact"
            elif _body_follows(text, body, k):
                kind = "subhead"
            else:
                kind = "body"
        else:
            kind = "body"
        address = kind == "body" and (opens_address or (address and continues_address(line)))
        paragraphs.append(make_paragraph(len(paragraphs), line, kind, span(block.start, block.end)))
    return paragraphs



def _may_be_body_section(line: str) -> bool:
    # Every _BODY_SECTION heading begins with one of these letters and ends with one of these,
    # a colon or white space, in either case; the test spares the trailer's names and numbers
    # the regex. (Outside ASCII a character may match a letter case-blind: those go to it.)
    first = line[:1]
    last = line[-1:]
    return (first in "BbNnAaMmRr" or first > "\x7f") and (
        last in ":DdSsRrNn" or last > "\x7f" or last.isspace()
    )


def _starts_trailer(line: str) -> bool:
    # Every _TRAILER_START alternative begins with one of these characters (in either case);
    # testing the first character spares most body paragraphs the regex.
    # (By code: no character outside ASCII lowers to one of them.)
    if not line:
        return False
    first = ord(line[0])
    if first not in _TRAILER_FIRST_CODES:
        return False
    # And those that begin with a letter with one of these pairs: a body paragraph that
    # begins "The" or "Police" is spared it too. (A character outside ASCII may match another
    # letter case-blind, so only ASCII pairs are decided here.)
    if first in _TRAILER_LETTER_CODES and len(line) > 1:
        second = ord(line[1])
        if second < 128 and _lower_pair(first, second) not in _TRAILER_PAIR_CODES:
            return False
    return _TRAILER_START.match(line) is not None


def _lower_pair(first: int, second: int) -> int:
    """Two ASCII character codes, lower-cased as str.lower does, as one number: a pair's test
    without slicing and lower-casing the line."""
    if 65 <= first <= 90:
        first += 32
    if 65 <= second <= 90:
        second += 32
    return first * 128 + second


def _not_prose(line: str) -> bool:
    # Every _NOT_PROSE_LINE alternative begins with one of these pairs of letters (in either
    # case); the test spares most paragraphs the regex. Outside ASCII a character may match
    # a letter case-blind: such pairs go to the regex.
    if not line or ord(line[0]) not in _NOT_PROSE_FIRST_CODES:
        return False
    if len(line) > 1:
        second = ord(line[1])
        if second < 128 and _lower_pair(ord(line[0]), second) not in _NOT_PROSE_PAIR_CODES:
            return False
    return _NOT_PROSE_LINE.match(line) is not None


_PROSE_ENDS: Final[tuple[str, ...]] = (".", "\u201d", '"')  # one tuple object, as ADDRESS_OPENERS


def _is_contact_line(line: str) -> bool:
    """A short line that is plainly a phone number or e-mail address, not prose."""
    # Prose ends with a full stop or a quote: decide on that before any regex.
    if line.rstrip().endswith(_PROSE_ENDS) or len(line.split()) > 14:
        return False
    return has_contact_signal(line)


def _contact_follows(text: str, body: list[Block], k: int) -> bool:
    following = text[body[k + 1].start : body[k + 1].end]
    return len(following) < 300 and _is_contact_line(following)


def _body_follows(text: str, body: list[Block], k: int) -> bool:
    following = text[body[k + 1].start : body[k + 1].end]
    return not _starts_trailer(following)
