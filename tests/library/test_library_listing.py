"""The light listing of statements: what a list shows, read without decoding parser output."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from briefpack.library import ExcludeQuote, Library, ListedStatement, RetagParagraph
from briefpack.model import Statement, StoredStatement, SummitMention

MakeStatement = Callable[..., Statement]
Mention = Callable[..., SummitMention]

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def imported(library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    """The library with 60 synthetic statements (bench/corpus.py): dated and undated ones,
    summits with several statements."""
    monkeypatch.syspath_prepend(str(BENCH))
    from corpus import generate_statements  # type: ignore[import-not-found]

    for name, text in generate_statements(60, seed=5):
        (tmp_path / Path(name).with_suffix(".txt").name).write_text(text, encoding="utf-8")
    library.import_all([tmp_path])
    return library


def listed(stored: StoredStatement) -> ListedStatement:
    """What statement_list should say of a statement, from the statement itself."""
    statement = stored.statement
    return ListedStatement(stored.id, stored.key, statement.title, statement.source,
                           statement.organisation, statement.date, stored.path,
                           stored.imported_at or "")


def test_the_listing_says_what_the_corrected_statements_say(imported: Library) -> None:
    library = imported
    first, second = library.statements()[:2]
    library.apply(ExcludeQuote.of(first, 0))
    library.apply(RetagParagraph.of(second, 0, ["torture"]))
    statements = library.statements()
    assert len(statements) > 2
    assert library.statement_list() == [listed(stored) for stored in statements]
    dates = [item.date for item in library.statement_list()]
    assert None in dates and any(dates)


def test_a_summits_listing_is_in_its_statements_order(
    imported: Library, make_statement: MakeStatement, mention: Mention
) -> None:
    library = imported
    helsinki = [("Vladimir Putin", "RU"), ("Donald Trump", "US")]
    for body, date in (("undated", None), ("later", dt.date(2018, 7, 17)),
                       ("earlier", dt.date(2018, 7, 12))):
        library.add_statement(make_statement(body, [mention(helsinki, "Helsinki", "FI")],
                                             date=date))
    summits = library.summits()
    [summit] = [summit for summit in summits if len(summit.statement_ids) == 3]
    # Oldest first, undated last.
    assert [item.title for item in library.statement_list(summit.id)] == [
        "Earlier", "Later", "Undated"]
    for summit in summits:
        assert library.statement_list(summit.id) == [
            listed(stored) for stored in library.statements_for_summit(summit.id)]
    with pytest.raises(KeyError):
        library.statement_list(max(summit.id for summit in summits) + 1)
