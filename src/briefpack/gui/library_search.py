"""The library panel's look-ups, run on a thread of their own so a keystroke never waits on SQLite.

What the filter box finds (matching statement ids, ranked hits with snippets, and from them the
summits and issues to keep) and the statements of a chosen summit are read by one worker thread
holding its own `Library` on the window's path (one SQLite connection per thread). Every request
takes the next generation number: the worker skips a request that a newer one has replaced before
it started, and a result that is not the newest request's is dropped when it arrives, so typing
fast costs the window nothing and never shows an older word's results.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from briefpack.gui.library_model import StatementRow, summit_title

SEARCH_LIMIT = 200  # ranked statements and quotes each: what a list can usefully show
HIT_MARKS = str.maketrans({"[": "", "]": ""})
MIN_SEARCH_LENGTH = 2  # one letter matches nearly every statement: names only until then


class SummitIndex:
    """What the filter matches summits by: their names, places and leaders (folded), and which
    summits each statement is about. Built once per list of summits, on the worker."""

    def __init__(self, summits: Sequence[Any]) -> None:
        self.names: list[tuple[int, str]] = []
        self.by_statement: dict[int, list[int]] = {}
        for summit in summits:
            words = " ".join([summit_title(summit), summit.location or "",
                              *(leader.name for leader in summit.leaders)])
            self.names.append((summit.id, words.casefold()))
            for statement_id in summit.statement_ids:
                self.by_statement.setdefault(statement_id, []).append(summit.id)

    def matching(self, folded: str, statement_ids: Sequence[int]) -> set[int]:
        """Summits whose names hold `folded`, and those any of `statement_ids` is about."""
        found = {summit_id for summit_id, words in self.names if folded in words}
        by_statement = self.by_statement
        for statement_id in statement_ids:
            summits = by_statement.get(statement_id)
            if summits:
                found.update(summits)
        return found


@dataclass(slots=True)
class LibrarySource:
    """The library the worker reads and the summits the panel lists (an immutable snapshot)."""

    path: Path
    summits: Sequence[Any]
    index: SummitIndex | None = None  # made on the worker when first needed

    def summit_index(self) -> SummitIndex:
        if self.index is None:
            self.index = SummitIndex(self.summits)
        return self.index


@dataclass(frozen=True, slots=True)
class FilterResult:
    """What the filter box's text found; None for summits or issues means 'keep them all'."""

    text: str
    summit_ids: set[int] | None
    issue_ids: set[str] | None
    rows: list[StatementRow] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SummitStatements:
    """The statements of one summit, for the list under the tree."""

    summit_id: int
    label: str
    rows: list[StatementRow]


@dataclass(frozen=True, slots=True)
class LookupFailed:
    message: str


def find(library: Any, source: LibrarySource, text: str,
         still_wanted: Callable[[], bool] = lambda: True) -> FilterResult | None:
    """What `text` narrows the library to; None when `still_wanted` says it is no longer."""
    folded = text.casefold()
    searched = len(text) >= MIN_SEARCH_LENGTH
    ids = library.search_ids(text) if searched else []
    if not still_wanted():
        return None
    hits = library.search(text, limit=SEARCH_LIMIT) if searched else []
    if not still_wanted():
        return None
    summit_ids = source.summit_index().matching(folded, ids)
    issue_ids = {issue.id for issue in library.taxonomy().issues
                 if folded in issue.label.casefold()} or None
    rows = []
    for hit in hits:
        snippet = hit.snippet.translate(HIT_MARKS)
        if hit.kind == "quote":
            snippet = f"\u201c{snippet}\u201d" + (f" \u2014 {hit.speaker}" if hit.speaker else "")
        rows.append(StatementRow(hit.statement_id, hit.title, snippet, hit.quote_index))
    return FilterResult(text, summit_ids, issue_ids, rows)


def summit_statements(library: Any, summit_id: int, label: str) -> SummitStatements:
    rows = []
    # The listing's columns only: decoding every statement of a large summit took seconds.
    for item in library.statement_list(summit_id):
        date = item.date.isoformat() if isinstance(item.date, dt.date) else ""
        detail = " \u00b7 ".join(part for part in (date, item.source) if part)
        rows.append(StatementRow(item.id, item.title, detail))
    return SummitStatements(summit_id, label, rows)


class _Relay(QObject):
    """Lives in the GUI thread: what the worker emits reaches `LibraryLookups` queued."""

    done = Signal(int, object)  # generation, result


class LibraryLookups(QObject):
    """Runs the panel's library reads on one worker thread; emits only the newest result."""

    found = Signal(object)  # FilterResult, SummitStatements or LookupFailed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.source: LibrarySource | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)  # one long-lived thread keeps its connection open
        self._relay = _Relay()
        self._relay.done.connect(self._deliver)
        # Touched only on the worker thread: its own Library and the thread that opened it.
        self._library: Any = None
        self._library_thread: int | None = None

    def set_source(self, path: Path, summits: Sequence[Any]) -> None:
        self.source = LibrarySource(Path(path), summits)
        self.invalidate()

    def invalidate(self) -> int:
        """Forget what is in flight: its results will be dropped."""
        self.generation += 1
        return self.generation

    def busy(self) -> bool:
        return self.pool.activeThreadCount() > 0

    def find(self, text: str) -> None:
        self._submit(lambda library, source, wanted: find(library, source, text, wanted))

    def statements_of(self, summit_id: int, label: str) -> None:
        self._submit(lambda library, _source, _wanted: summit_statements(library, summit_id,
                                                                         label))

    def _submit(self, work: Callable[[Any, LibrarySource, Callable[[], bool]], object]) -> None:
        generation = self.invalidate()
        source = self.source
        if source is None:
            return

        def run() -> None:  # on the worker thread
            def wanted() -> bool:
                return generation == self.generation

            if not wanted():
                return  # a newer request is queued behind this one
            try:
                result = work(self._worker_library(source.path), source, wanted)
            except Exception as error:  # noqa: BLE001 - shown in the panel, never lost
                result = LookupFailed(str(error) or type(error).__name__)
            if result is not None and wanted():
                try:
                    self._relay.done.emit(generation, result)
                except RuntimeError:
                    pass  # the window went away meanwhile

        self.pool.start(run)

    def _worker_library(self, path: Path) -> Any:
        from briefpack.library import Library

        thread = threading.get_ident()
        if self._library is not None and (self._library.path != path
                                          or self._library_thread != thread):
            if self._library_thread == thread:
                self._library.close()
            self._library = None
        if self._library is None:
            self._library = Library.open(path)
            self._library_thread = thread
        return self._library

    def _close_library(self) -> None:  # on the worker thread
        if self._library is not None and self._library_thread == threading.get_ident():
            self._library.close()
        self._library = None

    @Slot(int, object)
    def _deliver(self, generation: int, result: object) -> None:
        if generation == self.generation:
            self.found.emit(result)

    def close(self, msecs: int = 10000) -> None:
        """Drop what is in flight and close the worker's connection (on its thread)."""
        self.invalidate()
        self.pool.start(self._close_library)
        self.pool.waitForDone(msecs)
