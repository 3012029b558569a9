"""The main window: library on the left, statement and preview in the middle, pack on the right.

The window wires panels, menus and jobs together; what a pack holds, how a statement is parsed
and how files are written is decided by the engine packages it calls.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefpack.errors import UserError
from briefpack.gui.errors import report_error
from briefpack.gui.job_status import JobStatus
from briefpack.gui.library_panel import LibraryPanel
from briefpack.gui.settings import AppSettings
from briefpack.gui.statement_view import StatementView
from briefpack.gui.workers import Job, JobRunner

STATE_VERSION = 1


def _unique_keys(*groups: list[QKeySequence]) -> list[QKeySequence]:
    """The platform's own bindings plus the ones the issue asks for, each once (a key bound
    twice to one action is 'ambiguous' to Qt and does nothing)."""
    keys: list[QKeySequence] = []
    for group in groups:
        for sequence in group:
            if not sequence.isEmpty() and sequence not in keys:
                keys.append(sequence)
    return keys


class MainWindow(QMainWindow):
    library_changed = Signal()  # statements imported or corrected: views re-read the library
    library_ready = Signal()  # the library is open and its summits are listed

    def __init__(
        self,
        settings: AppSettings,
        library_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.library_path = Path(library_path) if library_path else settings.library_path
        self.library: Any = None  # briefpack.library.Library, opened in start()
        self.runner = JobRunner(self)
        self.undo_stack = QUndoStack(self)
        self.last_dialog: QWidget | None = None  # the latest report dialog, for tests

        self.setWindowTitle("Briefpack")
        self.setAcceptDrops(True)
        self._build_panels()
        self._build_actions()
        self._build_menus()
        self.job_status = JobStatus(self)
        self.statusBar().addPermanentWidget(self.job_status)
        self.restore_state()

    # -- layout ------------------------------------------------------------------------------

    def _build_panels(self) -> None:
        self.library_panel = LibraryPanel()
        self.library_panel.statement_chosen.connect(self.show_statement)
        self.library_panel.correction_requested.connect(self.push_correction)

        self.statement_view = StatementView()
        self.statement_view.correction_requested.connect(self.push_correction)

        self.centre_tabs = QTabWidget()
        self.centre_tabs.setObjectName("centreTabs")
        self.centre_tabs.setAccessibleName("Statement and preview")
        self.centre_tabs.setDocumentMode(True)
        self.centre_tabs.addTab(self.statement_view, "S&tatement")

        self.pack_panel = QWidget()
        self.pack_panel.setObjectName("packPanel")
        self.pack_panel.setAccessibleName("Briefing pack")
        QVBoxLayout(self.pack_panel).addWidget(QLabel("Pack"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(self.centre_tabs)
        self.splitter.addWidget(self.pack_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.setCentralWidget(self.splitter)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_pack_action = self._action("&New Pack", self.new_pack, key.New,
                                             "Start an empty briefing pack")
        self.open_pack_action = self._action("&Open Pack...", self.choose_pack_to_open, key.Open,
                                              "Open a .briefpack file")
        self.save_pack_action = self._action("&Save Pack", self.save_pack, key.Save,
                                              "Save the briefing pack")
        self.save_pack_as_action = self._action("Save Pack &As...", self.save_pack_as, key.SaveAs,
                                                 "Save the briefing pack under a new name")
        self.import_action = self._action("&Import Statements...", self.choose_files_to_import,
                                          "Ctrl+I", "Add press statements to the library")
        self.import_folder_action = self._action(
            "Import &Folder...", self.choose_folder_to_import, "Ctrl+Shift+I",
            "Add every statement in a folder to the library")
        self.export_docx_action = self._action("Export &Word...", self.choose_docx_export,
                                               "Ctrl+E", "Write the pack as a Word document")
        self.export_pdf_action = self._action("Export &PDF...", self.choose_pdf_export,
                                              "Ctrl+Shift+E", "Write the pack as a PDF")
        self.print_action = self._action("&Print...", self.print_pack, key.Print,
                                         "Print the pack as it appears in the preview")
        self.quit_action = self._action("&Quit", self.close, key.Quit, "Quit Briefpack")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(_unique_keys(QKeySequence.keyBindings(key.Undo),
                                                   [QKeySequence("Ctrl+Z")]))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(_unique_keys([QKeySequence("Ctrl+Shift+Z")],
                                                   QKeySequence.keyBindings(key.Redo)))
        self.find_action = self._action("&Filter Library", self.focus_filter, key.Find,
                                        "Type to narrow summits, issues, statements and quotes")
        self.preferences_action = self._action("Pr&eferences...", self.show_preferences,
                                               key.Preferences, "Organisation, logo, page size")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action = self._action("&About Briefpack", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addActions([self.new_pack_action, self.open_pack_action])
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addActions([self.save_pack_action, self.save_pack_as_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.import_folder_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_docx_action, self.export_pdf_action, self.print_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        self.edit_menu = edit_menu

        correct_menu = self.menuBar().addMenu("&Correct")
        correct_menu.addActions(self.statement_view.correction_actions())
        correct_menu.addSeparator()
        correct_menu.addActions(self.library_panel.summit_actions())
        self.correct_menu = correct_menu

        self.view_menu = self.menuBar().addMenu("&View")
        for number, (text, widget) in enumerate(self._focus_targets(), start=1):
            action = self.view_menu.addAction(text)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.triggered.connect(lambda _checked=False, w=widget: self.focus_panel(w))

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _focus_targets(self) -> list[tuple[str, QWidget]]:
        return [
            ("&Library", self.library_panel.tree),
            ("&Statement", self.statement_view.list),
        ]

    def focus_panel(self, widget: QWidget) -> None:
        tabs = self.centre_tabs
        for page in range(tabs.count()):
            if tabs.widget(page).isAncestorOf(widget):
                tabs.setCurrentIndex(page)
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_packs()
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_pack(p))
        if not recent:
            self.recent_menu.addAction("No recent packs").setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("&Clear Menu", self.settings.clear_recent_packs)

    # -- state -------------------------------------------------------------------------------

    def restore_state(self) -> None:
        geometry = self.settings.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.geometry("main_state")
        if state is not None:
            self.restoreState(state, STATE_VERSION)
        splitter = self.settings.geometry("main_splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([300, 560, 420])

    def save_state(self) -> None:
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.set_geometry("main_state", self.saveState(STATE_VERSION))
        self.settings.set_geometry("main_splitter", QByteArray(self.splitter.saveState()))
        self.settings.sync()

    # -- start and close ---------------------------------------------------------------------

    def start(self) -> None:
        """Called once the window is on screen: the library is opened when it has painted,
        so the window appears at once; `library_ready` says when the summits are listed."""
        self.statusBar().showMessage("Reading the library\u2026")
        QTimer.singleShot(0, self._open_first_library)

    def _open_first_library(self) -> None:
        try:
            self.open_library(self.library_path)
        except UserError as error:
            self.statusBar().clearMessage()
            report_error(self, error)
            return
        except ImportError:  # an engine build without the library package
            self.statusBar().showMessage("No library available in this build")
            return
        if not self.settings.samples_offered and not self.library.find_statements(""):
            # First start with an empty library: the samples, and a Helsinki pack ready.
            self.settings.samples_offered = True
            self.library_ready.connect(self.load_samples, Qt.ConnectionType.SingleShotConnection)

    def open_library(self, path: Path) -> None:
        from briefpack.library import Library

        if self.library is not None:
            self.library.close()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.library = Library.open(path)
        self.library_path = path
        self.undo_stack.clear()
        self.statement_view.show_statement(None)
        # Grouping summits (and loading the parser's taxonomy) takes a while in a large
        # library: do it on a worker once the window has painted, and fill the tree then.
        self.library_panel.set_library(self.library, summits=[])
        self.library_panel.model.loading = True
        self.statusBar().showMessage("Reading the library\u2026")
        self._read_summits(path)

    def _read_summits(self, path: Path) -> None:
        from briefpack.library import Library

        def read_summits(_token: Any) -> Any:
            with Library.open(path) as library:
                library.taxonomy()  # imports the parser's modules off the GUI thread
                return library.summits()

        job = self.runner.start("summits", read_summits)
        job.finished.connect(lambda summits: self._summits_read(path, summits))
        job.failed.connect(lambda error: report_error(self, error))

    def _summits_read(self, path: Path, summits: list[Any]) -> None:
        if self.library is None or path != self.library_path:
            return
        self.library_panel.model.loading = False
        self.library_panel.set_library(self.library, summits)
        self.statusBar().clearMessage()
        self.library_ready.emit()
        self.library_changed.emit()

    def refresh_library(self) -> None:
        """Read the library again after an import or a correction."""
        if self.library is None:
            return
        self.library_panel.reload()
        stored = self.statement_view.stored
        if stored is not None:
            try:
                fresh = self.library.statement(stored.id)
            except KeyError:
                fresh = None
            self.statement_view.show_statement(fresh, keep_position=True)
        self.library_changed.emit()

    # -- statements and corrections ----------------------------------------------------------

    def show_statement(self, statement_id: int, quote_index: int | None = None) -> None:
        if self.library is None:
            return
        self.statement_view.show_statement(self.library.statement(statement_id),
                                           self.library.taxonomy())  # cheap once loaded
        if quote_index is not None:
            self.statement_view.select_extraction("quote", quote_index)
        self.centre_tabs.setCurrentWidget(self.statement_view)

    def push_correction(self, correction: Any) -> None:
        from briefpack.gui.undo_commands import CorrectionUndoCommand

        if self.library is None:
            return
        command = CorrectionUndoCommand(
            self.library, correction,
            changed=lambda _correction: self.refresh_library(),
            on_error=lambda error: report_error(self, error),
        )
        self.undo_stack.push(command)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.confirm_discard_pack():
            event.ignore()
            return
        self.runner.cancel_all()
        self.runner.wait(10000)
        self.save_state()
        if self.library is not None:
            self.library.close()
            self.library = None
        event.accept()

    # -- pack (filled in by the pack panel) --------------------------------------------------

    def confirm_discard_pack(self) -> bool:
        return True

    def new_pack(self) -> None:
        pass

    def choose_pack_to_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open Pack", "", "Briefing packs (*.briefpack)")
        if path:
            self.open_pack(Path(path))

    def open_pack(self, path: Path) -> None:
        pass

    def save_pack(self) -> bool:
        return False

    def save_pack_as(self) -> bool:
        return False

    def choose_docx_export(self) -> None:
        pass

    def choose_pdf_export(self) -> None:
        pass

    def print_pack(self) -> None:
        pass

    # -- import ------------------------------------------------------------------------------

    def import_filter(self) -> str:
        from briefpack.importers import supported_suffixes

        patterns = " ".join(f"*{suffix}" for suffix in supported_suffixes())
        return f"Statements ({patterns});;All files (*)"

    def choose_files_to_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import Statements", "", self.import_filter()
        )
        if paths:
            self.import_paths([Path(path) for path in paths])

    def choose_folder_to_import(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a Folder of Statements")
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> Job | None:
        """Import on the writer thread; the library panel refreshes when it is done."""
        if self.runner.busy("import"):
            self.statusBar().showMessage("An import is already running", 5000)
            return None
        library_path = self.library_path

        def work(token: Any) -> Any:
            from briefpack.library import Library

            library = Library.open(library_path)
            try:
                return (yield from library.import_files(paths, token))
            finally:
                library.close()

        job = self.runner.start("import", work, writes=True)
        self.job_status.follow(job, "Importing statements")
        job.finished.connect(self._import_finished)
        job.failed.connect(lambda error: report_error(self, error))
        job.cancelled.connect(self._import_cancelled)
        return job

    def load_samples(self) -> Job | None:
        """Import the statements shipped in seeds/, then prepare a pack for Helsinki."""
        library_path = self.library_path

        def work(token: Any) -> Any:
            import contextlib
            from importlib import resources

            from briefpack.library import Library
            from briefpack.resource_files import sample_statements

            with contextlib.ExitStack() as stack:
                paths = [stack.enter_context(resources.as_file(item))
                         for item in sample_statements()]
                library = stack.enter_context(Library.open(library_path))
                return (yield from library.import_files(paths, token))

        job = self.runner.start("import", work, writes=True)
        self.job_status.follow(job, "Loading the sample statements")
        job.finished.connect(self._import_finished)
        job.finished.connect(lambda _report: self.prepare_sample_pack())
        job.failed.connect(lambda error: report_error(self, error))
        job.cancelled.connect(self._import_cancelled)
        return job

    def prepare_sample_pack(self) -> None:
        """Check the Helsinki summit and every issue raised about it."""
        model = self.library_panel.model
        summit = model.find_summit("Helsinki")
        if not summit.isValid():
            return
        summit_id = summit.data(model.SummitIdRole)
        issues = {row.issue.id for row in model.issues_of(summit_id)}
        model.set_checks({summit_id}, {summit_id: issues})
        self.library_panel.tree.setCurrentIndex(summit)
        self.library_panel.tree.expand(summit)
        self.statusBar().showMessage("Sample library loaded: a pack for the Helsinki summit "
                                     "is ready to export", 10000)

    def _import_finished(self, report: Any) -> None:
        self.refresh_library()
        if report is None:
            return
        from briefpack.gui.dialogs import ImportReportDialog

        imported = len(getattr(report, "imported", []) or [])
        self.statusBar().showMessage(f"Imported {imported} statement(s)", 8000)
        if getattr(report, "skipped", None):
            dialog = ImportReportDialog(report, self)
            dialog.open()
            self.last_dialog = dialog

    def _import_cancelled(self) -> None:
        self.refresh_library()
        self.statusBar().showMessage("Import cancelled; statements already imported are kept",
                                     8000)

    # -- drag and drop -----------------------------------------------------------------------

    @staticmethod
    def _local_paths(urls: list[QUrl]) -> list[Path]:
        return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and self._local_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = self._local_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- small actions -----------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.library_panel.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.library_panel.filter_edit.selectAll()

    def show_preferences(self) -> None:
        from briefpack.gui.dialogs import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.open()
        self.last_dialog = dialog

    def show_about(self) -> None:
        from briefpack import __version__

        QMessageBox.about(
            self,
            "About Briefpack",
            f"<p><b>Briefpack {__version__}</b></p><p>Briefing packs from press statements. "
            "Works offline: nothing leaves this machine.</p>",
        )

