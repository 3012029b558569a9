"""The importer registry: which reader handles which file, and walking folders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefpack.errors import FileRefused


@dataclass(slots=True)
class ImportedText:
    """Clean text of one statement plus what the file itself said about it."""

    path: Path
    text: str  # line endings "\n"
    format: str  # "txt", "docx", ...
    title: str | None = None  # from metadata (HTML <title>, e-mail subject), if any
    url: str | None = None
    date: dt.date | None = None
    encoding: str | None = None
    name: str | None = None  # display name, e.g. "mail.eml › statement.docx"

    @property
    def source(self) -> str:
        return self.name or self.path.name


Reader = Callable[[Path], list[ImportedText]]

# suffix -> reader; filled by _register_builtin_readers so format modules load lazily.
_READERS: dict[str, Reader] = {}


def register(suffixes: Iterable[str], reader: Reader) -> None:
    for suffix in suffixes:
        _READERS[suffix.lower()] = reader


def _register_builtin_readers() -> None:
    if _READERS:
        return
    from briefpack.importers import text

    register(text.SUFFIXES, text.read_text_file)


def supported_suffixes() -> list[str]:
    _register_builtin_readers()
    return sorted(_READERS)


def read_file(path: Path | str) -> list[ImportedText]:
    _register_builtin_readers()
    path = Path(path)
    if not path.exists():
        raise FileRefused(path, "no such file or folder")
    if path.is_dir():
        raise FileRefused(path, "is a folder, not a file")
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(supported_suffixes())
        kind = path.suffix or "(none)"
        raise FileRefused(path, f"unsupported file type {kind!r}; known: {known}")
    try:
        return reader(path)
    except FileRefused:
        raise
    except PermissionError:
        raise FileRefused(path, "permission denied") from None
    except OSError as error:
        raise FileRefused(path, f"cannot be read ({error.strerror or error})") from None


def iter_statement_files(
    paths: Iterable[Path | str],
) -> Iterator[Path | FileRefused]:
    """Every importable file under `paths`, in a stable order.

    Yields a `FileRefused` in place of a path that does not exist, so the caller can report it
    and go on. Hidden files and folders are skipped; so are files of unknown type inside
    folders (a file named explicitly is yielded, and refused by `read_file` with the reason).
    """
    _register_builtin_readers()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield FileRefused(path, "no such file or folder")
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path)
                if any(part.startswith(".") for part in relative.parts):
                    continue
                if child.is_file() and child.suffix.lower() in _READERS:
                    yield child
        else:
            yield path
