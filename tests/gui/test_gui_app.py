"""The pinned PySide6 keeps Python's reference counts whole.

PySide6 6.12.0 on Python 3.11 dropped a reference to True on every signal emit, and the app
aborted ("bool_dealloc") after a few thousand: an import with progress, a minute of filtering.
pyproject.toml excludes it; this test fails on any binding that leaks the same way.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    ping = Signal()
    number = Signal(int)


def test_signal_emits_keep_the_count_of_true() -> None:
    emitter = Emitter()
    received: list[int] = []
    emitter.number.connect(received.append)
    before = sys.getrefcount(True)
    for value in range(500):
        emitter.ping.emit()
        emitter.number.emit(value)
    assert len(received) == 500
    assert sys.getrefcount(True) >= before - 5  # tolerance for unrelated objects freed


def test_application_icon_has_the_shipped_sizes(qapp) -> None:
    from briefpack.gui.app import application_icon

    sizes = {(size.width(), size.height()) for size in application_icon().availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes
