"""One statement: its text with the extractions highlighted, and the list of them beside it.

The view never writes to the library. A correction the user makes is emitted as an engine
correction object (`briefpack.library.corrections`); the window wraps it in an undo command.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefpack.gui.dialogs import ok_cancel_buttons
from briefpack.gui.highlights import (
    KIND_HUES,
    KIND_LABELS,
    Extraction,
    SpeakerColours,
    extractions,
    tint,
    underline,
)
from briefpack.model import Speaker, StoredStatement, Taxonomy

AnyIndex = QModelIndex | QPersistentModelIndex


class ExtractionModel(QAbstractTableModel):
    """The extractions of one statement: kind, text, who or what."""

    COLUMNS = ("Kind", "Text", "Detail")
    ExtractionRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Extraction] = []
        self.colours = SpeakerColours()
        self.palette = QPalette()

    def set_items(self, items: list[Extraction], colours: SpeakerColours,
                  palette: QPalette) -> None:
        self.beginResetModel()
        self.items = items
        self.colours = colours
        self.palette = palette
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return self.COLUMNS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                label = KIND_LABELS[item.kind]
                return f"{label} (excluded)" if item.excluded else label
            return item.text if column == 1 else item.detail
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.text}\n{item.detail}".strip()
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return tint(self._hue(item), self.palette)
        if role == Qt.ItemDataRole.FontRole and item.excluded:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{KIND_LABELS[item.kind]}: {item.text}. {item.detail}"
        if role == self.ExtractionRole:
            return item
        return None

    def _hue(self, item: Extraction) -> int:
        if item.kind == "quote":
            return self.colours.hue(item.speaker)
        return KIND_HUES.get(item.kind, 0)


def known_speakers(quotes: list[Any]) -> dict[str, Speaker]:
    """Speakers named in these quotes by name, the fullest description of each kept."""
    speakers: dict[str, Speaker] = {}
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None:
            continue
        kept = speakers.get(speaker.name)
        if kept is None or (not kept.role and speaker.role):
            speakers[speaker.name] = speaker
    return speakers


class SpeakerDialog(QDialog):
    """Who said a quote: name (with the statement's speakers to pick from), role, organisation.
    Picking a known name fills in the role and organisation found for them."""

    def __init__(self, known: dict[str, Speaker], current: Speaker | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change speaker")
        self.known = known
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(sorted(known))
        self.name.setAccessibleName("Speaker's name")
        self.role = QLineEdit()
        self.role.setAccessibleName("Speaker's role")
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName("Speaker's organisation")
        self.name.setEditText(current.name if current else "")
        self.role.setText(current.role or "" if current else "")
        self.organisation.setText(current.organisation or "" if current else "")
        self.name.currentTextChanged.connect(self._fill_from_known)
        form = QFormLayout()
        form.addRow("&Name:", self.name)
        form.addRow("&Role:", self.role)
        form.addRow("&Organisation:", self.organisation)
        note = QLabel("Leave the name empty when nobody is named.")
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _fill_from_known(self, name: str) -> None:
        known = self.known.get(name.strip())
        if known is not None:
            self.role.setText(known.role or "")
            self.organisation.setText(known.organisation or "")

    def speaker(self) -> Speaker | None:
        name = self.name.currentText().strip()
        if not name:
            return None
        return Speaker(name, self.role.text().strip() or None,
                       self.organisation.text().strip() or None)


class IssuePicker(QDialog):
    """Check the issues a paragraph is about."""

    def __init__(self, taxonomy: Taxonomy, current: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Tag paragraph with issues")
        self.list = QListWidget()
        self.list.setAccessibleName("Issues")
        for issue in sorted(taxonomy.issues, key=lambda issue: issue.label.lower()):
            item = QListWidgetItem(issue.label)
            item.setData(Qt.ItemDataRole.UserRole, issue.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = issue.id in current
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def issues(self) -> list[str]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]


class StatementView(QWidget):
    correction_requested = Signal(object)  # a briefpack.library.corrections correction

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementView")
        self.stored: StoredStatement | None = None
        self.taxonomy = Taxonomy()
        self.colours = SpeakerColours()

        self.title = QLabel("Choose a statement in the library to read it here.")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.text = QTextBrowser()
        self.text.setObjectName("statementText")
        self.text.setAccessibleName("Statement text")
        self.text.setOpenLinks(False)
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._text_menu)

        self.model = ExtractionModel(self)
        self.list = QTreeView()
        self.list.setObjectName("extractionList")
        self.list.setAccessibleName("Extractions found in the statement")
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.setColumnWidth(1, 300)
        self.list.selectionModel().currentRowChanged.connect(self._show_current)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._list_menu)

        self.change_speaker_action = QAction("Change &Speaker...", self)
        self.change_speaker_action.setShortcut("Ctrl+K")
        self.change_speaker_action.setStatusTip("Say who really spoke the selected quote")
        self.change_speaker_action.triggered.connect(self.ask_speaker)
        self.exclude_action = QAction("E&xclude Quote", self)
        self.exclude_action.setShortcut("Ctrl+D")
        self.exclude_action.setStatusTip("Leave the selected quote out of packs, or take it back")
        self.exclude_action.triggered.connect(self.toggle_excluded)
        self.retag_action = QAction("&Tag Paragraph...", self)
        self.retag_action.setShortcut("Ctrl+T")
        self.retag_action.setStatusTip("Choose the issues the selected paragraph is about")
        self.retag_action.triggered.connect(self.ask_issues)
        for action in self.correction_actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        toolbar = QToolBar("Corrections")
        toolbar.setAccessibleName("Corrections")
        toolbar.addActions(self.correction_actions())

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("statementSplitter")
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(self.list)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(toolbar)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.text, self.list)
        self._update_actions()

    def correction_actions(self) -> list[QAction]:
        return [self.change_speaker_action, self.exclude_action, self.retag_action]

    # -- showing -----------------------------------------------------------------------------

    def show_statement(self, stored: StoredStatement | None, taxonomy: Taxonomy | None = None,
                       keep_position: bool = False) -> None:
        previous_row = self.list.currentIndex().row() if keep_position else -1
        scroll = self.text.verticalScrollBar().value() if keep_position else 0
        self.stored = stored
        if taxonomy is not None:
            self.taxonomy = taxonomy
        self.colours = SpeakerColours()
        if stored is None:
            self.title.setText("Choose a statement in the library to read it here.")
            self.meta.clear()
            self.text.clear()
            self.model.set_items([], self.colours, self.palette())
            self._update_actions()
            return
        statement = stored.statement
        self.title.setText(statement.title)
        parts = [statement.organisation, statement.date.isoformat() if statement.date else None,
                 statement.source]
        self.meta.setText(" \u00b7 ".join(part for part in parts if part))
        self.text.setPlainText(statement.text)
        self._space_paragraphs()
        items = extractions(statement)
        for item in items:  # assign speaker colours in text order
            if item.kind == "quote":
                self.colours.hue(item.speaker)
        self._highlight(items)
        self.model.set_items(items, self.colours, self.palette())
        if 0 <= previous_row < len(items):
            self.list.setCurrentIndex(self.model.index(previous_row, 0))
        self.text.verticalScrollBar().setValue(scroll)
        self._update_actions()

    def _space_paragraphs(self) -> None:
        """Half a line after each paragraph, so they read apart; a block format moves no
        character, so the spans still point at the right text."""
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(self.text.fontMetrics().height() * 0.5)
        block = self.text.document().begin()
        while block.isValid():
            if block.text().strip():  # a blank line already parts what it sits between
                QTextCursor(block).mergeBlockFormat(spacing)
            block = block.next()

    def _highlight(self, items: list[Extraction]) -> None:
        palette = self.palette()
        document = self.text.document()
        length = max(document.characterCount() - 1, 0)
        for item in items:
            if item.kind == "paragraph":
                continue
            fmt = QTextCharFormat()
            if item.kind == "quote":
                fmt.setBackground(QBrush(tint(self.colours.hue(item.speaker), palette)))
                if item.excluded:
                    fmt.setFontStrikeOut(True)
            elif item.kind == "summit":
                # a dotted line, not a tint: a summit mention often spans a whole sentence
                # that also holds quotes and asks, whose colours must stay readable
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(underline(KIND_HUES["summit"], palette))
            else:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline
                                      if item.kind == "ask"
                                      else QTextCharFormat.UnderlineStyle.DashUnderline)
                fmt.setUnderlineColor(underline(KIND_HUES[item.kind], palette))
                if item.kind == "case":
                    fmt.setFontItalic(True)
            fmt.setToolTip(f"{KIND_LABELS[item.kind]}: {item.detail or item.text}")
            cursor = QTextCursor(document)
            cursor.setPosition(min(item.span.start, length))
            cursor.setPosition(min(item.span.end, length), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def current_extraction(self) -> Extraction | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(ExtractionModel.ExtractionRole)

    def select_extraction(self, kind: str, index: int) -> bool:
        for row, item in enumerate(self.model.items):
            if item.kind == kind and item.index == index:
                self.list.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.current_extraction()
        self._update_actions()
        if item is None:
            self.text.setExtraSelections([])
            return
        cursor = self.text.textCursor()
        cursor.setPosition(item.span.start)
        cursor.setPosition(item.span.end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format.setFontUnderline(True)
        selection.format.setUnderlineColor(self.palette().color(QPalette.ColorRole.Highlight))
        selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        self.text.setExtraSelections([selection])
        moved = self.text.textCursor()
        moved.setPosition(item.span.start)
        self.text.setTextCursor(moved)
        self.text.ensureCursorVisible()

    def _update_actions(self) -> None:
        item = self.current_extraction()
        is_quote = item is not None and item.kind == "quote"
        self.change_speaker_action.setEnabled(is_quote)
        self.exclude_action.setEnabled(is_quote)
        self.exclude_action.setText("Include &Quote" if is_quote and item and item.excluded
                                    else "E&xclude Quote")
        self.retag_action.setEnabled(self.current_paragraph() is not None)

    def current_paragraph(self) -> int | None:
        """The paragraph of the selected extraction, else the one holding the text cursor."""
        if self.stored is None:
            return None
        statement = self.stored.statement
        item = self.current_extraction()
        position = item.span.start if item is not None else self.text.textCursor().position()
        for paragraph_index, paragraph in enumerate(statement.paragraphs):
            if paragraph.span.start <= position < max(paragraph.span.end, paragraph.span.start + 1):
                return paragraph_index
        return None

    # -- corrections -------------------------------------------------------------------------

    def _selected_quote(self) -> int | None:
        item = self.current_extraction()
        return item.index if item is not None and item.kind == "quote" else None

    def ask_speaker(self) -> None:
        quote_index = self._selected_quote()
        if quote_index is None or self.stored is None:
            return
        statement = self.stored.statement
        dialog = SpeakerDialog(known_speakers(statement.quotes),
                               statement.quotes[quote_index].speaker, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.correction_requested.emit(self._speaker_correction(quote_index,
                                                                    dialog.speaker()))

    def change_speaker(self, quote_index: int, name: str | None, role: str | None = None,
                       organisation: str | None = None) -> None:
        """Attribute a quote to `name`; a speaker already named in the statement keeps the
        role and organisation found for them unless others are given."""
        assert self.stored is not None
        speaker = None
        if name:
            known = known_speakers(self.stored.statement.quotes).get(name)
            speaker = Speaker(name, role or (known.role if known else None),
                              organisation or (known.organisation if known else None))
        self.correction_requested.emit(self._speaker_correction(quote_index, speaker))

    def _speaker_correction(self, quote_index: int, speaker: Speaker | None) -> Any:
        from briefpack.library.corrections import ChangeQuoteSpeaker

        assert self.stored is not None
        return ChangeQuoteSpeaker.of(self.stored, quote_index, speaker)

    def toggle_excluded(self) -> None:
        quote_index = self._selected_quote()
        if quote_index is None or self.stored is None:
            return
        excluded = not self.stored.statement.quotes[quote_index].excluded
        self.set_excluded(quote_index, excluded)

    def set_excluded(self, quote_index: int, excluded: bool = True) -> None:
        from briefpack.library.corrections import ExcludeQuote

        assert self.stored is not None
        self.correction_requested.emit(ExcludeQuote.of(self.stored, quote_index, excluded))

    def ask_issues(self) -> None:
        paragraph_index = self.current_paragraph()
        if paragraph_index is None or self.stored is None:
            return
        current = self.stored.statement.paragraphs[paragraph_index].issues
        picker = IssuePicker(self.taxonomy, current, self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.retag_paragraph(paragraph_index, picker.issues())

    def retag_paragraph(self, paragraph_index: int, issues: list[str]) -> None:
        from briefpack.library.corrections import RetagParagraph

        assert self.stored is not None
        self.correction_requested.emit(RetagParagraph.of(self.stored, paragraph_index, issues))

    # -- menus -------------------------------------------------------------------------------

    def _menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addActions(self.correction_actions())
        return menu

    def _list_menu(self, position: Any) -> None:
        self._update_actions()
        self._menu().popup(self.list.viewport().mapToGlobal(position))

    def _text_menu(self, position: Any) -> None:
        self._update_actions()
        menu = self.text.createStandardContextMenu()
        menu.addSeparator()
        menu.addActions(self.correction_actions())
        menu.popup(self.text.viewport().mapToGlobal(position))
