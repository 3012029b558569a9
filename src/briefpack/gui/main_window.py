"""The main window: library on the left, statement and preview in the middle, pack on the right.

The window wires panels, menus and jobs together; what a pack holds, how a statement is parsed
and how files are written is decided by the engine packages it calls.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from briefpack.errors import UserError
from briefpack.gui.job_status import JobStatus
from briefpack.gui.library_panel import LibraryPanel
from briefpack.gui.settings import AppSettings
from briefpack.gui.workers import Job, JobRunner

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent

    from briefpack.gui.pack_panel import PackPanel
    from briefpack.gui.statement_view import StatementView

# What is needed only once the user acts (dialogs, file choosers, the error dialog) is imported
# then: every Qt class costs its first use, and the first paint waits for what is imported here.

STATE_VERSION = 1
SAFETY_START_MS = 300  # start anyway if no paint came (a window shown minimised)


def report_error(parent: QWidget, error: BaseException) -> None:
    from briefpack.gui.errors import report_error as report

    report(parent, error)


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
    """The window paints first with what a user sees and types into at once (menus, the
    library panel's filter and tree, empty panes); the statement view and the pack panel are
    made right after the first paint (or when first asked for), and the library is read on a
    worker from then on. So the window is on screen in little more than a bare Qt window's
    time, however large the library."""

    library_changed = Signal()  # statements imported or corrected: views re-read the library
    library_ready = Signal()  # the library is open and its summits are listed

    def __init__(
        self,
        settings: AppSettings,
        library_path: Path | None = None,
        parent: QWidget | None = None,
        show_samples: bool = False,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        # `briefpack --samples` (what `make run` does): this library gets the sample statements
        # if it is empty, and the Helsinki summit is ticked, ready to export.
        self.show_samples = show_samples
        self.library_path = Path(library_path) if library_path else settings.library_path
        self.library: Any = None  # briefpack.library.Library, opened in start()
        self.runner = JobRunner(self)
        self.undo_stack = QUndoStack(self)
        self.pack: Any = None  # briefpack.briefing.Pack, made when the library is read
        self.pack_path: Path | None = None
        # The pack as last recorded for undo, and which pack it is (New and Open replace it).
        self._pack_state: dict[str, Any] | None = None
        self._pack_generation = 0
        self.last_dialog: QWidget | None = None  # the latest report dialog, for tests
        self._summit_reads = 0  # numbers each read of the summits; only the newest is shown

        self._statement_view: StatementView | None = None
        self._pack_panel: PackPanel | None = None
        self._painted = False
        self._start_wanted = False
        self._started = False
        # A copy of the unsaved pack, written a moment after the edits stop (recovery.py).
        self._recovery_timer = QTimer(self)
        self._recovery_timer.setSingleShot(True)
        self._recovery_timer.setInterval(1000)
        self._recovery_timer.timeout.connect(self.write_recovery)

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
        self.library_panel.remove_requested.connect(self.ask_remove_statement)

        self.centre_tabs = QTabWidget()
        self.centre_tabs.setObjectName("centreTabs")
        self.centre_tabs.setAccessibleName("Statement and preview")
        self.centre_tabs.setDocumentMode(True)
        self.statement_holder = self._holder("statementHolder")  # the view comes after paint
        self.centre_tabs.addTab(self.statement_holder, "S&tatement")

        self.preview_holder = self._holder("previewHolder")  # the PDF view: when first needed
        self.preview: Any = None
        self.centre_tabs.addTab(self.preview_holder, "Pre&view")

        self.pack_holder = self._holder("packHolder")  # the pack panel comes after paint
        self.library_panel.model.checks_changed.connect(self.selection_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(self.centre_tabs)
        self.splitter.addWidget(self.pack_holder)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.setCentralWidget(self.splitter)

    @staticmethod
    def _holder(name: str) -> QWidget:
        holder = QWidget()
        holder.setObjectName(name)
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        return holder

    @property
    def statement_view(self) -> StatementView:
        """Made after the first paint, or at once when something needs it sooner."""
        if self._statement_view is None:
            from briefpack.gui.statement_view import StatementView

            view = StatementView()
            view.correction_requested.connect(self.push_correction)
            self.statement_holder.layout().addWidget(view)
            self.correct_menu.insertActions(self._correct_separator, view.correction_actions())
            self._statement_view = view
        return self._statement_view

    @property
    def pack_panel(self) -> PackPanel:
        """Made after the first paint, or at once when something needs it sooner."""
        if self._pack_panel is None:
            from briefpack.gui.pack_panel import PackPanel

            panel = PackPanel()
            panel.changed.connect(self.pack_edited)
            self.pack_holder.layout().addWidget(panel)
            self.pack_menu.insertActions(self._pack_separator,
                                         [panel.move_up_action, panel.move_down_action])
            self._pack_panel = panel
        return self._pack_panel

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
        self.reparse_action = self._action(
            "Read Statements &Again", self.reparse_library, None,
            "Parse every statement again, after the list of issues changed; corrections stay")
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
        file_menu.addActions([self.import_action, self.import_folder_action,
                              self.reparse_action])
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
        # the statement view's corrections go before this when it is made
        self._correct_separator = correct_menu.addSeparator()
        correct_menu.addActions(self.library_panel.summit_actions())
        correct_menu.addSeparator()
        correct_menu.addAction(self.library_panel.remove_action)
        self.correct_menu = correct_menu

        pack_menu = self.menuBar().addMenu("&Pack")
        self._pack_separator = pack_menu.addSeparator()  # the pack panel's moves go before
        self.pack_menu = pack_menu
        refresh = pack_menu.addAction("&Refresh Preview", self.refresh_preview_now)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))

        self.view_menu = self.menuBar().addMenu("&View")
        for number, (text, widget) in enumerate(self._focus_targets(), start=1):
            action = self.view_menu.addAction(text)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.triggered.connect(lambda _checked=False, w=widget: self.focus_panel(w()))

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _focus_targets(self) -> list[tuple[str, Callable[[], QWidget]]]:
        return [
            ("&Library", lambda: self.library_panel.tree),
            ("&Statement", lambda: self.statement_view.list),
            ("&Pack Outline", lambda: self.pack_panel.outline),
            ("Pack P&roperties", lambda: self.pack_panel.title),
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
        from PySide6.QtCore import QByteArray

        self.settings.set_geometry("main_splitter", QByteArray(self.splitter.saveState()))
        self.settings.sync()

    # -- start and close ---------------------------------------------------------------------

    def start(self) -> None:
        """Called once the window is shown: when it has painted, the panels that were put off
        are made and the library is read on a worker; `library_ready` says when the summits
        are listed."""
        self.statusBar().showMessage("Reading the library\u2026")
        self._start_wanted = True
        if self._painted:
            QTimer.singleShot(0, self._start_now)
        else:
            QTimer.singleShot(SAFETY_START_MS, self._start_now)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """One step per turn of the event loop, so a click meanwhile waits for one step only:
        start reading the library on the worker, then make the statement view, then the pack
        panel (each some 10-20 ms)."""
        if self._start_wanted:
            self._start_now()
        QTimer.singleShot(0, lambda: self.statement_view)
        QTimer.singleShot(0, lambda: self.pack_panel)

    def _start_now(self) -> None:
        if self._started:
            return
        self._started = True
        self.open_library(self.library_path, first=True)

    def open_library(self, path: Path, first: bool = False) -> None:
        """Show the library at `path`. It is opened, and its summits grouped (0.3 s at 10,000
        statements), on a worker, which also imports the engine's modules off this thread; this
        thread opens its own connection when they are listed. `first`: at start, where an empty
        library gets the samples."""
        if self.library is not None:
            self.library_panel.set_library(None, [])
            self.library.close()
            self.library = None
        self.library_path = path
        self.undo_stack.clear()
        if self._statement_view is not None:
            self._statement_view.show_statement(None)
        self.library_panel.model.loading = True
        self.statusBar().showMessage("Reading the library\u2026")
        self._read_summits(path, lambda summits: self._summits_read(summits, first))

    def _read_summits(self, path: Path, then: Callable[[list[Any]], None]) -> None:
        """Group the summits on a worker (0.3 s at 10,000 statements), then call `then` with
        them unless another library was opened or a newer read started meanwhile."""
        self._summit_reads += 1
        generation = self._summit_reads

        def read_summits(_token: Any) -> Any:
            from briefpack.library import Library

            path.parent.mkdir(parents=True, exist_ok=True)
            with Library.open(path) as library:
                library.taxonomy()  # imports the parser's modules off the GUI thread
                return library.summits()

        def current() -> bool:
            return path == self.library_path and generation == self._summit_reads

        def done(summits: list[Any]) -> None:
            if current():
                then(summits)

        def failed(error: BaseException) -> None:
            if not current():
                return
            self.statusBar().clearMessage()
            if isinstance(error, ImportError):  # an engine build without the library package
                self.statusBar().showMessage("No library available in this build")
                return
            report_error(self, error)

        job = self.runner.start("summits", read_summits)
        job.finished.connect(done)
        job.failed.connect(failed)

    def _summits_read(self, summits: list[Any], first: bool = False) -> None:
        from briefpack.library import Library  # imported by the worker by now

        try:
            self.library = Library.open(self.library_path)
        except UserError as error:
            self.statusBar().clearMessage()
            report_error(self, error)
            return
        self.library_panel.model.loading = False
        self.library_panel.set_library(self.library, summits)
        self.statusBar().clearMessage()
        if self.pack is None:
            from briefpack.gui.recovery import pending_recovery

            recovered = pending_recovery(self.library_path)  # before new_pack clears it
            self.new_pack(ask=False)
            if recovered is not None:
                self.offer_recovery(recovered)
        else:
            self.apply_pack_to_checks()
        wants_samples = self.show_samples or not self.settings.samples_offered
        if first and wants_samples and not summits and not self.library.find_statements(""):
            # First start with an empty library: the samples, and a Helsinki pack ready.
            self.settings.samples_offered = True
            self.library_ready.connect(self.load_samples, Qt.ConnectionType.SingleShotConnection)
        elif first and self.show_samples:
            self.library_ready.connect(self.prepare_sample_pack,
                                       Qt.ConnectionType.SingleShotConnection)
        self.library_ready.emit()
        self.library_changed.emit()

    def refresh_library(self) -> None:
        """Read the library again after an import or a correction. The statement on show is
        one row, read at once; the summits are grouped again on a worker (0.35 s at 10,000
        statements) and `library_changed` says when the tree and the outline show them."""
        if self.library is None:
            return
        stored = self._statement_view.stored if self._statement_view is not None else None
        if stored is not None:
            try:
                fresh = self.library.statement(stored.id)
            except KeyError:
                fresh = None
            self.statement_view.show_statement(fresh, keep_position=True)
        self._read_summits(self.library_path, self._library_reread)

    def _library_reread(self, summits: list[Any]) -> None:
        self.library_panel.reload(summits)
        self.refresh_outline()
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
        from briefpack.gui.recovery import clear_recovery

        if not self.confirm_discard_pack():
            event.ignore()
            return
        self._recovery_timer.stop()
        clear_recovery()  # saved, or discarded on purpose
        self.runner.cancel_all()
        self.runner.wait(10000)
        self.library_panel.close_lookups()
        if self.preview is not None:
            self.preview.close_files()
        self.save_state()
        if self.library is not None:
            self.library.close()
            self.library = None
        event.accept()

    # -- the pack ----------------------------------------------------------------------------

    def _default_pack(self) -> Any:
        from briefpack.briefing import Pack

        settings = self.settings
        return Pack(
            organisation=settings.organisation or None,
            prepared_by=settings.prepared_by or None,
            marking=settings.marking or None,
            page_size="letter" if settings.page_size == "Letter" else "a4",
            logo=str(settings.logo) if settings.logo else None,
        )

    def set_pack(self, pack: Any, path: Path | None) -> None:
        self.pack = pack
        self.pack_path = path
        # Undo steps of the pack this one replaces no longer apply to it.
        self._pack_generation += 1
        self.apply_pack_to_checks()
        self._pack_state = pack.to_dict()
        self.set_pack_modified(False)

    def _record_pack_edit(self) -> None:
        """Put the edit just made to the pack on the undo stack (Edit > Undo, Ctrl+Z)."""
        from briefpack.gui.undo_commands import PackEditUndoCommand

        before, after = self._pack_state, self.pack.to_dict()
        self._pack_state = after
        if before is None or before == after:
            return
        self.undo_stack.push(PackEditUndoCommand(before, after, self._pack_generation,
                                                 self._restore_pack_state))

    def _restore_pack_state(self, state: dict[str, Any], generation: int) -> bool:
        from briefpack.briefing import Pack

        if generation != self._pack_generation or self.library is None:
            return False
        self.pack = Pack.from_dict(state)
        self._pack_state = self.pack.to_dict()
        self.apply_pack_to_checks()  # ticks, outline, properties and preview
        self.set_pack_modified(True)
        return True

    def apply_pack_to_checks(self) -> None:
        """Tick in the library tree the summits and issues the pack names."""
        model = self.library_panel.model
        known = set(model.summit_ids())
        summits = {summit_id for summit_id in self.pack.summits if summit_id in known}
        issues = {summit_id: {row.issue.id for row in model.issues_of(summit_id)}
                  & set(self.pack.issues_for(summit_id))
                  for summit_id in summits}
        self._applying_pack = True
        try:
            model.set_checks(summits, issues)
        finally:
            self._applying_pack = False
        self.refresh_outline()

    def selection_changed(self) -> None:
        """The user ticked summits or issues in the library tree."""
        if self.pack is None or getattr(self, "_applying_pack", False):
            return
        model = self.library_panel.model
        order = model.summit_ids()
        self.pack.summits = [summit_id for summit_id in order
                             if summit_id in model.checked_summits]
        issues: dict[str, None] = {}
        per_summit: dict[str, list[str]] = {}
        for summit_id in self.pack.summits:
            ticked = model.checked_issues.get(summit_id, set())
            chosen = [row.issue.id for row in model.issues_of(summit_id)
                      if row.issue.id in ticked]
            per_summit[str(summit_id)] = chosen
            issues.update(dict.fromkeys(chosen))
        self.pack.issues = list(issues)  # the union, for a Briefpack that reads no more
        self.pack.summit_issues = per_summit
        self.refresh_outline()
        self.set_pack_modified(True)
        self._record_pack_edit()

    def pack_edited(self) -> None:
        """Outline or properties changed: the outline itself is already up to date."""
        self.set_pack_modified(True)
        self.request_preview()
        self._record_pack_edit()

    def refresh_outline(self) -> None:
        if self.pack is None or self.library is None:
            return
        from briefpack.gui.pack_model import build_outline

        self.pack_panel.show_pack(self.pack, build_outline(self.pack, self.library))
        self.request_preview()

    def offer_recovery(self, recovered: Any) -> None:
        """Briefpack did not close normally last time: offer the pack that was not saved."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, "Restore the unsaved pack?",
            "Briefpack did not close normally, and the briefing pack "
            f"\u201c{recovered.pack.title}\u201d had changes that were not saved. "
            "Restore it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.set_pack(recovered.pack, recovered.pack_path)
            self.set_pack_modified(True)

    def write_recovery(self) -> None:
        from briefpack.gui.recovery import save_recovery

        if self.pack is None or not self.isWindowModified():
            return
        try:
            save_recovery(self.pack, self.pack_path, self.library_path)
        except (UserError, OSError) as error:
            self.statusBar().showMessage(f"Could not keep a copy of the unsaved pack: {error}",
                                         8000)

    def set_pack_modified(self, modified: bool) -> None:
        from briefpack.gui.recovery import clear_recovery

        if modified:
            self._recovery_timer.start()
        else:
            self._recovery_timer.stop()
            clear_recovery()
        self.setWindowModified(modified)
        name = self.pack_path.stem if self.pack_path else (self.pack.title if self.pack
                                                           else "Briefpack")
        self.setWindowTitle(f"{name}[*] \u2014 Briefpack")

    def pack_modified(self) -> bool:
        return self.isWindowModified()

    def confirm_discard_pack(self) -> bool:
        """True when the pack may be replaced: saved, unchanged, or the user said so."""
        from PySide6.QtWidgets import QMessageBox

        if self.pack is None or not self.pack_modified():
            return True
        answer = QMessageBox.question(
            self, "Save the pack?", "The briefing pack has changes that are not saved.",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_pack()
        return answer == QMessageBox.StandardButton.Discard

    def new_pack(self, ask: bool = True) -> None:
        if self.library is None or (ask and not self.confirm_discard_pack()):
            return
        self.set_pack(self._default_pack(), None)

    def choose_pack_to_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if not self.confirm_discard_pack():
            return
        path, _ = QFileDialog.getOpenFileName(self, "Open Pack", self._pack_folder(),
                                              "Briefing packs (*.briefpack)")
        if path:
            self.open_pack(Path(path), ask=False)

    def open_pack(self, path: Path, ask: bool = True) -> bool:
        from briefpack.briefing import load_pack

        if self.library is None or (ask and not self.confirm_discard_pack()):
            return False
        try:
            pack = load_pack(path)
        except UserError as error:
            report_error(self, error)
            return False
        self.set_pack(pack, Path(path))
        self.settings.add_recent_pack(Path(path))
        return True

    def save_pack(self) -> bool:
        if self.pack_path is None:
            return self.save_pack_as()
        return self.save_pack_to(self.pack_path)

    def save_pack_as(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        if self.pack is None:
            return False
        suggested = str(Path(self._pack_folder()) / f"{self.pack.title}.briefpack")
        path, _ = QFileDialog.getSaveFileName(self, "Save Pack", suggested,
                                              "Briefing packs (*.briefpack)")
        if not path:
            return False
        target = Path(path)
        if target.suffix != ".briefpack":
            target = target.with_name(target.name + ".briefpack")
        return self.save_pack_to(target)

    def save_pack_to(self, path: Path) -> bool:
        from briefpack.briefing import save_pack

        try:
            save_pack(self.pack, path)
        except UserError as error:
            report_error(self, error)
            return False
        self.pack_path = Path(path)
        self.settings.add_recent_pack(self.pack_path)
        self.set_pack_modified(False)
        self.statusBar().showMessage(f"Saved {self.pack_path.name}", 5000)
        return True

    def _pack_folder(self) -> str:
        if self.pack_path is not None:
            return str(self.pack_path.parent)
        recent = self.settings.recent_packs()
        return str(recent[0].parent) if recent else str(Path.home())

    # -- preview, export and print -----------------------------------------------------------

    def render_work(self, kind: str) -> Callable[..., Path]:
        """A job writing the current pack as `kind` ("pdf" or "docx") to a path.

        The pack is copied now, so edits made while the job runs do not race it; the job
        opens its own connection to the library, as every worker thread must. Notes for the
        user (characters the PDF cannot draw) go into `notes` when one is given.
        """
        from briefpack.briefing import Pack

        pack = Pack.from_dict(self.pack.to_dict())
        library_path = self.library_path

        def work(token: Any, target: Path, notes: list[str] | None = None) -> Path:
            from briefpack.briefing import compose
            from briefpack.export import export_docx, export_pdf
            from briefpack.library import Library

            token.raise_if_cancelled()
            with Library.open(library_path) as library:
                document = compose(pack, library)
            token.raise_if_cancelled()
            written = (export_docx if kind == "docx" else export_pdf)(document, target)
            if notes is not None:
                notes.extend(written)
            return target

        return work

    def ensure_preview(self) -> Any:
        if self.preview is None:
            from briefpack.gui.preview import PreviewPane

            self.preview = PreviewPane(self.runner)
            self.preview_holder.layout().addWidget(self.preview)
        return self.preview

    def refresh_preview_now(self) -> None:
        self.request_preview()
        if self.preview is not None and self.preview.work is not None:
            self.centre_tabs.setCurrentWidget(self.preview_holder)
            self.preview.refresh_now()

    def request_preview(self) -> None:
        if self.pack is None or self.library is None:
            return
        preview = self.ensure_preview()
        if not self.pack.summits:
            preview.set_work(None)
            preview.clear("No preview yet: tick a summit and its issues in the library.")
            return
        preview.set_work(self.render_work("pdf"))
        preview.request()

    def _can_render(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        if self.pack is None or not self.pack.summits:
            QMessageBox.information(self, "Briefpack",
                                    "Tick a summit in the library to put in the pack first.")
            return False
        return True

    def choose_docx_export(self) -> None:
        self._choose_export("docx", "Word documents (*.docx)")

    def choose_pdf_export(self) -> None:
        self._choose_export("pdf", "PDF files (*.pdf)")

    def _choose_export(self, kind: str, file_filter: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        if not self._can_render():
            return
        name = (self.pack_path.stem if self.pack_path else self.pack.title) + f".{kind}"
        path, _ = QFileDialog.getSaveFileName(self, f"Export {kind.upper()}",
                                              str(Path(self._pack_folder()) / name), file_filter)
        if path:
            target = Path(path)
            if target.suffix.lower() != f".{kind}":
                target = target.with_name(target.name + f".{kind}")
            self.export_to(target, kind)

    def export_to(self, path: Path, kind: str) -> Job | None:
        """Write the pack as Word or PDF on a worker, with progress and Cancel."""
        if self.pack is None or not self.pack.summits:
            return None
        work = self.render_work(kind)
        notes: list[str] = []  # filled on the worker before `finished` reaches this thread
        job = self.runner.start(f"export-{kind}", lambda token: work(token, path, notes))
        self.job_status.follow(job, f"Exporting {path.name}")
        job.finished.connect(lambda written: self.statusBar().showMessage(
            " ".join([f"Exported {Path(written).name}.", *notes]), 20000 if notes else 8000))
        job.failed.connect(lambda error: report_error(self, error))
        job.cancelled.connect(lambda: self.statusBar().showMessage("Export cancelled", 5000))
        return job

    def print_pack(self) -> None:
        if not self._can_render():
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: Any) -> Job | None:
        """Build the PDF on a worker, then print its pages: paper matches the preview."""
        import tempfile

        if self.pack is None or not self.pack.summits:
            return None
        folder = tempfile.TemporaryDirectory(prefix="briefpack-print-")
        target = Path(folder.name) / "pack.pdf"
        work = self.render_work("pdf")
        job = self.runner.start("print", lambda token: work(token, target))
        self.job_status.follow(job, "Preparing to print")

        def send(path: Path) -> None:
            from briefpack.gui.preview import print_pdf

            try:
                pages = print_pdf(Path(path), printer)
                self.statusBar().showMessage(f"Sent {pages} page(s) to the printer", 8000)
            except OSError as error:
                report_error(self, UserError(f"Printing failed: {error}"))
            finally:
                folder.cleanup()

        job.finished.connect(send)
        job.failed.connect(lambda error: (folder.cleanup(), report_error(self, error)))
        job.cancelled.connect(folder.cleanup)
        return job

    # -- import ------------------------------------------------------------------------------

    def import_filter(self) -> str:
        from briefpack.importers import supported_suffixes

        patterns = " ".join(f"*{suffix}" for suffix in supported_suffixes())
        return f"Statements ({patterns});;All files (*)"

    def choose_files_to_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import Statements", "", self.import_filter()
        )
        if paths:
            self.import_paths([Path(path) for path in paths])

    def choose_folder_to_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

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

    def ask_remove_statement(self, statement_id: int) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.library is None:
            return
        try:
            title = self.library.statement(statement_id).statement.title
        except KeyError:
            return
        answer = QMessageBox.question(
            self, "Remove the statement?",
            f"Remove \u201c{title}\u201d from the library? Its quotes and summit mentions go "
            "with it. Your corrections to it are kept and come back if you import the file "
            "again.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_statements([statement_id])

    def _may_rewrite_library(self) -> bool:
        """Whether statements may be re-read or removed now: not while an import or a
        re-read is running (the status bar says so)."""
        if self.library is None:
            return False
        if self.runner.busy("import") or self.runner.busy("reparse"):
            self.statusBar().showMessage("Wait for the import to finish", 5000)
            return False
        return True

    def remove_statements(self, statement_ids: list[int]) -> Job | None:
        """Take statements out of the library on the writer thread; summits left without a
        statement leave the pack too."""
        if not self._may_rewrite_library():
            return None
        library_path = self.library_path

        def work(_token: Any) -> list[str]:
            from briefpack.library import Library

            with Library.open(library_path) as library:
                return library.remove_statements(statement_ids)

        job = self.runner.start("remove", work, writes=True)

        def finished(removed: Any) -> None:
            if self.pack is not None:
                kept = []
                for summit_id in self.pack.summits:
                    try:
                        self.library.summit(summit_id)
                    except KeyError:
                        continue
                    kept.append(summit_id)
                if kept != self.pack.summits:
                    self.pack.summits = kept
                    self.set_pack_modified(True)
                    self._pack_state = self.pack.to_dict()  # not an undo step: they are gone
            self.refresh_library()
            self.statusBar().showMessage(
                "Removed " + ", ".join(removed) if removed else "Nothing to remove", 8000)

        job.finished.connect(finished)
        job.failed.connect(lambda error: report_error(self, error))
        return job

    def reparse_library(self) -> Job | None:
        """Parse every statement again on the writer thread (a changed issues.toml re-tags
        them); corrections are applied again, and Cancel keeps what was done."""
        if not self._may_rewrite_library():
            return None
        library_path = self.library_path

        def work(token: Any) -> Any:
            from briefpack.library import Library

            library = Library.open(library_path)
            try:
                return (yield from library.reparse(token))
            finally:
                library.close()

        job = self.runner.start("reparse", work, writes=True)
        self.job_status.follow(job, "Reading the statements again")

        def finished(count: Any) -> None:
            self.library.reload_taxonomy()  # labels of issues added to issues.toml
            self.refresh_library()
            self.statusBar().showMessage(f"Read {count} statement(s) again", 8000)

        job.finished.connect(finished)
        job.failed.connect(lambda error: report_error(self, error))
        job.cancelled.connect(self.refresh_library)
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
        job.finished.connect(lambda _report: self.library_changed.connect(
            self.prepare_sample_pack, Qt.ConnectionType.SingleShotConnection))
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
        self._pack_state = None  # the sample pack is where undo starts, not a step of it
        model.set_checks({summit_id}, {summit_id: issues})
        self._pack_state = self.pack.to_dict()
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
        from PySide6.QtWidgets import QMessageBox

        from briefpack import __version__

        QMessageBox.about(
            self,
            "About Briefpack",
            f"<p><b>Briefpack {__version__}</b></p><p>Briefing packs from press statements. "
            "Works offline: nothing leaves this machine.</p>",
        )

