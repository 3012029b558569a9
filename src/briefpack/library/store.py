"""Rows of the library: statements in, statements out, and the tables derived from them.

Every function takes the open connection and works inside the caller's transaction; none
commits. `write_statement` stores parser output; `write_derived` rebuilds what listings read
(quotes, paragraph issues, the quote index) from parser output with corrections applied.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import orjson

from briefpack.library import grouping
from briefpack.library.corrections import (
    Correction,
    CorrectionRecord,
    StatementCorrection,
    SummitCorrection,
    correction_from_dict,
)
from briefpack.model import Leader, Quote, Span, Speaker, Statement, SummitMention
from briefpack.model.serialize import statement_from_dict
from briefpack.model.statement import item_key


@dataclass(frozen=True, slots=True)
class Hints:
    """What the file itself said about a statement; given to the parser again on re-parse."""

    title: str | None = None
    date: dt.date | None = None
    url: str | None = None


@dataclass(slots=True)
class LibraryQuote:
    """A quote as listed by `Library.quotes`: where it is, what it says, what it is about."""

    statement_id: int
    statement_key: str
    statement_title: str
    index: int  # position in its statement's quotes
    quote: Quote
    issues: list[str]  # the issues of its paragraph

    @property
    def key(self) -> str:
        """Stable across libraries and re-parses: what packs store."""
        return item_key(self.statement_key, "quote", self.index)


STATEMENT_COLUMNS = "id, key, text, parsed, path, imported_at"


@dataclass(frozen=True, slots=True)
class ListedStatement:
    """A statement as a list shows it (`Library.statement_list`): its row's columns, with no
    parser output decoded. No correction changes these, so they are the corrected values."""

    id: int
    key: str
    title: str
    source: str
    organisation: str | None
    date: dt.date | None
    path: str | None
    imported_at: str


LISTED_COLUMNS = "id, key, title, source, organisation, date, path, imported_at"


def listed_statement(row: Sequence[Any]) -> ListedStatement:
    """A ListedStatement from a row of LISTED_COLUMNS."""
    statement_id, key, title, source, organisation, date, path, imported_at = row
    return ListedStatement(statement_id, key, title, source, organisation,
                           _day(date) if date else None, path, imported_at)


@dataclass(slots=True)
class FtsRows:
    """Full-text rows held back until just before a transaction commits.

    FTS5 writes its pending terms out as a new index segment at every SAVEPOINT and RELEASE,
    so rows inserted inside an import's per-file savepoints made (and then merged) a segment
    per file per table: a third of the import's time. Written once per commit instead, they
    make one segment per commit; the transaction is the same, so a crash loses nothing more.
    """

    statements: list[tuple[int, str, str]] = field(default_factory=list)
    quotes: list[tuple[int, str, str | None]] = field(default_factory=list)

    def extend(self, other: FtsRows) -> None:
        self.statements += other.statements
        self.quotes += other.quotes

    def clear(self) -> None:
        self.statements.clear()
        self.quotes.clear()

    def write(self, connection: sqlite3.Connection) -> None:
        if self.statements:
            connection.executemany(
                "INSERT INTO statement_fts (rowid, title, text) VALUES (?, ?, ?)",
                self.statements)
        if self.quotes:
            connection.executemany(
                "INSERT INTO quote_fts (rowid, text, speaker_name) VALUES (?, ?, ?)",
                self.quotes)
        self.clear()


# FTS5 merges index segments a little at every write once `automerge` segments of one level
# exist (4 by default). An import writes a segment or more per commit; merging at 8 rewrites
# each entry fewer times: 8% less work for the storing process over 10,000 statements, with
# the same number of segments when done (7 a table) and the same search times.
FTS_AUTOMERGE = 8


def tune_fts(connection: sqlite3.Connection) -> None:
    """Set FTS_AUTOMERGE on both full-text indexes (kept in the file: inside a transaction,
    and only where it is not set yet, so it costs a read)."""
    for table in ("statement_fts", "quote_fts"):
        found = connection.execute(
            f"SELECT v FROM {table}_config WHERE k = 'automerge'").fetchone()
        if found is None or found[0] != FTS_AUTOMERGE:
            connection.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('automerge', ?)",
                               (FTS_AUTOMERGE,))


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# Parser output items whose text is a slice of the statement's text: stored as their span
# only (statements.parsed would otherwise hold the text a second time, in pieces).
_SPANNED_TEXT = (("paragraphs", "text"), ("quotes", "text"), ("asks", "text"),
                 ("cases", "description"))


def parsed_json(statement: Statement) -> str:
    """Parser output as stored in statements.parsed (pure: worker processes call it too).

    statement_to_dict() without "text" and "key", and without any paragraph, quote or ask text
    or case description that is exactly its span of the text (`statement_from_row` puts them
    back). Schema v2 libraries hold them all; both forms read the same. Built here field by
    field rather than by trimming statement_to_dict(): it is a tenth of a worker's time per
    statement, and a test holds the two to the same shape.
    """
    return _parsed_json_bytes(statement).decode("utf-8")


def _parsed_json_bytes(statement: Statement) -> bytes:
    """parsed_json() as UTF-8. orjson writes it in an eighth of the time json.dumps takes
    (0.1 ms a statement in the workers); both write compact JSON, and json reads either."""
    text = statement.text

    def spanned(item: dict[str, Any], key: str, value: str, span: Span) -> dict[str, Any]:
        """`item`, with `value` under `key` only when it is not just its span of the text."""
        if text[span.start:span.end] != value:
            item[key] = value
        return item

    paragraphs = [
        spanned({"index": paragraph.index, "kind": paragraph.kind,
                 "issues": list(paragraph.issues),
                 "span": [paragraph.span.start, paragraph.span.end]},
                "text", paragraph.text, paragraph.span)
        for paragraph in statement.paragraphs
    ]
    quotes = [
        spanned({"speaker": None if quote.speaker is None else {
                     "name": quote.speaker.name, "role": quote.speaker.role,
                     "organisation": quote.speaker.organisation},
                 "kind": quote.kind, "paragraph": quote.paragraph,
                 "span": [quote.span.start, quote.span.end], "excluded": quote.excluded},
                "text", quote.text, quote.span)
        for quote in statement.quotes
    ]
    asks = [spanned({"paragraph": ask.paragraph, "span": [ask.span.start, ask.span.end]},
                    "text", ask.text, ask.span)
            for ask in statement.asks]
    cases = [spanned({"name": case.name, "paragraph": case.paragraph,
                      "span": [case.span.start, case.span.end]},
                     "description", case.description, case.span)
             for case in statement.cases]
    data = {
        "source": statement.source,
        "title": statement.title,
        "title_span": _span_list(statement.title_span),
        "organisation": statement.organisation,
        "dateline": statement.dateline,
        "dateline_span": _span_list(statement.dateline_span),
        "date": statement.date.isoformat() if statement.date else None,
        "url": statement.url,
        "paragraphs": paragraphs,
        "summits": [
            {"label": mention.label,
             "leaders": [{"name": leader.name, "country": leader.country, "role": leader.role}
                         for leader in mention.leaders],
             "location": mention.location, "location_country": mention.location_country,
             "when": mention.when, "dates": [d.isoformat() for d in mention.dates],
             "paragraph": mention.paragraph, "span": [mention.span.start, mention.span.end]}
            for mention in statement.summits
        ],
        "quotes": quotes,
        "asks": asks,
        "cases": cases,
        "contacts": [
            {"name": contact.name, "role": contact.role, "organisation": contact.organisation,
             "phones": [{"e164": phone.e164, "extension": phone.extension, "kind": phone.kind}
                        for phone in contact.phones],
             "emails": list(contact.emails), "span": [contact.span.start, contact.span.end]}
            for contact in statement.contacts
        ],
    }
    return orjson.dumps(data)


def _span_list(span: Span | None) -> list[int] | None:
    return [span.start, span.end] if span else None


def _restore_text(text: str, data: dict[str, Any]) -> dict[str, Any]:
    for section, name in _SPANNED_TEXT:
        for item in data.get(section, ()):
            if name not in item:
                start, end = item["span"]
                item[name] = text[start:end]
    return data


def stored_parsed(statement: Statement) -> bytes:
    """What statements.parsed holds from schema v3 on: parsed_json(), compressed (zlib level
    1: a quarter of the library's size for 10,000 statements, 0.06 ms a statement in the
    workers that make it, and the storing process writes fewer pages). Schema v2 rows hold
    the JSON as text; `statement_from_row` reads both."""
    return zlib.compress(_parsed_json_bytes(statement), 1)


def statement_from_row(text: str, parsed: str | bytes) -> Statement:
    if isinstance(parsed, bytes):
        parsed = zlib.decompress(parsed)  # orjson reads UTF-8 bytes as they are
    data = _restore_text(text, orjson.loads(parsed))
    data["text"] = text
    return statement_from_dict(data)


def find_key(connection: sqlite3.Connection, key: str) -> int | None:
    row = connection.execute("SELECT id FROM statements WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def insert_statement(
    connection: sqlite3.Connection, statement: Statement, path: str | None, hints: Hints,
    key: str | None = None, parsed: str | bytes | None = None, fts: FtsRows | None = None,
) -> int:
    """The new statement's id. `fts`: where to leave its full-text row for the caller to write
    (see FtsRows); without it, the row is written here."""
    return insert_parsed(
        connection, key or statement.key, statement.text, parsed or stored_parsed(statement),
        source=statement.source, title=statement.title, organisation=statement.organisation,
        date=statement.date.isoformat() if statement.date else None, path=path, hints=hints,
        fts=fts)


def insert_parsed(
    connection: sqlite3.Connection, key: str, text: str, parsed: str | bytes, *, source: str,
    title: str, organisation: str | None, date: str | None, path: str | None, hints: Hints,
    fts: FtsRows | None = None,
) -> int:
    """insert_statement from parser output as stored (`parsed`, see stored_parsed) and the
    columns a listing reads (see Derived), so an import needs no Statement objects."""
    statement_id = _insert_parsed(
        connection, "", key, text, parsed, source, title, organisation, date, path, hints, fts)
    assert statement_id is not None
    return statement_id


def insert_parsed_if_new(
    connection: sqlite3.Connection, key: str, text: str, parsed: str | bytes, *, source: str,
    title: str, organisation: str | None, date: str | None, path: str | None, hints: Hints,
    fts: FtsRows | None = None,
) -> int | None:
    """insert_parsed, or None when a statement with this key is in the library already (one
    statement where find_key first would be two)."""
    return _insert_parsed(connection, " ON CONFLICT (key) DO NOTHING", key, text, parsed,
                          source, title, organisation, date, path, hints, fts)


def _insert_parsed(
    connection: sqlite3.Connection, conflict: str, key: str, text: str, parsed: str | bytes,
    source: str, title: str, organisation: str | None, date: str | None, path: str | None,
    hints: Hints, fts: FtsRows | None,
) -> int | None:
    stamp = now()
    cursor = connection.execute(
        "INSERT INTO statements (key, source, path, title, organisation, date, text, parsed, "
        "hint_title, hint_date, hint_url, imported_at, parsed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + conflict,
        (key, source, path, title, organisation, date, text, parsed, hints.title,
         hints.date.isoformat() if hints.date else None, hints.url, stamp, stamp),
    )
    if cursor.rowcount == 0:
        return None
    statement_id = cursor.lastrowid
    assert statement_id is not None
    row = (statement_id, title, text)
    if fts is not None:
        fts.statements.append(row)
    else:
        connection.execute("INSERT INTO statement_fts (rowid, title, text) VALUES (?, ?, ?)", row)
    return statement_id


# A quote as the quotes table holds it: (text, speaker name, speaker role, speaker organisation,
# kind, paragraph, span start, span end, excluded as 0/1).
QuoteRow = tuple[str, str | None, str | None, str | None, str, int, int, int, int]
# A summit mention: (label, leaders as (name, country, role), leaders JSON, location, location
# country, when, dates as ISO, dates JSON).
MentionRow = tuple[str | None, tuple[tuple[str, str | None, str | None], ...], str, str | None,
                   str | None, str | None, tuple[str, ...], str]


class Derived(NamedTuple):
    """What a statement puts in the tables a listing reads, as plain values.

    An import's worker processes compute it next to the parsing, and it pickles small and
    unpickles fast (tuples of strings), so the storing process only writes rows.
    """

    source: str
    title: str
    organisation: str | None
    date: str | None  # ISO
    quotes: list[QuoteRow]
    issues: str | None  # statement_issues.issues, None when no paragraph raises one
    mentions: list[MentionRow]


def derive(statement: Statement) -> Derived:
    """The rows of `statement` (with corrections applied, if any) for the derived tables."""
    quotes = []
    for quote in statement.quotes:
        speaker = quote.speaker
        quotes.append((
            quote.text, speaker.name if speaker else None, speaker.role if speaker else None,
            speaker.organisation if speaker else None, quote.kind, quote.paragraph,
            quote.span.start, quote.span.end, int(quote.excluded),
        ))
    issues: dict[str, list[str]] = {}
    for paragraph in statement.paragraphs:
        if paragraph.issues:
            issues.setdefault(str(paragraph.index), list(paragraph.issues))
    return Derived(
        statement.source, statement.title, statement.organisation,
        statement.date.isoformat() if statement.date else None, quotes,
        orjson.dumps(issues).decode("utf-8") if issues else None,
        mention_rows(statement.summits),
    )


def mention_rows(mentions: Sequence[SummitMention]) -> list[MentionRow]:
    return [
        (mention.label,
         tuple((leader.name, leader.country, leader.role) for leader in mention.leaders),
         grouping.leaders_to_json(mention.leaders), mention.location,
         mention.location_country, mention.when, tuple(d.isoformat() for d in mention.dates),
         grouping.dates_to_json(mention.dates))
        for mention in mentions
    ]


def replace_parsed(connection: sqlite3.Connection, statement_id: int, statement: Statement) -> None:
    """Store a re-parse of a statement already in the library (same text, same key)."""
    old_title, text = connection.execute(
        "SELECT title, text FROM statements WHERE id = ?", (statement_id,)
    ).fetchone()
    connection.execute(
        "INSERT INTO statement_fts (statement_fts, rowid, title, text) "
        "VALUES ('delete', ?, ?, ?)",
        (statement_id, old_title, text),
    )
    connection.execute(
        "UPDATE statements SET title = ?, organisation = ?, date = ?, parsed = ?, parsed_at = ? "
        "WHERE id = ?",
        (statement.title, statement.organisation,
         statement.date.isoformat() if statement.date else None, stored_parsed(statement),
         now(), statement_id),
    )
    connection.execute(
        "INSERT INTO statement_fts (rowid, title, text) VALUES (?, ?, ?)",
        (statement_id, statement.title, text),
    )


def delete_statement(connection: sqlite3.Connection, statement_id: int, title: str,
                     text: str) -> None:
    """Delete a statement and what was derived from it (foreign keys cascade to quotes,
    issues and mentions); the full-text indexes read their content from those rows, so their
    entries go first."""
    connection.execute(
        "INSERT INTO statement_fts (statement_fts, rowid, title, text) "
        "VALUES ('delete', ?, ?, ?)",
        (statement_id, title, text),
    )
    connection.execute(
        "DELETE FROM quote_fts WHERE rowid IN (SELECT id FROM quotes WHERE statement_id = ?)",
        (statement_id,),
    )
    connection.execute("DELETE FROM statements WHERE id = ?", (statement_id,))


def hints_of(connection: sqlite3.Connection, statement_id: int) -> tuple[str, Hints]:
    source, title, date, url = connection.execute(
        "SELECT source, hint_title, hint_date, hint_url FROM statements WHERE id = ?",
        (statement_id,),
    ).fetchone()
    return source, Hints(title, dt.date.fromisoformat(date) if date else None, url)


def write_mentions(connection: sqlite3.Connection, statement_id: int,
                   mentions: Sequence[MentionRow], *, new: bool = False,
                   summits: grouping.SummitIndex | None = None) -> None:
    """Replace the statement's summit mentions (see mention_rows), each assigned to a summit
    (grouping)."""
    if not new:
        connection.execute("DELETE FROM mentions WHERE statement_id = ?", (statement_id,))
    rows = []
    for index, (label, leaders, leaders_json, location, country, when, dates,
                dates_json) in enumerate(mentions):
        mention = SummitMention(
            label=label, leaders=[Leader(*leader) for leader in leaders], location=location,
            location_country=country, when=when, dates=list(map(_day, dates)), span=_NO_SPAN)
        summit_id = grouping.assign_mention(connection, mention, summits)
        if summit_id is None:
            continue
        rows.append((statement_id, index, summit_id, label, leaders_json, location, country,
                     when, dates_json))
    if rows:
        connection.executemany(
            "INSERT INTO mentions (statement_id, idx, summit_id, label, leaders, location, "
            "location_country, when_text, dates) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


_NO_SPAN = Span(0, 0)  # grouping needs no place in the text
_day = functools.lru_cache(maxsize=4096)(dt.date.fromisoformat)


def write_derived(connection: sqlite3.Connection, statement_id: int, statement: Statement,
                  *, new: bool = False, fts: FtsRows | None = None) -> None:
    """Rebuild quotes, paragraph issues and the quote index from the corrected statement.

    `new`: the statement was just inserted, so there is nothing to delete first. `fts`: where
    to leave the quote index rows for the caller to write (see FtsRows).
    """
    write_derived_rows(connection, statement_id, derive(statement), new=new, fts=fts)


def write_derived_rows(connection: sqlite3.Connection, statement_id: int, derived: Derived,
                       *, new: bool = False, fts: FtsRows | None = None) -> None:
    """write_derived from `derive`'s rows."""
    if not new:
        connection.execute(
            "DELETE FROM quote_fts WHERE rowid IN (SELECT id FROM quotes WHERE statement_id = ?)",
            (statement_id,),
        )
        connection.execute("DELETE FROM quotes WHERE statement_id = ?", (statement_id,))
        connection.execute("DELETE FROM statement_issues WHERE statement_id = ?",
                           (statement_id,))
    if derived.quotes:
        # Quote ids are chosen here so the FTS rows can be written with executemany: an
        # INSERT ... SELECT into an FTS5 table costs three times as much.
        first = connection.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0] + 1
        rows = [(first + index, statement_id, index, *quote)
                for index, quote in enumerate(derived.quotes)]
        connection.executemany(
            "INSERT INTO quotes (id, statement_id, idx, text, speaker_name, speaker_role, "
            "speaker_organisation, kind, paragraph, span_start, span_end, excluded) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        # quote_fts reads its text back from quotes (external content): the same values.
        fts_rows = [(row[0], row[3], row[4]) for row in rows]
        if fts is not None:
            fts.quotes += fts_rows
        else:
            connection.executemany(
                "INSERT INTO quote_fts (rowid, text, speaker_name) VALUES (?, ?, ?)", fts_rows)
    if derived.issues is not None:
        connection.execute("INSERT INTO statement_issues (statement_id, issues) VALUES (?, ?)",
                           (statement_id, derived.issues))


# --- corrections -----------------------------------------------------------------------------


def insert_correction(
    connection: sqlite3.Connection, scope: str, target: str, kind: str, data: str
) -> int:
    cursor = connection.execute(
        "INSERT INTO corrections (scope, target, kind, data, active, created_at) "
        "VALUES (?, ?, ?, ?, 1, ?)",
        (scope, target, kind, data, now()),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def correction_records(
    connection: sqlite3.Connection, *, active_only: bool, scope: str | None = None,
    target: str | None = None,
) -> list[CorrectionRecord]:
    sql = "SELECT id, data, active, created_at FROM corrections WHERE 1"
    params: list[object] = []
    if active_only:
        sql += " AND active"
    if scope is not None:
        sql += " AND scope = ?"
        params.append(scope)
    if target is not None:
        sql += " AND target = ?"
        params.append(target)
    sql += " ORDER BY id"
    return [
        CorrectionRecord(row[0], correction_from_dict(json.loads(row[1])), bool(row[2]), row[3])
        for row in connection.execute(sql, params)
    ]


def statement_corrections(
    connection: sqlite3.Connection, key: str | None = None
) -> dict[str, list[StatementCorrection]]:
    """Active statement corrections by statement key, in the order they were made."""
    found: dict[str, list[StatementCorrection]] = {}
    for record in correction_records(connection, active_only=True, scope="statement",
                                     target=key):
        correction: Correction = record.correction
        found.setdefault(correction.statement_key, []).append(correction)  # type: ignore[union-attr]
    return found


def corrected_keys(connection: sqlite3.Connection) -> set[str]:
    """Keys of the statements that have active corrections."""
    return {row[0] for row in connection.execute(
        "SELECT DISTINCT target FROM corrections WHERE active AND scope = 'statement'")}


def summit_corrections(connection: sqlite3.Connection) -> list[SummitCorrection]:
    return [record.correction  # type: ignore[misc]
            for record in correction_records(connection, active_only=True, scope="summit")]


# --- reading quotes --------------------------------------------------------------------------


def quote_rows(
    connection: sqlite3.Connection,
    *,
    statement_ids: Sequence[int] | None,
    issue: str | None,
) -> list[LibraryQuote]:
    sql = (
        "SELECT q.statement_id, s.key, s.title, q.idx, q.text, q.speaker_name, q.speaker_role, "
        "q.speaker_organisation, q.kind, q.paragraph, q.span_start, q.span_end, q.excluded, "
        "(SELECT json_extract(i.issues, '$.\"' || q.paragraph || '\"') FROM statement_issues i "
        " WHERE i.statement_id = q.statement_id) "
        "FROM quotes q JOIN statements s ON s.id = q.statement_id WHERE 1"
    )
    params: list[object] = []
    if statement_ids is not None:
        sql += " AND q.statement_id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(list(statement_ids)))
    if issue is not None:
        sql += (" AND EXISTS (SELECT 1 FROM statement_issues i, json_each(i.issues, "
                "'$.\"' || q.paragraph || '\"') j WHERE i.statement_id = q.statement_id "
                "AND j.value = ?)")
        params.append(issue)
    sql += " ORDER BY q.statement_id, q.idx"
    quotes = []
    for row in connection.execute(sql, params):
        (statement_id, key, title, index, text, name, role, organisation, kind, paragraph,
         start, end, excluded, issues) = row
        speaker = Speaker(name, role, organisation) if name else None
        quote = Quote(text=text, speaker=speaker, kind=kind, paragraph=paragraph,
                      span=Span(start, end), excluded=bool(excluded))
        quotes.append(LibraryQuote(statement_id, key, title, index, quote,
                                   json.loads(issues) if issues else []))
    return quotes
