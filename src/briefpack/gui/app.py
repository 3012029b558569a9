"""`run_app`: the desktop app's entry point, called by `briefpack` with no subcommand."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from briefpack import __version__
from briefpack.paths import APP_AUTHOR, APP_NAME


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scale factors (150 %) render crisply instead of being rounded to 1x or 2x.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setDesktopFileName("briefpack")
    app.setWindowIcon(application_icon())
    return app


def application_icon() -> QIcon:
    """The icon in every size shipped in resources/icons, for title bars and task switchers."""
    from briefpack.resource_files import resource

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource("icons", f"briefpack-{size}.png")))
    return icon


def run_app(library_path: Path | None = None, show_samples: bool = False) -> int:
    app = make_application()
    from briefpack.gui.errors import install_excepthook
    from briefpack.gui.main_window import MainWindow
    from briefpack.gui.settings import AppSettings

    window: MainWindow | None = None
    install_excepthook(lambda: window)
    settings = AppSettings()
    window = MainWindow(settings, library_path=library_path, show_samples=show_samples)
    window.show()
    window.start()
    # Undocumented, for packaging/smoke_test.py: leave the event loop after this many ms.
    if quit_after_ms := os.environ.get("BRIEFPACK_QUIT_AFTER_MS"):
        QTimer.singleShot(int(quit_after_ms), lambda: app.exit(0))
    return app.exec()
