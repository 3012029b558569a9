"""Qt item models over the library: summits with their issues, and a list of statements.

Thin adapters: every number and name comes from `briefpack.library.Library`. A summit's issues
are read when the summit is first expanded (`fetchMore`), so opening a library of 10,000
statements reads only the summits. The summits themselves are handed to the view a batch at a
time (`fetchMore` on the root, as the view scrolls near the end): a tree lays out every row it
has been given each time the filter changes them, and 2,500 summits cost it ~50 ms of calls
into Python where 200 cost a few.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

if TYPE_CHECKING:  # the model classes are imported by the library, after the first paint
    from briefpack.model import Issue, Summit

AnyIndex = QModelIndex | QPersistentModelIndex
CHECKED = Qt.CheckState.Checked
UNCHECKED = Qt.CheckState.Unchecked
NO_FLAGS = Qt.ItemFlag.NoItemFlags
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
CHECKABLE_FLAGS = ROW_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
SUMMIT_BATCH = 200  # summits given to the view at a time; more than a screen holds


def summit_title(summit: Summit) -> str:
    """'Putin–Trump summit · Helsinki · 16 Jul 2018', from what the library knows."""
    parts = [summit.label]
    if summit.location and summit.location.casefold() not in summit.label.casefold():
        parts.append(summit.location)
    if summit.dates:
        first = summit.dates[0]
        parts.append(f"{first.day} {first:%b %Y}")
    return " \u00b7 ".join(part for part in parts if part)


@dataclass(slots=True)
class IssueRow:
    issue: Issue
    paragraphs: int
    quotes: int


@dataclass(slots=True)
class SummitRow:
    summit: Summit
    issues: list[IssueRow] | None = None  # None until fetched
    all_issues: list[IssueRow] = field(default_factory=list)

    @property
    def id(self) -> int:
        return self.summit.id


class LibraryModel(QAbstractItemModel):
    """Summits, each with the issues its statements raise; both checkable.

    Checked summits and issues are what the user wants in the pack. Internal ids: 0 for a
    summit row, summit row + 1 for an issue row under it.
    """

    checks_changed = Signal()

    COLUMNS = ("Summit / issue", "Found")
    SummitIdRole = Qt.ItemDataRole.UserRole + 1
    IssueIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.library: Any = None
        self.loading = False  # summits are being read on a worker
        self.rows: list[SummitRow] = []  # the summits the filter keeps
        self.shown = 0  # how many of them the view has been given (root rows)
        self._all: list[SummitRow] = []
        self._issue_cache: dict[int, list[IssueRow]] = {}
        self.checked_summits: set[int] = set()
        self.checked_issues: dict[int, set[str]] = {}
        self.summit_filter: set[int] | None = None
        self.issue_filter: set[str] | None = None

    # -- loading -----------------------------------------------------------------------------

    def set_library(self, library: Any, summits: list[Summit] | None = None) -> None:
        """Show `library`; `summits`, when given, were already read (on a worker thread)."""
        self.library = library
        self.reload(summits)

    def reload(self, summits: list[Summit] | None = None) -> None:
        """Read the summits again (after an import or a correction); checks are kept."""
        self.beginResetModel()
        self._issue_cache.clear()
        if summits is None:
            summits = self.library.summits() if self.library is not None else []
        self._all = [SummitRow(summit) for summit in summits]
        self._apply_filter()
        ids = {row.id for row in self._all}
        self.checked_summits &= ids
        self.checked_issues = {k: v for k, v in self.checked_issues.items() if k in ids}
        self.endResetModel()

    def _issue_rows(self, summit_id: int) -> list[IssueRow]:
        if summit_id not in self._issue_cache:
            paragraphs = self.library.issues(summit_id)
            quotes: Counter[str] = Counter()
            for quote in self.library.quotes(summit_id, include_excluded=False):
                quotes.update(set(quote.issues))
            self._issue_cache[summit_id] = [
                IssueRow(issue, count, quotes.get(issue.id, 0)) for issue, count in paragraphs
            ]
        return self._issue_cache[summit_id]

    def set_filter(self, summit_ids: set[int] | None, issue_ids: set[str] | None) -> None:
        """Show only these summits (None: all) and under them only these issues (None: all)."""
        if summit_ids == self.summit_filter and issue_ids == self.issue_filter:
            return
        self.beginResetModel()
        self.summit_filter = summit_ids
        self.issue_filter = issue_ids
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        rows = self._all
        if self.summit_filter is not None:
            rows = [row for row in rows if row.id in self.summit_filter]
        for row in rows:
            row.issues = None  # fetched again, through the issue filter
        self.rows = rows
        self.shown = min(len(rows), SUMMIT_BATCH)

    def _filtered_issues(self, row: SummitRow) -> list[IssueRow]:
        issues = self._issue_rows(row.id)
        if self.issue_filter is not None:
            issues = [item for item in issues if item.issue.id in self.issue_filter]
        return issues

    def summits(self) -> list[Summit]:
        return [row.summit for row in self._all]

    def summit_ids(self) -> list[int]:
        return [row.id for row in self._all]

    def summit_by_id(self, summit_id: int) -> Summit | None:
        return next((row.summit for row in self._all if row.id == summit_id), None)

    def issues_of(self, summit_id: int) -> list[IssueRow]:
        return list(self._issue_rows(summit_id))

    # -- structure ---------------------------------------------------------------------------

    # The tree asks index, flags and hasChildren of every summit row whenever the filter
    # changes the rows (2,500 in a large library): these answer without further calls into
    # the model (hasIndex would call rowCount and columnCount back through Qt).

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if row < 0 or not 0 <= column < 2:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < self.shown else QModelIndex()
        if parent.internalId() == 0 and parent.column() == 0:
            issues = self.rows[parent.row()].issues
            if issues is not None and row < len(issues):
                return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return self.shown
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        issues = self.rows[parent.row()].issues
        return len(issues) if issues is not None else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.COLUMNS)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        if not parent.isValid():
            return bool(self.rows)
        if parent.column() != 0 or parent.internalId() != 0:
            return False
        issues = self.rows[parent.row()].issues
        return issues is None or bool(issues)

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        if not parent.isValid():
            return self.shown < len(self.rows)
        return (parent.column() == 0 and parent.internalId() == 0
                and self.rows[parent.row()].issues is None)

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        if not parent.isValid():
            self.show_rows(self.shown + SUMMIT_BATCH)
            return
        row = self.rows[parent.row()]
        issues = self._filtered_issues(row)
        if issues:
            self.beginInsertRows(parent, 0, len(issues) - 1)
            row.issues = issues
            self.endInsertRows()
        else:
            row.issues = []
            self.dataChanged.emit(parent, parent)

    def show_rows(self, count: int) -> None:
        """Give the view the first `count` summits the filter keeps (at least)."""
        count = min(count, len(self.rows))
        if count > self.shown:
            self.beginInsertRows(QModelIndex(), self.shown, count - 1)
            self.shown = count
            self.endInsertRows()

    def summit_index(self, summit_id: int) -> QModelIndex:
        """The row of that summit if the filter keeps it, handed to the view if need be."""
        for row_number, row in enumerate(self.rows):
            if row.id == summit_id:
                self.show_rows(row_number + 1)
                return self.index(row_number, 0)
        return QModelIndex()

    def ensure_fetched(self, summit_row: int) -> QModelIndex:
        """The summit at that row, with its issues read."""
        self.show_rows(summit_row + 1)
        parent = self.index(summit_row, 0)
        if parent.isValid() and self.canFetchMore(parent):
            self.fetchMore(parent)
        return parent

    # -- data --------------------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return self.COLUMNS[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        return CHECKABLE_FLAGS if index.column() == 0 else ROW_FLAGS

    def _row_of(self, index: AnyIndex) -> tuple[SummitRow, IssueRow | None]:
        if index.internalId() == 0:
            return self.rows[index.row()], None
        summit_row = self.rows[index.internalId() - 1]
        assert summit_row.issues is not None
        return summit_row, summit_row.issues[index.row()]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summit_row, issue_row = self._row_of(index)
        summit = summit_row.summit
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if issue_row is None:
                count = len(summit.statement_ids)
                found = f"{count} statement{'s' if count != 1 else ''}"
                return summit_title(summit) if column == 0 else found
            if column == 0:
                return issue_row.issue.label
            return (f"{issue_row.paragraphs} \u00b6 \u00b7 {issue_row.quotes} "
                    f"quote{'s' if issue_row.quotes != 1 else ''}")
        if role == Qt.ItemDataRole.ToolTipRole:
            if issue_row is None:
                leaders = ", ".join(leader.name for leader in summit.leaders)
                when = ", ".join(d.isoformat() for d in summit.dates) or summit.when or ""
                return "\n".join(part for part in (summit.label, leaders, summit.location, when)
                                 if part)
            return (f"{issue_row.issue.label}: {issue_row.paragraphs} paragraph(s) and "
                    f"{issue_row.quotes} quote(s) in statements about {summit.label}")
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return self.check_state(summit.id, issue_row.issue.id if issue_row else None)
        if role == self.SummitIdRole:
            return summit.id
        if role == self.IssueIdRole:
            return issue_row.issue.id if issue_row else None
        return None

    def check_state(self, summit_id: int, issue_id: str | None = None) -> Qt.CheckState:
        if issue_id is None:
            return CHECKED if summit_id in self.checked_summits else UNCHECKED
        return CHECKED if issue_id in self.checked_issues.get(summit_id, set()) else UNCHECKED

    def setData(self, index: AnyIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        checked = Qt.CheckState(value) == CHECKED if not isinstance(value, bool) else value
        summit_row, issue_row = self._row_of(index)
        self.set_checked(summit_row.id, issue_row.issue.id if issue_row else None, checked)
        return True

    def set_checked(self, summit_id: int, issue_id: str | None, checked: bool) -> None:
        if issue_id is None:
            if checked:
                self.checked_summits.add(summit_id)
            else:
                self.checked_summits.discard(summit_id)
        else:
            issues = self.checked_issues.setdefault(summit_id, set())
            if checked:
                issues.add(issue_id)
                self.checked_summits.add(summit_id)  # an issue is chosen within its summit
            else:
                issues.discard(issue_id)
        self._emit_check_changes(summit_id)
        self.checks_changed.emit()

    def set_checks(self, summits: set[int], issues: dict[int, set[str]]) -> None:
        """Replace every check at once (a pack was opened)."""
        self.checked_summits = set(summits)
        self.checked_issues = {key: set(value) for key, value in issues.items()}
        if self.shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self.shown - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
            for row_number, row in enumerate(self.rows[:self.shown]):
                if row.issues:
                    parent = self.index(row_number, 0)
                    self.dataChanged.emit(self.index(0, 0, parent),
                                          self.index(len(row.issues) - 1, 0, parent),
                                          [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()

    def _emit_check_changes(self, summit_id: int) -> None:
        for row_number, row in enumerate(self.rows[:self.shown]):
            if row.id != summit_id:
                continue
            index = self.index(row_number, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            if row.issues:
                self.dataChanged.emit(self.index(0, 0, index),
                                      self.index(len(row.issues) - 1, 0, index),
                                      [Qt.ItemDataRole.CheckStateRole])

    def find_summit(self, text: str) -> QModelIndex:
        """The first summit whose title holds `text` (any case)."""
        wanted = text.casefold()
        for row_number, row in enumerate(self.rows):
            if wanted in summit_title(row.summit).casefold():
                self.show_rows(row_number + 1)
                return self.index(row_number, 0)
        return QModelIndex()

    def find_issue(self, summit_index: QModelIndex, issue_id: str) -> QModelIndex:
        if not summit_index.isValid():
            return QModelIndex()
        self.ensure_fetched(summit_index.row())
        for row_number, row in enumerate(self.rows[summit_index.row()].issues or []):
            if row.issue.id == issue_id:
                return self.index(row_number, 0, summit_index)
        return QModelIndex()


@dataclass(frozen=True, slots=True)
class StatementRow:
    statement_id: int
    title: str
    detail: str  # date and source, or a search snippet
    quote_index: int | None = None  # a quote found by the filter


class StatementListModel(QAbstractListModel):
    """Statements of the selected summit, or what the filter found (statements and quotes)."""

    StatementIdRole = Qt.ItemDataRole.UserRole + 1
    QuoteIndexRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[StatementRow] = []

    def set_rows(self, rows: list[StatementRow]) -> None:
        self.beginResetModel()
        self.items = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.title}\n{item.detail}" if item.detail else item.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{item.title}. {item.detail}"
        if role == self.StatementIdRole:
            return item.statement_id
        if role == self.QuoteIndexRole:
            return item.quote_index
        return None
