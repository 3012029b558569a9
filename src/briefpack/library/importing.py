"""The import job: files and folders in, statements stored, a report of what happened.

A plain generator (see briefpack.jobs): it yields a `Progress` per file and returns an
`ImportReport`; the command line prints the progress, the app forwards it by signal from a
worker thread. Each file is one transaction: a file is stored whole or not at all, a refused or
unparsable file is reported and the next one goes on. (Files are atomic through savepoints;
commits are grouped, see `_Batch`.)

Reading and parsing need no database, so a large import does them in worker processes while
this process stores what they return, in the files' order (see `_prepared_files`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import os
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefpack.errors import FileRefused
from briefpack.importers import ImportedText, iter_statement_files, read_file
from briefpack.jobs import Cancelled, CancelToken, Progress
from briefpack.library import store
from briefpack.library.corrections import apply_to_statement
from briefpack.library.grouping import SummitIndex
from briefpack.library.schema import translate_errors
from briefpack.model import Statement, Taxonomy
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
    *,
    workers: int | None = 0,
) -> Generator[Progress, None, ImportReport]:
    """See `Library.import_files`."""
    cancel = cancel or CancelToken()
    report = ImportReport()
    items = list(iter_statement_files(paths))
    total = len(items)
    yield Progress(0, total, f"{total} file{'s' if total != 1 else ''} to import")
    batch = _Batch(library)
    try:
        with _prepared_files(library, items, worker_count(workers, total)) as prepared_files:
            for done, prepared in enumerate(prepared_files, start=1):
                if cancel.cancelled:
                    raise ImportCancelled(report)
                message = _store_file(library, batch, prepared, report, cancel)
                batch.commit_if_due()
                yield Progress(done, total, message)
    finally:
        batch.commit()  # whatever stopped us, the files done stay
    return report


# --- reading and parsing ---------------------------------------------------------------------

# Below this many files, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 400


@dataclass(slots=True)
class _Prepared:
    """One file read and parsed: what the storing side needs, nothing of the database.

    Only strings and numbers, so what a worker process sends back is small and quick to
    unpickle: pickled Statement dataclasses cost this process more than storing them did.
    """

    path: Path
    refused: str | None = None  # why the file cannot be imported
    entries: list[_Entry] = field(default_factory=list)


# One statement of a file: (source, hint title, hint date as ISO, hint url, warnings, key,
# text, parsed, derived): key is the statement's content key; text, parsed
# (store.stored_parsed) and derived (store.derive) are None for a known duplicate, which is not
# parsed.
_Entry = tuple[str, str | None, str | None, str | None, tuple[str, ...], str, str | None,
               bytes | None, store.Derived | None]


def prepare_file(
    item: Path | FileRefused,
    parse: Callable[[ImportedText], Statement],
    known: Callable[[str], bool] = lambda key: False,
) -> _Prepared:
    if isinstance(item, FileRefused):
        return _Prepared(item.path, item.reason)
    try:
        texts = read_file(item)
    except FileRefused as refused:
        return _Prepared(refused.path, refused.reason)
    prepared = _Prepared(item)
    for imported in texts:
        hints = (imported.source, imported.title,
                 imported.date.isoformat() if imported.date else None, imported.url,
                 tuple(getattr(imported, "warnings", ())))
        key = content_key(imported.text)
        if known(key):
            prepared.entries.append((*hints, key, None, None, None))  # a duplicate: not parsed
            continue
        try:
            statement = parse(imported)
        except Exception as error:  # a parser bug must not stop the other files
            return _Prepared(item, f"could not be parsed ({type(error).__name__}: {error})")
        # The key again only if parsing changed the text (hashing it costs a little).
        if statement.text != imported.text:
            key = statement.key
        prepared.entries.append((*hints, key, statement.text, store.stored_parsed(statement),
                                 store.derive(statement)))
    return prepared


_worker_taxonomy: Taxonomy | None = None


def _start_worker(taxonomy: Taxonomy | None) -> None:
    """`taxonomy`: the library's own, or None to load the user's as `Library.taxonomy` does,
    here: the workers load it while they start, in parallel, instead of the main process
    before it starts them."""
    global _worker_taxonomy
    if taxonomy is None:
        from briefpack.parsing import load_taxonomy

        taxonomy = load_taxonomy()
    _worker_taxonomy = taxonomy


def _parse_in_worker(imported: ImportedText) -> Statement:
    from briefpack.parsing import parse_statement

    return parse_statement(imported.text, imported.source, title=imported.title,
                           date=imported.date, url=imported.url, taxonomy=_worker_taxonomy)


def _prepare_in_worker(item: Path | FileRefused) -> _Prepared:
    return prepare_file(item, _parse_in_worker)


def worker_count(workers: int | None, files: int) -> int:
    """How many processes to read and parse in: 0 means here, in this process."""
    if workers is not None:
        return max(0, workers)
    if files < PARALLEL_MIN_FILES or (os.cpu_count() or 1) < 2:
        return 0
    # This process mostly waits for parsed files and stores them, so every core parses.
    return min(8, os.cpu_count() or 1)


@contextlib.contextmanager
def _prepared_files(library: Library, items: list[Path | FileRefused],
                    workers: int) -> Iterator[Iterator[_Prepared]]:
    """Each item read and parsed, in order: here, or by `workers` worker processes.

    Workers are started with "spawn" on every platform: forking a process that runs Qt threads
    is unsafe, and spawn is what Windows and macOS do anyway.
    """

    def parse_here(imported: ImportedText) -> Statement:
        return library.parse(imported.text, imported.source,
                             store.Hints(imported.title, imported.date, imported.url))

    def known(key: str) -> bool:
        return store.find_key(library.connection, key) is not None

    def here(item: Path | FileRefused) -> _Prepared:
        return prepare_file(item, parse_here, known)

    if workers == 0 or not library.uses_default_parser:
        yield (here(item) for item in items)
        return
    executor = ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker, initargs=(library._taxonomy,),
    )
    try:
        yield _from_workers(executor, items, workers, here)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


# Files per task: fewer round trips between processes. Each costs the storing process a
# wake-up of the pool's thread and hand-overs of the GIL; 32 to 64 files a task import
# 10,000 statements 0.2-0.3 s of CPU faster than 16 did. A worker finishes its task before
# a cancel stops it: 48 files are about 0.1 s of parsing.
_CHUNK = 48


def _from_workers(executor: ProcessPoolExecutor, items: list[Path | FileRefused], workers: int,
                  here: Callable[[Path | FileRefused], _Prepared]) -> Iterator[_Prepared]:
    """Results in the items' order, with a bounded number of chunks in flight (memory stays
    flat however many files). If the pool breaks (a worker crashed, or could not start), the
    rest is read and parsed here."""
    chunks = [items[start:start + _CHUNK] for start in range(0, len(items), _CHUNK)]
    in_flight: deque[tuple[list[Path | FileRefused], Future[list[_Sent]]]] = deque()
    upcoming = iter(chunks)
    broken = False
    while True:
        while not broken and len(in_flight) < 3 * workers:
            chunk = next(upcoming, None)
            if chunk is None:
                break
            # Paths go as strings and come back as the chunk's order: less to pickle.
            sent = [str(item) if isinstance(item, Path) else item for item in chunk]
            in_flight.append((chunk, executor.submit(_prepare_chunk, sent)))
        if not in_flight:
            chunk = next(upcoming, None)
            if chunk is None:
                return
            in_flight.append((chunk, Future()))  # a placeholder: done here below
        chunk, future = in_flight.popleft()
        try:
            results = None if broken else future.result()
        except BrokenProcessPool:
            broken = True
            results = None
        if results is None:
            yield from (here(item) for item in chunk)
        else:
            for item, (refused, entries) in zip(chunk, results, strict=True):
                path = item.path if isinstance(item, FileRefused) else item
                yield _Prepared(path, refused, entries)


# What a worker sends back for a file: _Prepared without the path (the sender knows it).
_Sent = tuple[str | None, list[_Entry]]


def _prepare_chunk(chunk: list[str | FileRefused]) -> list[_Sent]:
    sent = []
    for item in chunk:
        prepared = _prepare_in_worker(Path(item) if isinstance(item, str) else item)
        sent.append((prepared.refused, prepared.entries))
    return sent


# --- storing ---------------------------------------------------------------------------------


def _store_file(library: Library, batch: _Batch, prepared: _Prepared, report: ImportReport,
                cancel: CancelToken) -> str:
    path = prepared.path
    if prepared.refused is not None:
        report.skipped.append((path, prepared.refused))
        return f"{path}: {prepared.refused}"
    connection = library.connection
    new: list[ImportedItem] = []
    duplicates: list[ImportedItem] = []
    with batch.file() as fts:
        for source, title, date, url, _, key, text, parsed, derived in prepared.entries:
            statement_id = None
            if text is not None and parsed is not None and derived is not None:
                hints = store.Hints(title, dt.date.fromisoformat(date) if date else None, url)
                statement_id = _store_parsed(connection, key, text, parsed, derived, str(path),
                                             hints, batch, fts)
            if statement_id is None:  # a duplicate
                duplicates.append(ImportedItem(path, source,
                                               store.find_key(connection, key) or 0))
            else:
                new.append(ImportedItem(path, source, statement_id))
        if cancel.cancelled:
            raise ImportCancelled(report)  # rolls this file back
    report.imported += new
    report.duplicates += duplicates
    for entry in prepared.entries:
        report.warnings += [(path, warning) for warning in entry[4]]
    if new:
        return f"{path.name}: imported"
    return f"{path.name}: already in the library"


def _store_parsed(connection: sqlite3.Connection, key: str, text: str, parsed: bytes,
                  derived: store.Derived, path: str, hints: store.Hints, batch: _Batch,
                  fts: store.FtsRows) -> int | None:
    """`Library.store_parsed` from what a worker sent: no Statement objects unless a correction
    made before (the statement was removed and comes back) has to apply again. None, and
    nothing written, when the statement is in the library already."""
    statement_id = store.insert_parsed_if_new(
        connection, key, text, parsed, source=derived.source, title=derived.title,
        organisation=derived.organisation, date=derived.date, path=path, hints=hints, fts=fts)
    if statement_id is None:
        return None
    if key in batch.corrected:
        statement = store.statement_from_row(text, parsed)
        apply_to_statement(statement, store.statement_corrections(connection, key).get(key, []))
        derived = store.derive(statement)
    store.write_derived_rows(connection, statement_id, derived, new=True, fts=fts)
    store.write_mentions(connection, statement_id, derived.mentions, new=True,
                         summits=batch.summits)
    return statement_id


class _Batch:
    """Files written in one transaction, each inside its own savepoint.

    A file is atomic: its savepoint is released whole or rolled back whole. Committing after
    every file would make SQLite and FTS5 write and merge index segments for each one, so
    commits come every COMMIT_SECONDS instead; the write lock is never held longer than that
    (plus the time the caller takes over one Progress), and every exit path commits the files
    done, so a cancelled or failed import keeps them. Full-text rows of the files done wait
    for the commit (see store.FtsRows): inside a savepoint each file would cost an index segment.
    """

    COMMIT_SECONDS = 0.25

    def __init__(self, library: Library) -> None:
        self.library = library
        self.connection = library.connection
        self.began: float | None = None
        self.summits = SummitIndex(self.connection)
        self.fts = store.FtsRows()  # of the files done since the last commit
        self.corrected: set[str] = set()  # statement keys with corrections (read at BEGIN)

    def _begin(self) -> None:
        if self.began is None:
            with translate_errors(self.library.path, "write to"):
                self.connection.execute("BEGIN IMMEDIATE")
                self.summits.sync()  # under the write lock: nobody else changes it now
                self.corrected = store.corrected_keys(self.connection)
                store.tune_fts(self.connection)
            self.began = time.monotonic()

    @contextlib.contextmanager
    def file(self) -> Iterator[store.FtsRows]:
        """A savepoint for one file; yields where its full-text rows go until the commit."""
        self._begin()
        with translate_errors(self.library.path, "write to"):
            self.connection.execute("SAVEPOINT import_file")
        fts = store.FtsRows()
        try:
            yield fts
        except BaseException:
            self.summits.invalidate()  # it may hold what was just rolled back
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK TO import_file")
                self.connection.execute("RELEASE import_file")
            raise
        with translate_errors(self.library.path, "write to"):
            self.connection.execute("RELEASE import_file")
        self.fts.extend(fts)

    def commit_if_due(self) -> None:
        if self.began is not None and time.monotonic() - self.began >= self.COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        if self.began is None:
            return
        self.began = None
        if not self.connection.in_transaction:
            self.fts.clear()
            return
        try:
            with translate_errors(self.library.path, "write to"):
                self.fts.write(self.connection)
                self.connection.execute("COMMIT")
        except BaseException:
            self.fts.clear()
            self.summits.invalidate()
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            raise
