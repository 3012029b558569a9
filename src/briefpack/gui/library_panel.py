"""The library panel: a filter box, the summits-and-issues tree, and the statements list."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefpack.gui.library_model import (
    LibraryModel,
    StatementListModel,
    StatementRow,
    summit_title,
)

HIT_MARKS = str.maketrans({"[": "", "]": ""})
SEARCH_LIMIT = 200  # statements and quotes each; what a list can usefully show


class LibraryPanel(QWidget):
    statement_chosen = Signal(int, object)  # statement id, quote index or None
    correction_requested = Signal(object)  # a summit correction

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.setAccessibleName("Library")
        self.library: Any = None

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("libraryFilter")
        self.filter_edit.setAccessibleName("Filter the library")
        self.filter_edit.setPlaceholderText("Filter summits, issues, statements, quotes")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)

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

    def summit_actions(self) -> list[QAction]:
        return [self.rename_action, self.redate_action, self.replace_action, self.merge_action]

    # -- loading and filtering ---------------------------------------------------------------

    def set_library(self, library: Any, summits: list[Any] | None = None) -> None:
        self.library = library
        self.model.set_library(library, summits)
        self.apply_filter(self.filter_edit.text(), force=True)

    def reload(self) -> None:
        current = self.current_summit_id()
        self.model.reload()
        self.apply_filter(self.filter_edit.text(), force=True)
        if current is not None:
            self.select_summit(current)

    def apply_filter(self, text: str, force: bool = False) -> None:
        text = text.strip()
        if self.library is None:
            return
        if not text:
            self.model.set_filter(None, None)
            self._show_summit_statements(self.current_summit_id())
            return
        # One letter matches nearly every statement: search the text from the second on,
        # and until then narrow by the names of summits and issues only.
        hits = self.library.search(text, limit=SEARCH_LIMIT) if len(text) >= 2 else []
        found = {hit.statement_id for hit in hits}
        folded = text.casefold()
        summit_ids = set()
        for row in self.model._all:
            summit = row.summit
            words = " ".join([summit_title(summit), summit.location or "",
                              *(leader.name for leader in summit.leaders)]).casefold()
            if folded in words or found.intersection(summit.statement_ids):
                summit_ids.add(summit.id)
        issue_ids = {issue.id for issue in self.library.taxonomy().issues
                     if folded in issue.label.casefold()} or None
        self.model.set_filter(summit_ids, issue_ids)
        self.statements_label.setText(f"Found: {len(hits)}")
        self.statements.set_rows([
            StatementRow(hit.statement_id, hit.title,
                         (f"\u201c{hit.snippet.translate(HIT_MARKS)}\u201d"
                          + (f" \u2014 {hit.speaker}" if hit.speaker else ""))
                         if hit.kind == "quote" else hit.snippet.translate(HIT_MARKS),
                         hit.quote_index)
            for hit in hits
        ])

    # -- selection ---------------------------------------------------------------------------

    def current_summit_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(LibraryModel.SummitIdRole) if index.isValid() else None

    def select_summit(self, summit_id: int) -> QModelIndex:
        for row_number, row in enumerate(self.model.rows):
            if row.id == summit_id:
                index = self.model.index(row_number, 0)
                self.tree.setCurrentIndex(index)
                return index
        return QModelIndex()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self.filter_edit.text().strip():
            self._show_summit_statements(current.data(LibraryModel.SummitIdRole)
                                         if current.isValid() else None)

    def _show_summit_statements(self, summit_id: int | None) -> None:
        if summit_id is None or self.library is None:
            self.statements_label.setText("Statements")
            self.statements.set_rows([])
            return
        summit = self.model.summit_by_id(summit_id)
        stored = self.library.statements_for_summit(summit_id)
        self.statements_label.setText(
            f"Statements about {summit.label if summit else 'this summit'}: {len(stored)}"
        )
        rows = []
        for item in stored:
            statement = item.statement
            date = statement.date.isoformat() if isinstance(statement.date, dt.date) else ""
            detail = " \u00b7 ".join(part for part in (date, statement.source) if part)
            rows.append(StatementRow(item.id, statement.title, detail))
        self.statements.set_rows(rows)

    def _statement_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.statement_chosen.emit(current.data(StatementListModel.StatementIdRole),
                                       current.data(StatementListModel.QuoteIndexRole))

    # -- summit corrections ------------------------------------------------------------------

    def _tree_menu(self, position: Any) -> None:
        summit_id = self.current_summit_id()
        if summit_id is None:
            return
        menu = QMenu(self)
        menu.addActions(self.summit_actions())
        menu.popup(self.tree.viewport().mapToGlobal(position))

    def _summit_key(self) -> tuple[int, str] | None:
        summit_id = self.current_summit_id()
        if summit_id is None or self.library is None:
            return None
        return summit_id, self.library.summit_key(summit_id)

    def ask_rename(self) -> None:
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
