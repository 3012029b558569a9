"""Taking statements out of the library: what they brought goes, their corrections wait."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefpack.library import Library
from briefpack.library.corrections import ExcludeQuote

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
HELSINKI = SEEDS / "000_d219fd84bab783dd.txt"
FLORIDA = SEEDS / "003_8882bca8dc2272cf.txt"


def _indexes_agree(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for table in ("statement_fts", "quote_fts"):
            connection.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
        for table in ("quotes", "mentions", "statement_issues"):
            orphans = connection.execute(
                f"SELECT count(*) FROM {table} WHERE statement_id NOT IN "
                "(SELECT id FROM statements)").fetchone()[0]
            assert orphans == 0, table
    finally:
        connection.close()


def test_removing_a_statement_takes_its_summit_quotes_and_search_hits(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library.open(path) as library:
        library.import_all([HELSINKI, FLORIDA])
        [helsinki] = [s for s in library.summits() if s.location == "Helsinki"]
        [statement_id] = helsinki.statement_ids
        stored = library.statement(statement_id)
        first = stored.statement.quotes[0].text
        library.command(ExcludeQuote(stored.key, 0, first, True)).do()
        assert library.search_ids("Neistat") == [statement_id]

        assert library.remove_statements([statement_id, 999]) == [HELSINKI.name]
        assert [s.location for s in library.summits()] == ["Florida"]
        assert library.search_ids("Neistat") == []
        assert library.search_ids("Shetty") != []
        assert all(quote.statement_id != statement_id for quote in library.quotes())
    _indexes_agree(path)

    with Library.open(path) as library:  # the same file again: its correction comes back
        report = library.import_all([HELSINKI])
        [again] = [item.statement_id for item in report.imported]
        assert library.statement(again).statement.quotes[0].excluded
        assert sorted(s.location for s in library.summits()) == ["Florida", "Helsinki"]
    _indexes_agree(path)
