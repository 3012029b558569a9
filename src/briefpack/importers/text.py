"""Plain-text statements (.txt, .md) in whatever encoding they were saved."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import charset_normalizer

from briefpack.errors import FileRefused
from briefpack.importers.base import ImportedText
from briefpack.importers.limits import MAX_TEXT_BYTES, read_limited

SUFFIXES = (".txt", ".md", ".text")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Bytes 0x80-0x9f hold curly quotes and dashes in Windows-1252 but are control characters in
# Latin-1; a text with them that is not UTF-8 is almost always Windows-1252.
_CP1252_PUNCTUATION = bytes(range(0x80, 0xA0))


def read_text_file(path: Path) -> list[ImportedText]:
    data = read_limited(path, MAX_TEXT_BYTES, "text")
    text, encoding = decode_text(data, path)
    suffix = path.suffix.lower()
    # A file read as text whatever its name said (a ".eml" without headers) is "txt".
    fmt = suffix.lstrip(".") if suffix in SUFFIXES else "txt"
    return [ImportedText(path=path, text=text, format=fmt, encoding=encoding)]


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """Decode bytes of unknown encoding; refuse empty and binary content."""
    if not data.strip():
        raise FileRefused(path, "file is empty")
    text, encoding = _decode(data, path)
    text = normalise_newlines(text)
    if not text.strip():
        raise FileRefused(path, "file is empty")
    if _looks_binary(text):
        raise FileRefused(path, "file looks binary, not text")
    return text, encoding


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), encoding
            except UnicodeDecodeError:
                raise FileRefused(path, f"starts as {encoding} but has undecodable bytes") from None
    if b"\x00" in data[:4096]:
        raise FileRefused(path, "file looks binary, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if any(byte in _CP1252_PUNCTUATION for byte in data):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise FileRefused(path, "text encoding could not be recognised (undecodable bytes)")
    return str(best), best.encoding


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Control characters that never occur in text (tab, newline, vertical tab and form feed do).
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\r]")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    return len(_BINARY_CONTROLS.findall(sample)) > max(2, len(sample) // 100)
