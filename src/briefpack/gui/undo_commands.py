"""QUndoCommands over the engine's reversible corrections (`Library.command`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

DESCRIPTIONS = {
    "quote_speaker": "Change Speaker",
    "quote_excluded": "Exclude Quote",
    "paragraph_issues": "Tag Paragraph",
    "summit_label": "Rename Summit",
    "summit_dates": "Change Summit Date",
    "summit_place": "Change Summit Place",
    "summit_merge": "Merge Summits",
}


def describe(correction: Any) -> str:
    kind = getattr(correction, "kind", "")
    if kind == "quote_excluded" and not getattr(correction, "excluded", True):
        return "Include Quote"
    return DESCRIPTIONS.get(kind, "Correction")


class CorrectionUndoCommand(QUndoCommand):
    """One correction: redo applies it (or re-applies it), undo takes it back.

    `changed` is called after each, so the views read the library again. If the engine refuses
    the correction the command marks itself obsolete, so QUndoStack.push drops it, and the
    error goes to `on_error`.
    """

    def __init__(self, library: Any, correction: Any, changed: Callable[[Any], None],
                 on_error: Callable[[BaseException], None]) -> None:
        super().__init__(describe(correction))
        self.engine_command = library.command(correction)
        self.correction = correction
        self.changed = changed
        self.on_error = on_error

    def redo(self) -> None:
        try:
            self.engine_command.do()
        except Exception as error:  # noqa: BLE001 - shown to the user, stack stays sane
            self.setObsolete(True)
            self.on_error(error)
            return
        self.changed(self.correction)

    def undo(self) -> None:
        self.engine_command.undo()
        self.changed(self.correction)
