"""A lean reader of a PDF page's text layer: each piece of text with its position and font.

pypdf's own `extract_text` builds a general-purpose result (spacing heuristics, layout modes,
a fresh font map on every page) and costs several milliseconds a page; a press statement needs
only the text, where it sits and how large it is. This reader interprets the few content-stream
operators that place text (BT/ET, Tf, Td, TD, Tm, T*, TL, Tc, Tw, Tz, Ts, Tj, TJ, ', ", cm, q, Q
and Do for forms), maps character codes to Unicode once per font (ToUnicode CMap, or the
font's encoding), and advances by the font's widths. Anything it does not understand (Type 3
fonts, CID fonts without a ToUnicode map, rotated pages) raises `Unsupported`, and the caller
falls back on pypdf's extractor: the fast path never guesses where pypdf would know.
"""

from __future__ import annotations

import io
import re
import struct
import sys
import zlib
from array import array
from binascii import unhexlify
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat
from typing import Any

from pypdf import DocumentInformation
from pypdf.filters import FlateDecode
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    create_string_object,
)

try:  # tables pypdf keeps for its own extractor; without them every font needs a ToUnicode map
    from pypdf._codecs import _mac_encoding, _std_encoding, _win_encoding, adobe_glyphs
except ImportError:  # pragma: no cover - a future pypdf may move them
    _win_encoding = _mac_encoding = _std_encoding = None
    adobe_glyphs = {}
try:
    from pypdf._codecs.core_font_metrics import CORE_FONT_METRICS
except ImportError:  # pragma: no cover
    CORE_FONT_METRICS = {}


class Unsupported(Exception):
    """Something this reader does not handle; pypdf's extractor should read the page."""


class TooMuchContent(Exception):
    """The page descriptions unpack to more than a statement could need (a decompression
    bomb): refused rather than read, since pypdf keeps what it unpacked in memory."""


# Unpacked page descriptions of one document; a 300-page report stays far below this.
MAX_CONTENT_BYTES = 64 * 1024 * 1024


