"""First start: an empty library gets the sample statements and a Helsinki pack ready."""

from __future__ import annotations

from pathlib import Path

from briefpack.gui.main_window import MainWindow
from briefpack.gui.settings import AppSettings

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


def _started(qtbot, settings: AppSettings, library: Path, **options: bool) -> MainWindow:
    """A window on `library`, shown, with the library read."""
    window = MainWindow(settings, library_path=library, **options)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.library_ready, timeout=10000):
        window.start()
    return window


def _samples_imported(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.runner.busy("import"), timeout=5000)
    qtbot.waitUntil(lambda: not window.runner.busy("import"), timeout=60000)
    assert len(window.library.statements()) == len(SEEDS)


def test_first_start_loads_samples_and_a_helsinki_pack(qtbot, settings: AppSettings,
                                                       tmp_path: Path) -> None:
    window = _started(qtbot, settings, tmp_path / "fresh.sqlite3")
    _samples_imported(qtbot, window)
    model = window.library_panel.model
    # the summits are grouped again on a worker, then the Helsinki pack is ticked
    qtbot.waitUntil(lambda: bool(model.checked_summits), timeout=30000)
    helsinki = model.find_summit("Helsinki")
    assert helsinki.isValid()
    summit_id = helsinki.data(model.SummitIdRole)
    assert model.checked_summits == {summit_id}
    assert len(model.checked_issues[summit_id]) >= 2
    assert settings.samples_offered
    window.runner.wait()


def test_samples_flag_fills_an_empty_library_even_when_offered_before(
        qtbot, settings: AppSettings, tmp_path: Path) -> None:
    settings.samples_offered = True  # `make run` after `make clean`: settings outlive build/
    window = _started(qtbot, settings, tmp_path / "new.sqlite3", show_samples=True)
    _samples_imported(qtbot, window)
    model = window.library_panel.model
    qtbot.waitUntil(lambda: bool(model.checked_summits), timeout=30000)
    window.runner.wait()


def test_samples_flag_on_a_filled_library_ticks_helsinki(
        qtbot, settings: AppSettings, tmp_path: Path) -> None:
    from briefpack.library import Library

    path = tmp_path / "samples.sqlite3"
    with Library.open(path) as library:
        library.import_all(SEEDS)
    settings.samples_offered = True
    window = _started(qtbot, settings, path, show_samples=True)
    model = window.library_panel.model
    qtbot.waitUntil(lambda: bool(model.checked_summits), timeout=10000)
    helsinki = model.find_summit("Helsinki")
    assert model.checked_summits == {helsinki.data(model.SummitIdRole)}
    assert not window.runner.busy("import")
    window.runner.wait()


def test_a_new_library_stays_empty_once_samples_were_offered(
        qtbot, settings: AppSettings, tmp_path: Path) -> None:
    settings.samples_offered = True  # the user's own new library starts empty
    window = _started(qtbot, settings, tmp_path / "mine.sqlite3")
    assert not window.runner.busy("import")
    assert window.library.statements() == []
    window.runner.wait()
