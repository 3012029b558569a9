"""Size limits, and opening zip-based documents without letting a zip bomb fill memory."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

from briefpack.errors import FileRefused

MEGABYTE = 1024 * 1024
MAX_TEXT_BYTES = 5 * MEGABYTE  # .txt, .html, .eml
MAX_DOCUMENT_BYTES = 50 * MEGABYTE  # .pdf, .docx, .odt
# One XML part of a Word or OpenDocument file, once unpacked. A 300-page report stays well below.
MAX_XML_PART_BYTES = 32 * MEGABYTE
# Every part of the archive added up, as the archive declares it.
MAX_ZIP_TOTAL_BYTES = 512 * MEGABYTE
MAX_ZIP_ENTRIES = 5000

_EOCD = b"PK\x05\x06"


def read_limited(path: Path, limit: int, kind: str) -> bytes:
    """The file's bytes, or a refusal if it is larger than `limit` for its `kind`."""
    size = path.stat().st_size
    if size > limit:
        raise FileRefused(
            path, f"file is {size / MEGABYTE:.1f} MB; {kind} files over {limit // MEGABYTE} MB "
            "are refused"
        )
    with path.open("rb") as handle:
        # Read what stat reported, not `limit` bytes: a buffer of the limit for every small
        # file costs more than the read. Then one byte more tells whether the file grew.
        data = handle.read(size + 1)
        if len(data) > size:
            data += handle.read(limit + 1 - len(data))
    if len(data) > limit:  # grew while we looked
        raise FileRefused(path, f"{kind} files over {limit // MEGABYTE} MB are refused")
    return data


def check_size(data: bytes, path: Path, limit: int, kind: str) -> None:
    if len(data) > limit:
        raise FileRefused(
            path, f"{kind} is {len(data) / MEGABYTE:.1f} MB; over {limit // MEGABYTE} MB is refused"
        )


def open_zip(data: bytes, path: Path, what: str) -> zipfile.ZipFile:
    """Open a zip-based document after checking how much it claims to unpack to."""
    entries = declared_entry_count(data)
    if entries is None:
        raise FileRefused(path, f"{what} is damaged (not a complete zip archive)")
    if entries > MAX_ZIP_ENTRIES:
        raise FileRefused(path, f"{what} holds {entries} parts; refused as a possible zip bomb")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, struct.error):
        raise FileRefused(path, f"{what} is damaged (not a valid zip archive)") from None
    total = sum(info.file_size for info in archive.infolist())
    if total > MAX_ZIP_TOTAL_BYTES:
        archive.close()
        raise FileRefused(
            path, f"{what} would unpack to {total / MEGABYTE:,.0f} MB; refused as a possible "
            "zip bomb"
        )
    return archive


def read_member(
    archive: zipfile.ZipFile, name: str, path: Path, what: str, limit: int = MAX_XML_PART_BYTES
) -> bytes | None:
    """One part of the archive, at most `limit` bytes unpacked; None if it is absent.

    The declared size is checked first; the read itself is capped too, because a forged
    archive can declare a small size and hold a large one (zipfile stops at the declared
    size and then fails the CRC check).
    """
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.flag_bits & 0x1:
        raise FileRefused(path, f"{what} is password-protected; remove the password and try again")
    if info.file_size > limit:
        raise FileRefused(
            path, f"{what} would unpack to {info.file_size / MEGABYTE:,.0f} MB; refused as a "
            "possible zip bomb"
        )
    try:
        with archive.open(info) as member:
            content = member.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError,
            struct.error):
        raise FileRefused(path, f"{what} is damaged (a part cannot be unpacked)") from None
    except RuntimeError:  # zipfile: "File is encrypted, password required"
        raise FileRefused(
            path, f"{what} is password-protected; remove the password and try again"
        ) from None
    if len(content) > limit:
        raise FileRefused(path, f"{what} unpacks to more than {limit // MEGABYTE} MB; refused")
    return content


def declared_entry_count(data: bytes) -> int | None:
    """Entries the archive's end record declares, read before zipfile builds its index."""
    position = data.rfind(_EOCD, max(0, len(data) - 65_557))
    if position < 0 or position + 22 > len(data):
        return None
    (entries,) = struct.unpack_from("<H", data, position + 10)
    return entries
