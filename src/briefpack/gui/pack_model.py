"""The pack's outline as it will be exported: sections in order, and under them the items.

Sections (at a glance, summits, quotes by speaker, contacts, sources) can be dragged into a
new order or unchecked to leave them out. Under "Summits and issues" each summit lists the
issues and, under each, the paragraphs, quotes, asks and cases the composer selects; under
"Media contacts", the contacts. Unchecking an item adds its key to the pack's `exclude` list.

What goes where is the composer's decision (`briefpack.briefing.composer`): this model asks
it, with the pack's exclusions lifted so excluded items still show, unchecked.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from briefpack.model.statement import item_key

AnyIndex = QModelIndex | QPersistentModelIndex
SECTION_MIME = "application/x-briefpack-section"

SECTION_LABELS = {
    "glance": "At a glance",
    "summits": "Summits and issues",
    "quotes_by_speaker": "Quotes by speaker",
    "contacts": "Media contacts",
    "sources": "Sources",
}
KIND_LABELS = {"paragraph": "Background", "quote": "Quote", "ask": "Ask", "case": "Case",
               "contact": "Contact"}


@dataclass(slots=True, eq=False)
class Node:
    text: str
    kind: str  # "section", "summit", "issue", or an item kind
    key: str | None = None  # section name, or an item key
    detail: str = ""
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def build_outline(pack: Any, library: Any) -> list[Node]:
    """The section nodes for `pack`, read from `library` (any BriefingSource)."""
    from briefpack.briefing import outline
    from briefpack.briefing.composer import summit_title

    every = [name for name in SECTION_LABELS]
    order = [*pack.sections, *(name for name in every if name not in pack.sections)]
    sections = [Node(SECTION_LABELS[name], "section", name) for name in order]
    by_name = {node.key: node for node in sections}
    seen_contacts: set[str] = set()
    # the composer's own selection, with the exclusions lifted so excluded items show unchecked
    for found in outline(dataclasses.replace(pack, exclude=[]), library):
        statements = found.statements
        summit_node = by_name["summits"].add(Node(summit_title(found.summit), "summit", None))
        for section in found.sections:
            issue_node = summit_node.add(Node(section.label, "issue", section.issue))
            for bucket in ("background", "quotes", "asks", "cases"):
                for item in getattr(section, bucket):
                    issue_node.add(_item_node(item.stored, item.kind, item.index, item.value))
        for stored in statements:
            for index, contact in enumerate(stored.statement.contacts):
                key = item_key(stored.key, "contact", index)
                if key in seen_contacts:
                    continue
                seen_contacts.add(key)
                phones = ", ".join(phone.e164 for phone in contact.phones)
                text = contact.name or ", ".join(contact.emails) or phones or "Contact"
                detail = ", ".join(p for p in (contact.role, contact.organisation, phones) if p)
                by_name["contacts"].add(Node(text, "contact", key, detail))
    return sections


def _item_node(stored: Any, kind: str, index: int, value: Any) -> Node:
    key = item_key(stored.key, kind, index)
    source = stored.statement.title
    if kind == "quote":
        speaker = value.speaker.name if value.speaker else "Unattributed"
        return Node(f"\u201c{_short(value.text)}\u201d", kind, key, f"{speaker} \u00b7 {source}")
    if kind == "case":
        return Node(value.name, kind, key, _short(value.description))
    return Node(_short(value.text), kind, key, source)


class PackOutlineModel(QAbstractItemModel):
    """Sections (checkable, draggable) and their items (checkable)."""

    changed = Signal()  # the user changed the pack through the outline
    KeyRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.pack: Any = None
        self.sections: list[Node] = []

    def set_outline(self, pack: Any, sections: list[Node]) -> None:
        self.beginResetModel()
        self.pack = pack
        self.sections = sections
        self.endResetModel()

    # -- structure ---------------------------------------------------------------------------

    def _node(self, index: AnyIndex) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def _children(self, node: Node | None) -> list[Node]:
        return self.sections if node is None else node.children

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._children(self._node(parent))[row])

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node(child)
        if node is None or node.parent is None:
            return QModelIndex()
        parent = node.parent
        siblings = self._children(parent.parent)
        return self.createIndex(siblings.index(parent), 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(self._node(parent)))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("Section / item", "From")[section] if 0 <= section < 2 else None
        return None

    # -- data --------------------------------------------------------------------------------

    def _checkable(self, node: Node) -> bool:
        return node.kind == "section" or node.kind in KIND_LABELS

    def is_included(self, node: Node) -> bool:
        if self.pack is None:
            return False
        if node.kind == "section":
            return node.key in self.pack.sections
        return node.key not in self.pack.exclude

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # sections are dropped between sections
        node = self._node(index)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and node is not None and self._checkable(node):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if node is not None and node.kind == "section":
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                return node.detail
            if node.kind in KIND_LABELS:
                return f"{KIND_LABELS[node.kind]}: {node.text}"
            if node.kind == "section" and node.key == "summits":
                return f"{node.text} ({len(node.children)})"
            return node.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{node.text}\n{node.detail}".strip()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = "included" if self.is_included(node) else "left out"
            return f"{node.text}, {state}" if self._checkable(node) else node.text
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and self._checkable(node):
            return (Qt.CheckState.Checked if self.is_included(node)
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.FontRole and node.kind in ("section", "summit"):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == self.KeyRole:
            return node.key
        if role == self.KindRole:
            return node.kind
        return None

    def setData(self, index: AnyIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self._node(index)
        if node is None or role != Qt.ItemDataRole.CheckStateRole or not self._checkable(node):
            return False
        checked = (value if isinstance(value, bool)
                   else Qt.CheckState(value) == Qt.CheckState.Checked)
        self.set_included(node, checked)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.changed.emit()
        return True

    def set_included(self, node: Node, included: bool) -> None:
        pack = self.pack
        if node.kind == "section":
            order = [section.key for section in self.sections]
            wanted = set(pack.sections) | {node.key} if included else \
                set(pack.sections) - {node.key}
            pack.sections = [name for name in order if name in wanted]
        elif included:
            pack.exclude = [key for key in pack.exclude if key != node.key]
        elif node.key not in pack.exclude:
            pack.exclude = [*pack.exclude, node.key]

    # -- reordering sections -----------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [SECTION_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({index.row() for index in indexes
                       if index.isValid() and not index.parent().isValid()})
        if rows:
            data.setData(SECTION_MIME, QByteArray(str(rows[0]).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: AnyIndex) -> bool:
        return (data.hasFormat(SECTION_MIME) and action == Qt.DropAction.MoveAction
                and not parent.isValid())

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: AnyIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = int(bytes(data.data(SECTION_MIME).data()).decode())
        target = len(self.sections) if row < 0 else row
        self.move_section(source, target)
        return False  # we moved the row ourselves: the view must not remove the source

    def move_section(self, source: int, target: int) -> bool:
        """Move section `source` to sit before row `target` (len: to the end)."""
        if not 0 <= source < len(self.sections) or not 0 <= target <= len(self.sections):
            return False
        if target in (source, source + 1):
            return False
        if not self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target):
            return False
        node = self.sections.pop(source)
        self.sections.insert(target - 1 if target > source else target, node)
        self.endMoveRows()
        order = [section.key for section in self.sections]
        self.pack.sections = [name for name in order if name in set(self.pack.sections)]
        self.changed.emit()
        return True

    def section_row(self, name: str) -> int:
        return next((row for row, node in enumerate(self.sections) if node.key == name), -1)

    def find_item(self, key: str) -> QModelIndex:
        def walk(nodes: list[Node], parent: QModelIndex) -> QModelIndex:
            for row, node in enumerate(nodes):
                index = self.index(row, 0, parent)
                if node.key == key and node.kind != "section":
                    return index
                found = walk(node.children, index)
                if found.isValid():
                    return found
            return QModelIndex()

        return walk(self.sections, QModelIndex())
