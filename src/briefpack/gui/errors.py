"""What the user sees when something goes wrong.

A `UserError` is expected (a locked file, a bad pack): its sentence goes in a message box. Anything
else is a bug: `sys.excepthook` shows a dialog whose details can be copied into a bug report, and
the window stays open so the work is not lost.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefpack import __version__
from briefpack.errors import UserError


def format_details(error: BaseException) -> str:
    lines = traceback.format_exception(type(error), error, error.__traceback__)
    header = f"Briefpack {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n\n"
    return header + "".join(lines)


class ErrorDialog(QDialog):
    """An unexpected error: one plain sentence, then details the user can copy."""

    def __init__(self, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Briefpack: unexpected error")
        self.setAccessibleName("Unexpected error")
        self.details_text = format_details(error)

        summary = QLabel(
            "Something went wrong that Briefpack did not expect. Your pack is still open; "
            "save it under a new name to be safe.\n\n"
            f"{type(error).__name__}: {error}"
        )
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details = QPlainTextEdit(self.details_text)
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Error details")
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumSize(560, 220)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            "&Copy details", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text)


def show_user_error(parent: QWidget | None, error: UserError, title: str = "Briefpack") -> None:
    QMessageBox.warning(parent, title, error.message)


def report_error(parent: QWidget | None, error: BaseException) -> None:
    """The one place errors from workers and slots end up."""
    if isinstance(error, UserError):
        show_user_error(parent, error)
        return
    traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
    dialog = ErrorDialog(error, parent)
    dialog.exec()


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install_excepthook(parent: Callable[[], QWidget | None] = lambda: None) -> ExceptHook:
    """Route uncaught exceptions (including those in Qt slots) to `report_error`.

    Returns the previous hook so the caller can restore it.
    """
    previous = sys.excepthook
    showing = False

    def hook(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if QApplication.instance() is None or showing:
            previous(kind, error, tb)
            return
        error.__traceback__ = tb
        showing = True  # an error while the dialog is up goes to stderr, not to a new dialog
        try:
            report_error(parent(), error)
        finally:
            showing = False

    sys.excepthook = hook
    return previous
