"""Long work as plain generators: they yield `Progress` and check a `CancelToken`.

The command line prints the progress; the app runs the same generator on a worker thread and
forwards each `Progress` by signal. Neither needs the other.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass


class Cancelled(Exception):
    """Raised inside a job when its token was cancelled; the job has cleaned up."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int | None  # None while the total is not known yet
    message: str = ""
