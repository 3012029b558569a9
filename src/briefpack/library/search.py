"""Full-text search over statements and quotes (SQLite FTS5).

What the user types is never handed to FTS5 as query syntax: it is cut into words and each
word is quoted, so `"`, `*`, `AND`, `NEAR(` or a lone `-` are searched for as text, not run.
The last word also matches as a prefix, so a search box can search as the user types.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Literal

from briefpack.model.statement import item_key

HIT_START = "["  # marks around matched words in snippets
HIT_END = "]"
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: Literal["statement", "quote"]
    statement_id: int
    statement_key: str
    title: str
    snippet: str  # a few words around the match, matches marked with HIT_START/HIT_END
    quote_index: int | None = None  # for a quote
    speaker: str | None = None  # for a quote

    @property
    def key(self) -> str:
        if self.quote_index is None:
            return self.statement_key
        return item_key(self.statement_key, "quote", self.quote_index)


def fts_query(text: str) -> str | None:
    """An FTS5 query that finds every word of `text`; None when it has no words."""
    words = _WORD.findall(text)
    if not words:
        return None
    phrases = [f'"{word}"' for word in words]  # \w+ holds no quote mark: nothing to escape
    phrases[-1] += "*"
    return " ".join(phrases)


def search(connection: sqlite3.Connection, text: str, limit: int = 200) -> list[SearchHit]:
    query = fts_query(text)
    if query is None:
        return []
    hits = [
        SearchHit("statement", row[0], row[1], row[2], row[3])
        for row in connection.execute(
            "SELECT s.id, s.key, s.title, "
            f"snippet(statement_fts, -1, '{HIT_START}', '{HIT_END}', '\u2026', 16) "
            "FROM statement_fts JOIN statements s ON s.id = statement_fts.rowid "
            "WHERE statement_fts MATCH ? ORDER BY statement_fts.rank LIMIT ?",
            (query, limit),
        )
    ]
    hits += [
        SearchHit("quote", row[0], row[1], row[2], row[3], quote_index=row[4], speaker=row[5])
        for row in connection.execute(
            "SELECT s.id, s.key, s.title, "
            f"snippet(quote_fts, -1, '{HIT_START}', '{HIT_END}', '\u2026', 24), "
            "q.idx, q.speaker_name "
            "FROM quote_fts JOIN quotes q ON q.id = quote_fts.rowid "
            "JOIN statements s ON s.id = q.statement_id "
            "WHERE quote_fts MATCH ? ORDER BY quote_fts.rank LIMIT ?",
            (query, limit),
        )
    ]
    return hits


def search_ids(connection: sqlite3.Connection, text: str, limit: int | None = None) -> list[int]:
    """Ids of the statements `search` would find (in their text, title, or a quote and its
    speaker), in id order: no rank and no snippets, so a filter can narrow lists as fast as
    the index answers. `limit` None gives every one."""
    query = fts_query(text)
    if query is None:
        return []
    sql = (
        "SELECT rowid FROM statement_fts WHERE statement_fts MATCH ? "
        "UNION SELECT q.statement_id FROM quote_fts JOIN quotes q ON q.id = quote_fts.rowid "
        "WHERE quote_fts MATCH ? ORDER BY 1"
    )
    params: tuple = (query, query)
    if limit is not None:
        sql += " LIMIT ?"
        params += (limit,)
    return [row[0] for row in connection.execute(sql, params)]
