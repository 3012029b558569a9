"""The library file: opening it safely, and the versioned migrations of its schema.

Parser output and user corrections live in separate tables: `statements.parsed` holds what the
parser found (the JSON of `statement_to_dict`, compressed since v3), `corrections` holds what
the user changed, and the tables a listing reads (`quotes`, `statement_issues`, the FTS
indexes) are derived from both and rebuilt whenever either changes. A re-parse therefore never
loses a correction.

`PRAGMA user_version` is the schema version; each entry of MIGRATIONS moves the file one version
up inside one transaction. A file from a newer Briefpack is refused rather than guessed at.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from briefpack.errors import LibraryError

SCHEMA_V1 = """
CREATE TABLE statements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,           -- Statement.key: the content, white space folded
    source TEXT NOT NULL,
    path TEXT,
    title TEXT NOT NULL,
    organisation TEXT,
    date TEXT,                          -- ISO date, or NULL when the statement gives none
    text TEXT NOT NULL,
    parsed TEXT NOT NULL,               -- statement_to_dict() without "text": parser output
                                        -- (v3: compressed, see store.stored_parsed)
    hint_title TEXT,                    -- what the file said (HTML title...), kept for re-parse
    hint_date TEXT,
    hint_url TEXT,
    imported_at TEXT NOT NULL,
    parsed_at TEXT NOT NULL
);

-- Derived from parser output + corrections.
CREATE TABLE paragraph_issues (
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    paragraph INTEGER NOT NULL,
    position INTEGER NOT NULL,
    issue TEXT NOT NULL,
    PRIMARY KEY (statement_id, paragraph, position)
) WITHOUT ROWID;
CREATE INDEX paragraph_issues_by_issue ON paragraph_issues(issue);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,             -- also the rowid of quote_fts
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker_name TEXT,
    speaker_role TEXT,
    speaker_organisation TEXT,
    kind TEXT NOT NULL,
    paragraph INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    excluded INTEGER NOT NULL DEFAULT 0,
    UNIQUE (statement_id, idx)
);

-- A summit is a group of mentions. Its key names it for corrections and never changes;
-- leaders/location/dates are gathered from its mentions and used to match new ones.
CREATE TABLE summits (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    leaders TEXT NOT NULL,              -- JSON [{"name", "country", "role"}]
    label TEXT,                         -- normalised label, to group leaderless mentions
    location TEXT,
    location_country TEXT,
    dates TEXT NOT NULL DEFAULT '[]',   -- JSON ISO dates
    effective_id INTEGER NOT NULL       -- itself, or the summit a merge folded it into
);
CREATE INDEX summits_by_effective_id ON summits(effective_id);

CREATE TABLE summit_tokens (
    token TEXT NOT NULL,
    summit_id INTEGER NOT NULL REFERENCES summits(id) ON DELETE CASCADE,
    PRIMARY KEY (token, summit_id)
) WITHOUT ROWID;

CREATE TABLE mentions (
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    summit_id INTEGER NOT NULL REFERENCES summits(id),
    label TEXT,
    leaders TEXT NOT NULL,
    location TEXT,
    location_country TEXT,
    when_text TEXT,
    dates TEXT NOT NULL,
    PRIMARY KEY (statement_id, idx)
) WITHOUT ROWID;
CREATE INDEX mentions_by_summit ON mentions(summit_id);

CREATE TABLE corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    scope TEXT NOT NULL,                -- 'statement' or 'summit'
    target TEXT NOT NULL,               -- a statement key or a summit key
    kind TEXT NOT NULL,
    data TEXT NOT NULL,                 -- JSON of the correction's fields
    active INTEGER NOT NULL DEFAULT 1,  -- 0 once undone
    created_at TEXT NOT NULL
);
CREATE INDEX corrections_by_target ON corrections(scope, target);

