"""The window's frame: menus and shortcuts, settings, the error dialog, workers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence

from briefpack.errors import UserError
from briefpack.gui import errors as gui_errors
from briefpack.gui.errors import ErrorDialog, install_excepthook
from briefpack.gui.main_window import MainWindow
from briefpack.gui.settings import AppSettings, open_settings
from briefpack.gui.workers import JobRunner
from briefpack.jobs import Cancelled, CancelToken, Progress


def test_settings_round_trip(settings: AppSettings, tmp_path: Path) -> None:
    settings.organisation = "Amnesty International"
    settings.prepared_by = "Press office"
    settings.page_size = "Letter"
    settings.marking = "Confidential"
    settings.logo = tmp_path / "logo.png"
    settings.library_path = tmp_path / "lib.sqlite3"
    settings.add_recent_pack(tmp_path / "a.briefpack")
    settings.add_recent_pack(tmp_path / "b.briefpack")
    settings.add_recent_pack(tmp_path / "a.briefpack")
    settings.sync()

    again = AppSettings(open_settings())
    assert again.organisation == "Amnesty International"
    assert again.prepared_by == "Press office"
    assert again.page_size == "Letter"
    assert again.marking == "Confidential"
    assert again.logo == tmp_path / "logo.png"
    assert again.library_path == tmp_path / "lib.sqlite3"
    assert [p.name for p in again.recent_packs()] == ["a.briefpack", "b.briefpack"]


def test_settings_live_in_the_test_folder(settings: AppSettings, isolated_qsettings: Path) -> None:
    settings.organisation = "x"
    settings.sync()
    assert Path(settings.store.fileName()).is_relative_to(isolated_qsettings)


def test_menus_and_standard_shortcuts(qtbot, settings: AppSettings) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:2] == ["&File", "&Edit"]
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions() if action.text()]
    for expected in ["&New Pack", "&Open Pack...", "Open &Recent", "&Save Pack",
                     "Save Pack &As...", "&Import Statements...", "Export &Word...",
                     "Export &PDF...", "&Print...", "&Quit"]:
        assert expected in texts
    assert window.save_pack_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.undo_action.shortcuts()[0] == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()
    # every menu action can be reached from the keyboard: an & mnemonic or a shortcut
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator() or not action.text() or action.menu() is not None:
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def test_geometry_and_splitter_restored(qtbot, settings: AppSettings) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(720, 520)
    window.splitter.setSizes([180, 300, 240])
    sizes = window.splitter.sizes()
    window.save_state()

    again = MainWindow(AppSettings(open_settings()))
    qtbot.addWidget(again)
    assert again.size() == window.size()
    assert again.splitter.sizes() == sizes


def test_error_dialog_details_can_be_copied(qtbot) -> None:
    try:
        raise ValueError("boom")
    except ValueError as error:
        dialog = ErrorDialog(error)
    qtbot.addWidget(dialog)
    assert "ValueError: boom" in dialog.details.toPlainText()
    assert "Traceback" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert "ValueError: boom" in QGuiApplication.clipboard().text()


def test_excepthook_shows_dialog_and_keeps_window(qtbot, settings, monkeypatch) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    shown: list[BaseException] = []
    monkeypatch.setattr(gui_errors.ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    previous = install_excepthook(lambda: window)
    try:
        try:
            raise RuntimeError("unexpected")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert len(shown) == 1
    assert "RuntimeError: unexpected" in shown[0].details_text


def test_user_error_is_a_plain_message(qtbot, monkeypatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(gui_errors.QMessageBox, "warning",
                        lambda parent, title, text: seen.append(text))
    gui_errors.report_error(None, UserError("The library file is locked."))
    assert seen == ["The library file is locked."]


def _counting_job(total: int, stop_at: int | None = None):
    def work(token: CancelToken):
        for done in range(1, total + 1):
            token.raise_if_cancelled()
            yield Progress(done, total, f"item {done}")
            if stop_at == done:
                token.cancel()
        return "all done"

    return work


def test_worker_forwards_progress_and_result(qtbot) -> None:
    runner = JobRunner()
    job = runner.start("count", _counting_job(5))
    seen: list[Progress] = []
    job.progress.connect(seen.append)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == ["all done"]
    assert runner.wait()
    qtbot.waitUntil(lambda: len(seen) == 5)
    assert seen[-1] == Progress(5, 5, "item 5")


def test_worker_cancel_and_failure(qtbot) -> None:
    runner = JobRunner()
    job = runner.start("count", _counting_job(10, stop_at=3), writes=True)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        pass

    def broken(token: CancelToken) -> None:
        raise KeyError("nope")

    failing = runner.start("broken", broken)
    with qtbot.waitSignal(failing.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], KeyError)
    assert runner.wait()
    assert Cancelled  # the engine's exception is what stops a job


def test_drop_of_files_starts_an_import(qtbot, settings, tmp_path, monkeypatch) -> None:
    window = MainWindow(settings, library_path=tmp_path / "lib.sqlite3")
    qtbot.addWidget(window)
    started: list[list[Path]] = []
    monkeypatch.setattr(window, "import_paths", started.append)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    # QApplication only delivers drop events during a real drag, so call the handlers directly
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(event)
    assert started == [[tmp_path]]


@pytest.mark.parametrize("name", ["main", "main_state", "main_splitter"])
def test_state_keys_written(qtbot, settings: AppSettings, name: str) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.save_state()
    assert isinstance(AppSettings(open_settings()).geometry(name), QByteArray)