@dataclass(slots=True)
class Piece:
    x: float
    y: float
    end_x: float
    size: float
    bold: bool
    text: str


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """m × n, PDF order (row vectors): apply m, then n."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


# --- objects read without pypdf ----------------------------------------------------------

# An object that is a dictionary or array of names, numbers, references and booleans, with
# flat arrays inside: what a simple font's dictionary with its /Widths, a font descriptor or a
# /W array is. Strings, nested dictionaries, streams and comments are not matched.
_PLAIN_CHARS = rb"[^<>()%#{}\x00\x0b\x0c\x80-\xff]"
_PLAIN_OBJECT = re.compile(
    rb"\s*(\d+)\s+(\d+)\s+obj\s*(?:<<(?P<dict>" + _PLAIN_CHARS + rb"*)>>|(?P<array>\["
    + _PLAIN_CHARS + rb"*\]))\s*endobj"
)
_PLAIN_TOKEN = re.compile(
    rb"""\s*(?:
      \[([\s\d+\-.]*)\]  # numbers only (checked in _plain_items): one token
    | (\d+)\s+(\d+)\s+R(?![^\s/\[\]])
    | (/[^\s/\[\]]*)
    | ([+-]?(?:\d+\.?\d*|\.\d+))(?![^\s/\[\]])
    | (true|false)(?![^\s/\[\]])
    | ([\[\]])
    )""",
    re.X,
)


_PLAIN_NUMBER = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)")


class PlainObjects:
    """Reads font dictionaries, font descriptors and width arrays from the file's bytes.

    pypdf's object parser makes Python objects one byte at a time, and a font's /Widths
    array has a number for every character: parsing them took a third of reading a
    statement's PDF. Only plain objects (see _PLAIN_OBJECT) stored whole in an unencrypted
    file are read here, as plain dicts, lists, numbers, NameObjects and IndirectObjects;
    everything else (and anything pypdf already parsed) comes from pypdf, so the values
    are what pypdf would give."""

    def __init__(self) -> None:
        self.reader: Any = None
        self.source = b""
        self._info: tuple[Any, Any] | None = None  # (reference, what _info_values read)

    def resolve(self, obj: Any) -> Any:
        if not isinstance(obj, IndirectObject):
            return obj
        plain = self._read(obj)
        return obj.get_object() if plain is None else plain

    def _offset(self, reference: IndirectObject) -> int | None:
        """Where the object starts in self.source, when it is stored whole in an unencrypted
        file and pypdf has not parsed it yet; None otherwise."""
        reader, idnum, generation = reference.pdf, reference.idnum, reference.generation
        try:
            if reader.cache_get_indirect_object(generation, idnum) is not None:
                return None  # parsed already: pypdf hands it out
            if (reader.is_encrypted or idnum in reader.xref_objStm
                    or reader.xref_free_entry.get(generation, {}).get(idnum)):
                return None
            offset = reader.xref.get(generation, {}).get(idnum)
            if reader is not self.reader:
                if not isinstance(reader.stream, io.BytesIO):
                    return None
                self.reader, self.source = reader, reader.stream.getvalue()
        except AttributeError:  # pragma: no cover - a pypdf without these attributes
            return None
        return offset if isinstance(offset, int) else None

    def _match(self, reference: Any, pattern: re.Pattern[bytes]) -> re.Match[bytes] | None:
        """`pattern` matched where the object stands in the file, when it is that object
        (numbers as referred to) and may be read here (see _offset); None otherwise."""
        if not isinstance(reference, IndirectObject):
            return None
        offset = self._offset(reference)
        if offset is None:
            return None
        match = pattern.match(self.source, offset)
        if match is None or (int(match[1]), int(match[2])) != (reference.idnum,
                                                               reference.generation):
            return None
        return match

    def _read(self, reference: IndirectObject) -> Any:
        match = self._match(reference, _PLAIN_OBJECT)
        if match is None:
            return None
        items = _plain_items(match["dict"] if match["array"] is None else match["array"],
                             reference.pdf)
        if items is None:
            return None
        if match["array"] is not None:
            return items[0] if len(items) == 1 else None
        return _plain_dict(items)


    def stream_data(self, reference: Any) -> bytes | None:
        """The decoded data of a stream whose dictionary is plain, with its /Length given and
        no filter or /FlateDecode without parameters (a font's ToUnicode map), decoded by
        pypdf's own FlateDecode; None for any other, which pypdf should read."""
        match = self._match(reference, _PLAIN_STREAM)
        if match is None:
            return None
        items = _plain_items(match["dict"], reference.pdf)
        stream = None if items is None else _plain_dict(items)
        if stream is None:
            return None
        length, filters = stream.get("/Length"), stream.get("/Filter")
        if (not isinstance(length, int) or isinstance(length, bool) or length < 0
                or filters not in (None, "/FlateDecode", ["/FlateDecode"])
                or any(key in stream for key in ("/DecodeParms", "/DP", "/F"))):
            return None
        start = match.end()
        end = start + length
        if _END_STREAM.match(self.source, end) is None:
            return None  # a wrong /Length: pypdf has its ways of finding the data
        raw = self.source[start:end]
        return raw if filters is None else FlateDecode.decode(raw)

    def title(self, reference: Any) -> Any:
        """The /Title of a document information dictionary of plain names, numbers and
        strings (see _INFO_OBJECT), as pypdf's metadata.title gives it; NOT_PLAIN for any
        other dictionary, which pypdf should read. pypdf parses strings one byte at a time,
        and the dates and producer names around the title took it longer than reading a
        page's fonts."""
        return self.info_text(reference, "title")

    def info_text(self, reference: Any, name: str) -> Any:
        """pypdf's DocumentInformation property `name` ("title", "creator") of a plain
        document information dictionary (as title() reads it); NOT_PLAIN when pypdf should
        read the dictionary or the value."""
        if self._info is None or self._info[0] is not reference:
            self._info = (reference, self._info_values(reference))  # read once for both
        values = self._info[1]
        key = "/" + name.capitalize()
        if values is NOT_PLAIN:
            return NOT_PLAIN
        if key.encode() not in values:
            return None
        raw = values[key.encode()]
        if raw is None:
            return NOT_PLAIN  # a reference, a name: pypdf's rules for those apply
        info = DocumentInformation()
        info[NameObject(key)] = create_string_object(raw)
        return getattr(info, name)

    def _info_values(self, reference: Any) -> Any:
        """A key -> its string's bytes (None: not a string) of a plain document information
        dictionary, or NOT_PLAIN."""
        match = self._match(reference, _INFO_OBJECT)
        if match is None:
            return NOT_PLAIN
        body = match["body"]
        values: dict[bytes, bytes | None] = {}
        key: bytes | None = None
        position = 0
        for token in _INFO_TOKEN.finditer(body):
            if token.start() != position:
                return NOT_PLAIN
            position = token.end()
            name, literal, hex_digits, _other = token.groups()
            if key is None:
                if name is None or name in values:
                    return NOT_PLAIN  # not a key, or a key given twice: pypdf decides
                key = name
                continue
            if literal is not None:
                if b"\\" in literal:
                    escapes = _INFO_ESCAPE.findall(literal)
                    if any(len(code) == 3 and code[:1] in b"4567" for code in escapes):
                        return NOT_PLAIN  # an octal code over 255, which pypdf reads its way
                    literal = _INFO_ESCAPE.sub(_info_unescape, literal)
                values[key] = literal
            elif hex_digits is not None:
                if len(hex_digits) % 2:
                    return NOT_PLAIN
                values[key] = unhexlify(hex_digits)
            else:
                values[key] = None
            key = None
        if key is not None or body[position:].strip():
            return NOT_PLAIN
        return values


_PLAIN_STREAM = re.compile(
    rb"\s*(\d+)\s+(\d+)\s+obj\s*<<(?P<dict>" + _PLAIN_CHARS + rb"*)>>\s*stream *(?:\r\n?|\n)"
)
_END_STREAM = re.compile(rb"(?:\r\n|\r|\n)?endstream")
NOT_PLAIN = object()
# A dictionary of names, numbers, references and strings (without nested parentheses or
# white space inside hex strings): a document information dictionary as office suites and
# PDF libraries write it.
_INFO_OBJECT = re.compile(
    rb"\s*(\d+)\s+(\d+)\s+obj\s*"
    rb"<<(?P<body>[^<>()\\]*(?:(?:\([^()\\]*(?:\\[\s\S][^()\\]*)*\)|<[0-9A-Fa-f]*>)"
    rb"[^<>()\\]*)*)>>\s*endobj"
)
_INFO_TOKEN = re.compile(
    rb"""\s*(?:
      (/[^\s/<>()\[\]{}%#]*)
    | \(([^()\\]*(?:(?:\\[nrtbf()\\/\ %<>\[\]\#_&$]|\\[0-7]{1,3})[^()\\]*)*)\)
    | <([0-9A-Fa-f]*)>
    | (\d+\s+\d+\s+R|[+-]?(?:\d+\.?\d*|\.\d+)|true|false|null)(?![^\s/<(])
    )""",
    re.X,
)

# The escapes pypdf reads as one byte (the others it reads its own way: left to pypdf).
_INFO_ESCAPE = re.compile(rb"\\([0-7]{1,3}|[\s\S])")
_INFO_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _info_unescape(match: re.Match[bytes]) -> bytes:
    code = match.group(1)
    if code[:1] in b"01234567" and code[:1]:
        return bytes([int(code, 8)])
    return _INFO_ESCAPES.get(code, code)


def _plain_dict(items: list[Any]) -> dict[Any, Any] | None:
    """A dictionary's key-value items as a dict; None when malformed or a key is given twice,
    for pypdf to decide."""
    keys = items[0::2]
    if len(items) % 2 or not all(isinstance(key, NameObject) for key in keys) or (
        len(set(keys)) != len(keys)
    ):
        return None
    return dict(zip(keys, items[1::2], strict=True))


def _plain_items(body: bytes, reader: Any) -> list[Any] | None:
    items: list[Any] = []
    outer: list[list[Any]] = []
    position = 0
    for match in _PLAIN_TOKEN.finditer(body):
        if match.start() != position:
            return None
        position = match.end()
        numbers, idnum, generation, name, number, boolean, bracket = match.groups()
        if numbers is not None:
            # Checked here, not by the pattern: repeating a number's pattern in re took a
            # fifth of reading a font. Anything else made of these characters ("[1-2]") is
            # no plain object, as a token-by-token reading would find too.
            values = numbers.split()
            if not all(map(bytes.isdigit, values)) and not all(
                    map(_PLAIN_NUMBER.fullmatch, values)):
                return None
            if b"." in numbers:
                items.append([float(n) if b"." in n else int(n) for n in values])
            else:  # widths are nearly always whole numbers: converted in C
                items.append(list(map(int, values)))
        elif number is not None:
            items.append(float(number) if b"." in number else int(number))
        elif name is not None:
            items.append(NameObject(name.decode("ascii")))
        elif idnum is not None:
            items.append(IndirectObject(int(idnum), int(generation), reader))
        elif bracket == b"[":
            outer.append(items)
            items = []
        elif bracket == b"]":
            if not outer:
                return None
            inner, items = items, outer.pop()
            items.append(inner)
        else:
            items.append(boolean == b"true")
    if outer or body[position:].strip():
        return None
    return items


# --- fonts -------------------------------------------------------------------------------

_HEX = re.compile(rb"<([0-9A-Fa-f\s]*)>")
_CODESPACE = re.compile(rb"begincodespacerange\s*<([0-9A-Fa-f]+)>", re.S)
_RANGE_LINE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])")


