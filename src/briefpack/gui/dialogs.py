"""Dialogs: the import report and the preferences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefpack.gui.settings import PAGE_SIZES, AppSettings


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def skipped_entries(report: Any) -> list[tuple[str, str]]:
    """(file, reason) pairs from an import report, whatever shape its entries take."""
    entries: list[tuple[str, str]] = []
    for item in getattr(report, "skipped", None) or []:
        if isinstance(item, tuple | list) and len(item) >= 2:
            entries.append((str(item[0]), str(item[1])))
        else:  # a FileRefused or similar
            path = getattr(item, "path", item)
            entries.append((str(path), str(getattr(item, "reason", ""))))
    return entries


class ImportReportDialog(QDialog):
    """Every file that was not imported, each with its reason, in one place."""

    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import report")
        self.setAccessibleName("Import report")
        self.entries = skipped_entries(report)
        imported = len(getattr(report, "imported", None) or [])
        duplicates = len(getattr(report, "duplicates", None) or [])
        summary = QLabel(
            f"Imported {imported} statement(s); {duplicates} already in the library. "
            f"{len(self.entries)} file(s) could not be imported:"
        )
        summary.setWordWrap(True)

        self.table = QTableWidget(len(self.entries), 2)
        self.table.setAccessibleName("Files not imported")
        self.table.setHorizontalHeaderLabels(["File", "Reason"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (path, reason) in enumerate(self.entries):
            name = QTableWidgetItem(Path(path).name)
            name.setToolTip(path)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(reason))
        self.table.resizeColumnToContents(0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("&Copy list", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_list)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def copy_list(self) -> None:
        QGuiApplication.clipboard().setText(
            "\n".join(f"{path}\t{reason}" for path, reason in self.entries)
        )


class PreferencesDialog(QDialog):
    """Defaults for new packs and where the library lives."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle("Preferences")
        self.setAccessibleName("Preferences")

        self.organisation = QLineEdit(settings.organisation)
        self.organisation.setAccessibleName("Organisation name")
        self.prepared_by = QLineEdit(settings.prepared_by)
        self.prepared_by.setAccessibleName("Prepared by")
        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.addItems(["Internal", "Confidential", "Public", "Embargoed"])
        self.marking.setCurrentText(settings.marking)
        self.marking.setAccessibleName("Default marking")
        self.page_size = QComboBox()
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setCurrentText(settings.page_size)
        self.page_size.setAccessibleName("Page size")
        self.logo = QLineEdit(str(settings.logo or ""))
        self.logo.setAccessibleName("Logo file")
        self.library = QLineEdit(str(settings.library_path))
        self.library.setAccessibleName("Library file")

        form = QFormLayout()
        form.addRow("&Organisation:", self.organisation)
        form.addRow("Prepared &by:", self.prepared_by)
        form.addRow("Default &marking:", self.marking)
        form.addRow("Page &size:", self.page_size)
        form.addRow("&Logo:", self._with_browse(self.logo, self._choose_logo))
        form.addRow("Library &file:", self._with_browse(self.library, self._choose_library))
        note = QLabel("A new library location is used the next time Briefpack starts.")
        note.setWordWrap(True)

        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _with_browse(self, edit: QLineEdit, slot: Any) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton("Browse...")
        button.setAccessibleName(f"Choose {edit.accessibleName().lower()}")
        button.clicked.connect(slot)
        row.addWidget(button)
        return box

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Logo", self.logo.text(), "Images (*.png *.jpg *.jpeg)"
        )
        if path:
            self.logo.setText(path)

    def _choose_library(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Library file", self.library.text(), "Briefpack library (*.sqlite3)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.library.setText(path)

    def accept(self) -> None:
        self.settings.organisation = self.organisation.text().strip()
        self.settings.prepared_by = self.prepared_by.text().strip()
        self.settings.marking = self.marking.currentText().strip()
        self.settings.page_size = self.page_size.currentText()
        logo = self.logo.text().strip()
        self.settings.logo = Path(logo) if logo else None
        library = self.library.text().strip()
        self.settings.library_path = Path(library) if library else None
        self.settings.sync()
        super().accept()


__all__ = ["ImportReportDialog", "PreferencesDialog"]
