"""The importer registry: which reader handles which file, and walking folders."""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
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
    # What the user should know although the file was read ("attachment x.pdf: ...").
    warnings: list[str] = field(default_factory=list)

    @property
    def source(self) -> str:
        return self.name or self.path.name


Reader = Callable[[Path], list[ImportedText]]

# suffix -> reader; filled by _register_builtin_readers so format modules load lazily.
_READERS: dict[str, Reader] = {}

# kind of content -> (module in this package, reader function, suffixes)
_BUILTIN_KINDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "text": ("text", "read_text_file", (".txt", ".md", ".text")),
    "html": ("html", "read_html_file", (".html", ".htm", ".xhtml")),
    "docx": ("docx", "read_docx_file", (".docx",)),
    "odt": ("odt", "read_odt_file", (".odt",)),
    "pdf": ("pdf", "read_pdf_file", (".pdf",)),
    "eml": ("eml", "read_eml_file", (".eml",)),
}
_BUILTIN_READERS: dict[str, Reader] = {}
_KIND_OF_SUFFIX: dict[str, str] = {}


def register(suffixes: Iterable[str], reader: Reader) -> None:
    for suffix in suffixes:
        _READERS[suffix.lower()] = reader


def _lazy_reader(module_name: str, function_name: str) -> Reader:
    """A reader that imports its module on first use, so importing the package stays cheap."""

    def reader(path: Path) -> list[ImportedText]:
        module = importlib.import_module(f"briefpack.importers.{module_name}")
        function: Reader = getattr(module, function_name)
        return function(path)

    reader.__name__ = function_name
    return reader


def _register_builtin_readers() -> None:
    if _READERS:
        return
    for kind, (module_name, function_name, suffixes) in _BUILTIN_KINDS.items():
        reader = _lazy_reader(module_name, function_name)
        _BUILTIN_READERS[kind] = reader
        for suffix in suffixes:
            _KIND_OF_SUFFIX[suffix] = kind
        register(suffixes, reader)


def supported_suffixes() -> list[str]:
    _register_builtin_readers()
    return sorted(_READERS)


def file_dialog_filter() -> str:
    """The Qt file-dialog filter for every importable type, e.g. for the Import dialog."""
    patterns = " ".join(f"*{suffix}" for suffix in supported_suffixes())
    return f"Statements ({patterns});;All files (*)"


def read_file(path: Path | str) -> list[ImportedText]:
    """Every statement in the file, as clean text; `FileRefused` with the reason otherwise."""
    _register_builtin_readers()
    path = Path(path)
    if not path.exists():
        raise FileRefused(path, "no such file or folder")
    if path.is_dir():
        raise FileRefused(path, "is a folder, not a file")
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        known = ", ".join(supported_suffixes())
        kind = path.suffix or "(none)"
        raise FileRefused(path, f"unsupported file type {kind!r}; known: {known}")
    try:
        declared = _KIND_OF_SUFFIX.get(suffix)
        if declared is not None and reader is _BUILTIN_READERS[declared]:
            reader = _reader_for_content(path, declared)
        return reader(path)
    except FileRefused:
        raise
    except PermissionError:
        raise FileRefused(path, "permission denied") from None
    except OSError as error:
        raise FileRefused(path, f"cannot be read ({error.strerror or error})") from None


def _reader_for_content(path: Path, declared: str) -> Reader:
    """The reader for what the file holds, which its name may not tell truly."""
    from briefpack.importers import sniff

    with path.open("rb") as handle:
        head = handle.read(sniff.HEAD_BYTES)
    actual = sniff.sniff(head)
    if actual == "zip":
        return functools.partial(_read_zip, declared=declared)
    if actual == "ole":
        actual = sniff.sniff(head, path.read_bytes()[: 50 * 1024 * 1024])
    if actual == "text" and declared == "html":
        actual = declared  # a fragment of HTML, without <html> or a doctype
    if actual == declared:
        return _BUILTIN_READERS[declared]
    if actual in _BUILTIN_READERS:
        return _noting(_BUILTIN_READERS[actual], _read_as(path, actual))
    raise _refusal(path, actual)


def _read_zip(path: Path, declared: str) -> list[ImportedText]:
    """A zip-based file: told apart (Word, OpenDocument, spreadsheet...) and read in one
    opening of the zip."""
    from briefpack.importers.office import read_office_file

    actual, imported = read_office_file(path, declared)
    if imported is None:
        raise _refusal(path, actual)
    if actual != declared:
        imported.warnings.append(_read_as(path, actual))
    return [imported]


def _read_as(path: Path, actual: str) -> str:
    return f"named {path.suffix} but it is {_KIND_WORDS[actual]}; read as such"


def _refusal(path: Path, actual: str) -> FileRefused:
    from briefpack.importers import sniff

    description = sniff.DESCRIPTIONS.get(actual, sniff.DESCRIPTIONS["binary"])
    return FileRefused(path, f"named {path.suffix} but it is {description}")


_KIND_WORDS = {"pdf": "a PDF", "docx": "a Word document", "odt": "an OpenDocument text",
               "html": "a web page", "eml": "an e-mail", "text": "plain text"}


def _noting(reader: Reader, warning: str) -> Reader:
    """`reader`, with `warning` added to what it reads: the import report says why a file
    was read otherwise than its name says."""

    def read(path: Path) -> list[ImportedText]:
        found = reader(path)
        for item in found:
            item.warnings.append(warning)
        return found

    return read


def iter_statement_files(
    paths: Iterable[Path | str],
) -> Iterator[Path | FileRefused]:
    """Every importable file under `paths`, in a stable order.

    Yields a `FileRefused` in place of a path that does not exist, so the caller can report it
    and go on. Hidden files and folders are skipped, and Word's "~$" lock files; so are files
    of unknown type inside folders (a file named explicitly is yielded, and refused by
    `read_file` with the reason).
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
                if child.name.startswith("~$"):
                    continue  # the lock file Word keeps beside a document that is open
                if child.is_file() and child.suffix.lower() in _READERS:
                    yield child
        else:
            yield path