CREATE VIRTUAL TABLE statement_fts USING fts5(
    title, text, content='statements', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE quote_fts USING fts5(
    text, speaker, tokenize='unicode61 remove_diacritics 2'
);
"""

# v2: summits carry their place folded for comparison, so matching a new mention looks only at
# summits of the same leaders in a compatible place instead of every summit of those leaders.
SCHEMA_V2 = """
ALTER TABLE summits ADD COLUMN place_key TEXT;
UPDATE summits SET place_key = lower(location);
CREATE INDEX summit_tokens_by_summit ON summit_tokens(summit_id);
"""

# v3: the quote index reads its text from `quotes` (external content) instead of holding a
# copy. The issues of a statement's paragraphs are one row per statement, a JSON object
# {"paragraph index": [issue ids in order]}, instead of a row per paragraph and issue (29 rows
# a statement, a fifth of an import's writes, and an index by issue that only a count over the
# whole library used). statements.parsed leaves out texts that are slices of statements.text
# and is compressed (see store.parsed_json, store.stored_parsed); rows written before stay as
# they are and read the same.
SCHEMA_V3 = """
DROP TABLE quote_fts;
CREATE VIRTUAL TABLE quote_fts USING fts5(
    text, speaker_name, content='quotes', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO quote_fts (quote_fts) VALUES ('rebuild');

-- Derived from parser output + corrections.
CREATE TABLE statement_issues (
    statement_id INTEGER PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
    issues TEXT NOT NULL                -- JSON {"0": ["refugees", "torture"], "3": [...]}
);
"""


def _to_v3(connection: sqlite3.Connection) -> None:
    for statement in _split_sql(SCHEMA_V3):
        connection.execute(statement)
    found: dict[int, dict[str, list[str]]] = {}
    for statement_id, paragraph, issue in connection.execute(
        "SELECT statement_id, paragraph, issue FROM paragraph_issues "
        "ORDER BY statement_id, paragraph, position"
    ):
        found.setdefault(statement_id, {}).setdefault(str(paragraph), []).append(issue)
    connection.executemany(
        "INSERT INTO statement_issues (statement_id, issues) VALUES (?, ?)",
        [(statement_id, json.dumps(issues, ensure_ascii=False, separators=(",", ":")))
         for statement_id, issues in found.items()],
    )
    connection.execute("DROP TABLE paragraph_issues")  # and its index


# MIGRATIONS[n] takes version n to n + 1: a script, or a function for what SQL cannot say
# plainly. Each runs inside the one transaction _migrate opens.
MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [SCHEMA_V1, SCHEMA_V2, _to_v3]
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the library at `path`, or raise LibraryError."""
    path = Path(path)
    _refuse_unwritable(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryError(
            f"Cannot create the folder for the library {path}: {error.strerror or error}."
        ) from None
    connection: sqlite3.Connection | None = None
    try:
        with translate_errors(path, "open"):
            # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE ... COMMIT).
            connection = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
            connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA journal_mode = WAL")
            # With WAL, NORMAL loses at most the last commits on power loss, never consistency.
            connection.execute("PRAGMA synchronous = NORMAL")
            _migrate(connection, path)
            # Prove now, not halfway through an import, that we may write.
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
    except BaseException:
        if connection is not None:
            connection.close()
        raise
    return connection


def _refuse_unwritable(path: Path) -> None:
    # Checked by permission bits as well as by os.access: an administrator's account may
    # write anywhere, but a file its owner marked read-only should stay untouched.
    if not path.exists():
        return
    if path.is_dir():
        raise LibraryError(f"Cannot open the library {path}: it is a folder, not a file.")
    if not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise LibraryError(
            f"Cannot open the library {path}: the file is read-only. "
            "Make it writable or choose another library."
        )


def _migrate(connection: sqlite3.Connection, path: Path) -> None:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version == SCHEMA_VERSION:
        return
    if version > SCHEMA_VERSION:
        raise LibraryError(
            f"Cannot open the library {path}: it was made by a newer version of Briefpack "
            f"(schema {version}, this one knows {SCHEMA_VERSION})."
        )
    if version == 0:
        _refuse_foreign_database(connection, path)
    connection.execute("BEGIN IMMEDIATE")
    try:
        # Read again under the write lock: another thread may have migrated meanwhile.
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version, SCHEMA_VERSION):
            migration = MIGRATIONS[number]
            if callable(migration):
                migration(connection)
            else:
                for statement in _split_sql(migration):
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number + 1}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _refuse_foreign_database(connection: sqlite3.Connection, path: Path) -> None:
    tables = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
    ).fetchone()[0]
    if tables:
        raise LibraryError(
            f"Cannot open the library {path}: it is an SQLite database, but not a Briefpack "
            "library."
        )


def _split_sql(script: str) -> list[str]:
    """Statements of a migration script (executescript would commit our transaction)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        code = line.split("--", 1)[0]
        buffer += code
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL in migration: {buffer.strip()[:60]}")
    return statements


def describe_error(error: sqlite3.Error) -> str:
    """A reason a user can act on, from an sqlite3 error."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return ("it is locked by another program (or another Briefpack window); "
                "close it and try again")
    if "readonly" in text or "read-only" in text:
        return "the file is read-only"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"the file is damaged or is not a Briefpack library ({error})"
    if "unable to open" in text:
        return "the file cannot be opened (missing folder or no permission)"
    if "full" in text:
        return "the disk is full"
    return str(error)


@contextlib.contextmanager
def translate_errors(path: Path, action: str) -> Iterator[None]:
    """Turn the sqlite3 errors a user can cause (lock, permissions, damage) into LibraryError."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.ProgrammingError | sqlite3.IntegrityError):
            raise  # a bug in Briefpack, not something the user can fix
        reason = describe_error(error)
        raise LibraryError(f"Cannot {action} the library {path}: {reason}.") from None
