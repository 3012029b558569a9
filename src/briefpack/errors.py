"""Exceptions that carry a plain sentence for the user.

Anything raised as a `UserError` is expected (bad input, a locked file): the command line prints
its message and the app shows it in a dialog. Anything else is a bug and reaches the excepthook.
"""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """An error whose message is written for the person using Briefpack."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class FileRefused(UserError):
    """A file that cannot be imported, with the file's name and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class LibraryError(UserError):
    """The library file cannot be opened or written (locked, read-only, corrupt)."""


class PackError(UserError):
    """A .briefpack file that cannot be read or written."""


class ExportError(UserError):
    """An export that could not be written; any earlier file at the target is intact."""
