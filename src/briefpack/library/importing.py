"""The import job: files and folders in, statements stored, a report of what happened.

A plain generator (see briefpack.jobs): it yields a `Progress` per file and returns an
`ImportReport`; the command line prints the progress, the app forwards it by signal from a
worker thread. Each file is one transaction: a file is stored whole or not at all, a refused or
unparsable file is reported and the next one goes on. (Files are atomic through savepoints;
commits are grouped, see `_Batch`.)
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefpack.errors import FileRefused
from briefpack.importers import ImportedText, iter_statement_files, read_file
from briefpack.jobs import Cancelled, CancelToken, Progress
from briefpack.library import store
from briefpack.library.schema import translate_errors
from briefpack.model import Statement
from briefpack.model.statement import content_key

if TYPE_CHECKING:
    from briefpack.library.library import Library


@dataclass(frozen=True, slots=True)
class ImportedItem:
    path: Path
    source: str  # display name ("mail.eml › statement.docx" for an attachment)
    statement_id: int  # the new statement, or for a duplicate the one already there


@dataclass(slots=True)
class ImportReport:
    imported: list[ImportedItem] = field(default_factory=list)
    duplicates: list[ImportedItem] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # (file, reason)
    # Read and stored, but with something the user should know (an unreadable attachment).
    warnings: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.skipped)


class ImportCancelled(Cancelled):
    """The user cancelled: files done are stored, the file in hand was rolled back."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("import cancelled")
        self.report = report


def import_files(
    library: Library,
    paths: Iterable[Path | str],
    cancel: CancelToken | None = None,
) -> Generator[Progress, None, ImportReport]:
    cancel = cancel or CancelToken()
    report = ImportReport()
    items = list(iter_statement_files(paths))
    total = len(items)
    yield Progress(0, total, f"{total} file{'s' if total != 1 else ''} to import")
    batch = _Batch(library)
    try:
        for done, item in enumerate(items, start=1):
            if cancel.cancelled:
                raise ImportCancelled(report)
            if isinstance(item, FileRefused):
                report.skipped.append((item.path, item.reason))
                message = f"{item.path}: {item.reason}"
            else:
                message = _import_file(library, batch, item, report, cancel)
            batch.commit_if_due()
            yield Progress(done, total, message)
    finally:
        batch.commit()  # whatever stopped us, the files done stay
    return report


class _Batch:
    """Files written in one transaction, each inside its own savepoint.

    A file is atomic: its savepoint is released whole or rolled back whole. Committing after
    every file would make SQLite and FTS5 write and merge index segments for each one, so
    commits come every COMMIT_SECONDS instead; the write lock is never held longer than that
    (plus the time the caller takes over one Progress), and every exit path commits the files
    done, so a cancelled or failed import keeps them.
    """

    COMMIT_SECONDS = 0.25

    def __init__(self, library: Library) -> None:
        self.library = library
        self.connection = library.connection
        self.began: float | None = None

    def _begin(self) -> None:
        if self.began is None:
            with translate_errors(self.library.path, "write to"):
                self.connection.execute("BEGIN IMMEDIATE")
            self.began = time.monotonic()

    @contextlib.contextmanager
    def file(self) -> Iterator[None]:
        self._begin()
        with translate_errors(self.library.path, "write to"):
            self.connection.execute("SAVEPOINT import_file")
        try:
            yield
        except BaseException:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK TO import_file")
                self.connection.execute("RELEASE import_file")
            raise
        with translate_errors(self.library.path, "write to"):
            self.connection.execute("RELEASE import_file")

    def commit_if_due(self) -> None:
        if self.began is not None and time.monotonic() - self.began >= self.COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        if self.began is None:
            return
        self.began = None
        if not self.connection.in_transaction:
            return
        try:
            with translate_errors(self.library.path, "write to"):
                self.connection.execute("COMMIT")
        except BaseException:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            raise


def _import_file(library: Library, batch: _Batch, path: Path, report: ImportReport,
                 cancel: CancelToken) -> str:
    try:
        texts = read_file(path)
    except FileRefused as refused:
        report.skipped.append((refused.path, refused.reason))
        return f"{refused.path}: {refused.reason}"
    connection = library.connection
    parsed: list[tuple[ImportedText, Statement | None]] = []
    for imported in texts:
        if store.find_key(connection, content_key(imported.text)) is not None:
            parsed.append((imported, None))  # a duplicate: no need to parse it
            continue
        try:
            parsed.append((imported, library.parse(imported.text, imported.source,
                                                   store.Hints(imported.title, imported.date,
                                                               imported.url))))
        except Exception as error:  # a parser bug must not stop the other files
            reason = f"could not be parsed ({type(error).__name__}: {error})"
            report.skipped.append((path, reason))
            return f"{path}: {reason}"
    new: list[ImportedItem] = []
    duplicates: list[ImportedItem] = []
    with batch.file():
        for imported, statement in parsed:
            key = statement.key if statement else content_key(imported.text)
            existing = store.find_key(connection, key)
            if existing is not None or statement is None:
                duplicates.append(ImportedItem(path, imported.source, existing or 0))
                continue
            hints = store.Hints(imported.title, imported.date, imported.url)
            statement_id = library.store_parsed(statement, str(path), hints)
            new.append(ImportedItem(path, imported.source, statement_id))
        if cancel.cancelled:
            raise ImportCancelled(report)  # rolls this file back
    report.imported += new
    report.duplicates += duplicates
    for imported, _ in parsed:
        report.warnings += [(path, warning) for warning in getattr(imported, "warnings", ())]
    if new:
        return f"{path.name}: imported"
    return f"{path.name}: already in the library"
