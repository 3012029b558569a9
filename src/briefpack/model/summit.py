"""Library-level views: a summit gathered across statements, a statement with its row id."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from briefpack.model.statement import Leader, Statement


@dataclass(slots=True)
class Summit:
    """One meeting of leaders, with every statement that mentions it."""

    id: int
    label: str
    leaders: list[Leader]
    location: str | None
    location_country: str | None
    when: str | None
    dates: list[dt.date]
    statement_ids: list[int] = field(default_factory=list)


@dataclass(slots=True)
class StoredStatement:
    """A statement as the library holds it: parser output with the user's corrections applied."""

    id: int
    statement: Statement
    path: str | None = None
    imported_at: str | None = None

    @property
    def key(self) -> str:
        return self.statement.key
