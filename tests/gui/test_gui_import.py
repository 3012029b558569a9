"""Importing from the window: broken files reported, the rest kept; cancel keeps a sound library."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from briefpack.gui.dialogs import ImportReportDialog
from briefpack.gui.main_window import MainWindow
from briefpack.gui.settings import AppSettings

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


@pytest.fixture
def window(qtbot, settings: AppSettings, tmp_path: Path) -> MainWindow:
    settings.samples_offered = True  # not the first start: no sample import running
    window = MainWindow(settings, library_path=tmp_path / "library.sqlite3")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.library_ready, timeout=10000):
        window.start()
    yield window
    window.runner.cancel_all()
    window.runner.wait()


def _statement_folder(folder: Path, copies: int) -> Path:
    folder.mkdir()
    for number in range(copies):
        seed = SEEDS[number % len(SEEDS)]
        text = seed.read_text(encoding="utf-8")
        # a different last line makes each copy a statement of its own, not a duplicate
        (folder / f"{number:03d}_{seed.name}").write_text(f"{text}\nCopy {number}.\n",
                                                          encoding="utf-8")
    return folder


def test_broken_file_is_reported_and_the_rest_imported(window: MainWindow, qtbot,
                                                       tmp_path: Path) -> None:
    folder = _statement_folder(tmp_path / "in", 2)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a Word file")
    job = window.import_paths([folder])
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=30000):
        pass
    assert len(window.library.statements()) == 2
    dialog = window.last_dialog
    assert isinstance(dialog, ImportReportDialog)
    assert dialog.isVisible()
    assert [Path(path).name for path, _reason in dialog.entries] == ["broken.docx"]
    assert dialog.entries[0][1]  # a reason is given
    assert dialog.table.item(0, 0).text() == "broken.docx"
    assert window.library_panel.model.rowCount() >= 0  # the tree was read again


def test_cancelled_import_leaves_library_consistent(window: MainWindow, qtbot, tmp_path: Path,
                                                    monkeypatch) -> None:
    from briefpack.library import importing

    real_read_file = importing.read_file

    def slow_read_file(path):  # slow enough that Cancel lands half-way
        time.sleep(0.05)
        return real_read_file(path)

    monkeypatch.setattr(importing, "read_file", slow_read_file)
    folder = _statement_folder(tmp_path / "in", 24)
    job = window.import_paths([folder])
    assert window.job_status.isVisible()
    qtbot.waitUntil(lambda: (job.last_progress is not None and job.last_progress.done >= 3),
                    timeout=30000)
    with qtbot.waitSignal(job.cancelled, timeout=30000):
        window.job_status.cancel_button.click()
    window.runner.wait()
    assert not window.job_status.isVisible()

    kept = window.library.statements()
    assert 0 < len(kept) < 24
    for stored in kept:  # every statement kept is whole: its quotes and text agree
        for quote in stored.statement.quotes:
            assert quote.span.of(stored.statement.text) == quote.text
    with sqlite3.connect(window.library_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM statements").fetchone()[0] == len(kept)

    # importing again finishes the job: what was kept counts as duplicates
    monkeypatch.setattr(importing, "read_file", real_read_file)
    again = window.import_paths([folder])
    with qtbot.waitSignal(again.finished, timeout=60000) as blocker:
        pass
    report = blocker.args[0]
    assert len(report.duplicates) == len(kept)
    assert len(window.library.statements()) == 24


def test_copy_helper_makes_distinct_statements(tmp_path: Path) -> None:
    folder = _statement_folder(tmp_path / "x", 3)
    texts = {path.read_text(encoding="utf-8") for path in folder.iterdir()}
    assert len(texts) == 3
    shutil.rmtree(folder)

