"""The application object and the work-around for PySide6's lost references to True."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from briefpack.gui.app import keep_bools_alive


class Emitter(QObject):
    ping = Signal()


def test_many_signal_emits_never_free_true() -> None:
    keep_bools_alive()
    emitter = Emitter()
    for _ in range(6000):  # more than True's count at start, where PySide6 leaks
        emitter.ping.emit()
    assert sys.getrefcount(True) > 1000
    keep_bools_alive()  # a second call adds nothing harmful