def _sections(data: bytes, begin: bytes, end: bytes) -> list[bytes]:
    """What stands between each `begin` and the first `end` after it: what
    re.findall(begin + b"(.*?)" + end, data, re.S) finds, without re's lazy repeat trying
    `end` at every byte."""
    found: list[bytes] = []
    position = data.find(begin)
    while position >= 0:
        start = position + len(begin)
        stop = data.find(end, start)
        if stop < 0:
            break
        found.append(data[start:stop])
        position = data.find(begin, stop + len(end))
    return found


def _utf16(hex_digits: bytes) -> str:
    if len(hex_digits) % 4:
        hex_digits = hex_digits.replace(b" ", b"").rjust((len(hex_digits) + 3) // 4 * 4, b"0")
    return unhexlify(hex_digits).decode("utf-16-be", "replace")


def _utf16_each(targets: list[bytes]) -> list[str]:
    """[_utf16(t) for t in targets], with one decoding for the usual CMap of one UTF-16 unit
    per code: when that gives one character per unit, no surrogate pair was joined, and each
    character is what decoding its unit alone gives."""
    if set(map(len, targets)) <= {4}:  # every one 4 digits, told in C
        chars = unhexlify(b"".join(targets)).decode("utf-16-be", "replace")
        if len(chars) == len(targets):
            return list(chars)
    return [_utf16(target) for target in targets]


def _codes(sources: list[bytes]) -> list[int] | bytes | array:
    """[int(s or b"0", 16) for s in sources], converted in C when every code has one or two
    bytes (a CMap lists a few hundred)."""
    size = len(sources[0]) if sources else 0
    if size in (2, 4) and set(map(len, sources)) == {size}:
        try:
            codes = unhexlify(b"".join(sources))
        except ValueError:  # white space inside
            pass
        else:
            if size == 2:
                return codes
            wide = array("H", codes)
            if sys.byteorder == "little":
                wide.byteswap()
            return wide
    return [int(source or b"0", 16) for source in sources]


# id(encoding list) -> (the list, kept so the id stays its own; its characters by code)
_BASE_TABLES: dict[int, tuple[list[str], dict[int, str]]] = {}


def _base_table(table: list[str]) -> dict[int, str]:
    """The characters of one of pypdf's encodings by code, made once (do not change it)."""
    found = _BASE_TABLES.get(id(table))
    if found is None:
        found = _BASE_TABLES[id(table)] = (table, {code: char for code, char in enumerate(table)
                                                   if char})
    return found[1]


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


class Font:
    def __init__(self, font: DictionaryObject, resolve: Callable[[Any], Any] = _resolve,
                 stream_data: Callable[[Any], bytes | None] | None = None) -> None:
        """`resolve`: how referenced dictionaries and arrays are read (PlainObjects.resolve
        reads the plain ones without pypdf); `stream_data`: how a referenced stream's data
        is read, None where pypdf should read it (PlainObjects.stream_data)."""
        subtype = font.get("/Subtype")
        base = str(font.get("/BaseFont", ""))
        if subtype == "/Type3":
            raise Unsupported("Type 3 font")
        self.two_bytes = subtype == "/Type0"
        descriptor: DictionaryObject | None = None
        self.widths: dict[int, float] = {}
        self.default_width = 500.0
        if self.two_bytes:
            encoding = font.get("/Encoding")
            if encoding not in ("/Identity-H", "/Identity-V") and "/ToUnicode" not in font:
                raise Unsupported("CID font without a Unicode map")
            descendants = resolve(font.get("/DescendantFonts"))
            descendant = resolve(descendants[0]) if descendants else DictionaryObject()
            descriptor = resolve(descendant.get("/FontDescriptor"))
            self.default_width = float(descendant.get("/DW", 1000))
            self._cid_widths(resolve(descendant.get("/W")))
        else:
            descriptor = resolve(font.get("/FontDescriptor"))
            first = int(font.get("/FirstChar", 0))
            widths = resolve(font.get("/Widths"))
            if widths:
                try:
                    values = list(map(float, widths))  # numbers, nearly always
                except TypeError:  # a width given by reference
                    values = [float(_resolve(width)) for width in widths]
                self.widths.update(zip(range(first, first + len(values)), values, strict=True))
            if descriptor is not None and "/MissingWidth" in descriptor:
                self.default_width = float(descriptor["/MissingWidth"])
        name = base.lower()
        weight = float(descriptor.get("/FontWeight", 400)) if descriptor else 400.0
        flags = int(descriptor.get("/Flags", 0)) if descriptor else 0
        self.bold = (any(word in name for word in ("bold", "black", "heavy", "semibold"))
                     or weight >= 600 or bool(flags & (1 << 18)))
        self.table: dict[int, str] = {}
        to_unicode = font.get("/ToUnicode")
        cmap = stream_data(to_unicode) if stream_data is not None else None
        if cmap is None:
            to_unicode = _resolve(to_unicode)
            if to_unicode is not None and hasattr(to_unicode, "get_data"):
                cmap = to_unicode.get_data()
        if cmap is not None:
            self._read_cmap(cmap)
        elif self.two_bytes:
            raise Unsupported("CID font without a Unicode map")
        if not self.two_bytes:
            self._simple_encoding(font, base, resolve)
            if not self.widths:
                metrics = CORE_FONT_METRICS.get(base.lstrip("/"))
                if metrics is not None:
                    char_widths = metrics.character_widths
                    self.default_width = float(char_widths.get("default", 500))
                    for code, char in self.table.items():
                        if char in char_widths:
                            self.widths[code] = float(char_widths[char])
        # One-byte fonts decode through a 256-entry list: the common case, made cheap.
        self.single = None if self.two_bytes else list(
            map(self.table.get, range(256), repeat("", 256)))
        self.single_widths = [] if self.single is None else list(
            map(self.widths.get, range(256), repeat(self.default_width, 256)))

    def _cid_widths(self, w: Any) -> None:
        if not w:
            return
        items = [_resolve(item) for item in w]
        index = 0
        while index < len(items):
            first = int(items[index])
            following = items[index + 1] if index + 1 < len(items) else None
            if isinstance(following, ArrayObject | list):
                for offset, width in enumerate(following):
                    self.widths[first + offset] = float(_resolve(width))
                index += 2
            elif index + 2 < len(items):
                last, width = int(following), float(items[index + 2])
                if last - first > 65535:
                    raise Unsupported("absurd width range")
                for code in range(first, last + 1):
                    self.widths[code] = width
                index += 3
            else:
                break

    def _read_cmap(self, data: bytes) -> None:
        space = _CODESPACE.search(data)
        if space is not None:
            self.two_bytes = len(space.group(1)) >= 4
        for block in _sections(data, b"beginbfchar", b"endbfchar"):
            codes = _HEX.findall(block)
            sources, targets = codes[0::2], codes[1::2]
            del sources[len(targets):]
            self.table.update(zip(_codes(sources), _utf16_each(targets), strict=True))
        for block in _sections(data, b"beginbfrange", b"endbfrange"):
            for low, high, target in _RANGE_LINE.findall(block):
                start, end = int(low, 16), int(high, 16)
                if end - start > 65535 or end < start:
                    raise Unsupported("absurd CMap range")
                if target.startswith(b"["):
                    for code, item in zip(range(start, end + 1), _HEX.findall(target),
                                          strict=False):
                        self.table[code] = _utf16(item)
                else:
                    first = _utf16(target[1:-1])
                    if not first:
                        continue
                    stem, last = first[:-1], ord(first[-1])
                    for offset in range(end - start + 1):
                        self.table[start + offset] = stem + chr(min(last + offset, 0x10FFFF))

    def _simple_encoding(self, font: DictionaryObject, base: str,
                         resolve: Callable[[Any], Any]) -> None:
        if _win_encoding is None:
            if not self.table:
                raise Unsupported("no encoding tables")
            return
        encoding = resolve(font.get("/Encoding"))
        differences = None
        if isinstance(encoding, dict):
            differences = resolve(encoding.get("/Differences"))
            encoding = encoding.get("/BaseEncoding")
        symbolic = any(word in base.lower() for word in ("symbol", "dingbat"))
        if symbolic and not self.table and not differences:
            raise Unsupported("symbol font")
        if encoding == "/MacRomanEncoding":
            table = _mac_encoding
        elif encoding == "/StandardEncoding" or (
            encoding is None and font.get("/Subtype") == "/Type1"
        ):
            table = _std_encoding
        else:  # WinAnsi, or a TrueType font's own encoding, which is nearly always like it
            table = _win_encoding
        base_table = _base_table(table)
        if differences:
            base_table = dict(base_table)
            code = 0
            for item in differences:
                item = _resolve(item)
                if isinstance(item, NameObject):
                    char = adobe_glyphs.get(str(item))
                    if char is None:
                        glyph = str(item)
                        if glyph.startswith("/uni") and len(glyph) == 8:
                            char = chr(int(glyph[4:], 16))
                        else:
                            char = ""
                    base_table[code] = char
                    code += 1
                else:
                    code = int(item)
        self.table = {**base_table, **self.table}  # ToUnicode, when present, wins

    def decode(self, data: bytes) -> tuple[str, float, int]:
        """(text, width in glyph units, spaces) of a string shown with this font."""
        if self.single is not None:
            # map() over a 256-entry list runs in C: no Python loop per character
            text = "".join(map(self.single.__getitem__, data))
            width = sum(map(self.single_widths.__getitem__, data))
            return text, width, data.count(32)
        codes = [(data[i] << 8) | data[i + 1] for i in range(0, len(data) - 1, 2)]
        table, widths, default = self.table, self.widths, self.default_width
        text = "".join([table.get(code, "") for code in codes])
        width = sum([widths.get(code, default) for code in codes])
        return text, width, 0


# --- content streams ---------------------------------------------------------------------

_TOKEN = re.compile(
    rb"""\s*(?:
      (?P<nums>[+-]?(?:\d+\.?\d*|\.\d+)(?:\s+[+-]?(?:\d+\.?\d*|\.\d+))*)
        \s*(?P<numop>[A-Za-z'"*][A-Za-z0-9'"*]*)
    | (?P<num>[+-]?(?:\d+\.?\d*|\.\d+))
    | (?P<name>/[^\s/\[\]()<>{}%]*)
    | (?P<hex><(?!<)[0-9A-Fa-f\s]*>)
    | \((?P<str>[^()\\]*(?:\\[\s\S][^()\\]*)*)\)
        (?:\s*(?P<strop>Tj|')(?![A-Za-z0-9'"*]))?  # with the operator that shows it
    | (?P<lit>\()
    | \[(?P<array>(?:\s*(?:<[0-9A-Fa-f\s]*>|\([^()\\]*(?:\\[\s\S][^()\\]*)*\)
                          |[+-]?(?:\d+\.?\d*|\.\d+)))*\s*)\]
        (?:\s*(?P<arrop>TJ)(?![A-Za-z0-9'"*]))?
    | (?P<aopen>\[) | (?P<aclose>\])
    | (?P<dopen><<) | (?P<dclose>>>)
    | (?P<op>[A-Za-z'"*][A-Za-z0-9'"*]*)
    | (?P<comment>%[^\r\n]*)
    | (?P<other>[{}])
    )""",
    re.X,
)
class KernedRun:
    """The strings of a TJ array of hex strings with only kerning between them (as office
    suites write every line): joined, with the kerning summed, to be decoded in one go."""

    __slots__ = ("data", "kerning")

    def __init__(self, data: bytes, kerning: float) -> None:
        self.data = data
        self.kerning = kerning


_HEX_ITEM = re.compile(rb"<([0-9A-Fa-f\s]*)>")
_NUMBER = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)")
# The items of an array of strings and numbers (a TJ operand), split in one pass.
_ARRAY_ITEM = re.compile(
    rb"<([0-9A-Fa-f\s]*)>|\(([^()\\]*(?:\\[\s\S][^()\\]*)*)\)|([+-]?(?:\d+\.?\d*|\.\d+))"
)
_LITERAL_PART = re.compile(rb"[()\\]")
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|\r\n|[\s\S])")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(",
            b")": b")", b"\\": b"\\", b"\n": b"", b"\r": b"", b"\r\n": b""}
_END_INLINE_IMAGE = re.compile(rb"\sEI(?=[\s]|$)")
# Operators that place no text, most frequent in page descriptions: skipped before the
# operators that matter are told apart.
_NOT_TEXT = frozenset(
    b"ET rg RG g G k K cs CS sc SC scn SCN re f F f* m l c v y h S s B B* b b* n W W* gs w J j "
    b"d i M ri BDC BMC EMC MP DP sh Tr".split()
)
_SPACE_ADJUSTMENT = -200  # a TJ gap wider than a fifth of an em separates two words


_A85_WHITE_SPACE = b" \t\n\r\x0b\x0c\x00"
_A85_DIGITS = bytes(range(33, 118))  # "!" to "u"
_A85_VALUE = bytes((code - 33) % 256 for code in range(256))


def ascii85_decode(data: bytes) -> bytes:
    """What base64.a85decode gives for a PDF stream's ASCII85 data ("z" for four zero bytes,
    "~>" at the end), several times faster: reportlab writes every page this way, and the
    standard library's decoder took a tenth of reading such a PDF. Raises ValueError on
    anything else, for the caller to fall back on pypdf."""
    data = data.translate(None, _A85_WHITE_SPACE)
    if data.startswith(b"<~"):
        data = data[2:]
    end = data.find(b"~>")
    if end >= 0:
        data = data[:end]
    if b"z" in data:
        data = data.replace(b"z", b"!!!!!")
    if data.translate(None, _A85_DIGITS):
        raise ValueError("not ASCII85 data")
    short = -len(data) % 5
    if short == 4:
        raise ValueError("a lone ASCII85 digit at the end")
    digits = (data + b"u" * short).translate(_A85_VALUE)
    each = iter(digits)
    words = [(((a * 85 + b) * 85 + c) * 85 + d) * 85 + e
             for a, b, c, d, e in zip(each, each, each, each, each, strict=True)]
    if words and max(words) > 0xFFFFFFFF:
        raise ValueError("an ASCII85 group out of range")
    decoded = struct.pack(f">{len(words)}I", *words)
    return decoded[: len(decoded) - short] if short else decoded


