"""Opening the library file: creation, migrations, and the files it must refuse."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefpack.errors import LibraryError
from briefpack.library import Library
from briefpack.library.schema import SCHEMA_VERSION

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@contextlib.contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        yield connection
    finally:
        connection.close()


def test_open_creates_folders_and_a_wal_file_at_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "library.sqlite3"
    with Library.open(path):
        pass
    assert path.is_file()
    with raw(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert {"statements", "quotes", "summits", "mentions", "corrections", "statement_fts",
            "quote_fts"} <= tables


def test_reopening_keeps_what_was_imported(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        assert len(library.import_all([SEEDS]).imported) == 2
    with Library.open(path) as library:
        assert [s.statement.source for s in library.statements()] == [
            "000_d219fd84bab783dd.txt", "003_8882bca8dc2272cf.txt"]


def test_corrupt_file_is_refused_naming_file_and_reason(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(LibraryError) as error:
        Library.open(path, busy_timeout=0.1)
    assert str(path) in error.value.message
    assert "damaged" in error.value.message


def test_read_only_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    Library.open(path).close()
    path.chmod(0o444)
    try:
        with pytest.raises(LibraryError) as error:
            Library.open(path)
    finally:
        path.chmod(0o644)
    assert str(path) in error.value.message
    assert "read-only" in error.value.message


def test_locked_file_is_refused_after_the_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    Library.open(path).close()
    with raw(path) as other:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(LibraryError) as error:
            Library.open(path, busy_timeout=0.1)
        other.execute("ROLLBACK")
    assert str(path) in error.value.message
    assert "locked" in error.value.message
    Library.open(path).close()  # free again once the other program lets go


def test_file_from_a_newer_briefpack_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    Library.open(path).close()
    with raw(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(LibraryError, match="newer version of Briefpack"):
        Library.open(path)


def test_another_sqlite_database_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "accounts.sqlite3"
    with raw(path) as connection:
        connection.execute("CREATE TABLE money (amount INTEGER)")
    with pytest.raises(LibraryError, match="not a Briefpack library"):
        Library.open(path)
    with raw(path) as connection:
        assert connection.execute("SELECT count(*) FROM money").fetchone()[0] == 0


def test_a_folder_is_not_a_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="is a folder"):
        Library.open(tmp_path)


def test_each_thread_opens_its_own_library_on_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    results: list[object] = []

    def worker() -> None:
        try:
            with Library.open(path) as mine:
                results.append(len(mine.import_all([SEEDS]).imported))
        except BaseException as error:  # reported to the main thread's assertion
            results.append(error)

    with Library.open(path) as main:
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join(60)
        assert results == [2]
        assert len(main.statements()) == 2  # the main thread's connection sees the commit
        # ...and refuses to be used from a thread that did not open it.
        errors: list[BaseException] = []

        def misuse() -> None:
            try:
                main.statements()
            except BaseException as error:
                errors.append(error)

        other = threading.Thread(target=misuse)
        other.start()
        other.join()
        assert len(errors) == 1 and isinstance(errors[0], sqlite3.ProgrammingError)
