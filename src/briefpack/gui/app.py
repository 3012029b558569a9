"""`run_app`: the desktop app's entry point, called by `briefpack` with no subcommand."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from briefpack import __version__
from briefpack.paths import APP_AUTHOR, APP_NAME

_bools_kept = False


def keep_bools_alive() -> None:
    """Work around PySide6 6.12.0 on Python 3.11: every signal `emit`, `connect` and
    `disconnect` made from Python drops one reference to `True`, and once its count reaches
    zero the interpreter aborts ("bool_dealloc: deallocating True or False"), after a few
    thousand emits: an import with progress, or a minute of typing in the filter. Python 3.12
    made True and False immortal; where a probe shows the leak, give them the same near-endless
    count. Remove once the pinned PySide6 no longer leaks."""
    global _bools_kept
    if _bools_kept or sys.version_info >= (3, 12):
        return
    _bools_kept = True
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.ping.emit()
    if sys.getrefcount(True) >= before:
        return
    import ctypes

    for value in (True, False):  # ob_refcnt is a PyObject's first field
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    keep_bools_alive()
    # Fractional scale factors (150 %) render crisply instead of being rounded to 1x or 2x.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setDesktopFileName("briefpack")
    return app


def run_app(library_path: Path | None = None) -> int:
    app = make_application()
    from briefpack.gui.errors import install_excepthook
    from briefpack.gui.main_window import MainWindow
    from briefpack.gui.settings import AppSettings

    window: MainWindow | None = None
    install_excepthook(lambda: window)
    settings = AppSettings()
    window = MainWindow(settings, library_path=library_path)
    window.show()
    window.start()
    # Undocumented, for packaging/smoke_test.py: leave the event loop after this many ms.
    if quit_after_ms := os.environ.get("BRIEFPACK_QUIT_AFTER_MS"):
        QTimer.singleShot(int(quit_after_ms), lambda: app.exit(0))
    return app.exec()
