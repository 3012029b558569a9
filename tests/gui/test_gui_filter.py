"""The library filter in a large library: summits handed to the tree a batch at a time, look-ups
on the worker with only the newest result shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefpack.gui.library_model import SUMMIT_BATCH, LibraryModel
from briefpack.gui.library_search import FilterResult, LibraryLookups, SummitIndex
from briefpack.gui.main_window import MainWindow
from briefpack.gui.settings import AppSettings
from briefpack.model import Issue, Leader, Summit

from .gui_fixtures import make_library


class FakeLibrary:
    """Enough of a Library for the model: issues of a summit, no quotes."""

    def issues(self, summit_id: int) -> list[tuple[Issue, int]]:
        return [(Issue("refugees", "Refugees and asylum"), summit_id % 3 + 1)]

    def quotes(self, summit_id: int, include_excluded: bool = True) -> list:
        return []


def many_summits(count: int) -> list[Summit]:
    return [Summit(number, f"Summit {number}", [Leader(f"Leader {number}", None)],
                   f"Town {number}", None, None, [], [number * 10, number * 10 + 1])
            for number in range(1, count + 1)]


def test_many_summits_reach_the_view_in_batches(qtmodeltester) -> None:
    count = SUMMIT_BATCH * 2 + 7
    model = LibraryModel()
    model.set_library(FakeLibrary(), many_summits(count))
    assert model.rowCount() == SUMMIT_BATCH
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == SUMMIT_BATCH * 2
    model.show_rows(count + 5)
    assert model.rowCount() == count and not model.canFetchMore(model.index(-1, -1))
    model.set_filter({5, count}, None)  # a filter starts a new first batch
    assert model.rowCount() == 2
    model.set_filter(None, None)
    assert model.rowCount() == SUMMIT_BATCH
    last = model.summit_index(count)  # looking a summit up hands it to the view
    assert last.isValid() and last.row() == count - 1 and model.rowCount() == count
    assert model.ensure_fetched(count - 1) == last
    assert model.rowCount(last) == 1

    tested = LibraryModel()
    tested.set_library(FakeLibrary(), many_summits(count))
    qtmodeltester.check(tested, force_py=True)  # fetches the rest as a view would
    assert tested.rowCount() == count


def test_summit_index_matches_names_and_statements() -> None:
    index = SummitIndex(many_summits(30))
    assert index.matching("town 12", []) == {12}
    assert index.matching("leader 3", []) == {3, *range(30, 31)}
    assert index.matching("nowhere", [120, 121, 250, 999]) == {12, 25}


@pytest.fixture
def window(qtbot, settings: AppSettings, tmp_path: Path) -> MainWindow:
    path = tmp_path / "library.sqlite3"
    make_library(path).close()
    window = MainWindow(settings, library_path=path)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.library_ready, timeout=10000):
        window.start()
    yield window
    window.runner.cancel_all()
    window.runner.wait()


def test_only_the_newest_lookup_is_shown(window: MainWindow, qtbot) -> None:
    lookups: LibraryLookups = window.library_panel.lookups
    shown: list[object] = []
    lookups.found.connect(shown.append)
    lookups.find("Florida")
    lookups.find("Helsinki")  # typed on before the first answer came back
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    lookups.pool.waitForDone(10000)
    qtbot.wait(50)  # anything the worker sent is delivered by now
    assert len(shown) == 1
    result = shown[0]
    assert isinstance(result, FilterResult) and result.text == "Helsinki"
    helsinki = window.library_panel.model.find_summit("Helsinki")
    assert result.summit_ids == {helsinki.data(LibraryModel.SummitIdRole)}


def test_keystrokes_never_wait_on_the_library(window: MainWindow, qtbot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The key handler only starts a short timer; the look-up runs off the GUI thread."""
    import threading

    from briefpack.library import Library

    threads: list[threading.Thread] = []
    search_ids = Library.search_ids

    def spy(self: Library, text: str, limit: int | None = None) -> list[int]:
        threads.append(threading.current_thread())
        return search_ids(self, text, limit)

    monkeypatch.setattr(Library, "search_ids", spy)
    panel = window.library_panel
    with qtbot.waitSignal(panel.filter_applied, check_params_cb=lambda text: text == "Oleg",
                          timeout=10000):
        qtbot.keyClicks(panel.filter_edit, "Oleg")
        assert not threads  # nothing looked up while the keys were handled
    assert threads and threading.main_thread() not in threads
    assert panel.model.rowCount() == 2 and panel.statements.rowCount() >= 2
