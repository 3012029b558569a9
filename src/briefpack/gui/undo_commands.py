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


_PACK_FIELDS = {
    "title": "Title", "subtitle": "Subtitle", "organisation": "Organisation",
    "prepared_by": "Prepared By", "date": "Date", "marking": "Marking", "layout": "Layout",
    "page_size": "Page Size", "logo": "Logo", "logo_alt": "Logo Description",
}


def describe_pack_edit(before: dict[str, Any], after: dict[str, Any]) -> str:
    """The Edit menu's words for a pack edit: "Undo Change Marking", "Undo Reorder Sections"."""
    changed = [key for key in after if before.get(key) != after.get(key)]
    if not changed:
        return "Edit Pack"
    if set(changed) <= {"summits", "issues"}:
        return "Choose Summits and Issues"
    if changed == ["sections"]:
        if sorted(before["sections"]) == sorted(after["sections"]):
            return "Reorder Sections"
        return ("Include Section" if len(after["sections"]) > len(before["sections"])
                else "Leave Out Section")
    if set(changed) <= {"include", "exclude"}:
        return ("Leave Out Item" if len(after.get("exclude", [])) > len(before.get("exclude", []))
                else "Include Item")
    if len(changed) == 1 and changed[0] in _PACK_FIELDS:
        return f"Change {_PACK_FIELDS[changed[0]]}"
    return "Edit Pack"


class PackEditUndoCommand(QUndoCommand):
    """One edit of the pack (what is chosen, the outline, a property), kept as the pack before
    and after it. The edit is already made when the command is pushed, so the first redo does
    nothing. `restore(state, generation)` puts a state back and says whether it could: a
    command left from a pack that has since been replaced (New, Open) cannot, and drops out.
    """

    def __init__(self, before: dict[str, Any], after: dict[str, Any], generation: int,
                 restore: Callable[[dict[str, Any], int], bool]) -> None:
        super().__init__(describe_pack_edit(before, after))
        self.before = before
        self.after = after
        self.generation = generation
        self.restore = restore
        self._made = True

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        if not self.restore(self.after, self.generation):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.restore(self.before, self.generation):
            self.setObsolete(True)