def stream_bytes(stream: Any) -> bytes:
    """A stream's decoded bytes. ASCII85 then Flate, with no parameters (reportlab's page
    descriptions) is decoded here; every other stream, or one this cannot decode, by pypdf."""
    raw = getattr(stream, "_data", None)  # the encoded bytes, where pypdf keeps them
    filters = stream.get("/Filter")
    if (isinstance(raw, bytes) and isinstance(filters, ArrayObject)
            and [str(name) for name in filters] == ["/ASCII85Decode", "/FlateDecode"]
            and "/DecodeParms" not in stream and "/DP" not in stream):
        try:
            inflater = zlib.decompressobj()
            # One byte over the limit is enough for the caller to refuse the document.
            return inflater.decompress(ascii85_decode(raw), MAX_CONTENT_BYTES + 1)
        except (ValueError, zlib.error):
            pass
    return stream.get_data()


def _hex(digits: bytes) -> bytes:
    try:
        return unhexlify(digits)
    except ValueError:  # white space inside, or an odd count (a final 0 is implied)
        digits = re.sub(rb"\s", b"", digits)
        return unhexlify(digits + b"0" * (len(digits) % 2))


def _unescape(match: re.Match[bytes]) -> bytes:
    code = match.group(1)
    if code[:1].isdigit() and code[:1] in b"01234567":
        return bytes([int(code, 8) & 0xFF])
    return _ESCAPES.get(code, code)


