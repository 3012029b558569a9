"""The pack panel: the outline (reorder sections, include or leave out items) and the pack's
properties (title, prepared by, date, marking, layout, page size, logo)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefpack.gui.pack_model import Node, PackOutlineModel

LAYOUT_LABELS = {"full": "Full briefing pack", "handout": "Short handout"}
PAGE_LABELS = {"a4": "A4", "letter": "US Letter"}
MARKINGS = ("Internal", "Confidential", "Public", "Embargoed")


class PackPanel(QWidget):
    changed = Signal()  # the user changed the pack here

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packPanel")
        self.setAccessibleName("Briefing pack")
        self.pack: Any = None
        self._loading = False

        self.model = PackOutlineModel(self)
        self.model.changed.connect(self.changed)
        self.outline = QTreeView()
        self.outline.setObjectName("packOutline")
        self.outline.setAccessibleName("Pack outline")
        self.outline.setModel(self.model)
        self.outline.setUniformRowHeights(True)
        self.outline.setAlternatingRowColors(True)
        self.outline.setDragEnabled(True)
        self.outline.setAcceptDrops(True)
        self.outline.setDropIndicatorShown(True)
        self.outline.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.outline.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.outline.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.outline.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.outline.header().setStretchLastSection(False)
        self.outline.setColumnWidth(1, 140)

        self.move_up_action = QAction("Move Section &Up", self)
        self.move_up_action.setShortcut(QKeySequence("Ctrl+Up"))
        self.move_up_action.triggered.connect(lambda: self.move_current(-1))
        self.move_down_action = QAction("Move Section &Down", self)
        self.move_down_action.setShortcut(QKeySequence("Ctrl+Down"))
        self.move_down_action.triggered.connect(lambda: self.move_current(+1))
        for action in (self.move_up_action, self.move_down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.outline.addAction(action)
        up = QToolButton()
        up.setDefaultAction(self.move_up_action)
        up.setAccessibleName("Move section up")
        down = QToolButton()
        down.setDefaultAction(self.move_down_action)
        down.setAccessibleName("Move section down")
        hint = QLabel("Drag sections to reorder; untick what to leave out.")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(up)
        buttons.addWidget(down)

        self.title = QLineEdit()
        self.title.setAccessibleName("Pack title")
        self.subtitle = QLineEdit()
        self.subtitle.setAccessibleName("Subtitle")
        self.subtitle.setPlaceholderText("the summits' names")
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName("Organisation")
        self.organisation.setPlaceholderText("as the statements name it")
        self.prepared_by = QLineEdit()
        self.prepared_by.setAccessibleName("Prepared by")
        self.use_today = QCheckBox("Day of e&xport")
        self.use_today.setAccessibleName("Date the pack on the day of export")
        self.date = QDateEdit()
        self.date.setAccessibleName("Pack date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.use_today.toggled.connect(lambda on: self.date.setEnabled(not on))
        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.addItems(["", *MARKINGS])
        self.marking.setAccessibleName("Marking")
        self.layout_box = QComboBox()
        for key, label in LAYOUT_LABELS.items():
            self.layout_box.addItem(label, key)
        self.layout_box.setAccessibleName("Layout")
        self.page_size = QComboBox()
        for key, label in PAGE_LABELS.items():
            self.page_size.addItem(label, key)
        self.page_size.setAccessibleName("Page size")
        self.logo = QLineEdit()
        self.logo.setAccessibleName("Logo file")
        self.logo.setPlaceholderText("none")
        logo_button = QPushButton("Browse\u2026")
        logo_button.setAccessibleName("Choose a logo")
        logo_button.clicked.connect(self._choose_logo)
        # Rows in a widget, not a bare layout: QFormLayout makes a label a buddy (and its "&" a
        # mnemonic) only for a widget field.
        logo_box = QWidget()
        logo_row = QHBoxLayout(logo_box)
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(logo_button)
        date_box = QWidget()
        date_row = QHBoxLayout(date_box)
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.date, 1)
        date_row.addWidget(self.use_today)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("T&itle:", self.title)
        form.addRow("Su&btitle:", self.subtitle)
        form.addRow("Or&ganisation:", self.organisation)
        form.addRow("Prepared b&y:", self.prepared_by)
        form.addRow("&Date:", date_box)
        form.addRow("&Marking:", self.marking)
        form.addRow("&Layout:", self.layout_box)
        form.addRow("Pa&ge size:", self.page_size)
        form.addRow("Lo&go:", logo_box)
        properties = QWidget()
        properties.setObjectName("packProperties")
        properties.setLayout(form)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        outline_label = QLabel("&Outline")
        outline_label.setBuddy(self.outline)
        top_layout.addWidget(outline_label)
        top_layout.addWidget(self.outline, 1)
        top_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("packSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(properties)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        for edit in (self.title, self.subtitle, self.organisation, self.prepared_by, self.logo):
            edit.editingFinished.connect(self._form_changed)
        self.date.dateChanged.connect(self._form_changed)
        self.use_today.toggled.connect(self._form_changed)
        self.marking.currentTextChanged.connect(self._form_changed)
        self.layout_box.currentIndexChanged.connect(self._form_changed)
        self.page_size.currentIndexChanged.connect(self._form_changed)
        order = [self.outline, up, down, self.title, self.subtitle, self.organisation,
                 self.prepared_by, self.date, self.use_today, self.marking, self.layout_box,
                 self.page_size, self.logo, logo_button]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    # -- showing the pack --------------------------------------------------------------------

    def show_pack(self, pack: Any, sections: list[Node]) -> None:
        """Show `pack` and its outline (built by `pack_model.build_outline`)."""
        expanded = self._expanded_keys()
        self.pack = pack
        self.model.set_outline(pack, sections)
        self._loading = True
        try:
            self.title.setText(pack.title)
            self.subtitle.setText(pack.subtitle or "")
            self.organisation.setText(pack.organisation or "")
            self.prepared_by.setText(pack.prepared_by or "")
            self.use_today.setChecked(pack.date is None)
            self.date.setDate(QDate(pack.date or dt.date.today()))
            self.date.setEnabled(pack.date is not None)
            self.marking.setCurrentText(pack.marking or "")
            self.layout_box.setCurrentIndex(max(self.layout_box.findData(pack.layout), 0))
            self.page_size.setCurrentIndex(max(self.page_size.findData(pack.page_size), 0))
            self.logo.setText(pack.logo or "")
        finally:
            self._loading = False
        self._restore_expanded(expanded)

    def _expanded_keys(self) -> set[tuple[str, str]]:
        keys: set[tuple[str, str]] = set()

        def walk(parent: Any) -> None:
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self.outline.isExpanded(index):
                    keys.add(self._identity(index))
                    walk(index)

        walk(self.model.index(-1, -1))
        return keys

    @staticmethod
    def _identity(index: Any) -> tuple[str, str]:
        """What names a row across rebuilds: its key (section, issue, item) or its title."""
        key = index.data(PackOutlineModel.KeyRole)
        return index.data(PackOutlineModel.KindRole), key if key else str(index.data())

    def _restore_expanded(self, keys: set[tuple[str, str]]) -> None:
        def walk(parent: Any, depth: int) -> None:
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                kind = index.data(PackOutlineModel.KindRole)
                wanted = self._identity(index) in keys
                # sections and summits always open, so the outline reads as the pack will
                if wanted or kind in ("section", "summit"):
                    self.outline.expand(index)
                    walk(index, depth + 1)

        walk(self.model.index(-1, -1), 0)

    def _form_changed(self, *_args: Any) -> None:
        if self._loading or self.pack is None:
            return
        pack = self.pack
        before = pack.to_dict()
        pack.title = self.title.text().strip() or "Briefing pack"
        pack.subtitle = self.subtitle.text().strip() or None
        pack.organisation = self.organisation.text().strip() or None
        pack.prepared_by = self.prepared_by.text().strip() or None
        pack.date = None if self.use_today.isChecked() else self.date.date().toPython()
        pack.marking = self.marking.currentText().strip() or None
        pack.layout = self.layout_box.currentData()
        pack.page_size = self.page_size.currentData()
        pack.logo = self.logo.text().strip() or None
        if pack.to_dict() != before:
            self.changed.emit()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Logo", self.logo.text(),
                                              "Images (*.png *.jpg *.jpeg)")
        if path:
            self.logo.setText(str(Path(path)))
            self._form_changed()

    def move_current(self, step: int) -> None:
        index = self.outline.currentIndex()
        while index.isValid() and index.parent().isValid():
            index = index.parent()
        if not index.isValid():
            return
        row = index.row()
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return
        self.model.move_section(row, target + 1 if step > 0 else target)
        self.outline.setCurrentIndex(self.model.index(target, 0))
