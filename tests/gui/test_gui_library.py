"""Library panel, statement view and corrections, over a library of hand-made statements."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from briefpack.gui.library_model import LibraryModel, StatementListModel
from briefpack.gui.main_window import MainWindow
from briefpack.gui.settings import AppSettings
from briefpack.gui.statement_view import ExtractionModel

from .gui_fixtures import make_library


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite3"
    make_library(path).close()
    return path


@pytest.fixture
def window(qtbot, settings: AppSettings, library_path: Path) -> MainWindow:
    window = MainWindow(settings, library_path=library_path)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.library_ready, timeout=10000):
        window.start()
    yield window
    window.runner.cancel_all()
    window.runner.wait()


def test_library_model_passes_modeltester(qtmodeltester, window: MainWindow) -> None:
    model = window.library_panel.model
    for row in range(model.rowCount()):
        model.ensure_fetched(row)
    qtmodeltester.check(model, force_py=True)


def test_models_pass_modeltester_unfetched(qtmodeltester, library_path: Path) -> None:
    from briefpack.library import Library

    model = LibraryModel()
    with Library.open(library_path) as library:
        model.set_library(library)
        qtmodeltester.check(model, force_py=True)
        statements = StatementListModel()
        qtmodeltester.check(statements, force_py=True)


def test_summits_with_issues_and_counts(window: MainWindow) -> None:
    model = window.library_panel.model
    helsinki = model.find_summit("Helsinki")
    assert helsinki.isValid()
    assert "1 statement" == helsinki.siblingAtColumn(1).data()
    window.library_panel.tree.expand(helsinki)
    labels = [model.index(row, 0, helsinki).data() for row in range(model.rowCount(helsinki))]
    assert "Torture and ill-treatment" in labels and "Refugees and asylum" in labels
    torture = model.find_issue(helsinki, "torture")
    assert torture.siblingAtColumn(1).data() == "2 \u00b6 \u00b7 2 quotes"


def test_checking_issue_checks_its_summit(window: MainWindow, qtbot) -> None:
    model = window.library_panel.model
    helsinki = model.find_summit("Helsinki")
    torture = model.find_issue(helsinki, "torture")
    with qtbot.waitSignal(model.checks_changed):
        assert model.setData(torture, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert helsinki.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.checked_issues[helsinki.data(LibraryModel.SummitIdRole)] == {"torture"}


def test_filter_narrows_summits_issues_and_statements(window: MainWindow, qtbot) -> None:
    panel = window.library_panel
    assert panel.model.rowCount() == 2
    # typed keys are looked up on a worker after a short pause; filter_applied says when shown
    with qtbot.waitSignal(panel.filter_applied, check_params_cb=lambda text: text == "Florida"):
        qtbot.keyClicks(panel.filter_edit, "Florida")
    assert panel.model.rowCount() == 1
    assert "Florida" in panel.model.index(0, 0).data()
    assert panel.statements.rowCount() >= 1
    panel.filter_edit.clear()  # an empty box shows everything at once
    assert panel.model.rowCount() == 2
    with qtbot.waitSignal(panel.filter_applied, check_params_cb=lambda text: text == "Torture"):
        qtbot.keyClicks(panel.filter_edit, "Torture")  # an issue's name and a word in quotes
    helsinki = panel.model.find_summit("Helsinki")
    panel.tree.expand(helsinki)  # the view fetches the issues at its next layout
    qtbot.waitUntil(lambda: panel.model.rowCount(helsinki) > 0)
    labels = [panel.model.index(row, 0, helsinki).data()
              for row in range(panel.model.rowCount(helsinki))]
    assert labels == ["Torture and ill-treatment"]
    quotes = [panel.statements.index(row).data(StatementListModel.QuoteIndexRole)
              for row in range(panel.statements.rowCount())]
    assert 1 in quotes  # "Torture in police stations must end"


def test_statement_view_highlights_and_lists_extractions(window: MainWindow, qtbot) -> None:
    panel = window.library_panel
    with qtbot.waitSignal(panel.statements_shown):  # read on the worker
        panel.tree.setCurrentIndex(panel.model.find_summit("Helsinki"))
    assert panel.statements.rowCount() == 1
    panel.statement_list.setCurrentIndex(panel.statements.index(0))
    view = window.statement_view
    assert view.stored is not None and "Helsinki" in view.title.text()
    kinds = [item.kind for item in view.model.items]
    assert sorted(set(kinds)) == ["ask", "case", "contact", "quote", "summit"]
    # the two speakers' quotes have different tints
    document = view.text.document()
    quotes = view.stored.statement.quotes

    def background(position: int):
        block = document.findBlock(position)
        for fragment_iter in range(1):
            del fragment_iter
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.position() <= position < fragment.position() + fragment.length():
                return fragment.charFormat().background().color()
            it += 1
        return None

    first = background(quotes[0].span.start + 1)
    second = background(quotes[1].span.start + 1)
    assert first is not None and second is not None
    assert first.alpha() > 0 and second.alpha() > 0 and first.hue() != second.hue()


def test_correction_undone_and_redone(window: MainWindow, qtbot) -> None:
    window.show_statement(window.library_panel.model.summit_by_id(1).statement_ids[0])
    view = window.statement_view
    assert view.select_extraction("quote", 1)
    view.change_speaker(1, "Tatyana Lokshina")
    assert view.stored.statement.quotes[1].speaker.name == "Tatyana Lokshina"
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Change Speaker"
    window.undo_action.trigger()
    assert view.stored.statement.quotes[1].speaker.name == "Oleg Orlov"
    assert window.library.statement(view.stored.id).statement.quotes[1].speaker.name == \
        "Oleg Orlov"
    window.redo_action.trigger()
    assert view.stored.statement.quotes[1].speaker.name == "Tatyana Lokshina"

    view.select_extraction("quote", 0)
    view.exclude_action.trigger()
    assert view.stored.statement.quotes[0].excluded
    row = next(i for i, item in enumerate(view.model.items)
               if item.kind == "quote" and item.index == 0)
    assert view.model.index(row, 0).data() == "Quote (excluded)"
    assert view.model.index(row, 0).data(ExtractionModel.ExtractionRole).excluded
    qtbot.keySequence(window, window.undo_action.shortcut())  # Ctrl+Z
    assert not view.stored.statement.quotes[0].excluded


def test_retag_paragraph_and_rename_summit_with_undo(window: MainWindow, qtbot) -> None:
    window.show_statement(1)
    view = window.statement_view
    view.retag_paragraph(0, ["syria"])
    assert view.stored.statement.paragraphs[0].issues == ["syria"]
    from briefpack.library.corrections import RenameSummit

    key = window.library.summit_key(1)
    # the summits are grouped again on a worker; library_changed says when they are shown
    with qtbot.waitSignal(window.library_changed):
        window.push_correction(RenameSummit(key, "Helsinki summit 2018"))
    assert window.library_panel.model.summit_by_id(1).label == "Helsinki summit 2018"
    with qtbot.waitSignal(window.library_changed):
        window.undo_stack.undo()
    assert window.library_panel.model.summit_by_id(1).label != "Helsinki summit 2018"
    window.undo_stack.undo()
    assert view.stored.statement.paragraphs[0].issues == ["refugees"]


def test_refused_correction_is_reported_not_stacked(window: MainWindow, monkeypatch) -> None:
    from briefpack.gui import main_window
    from briefpack.library.corrections import RenameSummit

    seen: list[BaseException] = []
    monkeypatch.setattr(main_window, "report_error", lambda parent, error: seen.append(error))
    window.push_correction(RenameSummit("no-such-summit", "x"))
    assert len(seen) == 1
    assert window.undo_stack.count() == 0


def test_speaker_dialog_fills_in_a_known_speaker_and_takes_a_new_role(
        window: MainWindow, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    from briefpack.gui.statement_view import SpeakerDialog

    window.show_statement(window.library_panel.model.summit_by_id(1).statement_ids[0])
    view = window.statement_view
    quotes = view.stored.statement.quotes
    first = quotes[0].speaker
    assert view.select_extraction("quote", 1)
    assert quotes[1].speaker.name != first.name

    def answer(dialog: SpeakerDialog) -> QDialog.DialogCode:
        # the dialog opens on the quote's own speaker; picking another known name fills in
        # that speaker's role and organisation, which the user then edits
        assert dialog.name.currentText() == quotes[1].speaker.name
        dialog.name.setCurrentText(first.name)
        assert dialog.role.text() == (first.role or "")
        assert dialog.organisation.text() == (first.organisation or "")
        dialog.role.setText("Spokesperson")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SpeakerDialog, "exec", answer)
    view.ask_speaker()
    speaker = view.stored.statement.quotes[1].speaker
    assert (speaker.name, speaker.role, speaker.organisation) == \
        (first.name, "Spokesperson", first.organisation)
    window.undo_action.trigger()
    assert view.stored.statement.quotes[1].speaker.name != first.name
