"""A library made by an older Briefpack opens in this one with everything in it.

data/library-v2.sqlite3.gz is a library written by Briefpack at schema v2 (commit bc885c1):
the two seeds and a copy of the Helsinki statement moved to Vienna, imported; a quote given
another speaker, one excluded, one excluded and the exclusion undone, a paragraph retagged, a
summit renamed, moved and re-dated, and the Vienna summit merged into the Florida one (a merge
that makes no sense, but tests the fold). data/library-v2.json is `snapshot()` of it, taken by
that same Briefpack: upgraded, the library must show exactly the same.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path
from typing import Any

from briefpack.library import Library
from briefpack.library.corrections import correction_to_dict
from briefpack.library.schema import SCHEMA_VERSION
from briefpack.model.serialize import statement_to_dict

DATA = Path(__file__).resolve().parent / "data"
SEARCHES = ["Putin", "Struthers", "Xi Jinping", "refugee", "Vienna", "torture"]


def snapshot(library: Library) -> dict[str, Any]:
    """What a user can see of a library, through its public methods, as plain JSON."""
    summits = library.summits()
    return {
        "statements": [
            {"id": s.id, "path": s.path, "imported_at": s.imported_at,
             "statement": statement_to_dict(s.statement)}
            for s in library.statements()
        ],
        "corrections": [
            [r.id, correction_to_dict(r.correction), r.active, r.created_at]
            for r in library.corrections(include_undone=True)
        ],
        "summits": [
            {"id": s.id, "key": library.summit_key(s.id), "label": s.label,
             "leaders": [[leader.name, leader.country, leader.role] for leader in s.leaders],
             "location": s.location, "location_country": s.location_country, "when": s.when,
             "dates": [d.isoformat() for d in s.dates], "statement_ids": s.statement_ids,
             "issues": [[issue.id, n] for issue, n in library.issues(s.id)],
             "statements": [t.id for t in library.statements_for_summit(s.id)]}
            for s in summits
        ],
        "issues": [[issue.id, n] for issue, n in library.issues()],
        "quotes": [
            [q.statement_id, q.key, q.index, q.quote.text,
             [q.quote.speaker.name, q.quote.speaker.role, q.quote.speaker.organisation]
             if q.quote.speaker else None, q.quote.excluded, q.issues]
            for q in library.quotes()
        ],
        "quotes_by_issue": [q.key for q in library.quotes(issue="torture")],
        "search": {
            words: [[hit.kind, hit.key, hit.snippet, hit.speaker]
                    for hit in library.search(words)]
            for words in SEARCHES
        },
        "search_ids": {words: library.search_ids(words) for words in SEARCHES},
    }


def test_a_v2_library_upgrades_with_statements_corrections_and_search_intact(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(gzip.decompress((DATA / "library-v2.sqlite3.gz").read_bytes()))
    expected = json.loads((DATA / "library-v2.json").read_text(encoding="utf-8"))
    with Library.open(path) as library:
        assert library.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        found = snapshot(library)
        # The full-text indexes agree with the rows they index.
        for table in ("statement_fts", "quote_fts"):
            library.connection.execute(
                f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
    assert found == expected
    assert len(found["statements"]) == 3 and len(found["corrections"]) == 8
    with Library.open(path) as library:  # and opening it again changes nothing
        assert snapshot(library) == expected


def test_an_upgraded_library_takes_new_statements_and_corrections(tmp_path: Path) -> None:
    from briefpack.library import ExcludeQuote

    path = tmp_path / "library.sqlite3"
    path.write_bytes(gzip.decompress((DATA / "library-v2.sqlite3.gz").read_bytes()))
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    with Library.open(path) as library:
        report = library.import_all([seeds])
        assert len(report.duplicates) == 2 and not report.imported
        first = library.statements()[0]
        library.apply(ExcludeQuote.of(first, 2))
        assert [q.quote.excluded for q in library.quotes() if q.statement_id == first.id][:3] \
            == [False, True, True]
        assert library.reparse_all() == 3
        assert library.statements()[0].statement.quotes[0].speaker.name == "Marie Struthers"
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