def _array_operand(body: bytes) -> list[Any]:
    """The operand of a TJ array: its strings and numbers, or [KernedRun] for hex strings
    with only kerning between them."""
    if b"(" not in body:
        hexes = _HEX_ITEM.findall(body)
        numbers = [float(n) for n in _NUMBER.findall(_HEX_ITEM.sub(b" ", body))]
        if hexes and (not numbers or min(numbers) > _SPACE_ADJUSTMENT) and not any(
            len(h) & 1 for h in hexes
        ):
            return [KernedRun(_hex(b"".join(hexes)), sum(numbers))]
    items: list[Any] = []
    for hex_digits, literal, number in _ARRAY_ITEM.findall(body):
        if number:
            items.append(float(number))
        elif literal or not hex_digits:
            items.append(_ESCAPE.sub(_unescape, literal) if b"\\" in literal else literal)
        else:
            items.append(_hex(hex_digits))
    return items


def _literal(data: bytes, start: int) -> tuple[bytes, int]:
    """The literal string opening at data[start] == '(' and the index after it."""
    depth = 1
    position = start + 1
    while True:
        match = _LITERAL_PART.search(data, position)
        if match is None:
            raise Unsupported("unterminated string")
        char = match.group()
        if char == b"\\":
            position = match.end() + 1
            continue
        depth += 1 if char == b"(" else -1
        position = match.end()
        if depth == 0:
            raw = data[start + 1 : position - 1]
            return (_ESCAPE.sub(_unescape, raw) if b"\\" in raw else raw), position


