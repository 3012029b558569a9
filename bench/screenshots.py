"""Screenshots for the README: the main window, a statement with its highlights, the pack with
its preview. Run under a display (Xvfb in `make screenshots`); writes docs/screenshots/*.png.

    .venv/bin/python bench/screenshots.py [--dark]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshots"


def wait(app: QApplication, until, timeout_ms: int = 60000) -> None:
    from PySide6.QtCore import QElapsedTimer

    clock = QElapsedTimer()
    clock.start()
    while not until():
        app.processEvents()
        if clock.elapsed() > timeout_ms:
            raise SystemExit("timed out waiting for the window")
        QTimer.singleShot(20, lambda: None)


def dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for name, colour in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"),
                         (role.Base, "#1e1e1e"), (role.AlternateBase, "#262626"),
                         (role.Text, "#e6e6e6"), (role.Button, "#353535"),
                         (role.ButtonText, "#e6e6e6"), (role.Highlight, "#3d6fb4"),
                         (role.HighlightedText, "#ffffff"), (role.PlaceholderText, "#9a9a9a"),
                         (role.ToolTipBase, "#353535"), (role.ToolTipText, "#e6e6e6")):
        palette.setColor(name, QColor(colour))
    return palette


def save(widget: QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(REPO)}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true", help="also shoot a dark-palette window")
    args = parser.parse_args()

    from briefpack.gui.app import make_application

    app = make_application(sys.argv[:1])
    app.setStyle("Fusion")  # the same look on every machine the screenshots are made on
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        from briefpack.gui.main_window import MainWindow
        from briefpack.gui.settings import AppSettings

        settings = AppSettings()
        settings.organisation = "Amnesty International"
        settings.prepared_by = "Press office"
        shoot(app, settings, Path(folder) / "library.sqlite3", "")
        if args.dark:
            app.setPalette(dark_palette())
            settings.samples_offered = True
            shoot(app, settings, Path(folder) / "library.sqlite3", "-dark", MainWindow)
    return 0


def shoot(app: QApplication, settings, library: Path, suffix: str, window_class=None) -> None:
    from briefpack.gui.main_window import MainWindow

    window = (window_class or MainWindow)(settings, library_path=library)
    window.resize(1440, 900)
    window.splitter.setSizes([340, 620, 480])
    window.show()
    window.start()
    # first start: the samples are imported and a Helsinki pack is ticked
    wait(app, lambda: window.library is not None and window.pack is not None
         and not window.runner.busy())
    if not window.pack.summits:  # a later start: tick Helsinki as the first start does
        window.prepare_sample_pack()
    panel = window.library_panel
    helsinki = panel.model.find_summit("Helsinki")
    panel.tree.setCurrentIndex(helsinki)
    panel.tree.expand(helsinki)
    wait(app, lambda: panel.statements.rowCount() > 0)
    panel.statement_list.setCurrentIndex(panel.statements.index(0))
    window.statement_view.select_extraction("quote", 1)
    wait(app, lambda: window.preview is not None and window.preview.current_pdf is not None)
    app.processEvents()
    save(window, f"main-window{suffix}.png")
    save(window.statement_view, f"statement-view{suffix}.png")
    window.centre_tabs.setCurrentWidget(window.preview_holder)
    wait(app, lambda: window.preview.current_pdf is not None)
    for _ in range(20):
        app.processEvents()
    save(window.splitter, f"pack-preview{suffix}.png")
    window.setWindowModified(False)
    window.close()


if __name__ == "__main__":
    sys.exit(main())
