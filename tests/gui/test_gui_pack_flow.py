"""The whole flow on the real seeds: choose Helsinki and two issues, reorder sections, leave a
quote out, export Word and PDF, and read back what was written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtPrintSupport import QPrinter

from briefpack.gui.main_window import MainWindow
from briefpack.gui.pack_model import PackOutlineModel
from briefpack.gui.settings import AppSettings

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
LEFT_OUT = "have a choice"  # from Anna Neistat's third quote (Syria)
KEPT = "change the course of history"  # her second quote (refugees, Syria)
NOT_CHOSEN = "failure to act with humanity"  # a quote about accountability, not chosen


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    from briefpack.library import Library

    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        report = library.import_all([SEEDS])
        assert len(report.imported) == 2
    return path


@pytest.fixture
def window(qtbot, settings: AppSettings, library_path: Path) -> MainWindow:
    settings.samples_offered = True
    settings.organisation = "Amnesty International"
    window = MainWindow(settings, library_path=library_path)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.library_ready, timeout=20000):
        window.start()
    yield window
    window.runner.cancel_all()
    window.runner.wait()


def _check(model, index: QModelIndex) -> None:
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def _choose_helsinki(window: MainWindow) -> None:
    tree = window.library_panel.tree
    model = window.library_panel.model
    helsinki = model.find_summit("Helsinki")
    tree.setCurrentIndex(helsinki)
    tree.expand(helsinki)
    _check(model, model.find_issue(helsinki, "syria"))
    _check(model, model.find_issue(helsinki, "refugees"))


def _outline_quote(window: MainWindow, words: str) -> QModelIndex:
    model = window.pack_panel.model

    def walk(parent: QModelIndex) -> QModelIndex:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(PackOutlineModel.KindRole) == "quote" and words in index.data():
                return index
            found = walk(index)
            if found.isValid():
                return found
        return QModelIndex()

    return walk(QModelIndex())


def _export(window: MainWindow, qtbot, path: Path, kind: str) -> Path:
    job = window.export_to(path, kind)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    assert path.exists()
    return path


def test_select_reorder_exclude_export(window: MainWindow, qtbot, tmp_path: Path) -> None:
    _choose_helsinki(window)
    pack = window.pack
    assert pack.summits == [window.library_panel.model.find_summit("Helsinki")
                            .data(window.library_panel.model.SummitIdRole)]
    assert sorted(pack.issues) == ["refugees", "syria"]
    assert window.isWindowModified()

    # reorder: media contacts before the quotes by speaker, from the keyboard action
    panel = window.pack_panel
    contacts = panel.model.section_row("contacts")
    panel.outline.setCurrentIndex(panel.model.index(contacts, 0))
    panel.move_up_action.trigger()
    assert pack.sections.index("contacts") < pack.sections.index("quotes_by_speaker")

    # leave one quote out, from its check box in the outline
    quote = _outline_quote(window, LEFT_OUT)
    assert quote.isValid()
    assert quote.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert panel.model.setData(quote, Qt.CheckState.Unchecked.value,
                               Qt.ItemDataRole.CheckStateRole)
    assert len(pack.exclude) == 1 and ":quote:" in pack.exclude[0]
    assert not _outline_quote(window, NOT_CHOSEN).isValid()  # its issue is not chosen

    docx = _export(window, qtbot, tmp_path / "helsinki.docx", "docx")
    pdf = _export(window, qtbot, tmp_path / "helsinki.pdf", "pdf")

    from docx import Document

    word = Document(str(docx))
    text = "\n".join(paragraph.text for paragraph in word.paragraphs)
    for table in word.tables:
        text += "\n" + "\n".join(cell.text for row in table.rows for cell in row.cells)
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert KEPT in text
    assert LEFT_OUT not in text
    assert NOT_CHOSEN not in text
    assert "Helsinki" in text
    assert headings.index("Media contacts") < headings.index("Quotes by speaker")

    from pypdf import PdfReader

    pdf_text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    flat = " ".join(pdf_text.split())
    assert KEPT in flat
    assert LEFT_OUT not in flat
    assert NOT_CHOSEN not in flat
    # in the contents and in the body alike, contacts now come before the quotes annex
    assert flat.index("Media contacts") < flat.index("Quotes by speaker")
    assert flat.rindex("Media contacts") < flat.rindex("Quotes by speaker")


def test_preview_follows_the_pack_and_prints(window: MainWindow, qtbot,
                                             tmp_path: Path) -> None:
    _choose_helsinki(window)
    preview = window.ensure_preview()
    with qtbot.waitSignal(preview.updated, timeout=60000):
        pass
    pages = preview.document.pageCount()
    assert pages >= 2
    # the handout layout is shorter: the preview follows the properties form
    window.pack_panel.layout_box.setCurrentIndex(
        window.pack_panel.layout_box.findData("handout"))
    assert window.pack.layout == "handout"
    with qtbot.waitSignal(preview.updated, timeout=60000):
        pass
    assert preview.document.pageCount() < pages

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    job = window.print_to(printer)
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / "printed.pdf").pages) == preview.document.pageCount()


def test_save_and_open_pack_restores_choices(window: MainWindow, qtbot,
                                             tmp_path: Path) -> None:
    _choose_helsinki(window)
    quote = _outline_quote(window, LEFT_OUT)
    window.pack_panel.model.setData(quote, False, Qt.ItemDataRole.CheckStateRole)
    window.pack_panel.title.setText("Helsinki briefing")
    window.pack_panel.title.editingFinished.emit()
    path = tmp_path / "helsinki.briefpack"
    assert window.save_pack_to(path)
    assert not window.isWindowModified()
    assert window.settings.recent_packs()[0] == path.resolve()

    window.new_pack()
    assert window.pack.summits == [] and window.library_panel.model.checked_summits == set()
    assert window.open_pack(path)
    model = window.library_panel.model
    helsinki = model.find_summit("Helsinki")
    summit_id = helsinki.data(model.SummitIdRole)
    assert model.checked_summits == {summit_id}
    assert model.checked_issues[summit_id] == {"syria", "refugees"}
    assert window.pack_panel.title.text() == "Helsinki briefing"
    again = _outline_quote(window, LEFT_OUT)
    assert again.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_unsaved_pack_asks_before_it_is_replaced(window: MainWindow, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    _choose_helsinki(window)
    asked: list[str] = []

    def cancel(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    window.new_pack()
    assert asked == ["Save the pack?"]
    assert window.pack.summits  # nothing was lost


def test_pack_outline_passes_modeltester_and_drags(window: MainWindow, qtmodeltester) -> None:
    _choose_helsinki(window)
    model = window.pack_panel.model
    qtmodeltester.check(model, force_py=True)
    first = model.index(0, 0).data(PackOutlineModel.KeyRole)
    data = model.mimeData([model.index(0, 0)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.index(2, 0).data(PackOutlineModel.KeyRole) == first
    assert window.pack.sections.index(first) == 2


# Pack edits are undone and redone from the Edit menu, like corrections: the choice of
# summits and issues, the outline (order, items left out) and the pack's properties.

def test_pack_edits_undo_and_redo_in_order(window) -> None:
    stack = window.undo_stack
    panel = window.pack_panel
    model = window.library_panel.model
    start = window.pack.to_dict()

    _choose_helsinki(window)  # two issue ticks: two steps
    chosen = window.pack.to_dict()
    assert sorted(chosen["issues"]) == ["refugees", "syria"]

    contacts = panel.model.section_row("contacts")
    panel.outline.setCurrentIndex(panel.model.index(contacts, 0))
    panel.move_up_action.trigger()
    reordered = window.pack.to_dict()
    assert reordered["sections"] != chosen["sections"]

    quote = _outline_quote(window, LEFT_OUT)
    panel.model.setData(quote, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert len(window.pack.exclude) == 1

    panel.marking.setCurrentText("Public")
    assert window.pack.marking == "Public"
    assert stack.undoText() == "Change Marking"

    stack.undo()
    assert window.pack.marking != "Public"
    assert panel.marking.currentText() == (window.pack.marking or "")
    assert stack.undoText() == "Leave Out Item"
    stack.undo()
    assert window.pack.exclude == []
    assert _outline_quote(window, LEFT_OUT).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked
    assert stack.undoText() == "Reorder Sections"
    stack.undo()
    assert window.pack.to_dict() == chosen
    assert panel.model.section_row("contacts") == contacts

    # undoing the ticks unticks them in the library tree as well
    while stack.canUndo():
        stack.undo()
    assert window.pack.to_dict() == start
    helsinki = model.find_summit("Helsinki")
    assert model.find_issue(helsinki, "syria").data(Qt.ItemDataRole.CheckStateRole) != \
        Qt.CheckState.Checked.value

    while stack.canRedo():
        stack.redo()
    assert window.pack.marking == "Public"
    assert window.pack.sections == reordered["sections"]
    assert len(window.pack.exclude) == 1
    assert sorted(window.pack.issues) == ["refugees", "syria"]
    assert model.find_issue(helsinki, "syria").data(Qt.ItemDataRole.CheckStateRole) in (
        Qt.CheckState.Checked, Qt.CheckState.Checked.value)


def test_a_new_pack_is_not_changed_by_undoing_the_old_one(window) -> None:
    _choose_helsinki(window)
    window.pack_panel.marking.setCurrentText("Public")
    window.new_pack(ask=False)
    fresh = window.pack.to_dict()
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert window.pack.to_dict() == fresh


def test_an_unsaved_pack_survives_a_crash(window, qtbot, settings, library_path,
                                          monkeypatch) -> None:
    """Edits are copied aside a moment later; a window started after a crash offers the
    pack back, and saving or discarding it on purpose removes the copy."""
    from PySide6.QtWidgets import QMessageBox

    from briefpack.gui.main_window import MainWindow
    from briefpack.gui.recovery import recovery_path

    _choose_helsinki(window)
    window.pack_panel.marking.setCurrentText("Public")
    qtbot.waitUntil(recovery_path().exists, timeout=5000)
    crashed = window.pack.to_dict()
    window.setWindowModified(False)  # as if the process died: no question, no clean-up
    window._recovery_timer.stop()

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    again = MainWindow(settings, library_path=library_path)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.library_ready, timeout=20000):
        again.start()
    assert again.pack.to_dict() == crashed
    assert again.isWindowModified()
    helsinki = again.library_panel.model.find_summit("Helsinki")
    assert again.library_panel.model.find_issue(helsinki, "syria").data(
        Qt.ItemDataRole.CheckStateRole) in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)

    again.save_pack_to(library_path.parent / "saved.briefpack")
    assert not recovery_path().exists()
    again.runner.cancel_all()
    again.runner.wait()


def test_a_recovery_copy_for_another_library_or_torn_is_not_offered(tmp_path) -> None:
    from briefpack.briefing import Pack
    from briefpack.gui.recovery import pending_recovery, recovery_path, save_recovery

    pack = Pack(title="Kept", summits=[1], issues=["syria"])
    save_recovery(pack, None, tmp_path / "a.sqlite3")
    assert pending_recovery(tmp_path / "b.sqlite3") is None
    assert recovery_path().exists()  # another library's copy stays for that library
    recovered = pending_recovery(tmp_path / "a.sqlite3")
    assert recovered is not None and recovered.pack.to_dict() == pack.to_dict()
    recovery_path().write_text('{"pack": {"title": ', encoding="utf-8")
    assert pending_recovery(tmp_path / "a.sqlite3") is None
    assert not recovery_path().exists()


def test_issues_ticked_under_one_summit_stay_with_it(window) -> None:
    """Refugees ticked under Helsinki, torture under Florida: the outline and a reopened
    pack keep each choice under its own summit."""
    model = window.library_panel.model
    helsinki, florida = model.find_summit("Helsinki"), model.find_summit("Florida")
    _check(model, model.find_issue(helsinki, "refugees"))
    _check(model, model.find_issue(florida, "torture"))
    ids = {name: index.data(model.SummitIdRole)
           for name, index in (("helsinki", helsinki), ("florida", florida))}
    assert window.pack.issues_for(ids["helsinki"]) == ["refugees"]
    assert window.pack.issues_for(ids["florida"]) == ["torture"]

    from briefpack.briefing import outline

    found = {entry.summit.id: [section.issue for section in entry.sections]
             for entry in outline(window.pack, window.library)}
    assert found == {ids["helsinki"]: ["refugees"], ids["florida"]: ["torture"]}

    window.apply_pack_to_checks()  # as when the pack is reopened
    assert model.find_issue(florida, "refugees").data(Qt.ItemDataRole.CheckStateRole) in (
        Qt.CheckState.Unchecked, Qt.CheckState.Unchecked.value)
    assert model.find_issue(helsinki, "refugees").data(Qt.ItemDataRole.CheckStateRole) in (
        Qt.CheckState.Checked, Qt.CheckState.Checked.value)


def test_read_statements_again_shows_an_issue_added_since(window, qtbot) -> None:
    from briefpack.paths import user_taxonomy_path

    assert window.library.taxonomy().label("refugees")  # read before the user's file exists
    user_taxonomy_path().parent.mkdir(parents=True, exist_ok=True)
    user_taxonomy_path().write_text(
        '[[issue]]\nid = "leaders"\nlabel = "Leaders on trial"\n'
        'phrases = ["presidents putin and trump"]\n', encoding="utf-8")
    model = window.library_panel.model
    assert not model.find_issue(model.find_summit("Helsinki"), "leaders").isValid()
    with qtbot.waitSignal(window.library_changed, timeout=30000):
        window.reparse_action.trigger()
    qtbot.waitUntil(lambda: model.find_issue(model.find_summit("Helsinki"), "leaders")
                    .isValid(), timeout=10000)
    helsinki = model.find_summit("Helsinki")
    assert model.find_issue(helsinki, "leaders").data() == "Leaders on trial"
    assert window.library.taxonomy().label("leaders") == "Leaders on trial"


def test_a_statement_removed_takes_its_summit_out_of_tree_and_pack(window, qtbot,
                                                                    monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    _choose_helsinki(window)
    model = window.library_panel.model
    panel = window.library_panel
    qtbot.waitUntil(lambda: panel.statements.rowCount() == 1, timeout=10000)
    panel.statement_list.setCurrentIndex(panel.statements.index(0, 0))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2])
                        or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.library_changed, timeout=20000):
        panel.remove_action.trigger()
    assert "Russia and USA must use Putin-Trump summit" in asked[0]
    assert not model.find_summit("Helsinki").isValid()
    assert model.find_summit("Florida").isValid()
    assert window.pack.summits == []
