"""What the composer needs from a library; `briefpack.library.Library` provides it.

A protocol rather than an import keeps briefing free of SQLite and easy to feed in tests.
"""

from __future__ import annotations

from typing import Protocol

from briefpack.model import StoredStatement, Summit, Taxonomy


class BriefingSource(Protocol):
    def summits(self) -> list[Summit]: ...

    def summit(self, summit_id: int) -> Summit:
        """The summit with that id; raises KeyError when there is none."""
        ...

    def statements_for_summit(self, summit_id: int) -> list[StoredStatement]:
        """Its statements, corrections applied, oldest first (by date, then import order)."""
        ...

    def taxonomy(self) -> Taxonomy: ...
