"""Full-text search over statements and quotes; what users type is never FTS syntax."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefpack.library import Library
from briefpack.library.search import fts_query
from briefpack.model import Statement

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MakeStatement = Callable[..., Statement]


def test_words_anywhere_in_a_statement_find_it(library: Library) -> None:
    library.import_all([SEEDS])
    hits = library.search("Chechnya LGBTI")
    assert [(hit.kind, hit.statement_id) for hit in hits if hit.kind == "statement"] == [
        ("statement", 1)]
    assert hits[0].kind == "statement"  # statements first, then quotes
    assert {hit.statement_id for hit in hits} == {1}
    assert "[Chechnya]" in hits[0].snippet or "[LGBTI]" in hits[0].snippet
    assert hits[0].key == library.statement(1).key
    # Diacritics and case do not matter; the last word matches as a prefix.
    assert {hit.statement_id for hit in library.search("HELSÍNKI")} == {1}
    assert {hit.statement_id for hit in library.search("Helsin")} == {1}
    assert library.search("Helsinki Florida") == []


def test_quotes_are_found_with_their_speaker(
    library: Library, make_statement: MakeStatement
) -> None:
    sid, _ = library.add_statement(make_statement("syria", speaker="Salil Shetty"))
    hits = [hit for hit in library.search("torture must end") if hit.kind == "quote"]
    assert [(hit.statement_id, hit.quote_index, hit.speaker) for hit in hits] == [
        (sid, 1, "Salil Shetty")]
    assert hits[0].key == f"{library.statement(sid).key}:quote:1"
    assert sorted(hit.quote_index or 0 for hit in library.search("Shetty")
                  if hit.kind == "quote") == [0, 1]


@pytest.mark.parametrize("typed", [
    '"', '"unclosed', "AND", "OR OR", "NOT", "NEAR(", "a NEAR/2 b", "*", "-", "title:x",
    "(", ")", "^start", "{title text}: x", "'; DROP TABLE statements; --", "",
])
def test_fts_syntax_in_user_input_is_searched_as_text(library: Library, typed: str) -> None:
    library.import_all([SEEDS])
    library.search(typed)  # must not raise
    assert len(library.statements()) == 2


def test_query_quotes_every_word() -> None:
    assert fts_query('Putin "AND" NEAR(') == '"Putin" "AND" "NEAR"*'
    assert fts_query("  ,;  ") is None


def test_search_ids_finds_what_search_finds_in_id_order(
    library: Library, make_statement: MakeStatement
) -> None:
    library.import_all([SEEDS])
    first, _ = library.add_statement(make_statement("syria", speaker="Salil Shetty"))
    second, _ = library.add_statement(make_statement("yemen", speaker="Kumi Naidoo"))
    for typed in ("Helsinki", "Helsin", "torture must", "Shetty", "Chechnya LGBTI", "syr", "x"):
        expected = sorted({hit.statement_id for hit in library.search(typed, limit=1000)})
        assert library.search_ids(typed) == expected, typed
    found = library.search_ids("torture must end")
    assert {first, second} <= set(found)  # in quotes of both
    assert library.search_ids("torture must end", limit=1) == found[:1]
    assert library.search_ids("Naidoo") == [second]  # a quote's speaker
    assert library.search_ids("  ,; ") == []
    assert library.search_ids('"unclosed NEAR(') == []  # never FTS syntax


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture],
          deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_a_safe_query(library: Library, typed: str) -> None:
    assert isinstance(library.search(typed), list)
