"""The library panel: a filter box, the summits-and-issues tree, and the statements list."""

from __future__ import annotations

import datetime as dt
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefpack.gui.library_model import LibraryModel, StatementListModel, summit_title

if TYPE_CHECKING:
    from briefpack.gui.library_search import LibraryLookups

FILTER_DELAY_MS = 30  # a pause this long in typing sends the text to the worker


class LibraryPanel(QWidget):
    statement_chosen = Signal(int, object)  # statement id, quote index or None
    correction_requested = Signal(object)  # a summit correction
    filter_applied = Signal(str)  # the tree and list now show what this text found
    statements_shown = Signal(int)  # the list now shows this summit's statements
    remove_requested = Signal(int)  # the user asked to take this statement out of the library

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.setAccessibleName("Library")
        self.library: Any = None
        self.last_filter_ms = 0.0  # GUI-thread time the latest filter result took to show
        self._lookups: LibraryLookups | None = None  # made with the first library
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._request_filter)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("libraryFilter")
        self.filter_edit.setAccessibleName("Filter the library")
        self.filter_edit.setPlaceholderText("Filter summits, issues, statements, quotes")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_edited)

        self.model = LibraryModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("summitTree")
        self.tree.setAccessibleName("Summits and issues")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Sized from the rows on screen: by default Qt asks the model for 1,000 rows' data
        # each time the filter changes the rows (~80 ms of Python calls in a large library).
        self.tree.header().setResizeContentsPrecision(0)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)

        self.statements_label = QLabel("Statements")
        self.statements = StatementListModel(self)
        self.statement_list = QListView()
        self.statement_list.setObjectName("statementList")
        self.statement_list.setAccessibleName("Statements")
        self.statement_list.setModel(self.statements)
        self.statement_list.setUniformItemSizes(True)  # fast layout of long result lists
        self.statement_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.statement_list.setAlternatingRowColors(True)
        self.statement_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statement_list.selectionModel().currentChanged.connect(self._statement_changed)
        self.statements_label.setBuddy(self.statement_list)

        tree_label = QLabel("&Summits and issues")
        tree_label.setBuddy(self.tree)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(tree_label)
        top_layout.addWidget(self.tree)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.statements_label)
        bottom_layout.addWidget(self.statement_list)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("librarySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.filter_edit, self.tree)
        self.setTabOrder(self.tree, self.statement_list)

        self.rename_action = QAction("&Rename Summit...", self)
        self.rename_action.triggered.connect(self.ask_rename)
        self.redate_action = QAction("Change Summit &Date...", self)
        self.redate_action.triggered.connect(self.ask_dates)
        self.replace_action = QAction("Change Summit &Place...", self)
        self.replace_action.triggered.connect(self.ask_place)
        self.merge_action = QAction("&Merge Into Another Summit...", self)
        self.merge_action.triggered.connect(self.ask_merge)
        for action in self.summit_actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.tree.addAction(action)
        self.rename_action.setShortcut("F2")

        self.remove_action = QAction("Re&move Statement from Library...", self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self._ask_remove)
        self.statement_list.addAction(self.remove_action)
        self.statement_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _ask_remove(self) -> None:
        current = self.statement_list.currentIndex()
        if current.isValid():
            self.remove_requested.emit(current.data(StatementListModel.StatementIdRole))

    @property
    def lookups(self) -> LibraryLookups:
        """The worker that reads what the filter and the summit list show."""
        if self._lookups is None:
            from briefpack.gui.library_search import LibraryLookups

            self._lookups = LibraryLookups(self)
            self._lookups.found.connect(self._found)
        return self._lookups

    def close_lookups(self) -> None:
        if self._lookups is not None:
            self._lookups.close()

    def summit_actions(self) -> list[QAction]:
        return [self.rename_action, self.redate_action, self.replace_action, self.merge_action]

    # -- loading and filtering ---------------------------------------------------------------

    def set_library(self, library: Any, summits: list[Any] | None = None) -> None:
        """Show `library` (None: nothing); `summits`, when given, were already read (on a
        worker thread)."""
        self.library = library
        self.model.set_library(library, summits)
        if library is None:
            self.lookups.invalidate()
            return
        self.lookups.set_source(library.path, self.model.summits())
        self.apply_filter(self.filter_edit.text())

    def reload(self, summits: list[Any] | None = None) -> None:
        """Show the library again (after an import or a correction); `summits` as above."""
        current = self.current_summit_id()
        self.model.reload(summits)
        if self.library is not None:
            self.lookups.set_source(self.library.path, self.model.summits())
        self.apply_filter(self.filter_edit.text())
        if current is not None:
            self.select_summit(current)

    def _filter_edited(self, text: str) -> None:
        """A keystroke: nothing here waits on the library. Clearing the box shows everything at
        once; text is looked up on the worker after a short pause, so fast typing sends only
        the word it stops at."""
        self.lookups.invalidate()  # whatever is in flight is for older text: dropped
        if text.strip():
            self._filter_timer.start()
        else:
            self.apply_filter(text)

    def apply_filter(self, text: str) -> None:
        """Narrow the tree and list to `text` (all when empty); the look-up runs on the worker
        and `filter_applied` says when its result is shown."""
        self._filter_timer.stop()
        text = text.strip()
        if self.library is None:
            return
        if not text:
            self.model.set_filter(None, None)
            self._show_summit_statements(self.current_summit_id())
            self.filter_applied.emit("")
            return
        self.lookups.find(text)

    def _request_filter(self) -> None:
        self.apply_filter(self.filter_edit.text())

    def _found(self, result: object) -> None:
        from briefpack.gui.library_search import FilterResult, LookupFailed, SummitStatements

        started = time.perf_counter()
        if isinstance(result, FilterResult):
            if result.text != self.filter_edit.text().strip():
                return  # the box changed since: its own look-up is on the way
            self.model.set_filter(result.summit_ids, result.issue_ids)
            self.statements_label.setText(f"Found: {len(result.rows)}")
            self.statements.set_rows(result.rows)
            self.last_filter_ms = (time.perf_counter() - started) * 1000
            self.filter_applied.emit(result.text)
        elif isinstance(result, SummitStatements):
            if self.filter_edit.text().strip() or self.current_summit_id() != result.summit_id:
                return
            self.statements_label.setText(f"Statements about {result.label}: "
                                          f"{len(result.rows)}")
            self.statements.set_rows(result.rows)
            self.statements_shown.emit(result.summit_id)
        elif isinstance(result, LookupFailed):
            self.statements_label.setText(f"Could not read the library: {result.message}")
            self.statements.set_rows([])

    # -- selection ---------------------------------------------------------------------------

    def current_summit_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(LibraryModel.SummitIdRole) if index.isValid() else None

    def select_summit(self, summit_id: int) -> QModelIndex:
        index = self.model.summit_index(summit_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        return index

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self.filter_edit.text().strip():
            self._show_summit_statements(current.data(LibraryModel.SummitIdRole)
                                         if current.isValid() else None)

    def _show_summit_statements(self, summit_id: int | None) -> None:
        if summit_id is None or self.library is None:
            self.lookups.invalidate()
            self.statements_label.setText("Statements")
            self.statements.set_rows([])
            return
        summit = self.model.summit_by_id(summit_id)
        label = summit.label if summit else "this summit"
        self.statements_label.setText(f"Statements about {label}\u2026")
        self.statements.set_rows([])  # never a row of another summit meanwhile
        self.lookups.statements_of(summit_id, label)

    def _statement_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.statement_chosen.emit(current.data(StatementListModel.StatementIdRole),
                                       current.data(StatementListModel.QuoteIndexRole))

    # -- summit corrections ------------------------------------------------------------------

    def _tree_menu(self, position: Any) -> None:
        summit_id = self.current_summit_id()
        if summit_id is None:
            return
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        menu.addActions(self.summit_actions())
        menu.popup(self.tree.viewport().mapToGlobal(position))

    def _summit_key(self) -> tuple[int, str] | None:
        summit_id = self.current_summit_id()
        if summit_id is None or self.library is None:
            return None
        return summit_id, self.library.summit_key(summit_id)

    def ask_rename(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        found = self._summit_key()
        if found is None:
            return
        summit = self.model.summit_by_id(found[0])
        label, ok = QInputDialog.getText(self, "Rename summit", "Name:",
                                         text=summit.label if summit else "")
        if ok and label.strip():
            from briefpack.library.corrections import RenameSummit

            self.correction_requested.emit(RenameSummit(found[1], label.strip()))

    def ask_dates(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        found = self._summit_key()
        if found is None:
            return
        summit = self.model.summit_by_id(found[0])
        current = ", ".join(d.isoformat() for d in summit.dates) if summit else ""
        text, ok = QInputDialog.getText(self, "Summit dates",
                                        "Dates (YYYY-MM-DD, separated by commas):", text=current)
        if not ok:
            return
        try:
            dates = tuple(dt.date.fromisoformat(part.strip())
                          for part in text.split(",") if part.strip())
        except ValueError:
            from briefpack.errors import UserError
            from briefpack.gui.errors import show_user_error

            show_user_error(self, UserError("Write dates as YYYY-MM-DD, e.g. 2018-07-16."))
            return
        from briefpack.library.corrections import ChangeSummitDates

        self.correction_requested.emit(ChangeSummitDates(found[1], dates))

    def ask_place(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        found = self._summit_key()
        if found is None:
            return
        summit = self.model.summit_by_id(found[0])
        place, ok = QInputDialog.getText(self, "Summit place", "Place:",
                                         text=(summit.location or "") if summit else "")
        if ok:
            from briefpack.library.corrections import ChangeSummitPlace

            self.correction_requested.emit(ChangeSummitPlace(found[1], place.strip() or None))

    def ask_merge(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        found = self._summit_key()
        if found is None:
            return
        others = [row.summit for row in self.model._all if row.id != found[0]]
        if not others:
            return
        titles = [summit_title(summit) for summit in others]
        chosen, ok = QInputDialog.getItem(self, "Merge summits",
                                          "Fold this summit into:", titles, 0, False)
        if ok and chosen in titles:
            target = others[titles.index(chosen)]
            from briefpack.library.corrections import MergeSummits

            self.correction_requested.emit(
                MergeSummits(self.library.summit_key(target.id), found[1])
            )
