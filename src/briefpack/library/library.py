"""`Library`: the one object the command line, the composer and the app talk to.

It holds one SQLite connection, so it belongs to the thread that opened it: a worker thread
opens its own `Library` on the same path (WAL lets readers and one writer share the file; the
busy timeout makes a second writer wait its turn instead of failing).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType

from briefpack.errors import LibraryError
from briefpack.jobs import CancelToken, Progress
from briefpack.library import grouping, schema, search, store
from briefpack.library.corrections import (
    ChangeQuoteSpeaker,
    Correction,
    CorrectionRecord,
    ExcludeQuote,
    MergeSummits,
    RetagParagraph,
    apply_to_statement,
    correction_from_dict,
    correction_to_dict,
    is_statement_correction,
    target_of,
)
from briefpack.library.importing import ImportReport, import_files
from briefpack.library.search import SearchHit
from briefpack.library.store import Hints, LibraryQuote, ListedStatement
from briefpack.model import Issue, Statement, StoredStatement, Summit, Taxonomy

Parser = Callable[..., Statement]


class Library:
    def __init__(self, path: Path, connection: sqlite3.Connection,
                 taxonomy: Taxonomy | None, parser: Parser | None) -> None:
        self.path = path
        self.connection = connection
        self._taxonomy = taxonomy
        self._taxonomy_given = taxonomy is not None
        self._parser = parser

    # --- opening and closing -----------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        taxonomy: Taxonomy | None = None,
        parser: Parser | None = None,
        busy_timeout: float = 5.0,
    ) -> Library:
        """Open the library at `path`, creating it and its folder if needed.

        Raises LibraryError, naming the file and the reason, when it is locked, read-only,
        damaged or from a newer Briefpack. `parser` replaces `parse_statement` (tests).
        """
        path = Path(path)
        return cls(path, schema.connect(path, busy_timeout), taxonomy, parser)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole, or rolled back on any exception."""
        with schema.translate_errors(self.path, "write to"):
            self.connection.execute("BEGIN IMMEDIATE")
        try:
            with schema.translate_errors(self.path, "write to"):
                yield self.connection
                self.connection.execute("COMMIT")
        except BaseException:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            raise

    def _read(self) -> contextlib.AbstractContextManager[None]:
        return schema.translate_errors(self.path, "read")

    # --- parsing and storing -----------------------------------------------------------------

    def taxonomy(self) -> Taxonomy:
        if self._taxonomy is None:
            from briefpack.parsing import load_taxonomy

            self._taxonomy = load_taxonomy()
        return self._taxonomy

    def reload_taxonomy(self) -> None:
        """Read the issue list again at next use: the user's issues.toml may have changed
        (one given to `open` stays)."""
        if not self._taxonomy_given:
            self._taxonomy = None

    def parse(self, text: str, source: str, hints: Hints | None = None) -> Statement:
        hints = hints or Hints()
        parser = self._parser
        if parser is None:
            from briefpack.parsing import parse_statement as parser
        return parser(text, source, title=hints.title, date=hints.date, url=hints.url,
                      taxonomy=self.taxonomy())

    @property
    def uses_default_parser(self) -> bool:
        return self._parser is None

    def store_parsed(self, statement: Statement, path: str | None, hints: Hints, *,
                     key: str | None = None, parsed: str | bytes | None = None,
                     summits: grouping.SummitIndex | None = None,
                     fts: store.FtsRows | None = None) -> int:
        """Store a new statement inside the caller's transaction; corrections apply at once.

        What the caller may have computed already (an import's worker processes): `key`
        (statement.key), `parsed` (store.stored_parsed), `summits` (a SummitIndex in sync).
        `fts`: full-text rows are left there for the caller to write before it commits.
        """
        key = key or statement.key
        statement_id = store.insert_statement(self.connection, statement, path, hints, key,
                                              parsed, fts)
        corrections = store.statement_corrections(self.connection, key)
        # Corrections made before (the statement was removed and comes back) apply again.
        apply_to_statement(statement, corrections.get(key, []))
        store.write_derived(self.connection, statement_id, statement, new=True, fts=fts)
        store.write_mentions(self.connection, statement_id,
                             store.mention_rows(statement.summits), new=True, summits=summits)
        return statement_id

    def add_statement(self, statement: Statement, *, path: str | None = None,
                      hints: Hints | None = None) -> tuple[int, bool]:
        """Store an already parsed statement: (its id, True) or (the existing id, False)."""
        with self.transaction():
            existing = store.find_key(self.connection, statement.key)
            if existing is not None:
                return existing, False
            return self.store_parsed(statement, path, hints or Hints()), True

    def import_files(
        self, paths: Iterable[Path | str], cancel: CancelToken | None = None, *,
        workers: int | None = 0,
    ) -> Generator[Progress, None, ImportReport]:
        """Yields a Progress per file; returns the ImportReport (see `import_all`).

        `workers`: 0 reads and parses here; n uses n worker processes; None decides (workers
        for a few hundred files or more on a machine with several cores). Worker processes are
        spawned, so a script that passes anything but 0 needs the usual
        `if __name__ == "__main__":` guard (the briefpack commands and the app have it).
        """
        return import_files(self, paths, cancel, workers=workers)

    def import_all(self, paths: Iterable[Path | str], cancel: CancelToken | None = None, *,
                   workers: int | None = 0) -> ImportReport:
        job = self.import_files(paths, cancel, workers=workers)
        while True:
            try:
                next(job)
            except StopIteration as stop:
                return stop.value

    def reparse(self, cancel: CancelToken | None = None) -> Generator[Progress, None, int]:
        """Parse every statement again (a newer parser, a changed taxonomy); returns the count.

        Corrections are re-applied to the new parser output. One transaction per statement,
        then one to regroup summits; cancelling keeps what was re-parsed so far.
        """
        cancel = cancel or CancelToken()
        with self._read():
            ids = [row[0] for row in
                   self.connection.execute("SELECT id FROM statements ORDER BY id")]
        done = 0
        yield Progress(0, len(ids), f"{len(ids)} statements to parse again")
        try:
            for statement_id in ids:
                cancel.raise_if_cancelled()
                with self._read():
                    source, hints = store.hints_of(self.connection, statement_id)
                    text = self.connection.execute(
                        "SELECT text FROM statements WHERE id = ?", (statement_id,)
                    ).fetchone()[0]
                statement = self.parse(text, source, hints)
                with self.transaction():
                    store.replace_parsed(self.connection, statement_id, statement)
                    corrections = store.statement_corrections(self.connection, statement.key)
                    apply_to_statement(statement, corrections.get(statement.key, []))
                    store.write_derived(self.connection, statement_id, statement)
                    store.write_mentions(self.connection, statement_id,
                                         store.mention_rows(statement.summits))
                done += 1
                yield Progress(done, len(ids), source)
        finally:
            with self.transaction():
                grouping.refresh_groups(self.connection)
                grouping.apply_merges(self.connection, self._active_merges())
        return done

    def reparse_all(self) -> int:
        job = self.reparse()
        while True:
            try:
                next(job)
            except StopIteration as stop:
                return stop.value

    def remove_statements(self, statement_ids: Sequence[int]) -> list[str]:
        """Take statements out of the library, in one transaction; returns the sources of
        those removed (ids not in the library are passed over).

        Their quotes, issues and summit mentions go with them, and summits no statement
        mentions any more; their corrections stay, keyed by content, so importing the same
        file again brings them back.
        """
        removed: list[str] = []
        with self.transaction():
            for statement_id in dict.fromkeys(statement_ids):
                row = self.connection.execute(
                    "SELECT title, text, source FROM statements WHERE id = ?", (statement_id,)
                ).fetchone()
                if row is None:
                    continue
                store.delete_statement(self.connection, statement_id, row[0], row[1])
                removed.append(row[2])
            if removed:
                grouping.refresh_groups(self.connection)
                grouping.apply_merges(self.connection, self._active_merges())
        return removed

    # --- reading -----------------------------------------------------------------------------

    def summits(self) -> list[Summit]:
        with self._read():
            return grouping.build_summits(self.connection,
                                          store.summit_corrections(self.connection))

    def summit(self, summit_id: int) -> Summit:
        """The summit with that id; one merged into another gives the one it is now part of.

        Raises KeyError when there is none.
        """
        with self._read():
            row = self.connection.execute(
                "SELECT effective_id FROM summits WHERE id = ?", (summit_id,)
            ).fetchone()
            if row is None:
                raise KeyError(summit_id)
            found = grouping.build_summits(
                self.connection, store.summit_corrections(self.connection), only=row[0]
            )
        if not found:
            raise KeyError(summit_id)
        return found[0]

    def summit_key(self, summit_id: int) -> str:
        """The key summit corrections name a summit by; survives re-parses."""
        row = self.connection.execute(
            "SELECT key FROM summits WHERE id = (SELECT effective_id FROM summits WHERE id = ?)",
            (summit_id,),
        ).fetchone()
        if row is None:
            raise KeyError(summit_id)
        return row[0]

    def statement(self, statement_id: int) -> StoredStatement:
        """The statement with corrections applied; KeyError when there is none."""
        found = self._stored("WHERE id = ?", (statement_id,))
        if not found:
            raise KeyError(statement_id)
        return found[0]

    def find_statements(self, key_prefix: str) -> list[int]:
        """Ids of the statements whose content key starts with `key_prefix`."""
        escaped = key_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self._read():
            return [row[0] for row in self.connection.execute(
                "SELECT id FROM statements WHERE key LIKE ? ESCAPE '\\' ORDER BY id",
                (escaped + "%",),
            )]

    def statements(self, summit_id: int | None = None) -> list[StoredStatement]:
        """All statements in import order, or those of one summit (see statements_for_summit)."""
        if summit_id is not None:
            return self.statements_for_summit(summit_id)
        return self._stored("ORDER BY id", ())

    def statements_for_summit(self, summit_id: int) -> list[StoredStatement]:
        """Its statements, corrections applied, oldest first (by date, then import order)."""
        order = self.summit(summit_id).statement_ids
        found = {stored.id: stored for stored in self._stored(
            "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(order),)
        )}
        return [found[statement_id] for statement_id in order if statement_id in found]

    def statement_list(self, summit_id: int | None = None) -> list[ListedStatement]:
        """What a list of statements shows (title, source, date...), in the order of
        `statements(summit_id)`, without decoding and correcting each statement: 10,000 in
        tens of milliseconds where `statements()` takes seconds."""
        if summit_id is None:
            with self._read():
                return [store.listed_statement(row) for row in self.connection.execute(
                    f"SELECT {store.LISTED_COLUMNS} FROM statements ORDER BY id")]
        order = self.summit(summit_id).statement_ids
        with self._read():
            found = {row[0]: store.listed_statement(row) for row in self.connection.execute(
                f"SELECT {store.LISTED_COLUMNS} FROM statements "
                "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(order),))}
        return [found[statement_id] for statement_id in order if statement_id in found]

    def _stored(self, where: str, params: tuple) -> list[StoredStatement]:
        with self._read():
            rows = self.connection.execute(
                f"SELECT {store.STATEMENT_COLUMNS} FROM statements {where}", params
            ).fetchall()
            corrections = store.statement_corrections(self.connection) if rows else {}
        stored = []
        for statement_id, key, text, parsed, path, imported_at in rows:
            statement = store.statement_from_row(text, parsed)
            apply_to_statement(statement, corrections.get(key, []))
            stored.append(StoredStatement(statement_id, statement, path, imported_at))
        return stored

    def _summit_statement_ids(self, summit_id: int | None) -> list[int] | None:
        return None if summit_id is None else self.summit(summit_id).statement_ids

    def issues(self, summit_id: int | None = None) -> list[tuple[Issue, int]]:
        """Issues raised, with how many paragraphs raise each; most raised first."""
        ids = self._summit_statement_ids(summit_id)
        sql = ("SELECT issue.value, count(*) FROM statement_issues s, json_each(s.issues) p, "
               "json_each(p.value) issue")
        params: tuple = ()
        if ids is not None:
            sql += " WHERE s.statement_id IN (SELECT value FROM json_each(?))"
            params = (json.dumps(ids),)
        sql += " GROUP BY issue.value"
        with self._read():
            counts = self.connection.execute(sql, params).fetchall()
        taxonomy = self.taxonomy()
        found = [(taxonomy.get(issue) or Issue(issue, issue), count) for issue, count in counts]
        return sorted(found, key=lambda pair: (-pair[1], pair[0].label.casefold()))

    def quotes(
        self,
        summit_id: int | None = None,
        issue: str | None = None,
        speaker: str | None = None,
        *,
        include_excluded: bool = True,
    ) -> list[LibraryQuote]:
        """Quotes in import order; `speaker` matches part of the name, any case."""
        ids = self._summit_statement_ids(summit_id)
        with self._read():
            quotes = store.quote_rows(self.connection, statement_ids=ids, issue=issue)
        if speaker:
            wanted = speaker.casefold()
            quotes = [q for q in quotes
                      if q.quote.speaker and wanted in q.quote.speaker.name.casefold()]
        if not include_excluded:
            quotes = [q for q in quotes if not q.quote.excluded]
        return quotes

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Statements and quotes containing every word of `text` (any FTS syntax is literal)."""
        with self._read():
            return search.search(self.connection, text, limit)

    def search_ids(self, text: str, limit: int | None = None) -> list[int]:
        """Ids of the statements `search(text)` finds, in id order, all of them unless `limit`.

        The fast form for narrowing a list as the user types: the FTS index alone, no rank
        and no snippets (a short prefix over 10,000 statements takes a few ms, not 50-90).
        """
        with self._read():
            return search.search_ids(self.connection, text, limit)

    # --- corrections -------------------------------------------------------------------------

    def apply(self, correction: Correction) -> int:
        """Store a correction and apply it; returns its id for undo/redo."""
        self._check(correction)
        scope, target = target_of(correction)
        data = json.dumps(correction_to_dict(correction), ensure_ascii=False)
        with self.transaction():
            correction_id = store.insert_correction(
                self.connection, scope, target, correction.kind, data
            )
            self._refresh(correction)
        return correction_id

    def undo(self, correction_id: int) -> None:
        self._set_active(correction_id, False)

    def redo(self, correction_id: int) -> None:
        self._set_active(correction_id, True)

    def corrections(self, *, include_undone: bool = False) -> list[CorrectionRecord]:
        with self._read():
            return store.correction_records(self.connection, active_only=not include_undone)

    def command(self, correction: Correction) -> CorrectionCommand:
        """A do/undo pair for one correction, for a QUndoCommand to wrap."""
        return CorrectionCommand(self, correction)

    def _set_active(self, correction_id: int, active: bool) -> None:
        with self.transaction():
            row = self.connection.execute(
                "SELECT data FROM corrections WHERE id = ?", (correction_id,)
            ).fetchone()
            if row is None:
                raise KeyError(correction_id)
            self.connection.execute(
                "UPDATE corrections SET active = ? WHERE id = ?", (int(active), correction_id)
            )
            self._refresh(correction_from_dict(json.loads(row[0])))

    def _refresh(self, correction: Correction) -> None:
        """Rebuild what depends on the correction's target, inside the current transaction."""
        if is_statement_correction(correction):
            key = target_of(correction)[1]
            row = self.connection.execute(
                "SELECT id, text, parsed FROM statements WHERE key = ?", (key,)
            ).fetchone()
            if row is None:
                return
            statement = store.statement_from_row(row[1], row[2])
            corrections = store.statement_corrections(self.connection, key)
            apply_to_statement(statement, corrections.get(key, []))
            store.write_derived(self.connection, row[0], statement)
        elif isinstance(correction, MergeSummits):
            grouping.apply_merges(self.connection, self._active_merges())

    def _active_merges(self) -> list[MergeSummits]:
        return [c for c in store.summit_corrections(self.connection)
                if isinstance(c, MergeSummits)]

    def _check(self, correction: Correction) -> None:
        """Refuse a correction that points at nothing, before it is stored."""
        if isinstance(correction, ChangeQuoteSpeaker | ExcludeQuote | RetagParagraph):
            ids = self.find_statements(correction.statement_key)
            if not ids or self.statement(ids[0]).key != correction.statement_key:
                raise ValueError(f"no statement with key {correction.statement_key!r}")
            statement = self.statement(ids[0]).statement
            if isinstance(correction, RetagParagraph):
                if not any(p.text == correction.paragraph_text for p in statement.paragraphs):
                    raise ValueError("no such paragraph in that statement")
            elif not any(q.text == correction.quote_text for q in statement.quotes):
                raise ValueError("no such quote in that statement")
            return
        keys = ([correction.into_key, correction.from_key]
                if isinstance(correction, MergeSummits) else [correction.summit_key])
        for key in keys:
            if not self.connection.execute("SELECT 1 FROM summits WHERE key = ?",
                                           (key,)).fetchone():
                raise ValueError(f"no summit with key {key!r}")
        if isinstance(correction, MergeSummits) and correction.into_key == correction.from_key:
            raise ValueError("cannot merge a summit into itself")


class CorrectionCommand:
    """do() applies the correction (or re-applies it after an undo); undo() takes it back.

    The app's QUndoCommand calls do() from redo() and undo() from undo(); the engine never
    needs Qt for it.
    """

    def __init__(self, library: Library, correction: Correction) -> None:
        self.library = library
        self.correction = correction
        self.correction_id: int | None = None

    def do(self) -> None:
        if self.correction_id is None:
            self.correction_id = self.library.apply(self.correction)
        else:
            self.library.redo(self.correction_id)

    def undo(self) -> None:
        if self.correction_id is None:
            raise LibraryError("Nothing to undo: this correction was never applied.")
        self.library.undo(self.correction_id)
