"""Importing files: stored as parsed, duplicates known, bad input reported, one transaction each."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefpack.errors import LibraryError
from briefpack.jobs import CancelToken, Progress
from briefpack.library import ImportCancelled, ImportReport, Library
from briefpack.model import Statement
from briefpack.model.serialize import statement_to_dict
from briefpack.parsing import parse_statement

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
HELSINKI = SEEDS / "000_d219fd84bab783dd.txt"
FLORIDA = SEEDS / "003_8882bca8dc2272cf.txt"


@contextlib.contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        yield connection
    finally:
        connection.close()


def count(library: Library, table: str) -> int:
    return library.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_seeds_are_stored_exactly_as_the_parser_gave_them(library: Library) -> None:
    report = library.import_all([SEEDS])
    assert [item.source for item in report.imported] == [HELSINKI.name, FLORIDA.name]
    assert report.duplicates == [] and report.skipped == [] and not report.failed
    for item, path in zip(report.imported, [HELSINKI, FLORIDA], strict=True):
        stored = library.statement(item.statement_id)
        text = path.read_text(encoding="utf-8")
        assert statement_to_dict(stored.statement) == statement_to_dict(
            parse_statement(text, path.name)
        )
        assert stored.path == str(path)


def test_same_content_twice_is_a_duplicate_even_resaved(library: Library, tmp_path: Path) -> None:
    library.import_all([HELSINKI])
    copy = tmp_path / "copy.txt"
    # Windows line endings and a trailing blank line: the same statement all the same.
    copy.write_bytes(HELSINKI.read_text(encoding="utf-8").replace("\n", "\r\n").encode() + b"\r\n")
    report = library.import_all([copy, HELSINKI])
    assert report.imported == []
    assert [item.path for item in report.duplicates] == [copy, HELSINKI]
    assert {item.statement_id for item in report.duplicates} == {1}
    assert count(library, "statements") == 1


def test_bad_files_are_reported_by_name_and_reason_and_the_rest_imports(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_binary.txt").write_bytes(os.urandom(4096) + b"\x00" * 64)
    (folder / "c_huge.txt").write_bytes(b"word " * (1024 * 1024 + 10))
    # A UTF-16 byte order mark, then an odd number of bytes: cannot be decoded.
    (folder / "d_undecodable.txt").write_bytes(b"\xff\xfeH\x00i\x00\x00\xd8")
    (folder / "e_good.txt").write_text(HELSINKI.read_text(encoding="utf-8"), encoding="utf-8")
    missing = tmp_path / "nowhere.txt"
    report = library.import_all([folder, missing])
    reasons = {path.name: reason for path, reason in report.skipped}
    assert set(reasons) == {"a_empty.txt", "b_binary.txt", "c_huge.txt", "d_undecodable.txt",
                            "nowhere.txt"}
    assert "empty" in reasons["a_empty.txt"]
    assert "binary" in reasons["b_binary.txt"]
    assert "5 MB" in reasons["c_huge.txt"]
    assert "undecodable" in reasons["d_undecodable.txt"]
    assert "no such file" in reasons["nowhere.txt"]
    assert [item.path.name for item in report.imported] == ["e_good.txt"]
    assert report.failed
    assert count(library, "statements") == 1


def test_a_folder_of_two_thousand_files_imports_with_a_progress_count(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(2000):
        (folder / f"{number:04}.txt").write_text(
            f"Statement number {number}\n\nAmnesty International said today that prisoner "
            f"{number} must be released from detention.\n",
            encoding="utf-8",
        )
    job = library.import_files([folder])
    progress: list[Progress] = []
    while True:
        try:
            progress.append(next(job))
        except StopIteration as stop:
            report: ImportReport = stop.value
            break
    assert progress[0] == Progress(0, 2000, "2000 files to import")
    assert [p.done for p in progress] == list(range(2001))
    assert all(p.total == 2000 for p in progress)
    assert len(report.imported) == 2000 and not report.failed
    assert count(library, "statements") == 2000


def test_a_parser_failure_skips_that_file_only(tmp_path: Path) -> None:
    def fragile(text: str, source: str = "<text>", **hints: object) -> Statement:
        if "Xi Jinping" in text:
            raise RuntimeError("parser bug")
        return parse_statement(text, source, **hints)  # type: ignore[arg-type]

    with Library.open(tmp_path / "lib.sqlite3", parser=fragile) as library:
        report = library.import_all([FLORIDA, HELSINKI])
    assert report.skipped == [(FLORIDA, "could not be parsed (RuntimeError: parser bug)")]
    assert [item.path for item in report.imported] == [HELSINKI]


def test_a_failure_while_writing_rolls_the_whole_file_back(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefpack.library import store

    def broken(*args: object, **options: object) -> None:
        raise RuntimeError("disk gremlin")

    monkeypatch.setattr(store, "write_mentions", broken)
    with pytest.raises(RuntimeError, match="disk gremlin"):
        library.import_all([HELSINKI])
    for table in ("statements", "quotes", "statement_issues", "statement_fts", "quote_fts"):
        assert count(library, table) == 0, table
    monkeypatch.undo()
    assert len(library.import_all([HELSINKI]).imported) == 1


def test_cancelling_keeps_the_files_done_and_rolls_back_the_current_one(tmp_path: Path) -> None:
    token = CancelToken()

    def cancelling(text: str, source: str = "<text>", **hints: object) -> Statement:
        if "Xi Jinping" in text:
            token.cancel()  # the user presses Cancel while this file is in hand
        return parse_statement(text, source, **hints)  # type: ignore[arg-type]

    path = tmp_path / "lib.sqlite3"
    with Library.open(path, parser=cancelling) as library:
        with pytest.raises(ImportCancelled) as cancelled:
            library.import_all([HELSINKI, FLORIDA, SEEDS], cancel=token)
        assert [item.path for item in cancelled.value.report.imported] == [HELSINKI]
    with raw(path) as connection:
        titles = [row[0] for row in connection.execute("SELECT title FROM statements")]
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table in ("statement_fts", "quote_fts"):
            connection.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
    assert titles == [parse_statement(HELSINKI.read_text(encoding="utf-8")).title]


def test_a_locked_library_stops_the_import_with_a_sentence(library: Library) -> None:
    with raw(library.path) as other:
        other.execute("BEGIN IMMEDIATE")
        other.execute("DELETE FROM statements")
        with pytest.raises(LibraryError) as error:
            library.import_all([HELSINKI])
        other.execute("ROLLBACK")
    assert str(library.path) in error.value.message and "locked" in error.value.message
    assert len(library.import_all([HELSINKI]).imported) == 1


def test_hints_from_the_file_reach_the_parser_and_survive_a_reparse(tmp_path: Path) -> None:
    import datetime as dt

    from briefpack.importers import ImportedText
    from briefpack.importers import base as importers_base

    seen: list[dict[str, object]] = []

    def recording(text: str, source: str = "<text>", **hints: object) -> Statement:
        seen.append(hints)
        return parse_statement(text, source, **hints)  # type: ignore[arg-type]

    def html_like(path: Path) -> list[ImportedText]:
        return [ImportedText(path, "Body only.\n", "htm", title="From the title tag",
                             url="https://example.org/a", date=dt.date(2018, 7, 13))]

    importers_base._register_builtin_readers()
    importers_base.register([".htmtest"], html_like)
    try:
        page = tmp_path / "page.htmtest"
        page.write_text("ignored", encoding="utf-8")
        with Library.open(tmp_path / "lib.sqlite3", parser=recording) as library:
            library.import_all([page])
            assert library.reparse_all() == 1
            stored = library.statements()[0].statement
    finally:
        del importers_base._READERS[".htmtest"]
    assert seen[0]["title"] == seen[1]["title"] == "From the title tag"
    assert seen[0]["date"] == seen[1]["date"] == dt.date(2018, 7, 13)
    assert seen[0]["url"] == seen[1]["url"] == "https://example.org/a"
    assert stored.url == "https://example.org/a"


def test_files_done_are_committed_even_when_the_job_is_abandoned(library: Library) -> None:
    job = library.import_files([HELSINKI, FLORIDA])
    assert next(job).done == 0
    assert next(job).done == 1
    job.close()  # the app's worker stops listening: what was imported stays
    with raw(library.path) as other:
        assert other.execute("SELECT count(*) FROM statements").fetchone()[0] == 1
        assert not library.connection.in_transaction


def test_other_connections_see_files_as_commits_come(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefpack.library import importing

    monkeypatch.setattr(importing._Batch, "COMMIT_SECONDS", 0.0)
    job = library.import_files([HELSINKI, FLORIDA])
    next(job)
    next(job)
    with raw(library.path) as other:
        assert other.execute("SELECT count(*) FROM statements").fetchone()[0] == 1
        # ...with its full-text rows, written just before each commit (store.FtsRows)
        assert other.execute(
            "SELECT rowid FROM statement_fts WHERE statement_fts MATCH 'summit'").fetchall() \
            == [(1,)]
        assert other.execute("SELECT count(*) FROM quote_fts WHERE quote_fts MATCH 'Putin'"
                             ).fetchone()[0] > 0
        other.execute("BEGIN IMMEDIATE")  # and the write lock is free between commits
        other.execute("ROLLBACK")
    job.close()


def test_worker_processes_store_exactly_what_parsing_here_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefpack.library import importing

    with Library.open(tmp_path / "here.sqlite3") as here:
        here.import_all([SEEDS, HELSINKI])
        expected = [statement_to_dict(s.statement) for s in here.statements()]
    monkeypatch.setattr(importing, "_CHUNK", 1)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with Library.open(tmp_path / "workers.sqlite3") as workers:
        report = workers.import_all([SEEDS, HELSINKI, empty], workers=2)
        assert [statement_to_dict(s.statement) for s in workers.statements()] == expected
        for table in ("statement_fts", "quote_fts"):  # the index agrees with its content
            workers.connection.execute(
                f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
    assert [item.path for item in report.duplicates] == [HELSINKI]
    # The workers do not know the library: the duplicate is told when it is stored.
    [first] = [item for item in report.imported if item.path.name == HELSINKI.name]
    assert report.duplicates[0].statement_id == first.statement_id
    assert report.skipped == [(empty, "file is empty")]


def test_cancelling_stops_the_worker_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing

    from briefpack.library import importing

    monkeypatch.setattr(importing, "_CHUNK", 2)
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(40):
        (folder / f"{number}.txt").write_text(f"Statement {number}\n\nBody {number}.\n")
    token = CancelToken()
    with Library.open(tmp_path / "lib.sqlite3") as library:
        job = library.import_files([folder], cancel=token, workers=1)
        next(job)
        next(job)
        token.cancel()
        with pytest.raises(ImportCancelled):
            next(job)
        assert len(library.statements()) == 1
    assert multiprocessing.active_children() == []


def test_a_broken_worker_pool_falls_back_to_parsing_here(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from briefpack.library import importing

    class CrashingPool:  # as if a worker died on a hostile file, or could not start
        def __init__(self, **options: object) -> None:
            self.submitted = 0

        def submit(self, *args: object) -> Future[object]:
            future: Future[object] = Future()
            future.set_exception(BrokenProcessPool("a worker died"))
            return future

        def shutdown(self, **options: object) -> None:
            pass

    monkeypatch.setattr(importing, "ProcessPoolExecutor", CrashingPool)
    report = library.import_all([SEEDS], workers=2)
    assert [item.path for item in report.imported] == [HELSINKI, FLORIDA]
    assert not report.failed


def test_a_statement_imported_again_gets_its_earlier_corrections(library: Library) -> None:
    from briefpack.library import ExcludeQuote

    stored = library.statement(library.import_all([HELSINKI]).imported[0].statement_id)
    library.apply(ExcludeQuote.of(stored, 1))
    with library.transaction() as connection:  # as if the statement had been removed
        connection.execute("DELETE FROM quote_fts")
        connection.execute("DELETE FROM statement_fts")
        connection.execute("DELETE FROM mentions")
        connection.execute("DELETE FROM statements")
    again = library.import_all([HELSINKI]).imported[0].statement_id
    assert [q.excluded for q in library.statement(again).statement.quotes][:3] == [
        False, True, False]
    assert [q.quote.excluded for q in library.quotes()][:3] == [False, True, False]


def test_parser_output_is_stored_in_the_shape_statement_to_dict_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """store.parsed_json builds the stored form field by field: any field statement_to_dict
    has (a new one in the model included) must come back from it, equal."""
    import dataclasses
    import json
    import zlib

    from briefpack.library import store

    monkeypatch.syspath_prepend(str(SEEDS.parent / "bench"))
    from corpus import generate_statements  # type: ignore[import-not-found]

    texts = [(path.name, path.read_text(encoding="utf-8")) for path in (HELSINKI, FLORIDA)]
    for source, text in texts + generate_statements(40, seed=3):
        statement = parse_statement(text, source)
        statement.quotes[:1] = [dataclasses.replace(q, excluded=True)
                                for q in statement.quotes[:1]]
        if statement.paragraphs:  # a text that is not its span is kept as it is
            statement.paragraphs[0].text += " (edited)"
        parsed = store.parsed_json(statement)
        expected = statement_to_dict(statement)
        del expected["text"], expected["key"]
        assert store._restore_text(statement.text, json.loads(parsed)) == expected
        # v2 text, v3 compressed, and v3 as json.dumps wrote it before orjson (with spaces)
        written_before = zlib.compress(json.dumps(json.loads(parsed), ensure_ascii=False,
                                                  indent=1).encode("utf-8"), 1)
        for stored in (parsed, store.stored_parsed(statement), written_before):
            assert statement_to_dict(store.statement_from_row(statement.text, stored)) == \
                statement_to_dict(statement)