class PageReader:
    """Reads one page's text pieces; fonts are cached across pages of one document."""

    MAX_FORM_DEPTH = 6

    def __init__(self, font_cache: dict[int, Font], objects: PlainObjects | None = None
                 ) -> None:
        self.fonts = font_cache
        self.has_images = False
        self.content_bytes = 0
        # id(resources) -> (fonts by name, the resources themselves, kept so the id stays theirs)
        self.by_name: dict[int, tuple[dict[str, Font], DictionaryObject]] = {}
        self.objects = objects or PlainObjects()

    def _count(self, data: bytes) -> bytes:
        self.content_bytes += len(data)
        if self.content_bytes > MAX_CONTENT_BYTES:
            raise TooMuchContent
        return data

    def _data(self, stream: Any) -> bytes:
        return self._count(stream_bytes(stream))

    def read(self, page: DictionaryObject) -> list[Piece]:
        if int(_resolve(page.get("/Rotate", 0)) or 0) % 360:
            raise Unsupported("rotated page")
        resources = _resolve(page.get("/Resources")) or DictionaryObject()
        contents = _resolve(page.get("/Contents"))
        if contents is None:
            return []
        if isinstance(contents, ArrayObject):
            data = b"\n".join(self._data(_resolve(part)) for part in contents)
        else:
            data = self._data(contents)
        pieces: list[Piece] = []
        self._run(data, resources, IDENTITY, pieces, depth=0)
        return pieces

    def _font(self, resources: DictionaryObject, name: str) -> Font:
        # Tf comes on every line: look the name up once per resource dictionary.
        by_name = self.by_name.get(id(resources))
        if by_name is None:
            by_name = self.by_name[id(resources)] = ({}, resources)
        font = by_name[0].get(name)
        if font is None:
            font = by_name[0][name] = self._load_font(resources, name)
        return font

    def _load_font(self, resources: DictionaryObject, name: str) -> Font:
        fonts = self.objects.resolve(resources.get("/Font")) or {}
        reference = fonts.get(name)
        if reference is None:
            raise Unsupported(f"font {name} missing")
        key = reference.idnum if isinstance(reference, IndirectObject) else id(reference)
        font = self.fonts.get(key)
        if font is None:
            font = Font(self.objects.resolve(reference), self.objects.resolve,
                        self.objects.stream_data)
            self.fonts[key] = font
        return font

    def _run(self, data: bytes, resources: DictionaryObject, ctm: Matrix,
             pieces: list[Piece], depth: int) -> None:
        operands: list[Any] = []
        stack: list[tuple] = []
        arrays: list[list[Any]] = []
        tm = tlm = IDENTITY
        font: Font | None = None
        # The font Tf chose, loaded when it first shows text: reportlab sets a font in an
        # empty BT/ET on every page, and a font read costs a fifth of a page's content.
        font_name: str | None = None
        size = 0.0
        char_spacing = word_spacing = rise = 0.0
        scale = 1.0
        leading = 0.0
        position = 0
        length = len(data)
        token = _TOKEN.match
        while position < length:
            match = token(data, position)
            if match is None or match.end() == position:
                if data[position:].strip() == b"":
                    break
                raise Unsupported("unreadable content stream")
            position = match.end()
            kind = match.lastgroup
            if kind == "op":
                op = match.group("op")
            elif kind == "numop":  # numbers and the operator they are for, in one match
                (arrays[-1] if arrays else operands).extend(
                    map(float, match.group("nums").split()))
                op = match.group("numop")
            elif kind == "strop":  # a string and the operator that shows it
                raw = match.group("str")
                (arrays[-1] if arrays else operands).append(
                    _ESCAPE.sub(_unescape, raw) if b"\\" in raw else raw)
                op = match.group("strop")
            elif kind == "arrop":
                (arrays[-1] if arrays else operands).append(
                    _array_operand(match.group("array")))
                op = b"TJ"
            else:
                if kind == "num":
                    value = float(match.group("num"))
                    (arrays[-1] if arrays else operands).append(value)
                    continue
                if kind == "str":
                    raw = match.group("str")
                    (arrays[-1] if arrays else operands).append(
                        _ESCAPE.sub(_unescape, raw) if b"\\" in raw else raw)
                    continue
                if kind == "lit":  # a string with parentheses inside: scanned by hand
                    string, position = _literal(data, match.start("lit"))
                    (arrays[-1] if arrays else operands).append(string)
                    continue
                if kind == "hex":
                    (arrays[-1] if arrays else operands).append(_hex(match.group("hex")[1:-1]))
                    continue
                if kind == "name":
                    (arrays[-1] if arrays else operands).append(match.group("name").decode(
                        "latin-1"))
                    continue
                if kind == "array":
                    (arrays[-1] if arrays else operands).append(
                        _array_operand(match.group("array")))
                    continue
                if kind == "aopen":
                    arrays.append([])
                    continue
                if kind == "aclose":
                    if arrays:
                        finished = arrays.pop()
                        (arrays[-1] if arrays else operands).append(finished)
                    continue
                continue  # comments, dictionaries' brackets, braces
            if op in _NOT_TEXT:  # painting, colours, marked content: nothing to read
                operands.clear()
                continue
            if op == b"q":
                stack.append((ctm, font, font_name, size, char_spacing, word_spacing, scale,
                              leading, rise))
                operands.clear()
                continue
            if op == b"Q":
                if stack:
                    (ctm, font, font_name, size, char_spacing, word_spacing, scale, leading,
                     rise) = stack.pop()
                operands.clear()
                continue
            if op in (b"Tj", b"TJ", b"'", b'"'):
                if op == b"'" or op == b'"':
                    if op == b'"' and len(operands) >= 3:
                        word_spacing, char_spacing = operands[-3], operands[-2]
                    tlm = multiply((1, 0, 0, 1, 0, -leading), tlm)
                    tm = tlm
                if font is None and font_name is not None and operands:
                    font = self._font(resources, font_name)
                if font is None or not operands:
                    operands.clear()
                    continue
                items = operands[-1] if op == b"TJ" else [operands[-1]]
                if not isinstance(items, list):
                    items = [items]
                # One piece per show: the strings and kerning of a TJ array are one run of
                # text along the baseline, so the matrices are multiplied once, not per glyph.
                a, b, c, d, e, f = multiply(tm, ctm)
                texts: list[str] = []
                shift = 0.0  # along the baseline, in text space
                single = font.single is not None
                run: list[bytes] = []  # strings kerned together, decoded as one
                for item in [*items, None]:
                    if isinstance(item, bytes):
                        run.append(item)
                        continue
                    if isinstance(item, KernedRun):
                        run.append(item.data)
                        shift -= item.kerning / 1000.0 * size * scale
                        continue
                    if isinstance(item, float) and item > _SPACE_ADJUSTMENT:
                        shift -= item / 1000.0 * size * scale  # kerning: same run goes on
                        continue
                    if run:
                        data_run = run[0] if len(run) == 1 else b"".join(run)
                        run = []
                        text, width, spaces = font.decode(data_run)
                        count = len(data_run) if single else len(data_run) // 2
                        if len(text) < count:
                            raise Unsupported("character codes without Unicode")
                        texts.append(text)
                        shift += (width / 1000.0 * size + char_spacing * count
                                  + word_spacing * spaces) * scale
                    if isinstance(item, float):
                        shift -= item / 1000.0 * size * scale
                        if item <= _SPACE_ADJUSTMENT and texts and not texts[-1].endswith(" "):
                            texts.append(" ")
                text = "".join(texts)
                if text:
                    pieces.append(Piece(rise * c + e, rise * d + f, e + shift * a,
                                        abs(size * d) or abs(size * a), font.bold, text))
                ta, tb, tc, td, te, tf = tm
                tm = (ta, tb, tc, td, te + shift * ta, tf + shift * tb)
                operands.clear()
                continue
            if op == b"Td" or op == b"TD":
                if len(operands) >= 2:
                    tx, ty = operands[-2], operands[-1]
                    if op == b"TD":
                        leading = -ty
                    tlm = multiply((1, 0, 0, 1, tx, ty), tlm)
                    tm = tlm
            elif op == b"Tm":
                if len(operands) >= 6:
                    tlm = tm = tuple(operands[-6:])  # type: ignore[assignment]
            elif op == b"T*":
                tlm = multiply((1, 0, 0, 1, 0, -leading), tlm)
                tm = tlm
            elif op == b"Tf":
                if len(operands) >= 2 and isinstance(operands[-2], str):
                    font, font_name = None, operands[-2]
                    size = operands[-1]
            elif op == b"TL":
                leading = operands[-1] if operands else leading
            elif op == b"Tc":
                char_spacing = operands[-1] if operands else char_spacing
            elif op == b"Tw":
                word_spacing = operands[-1] if operands else word_spacing
            elif op == b"Tz":
                scale = (operands[-1] / 100.0) if operands else scale
            elif op == b"Ts":
                rise = operands[-1] if operands else rise
            elif op == b"BT":
                tm = tlm = IDENTITY
            elif op == b"cm":
                if len(operands) >= 6:
                    ctm = multiply(tuple(operands[-6:]), ctm)  # type: ignore[arg-type]
            elif op == b"Do":
                if operands and isinstance(operands[-1], str):
                    self._xobject(resources, operands[-1], ctm, pieces, depth)
            elif op == b"BI":
                self.has_images = True
            elif op == b"ID":
                end = _END_INLINE_IMAGE.search(data, position)
                if end is None:
                    raise Unsupported("inline image without end")
                position = end.end()
            operands.clear()

    def _xobject(self, resources: DictionaryObject, name: str, ctm: Matrix,
                 pieces: list[Piece], depth: int) -> None:
        xobjects = _resolve(resources.get("/XObject")) or {}
        xobject = _resolve(xobjects.get(name))
        if xobject is None:
            return
        subtype = xobject.get("/Subtype")
        if subtype == "/Image":
            self.has_images = True
        elif subtype == "/Form":
            if depth >= self.MAX_FORM_DEPTH:
                raise Unsupported("forms nested too deep")
            matrix = xobject.get("/Matrix")
            form_ctm = multiply(tuple(float(v) for v in matrix), ctm) if matrix else ctm
            form_resources = _resolve(xobject.get("/Resources")) or resources
            data = self._data(xobject)
            self._run(data, form_resources, form_ctm, pieces, depth + 1)
