"""How fast the app is usable, against a bare PySide6 window, with a library of 10,000 statements.

    .venv/bin/python bench/startup.py [--statements 10000] [--runs 5]

1. Builds (once, cached in build/) a library of N synthetic statements from bench/corpus.py.
2. Launch to usable window, each in a fresh process: a bare QMainWindow, then Briefpack's
   window on that library (shown, painted, event loop idle: menus, filter and File actions
   respond). Median of the runs. Goal: the app at most 1.5 times the bare window. The summits
   are read on a worker meanwhile; when they are listed is printed too.
3. Filter keystrokes: types words into the library filter one key press at a time and, for
   each, adds up the GUI thread's busy time from the key press until the narrowed tree and
   statements list are shown and the event loop is idle again (the look-up itself runs on a
   worker thread and is not GUI time; its wall-clock latency is printed too). Goal: at most
   50 ms a keystroke.
The last line is a one-line summary.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BUILD = REPO / "build"
START_GOAL = 1.5
KEYSTROKE_GOAL_MS = 50.0
WORDS = ("refugees", "Helsinki", "torture", "Putin", "hunger strike")

# Each child prints wall-clock times (time.time()); the parent subtracts the time it launched
# the process. "usable": the window's first paint is done and the event loop has come back
# idle (a zero timer started from the paint event fires): both children measure it the same
# way, with the same code, so the bare window pays the same measuring costs.
USABLE_PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    def __init__(self, window, then):
        super().__init__()
        self.then = then
        self.seen = False
        window.installEventFilter(self)
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.then)
        return False
def usable():
    print("usable", time.time(), flush=True)
"""

BARE_CHILD = USABLE_PROBE + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
probe = FirstPaint(window, lambda: (usable(), app.quit()))
window.show()
app.exec()
"""

# After "usable", the GUI thread's longest stall until the summits are listed is printed too:
# work put off until after the first paint still delays the user's first click.
APP_CHILD = USABLE_PROBE + """
from pathlib import Path
# What `briefpack --library PATH` does before the app: read the options (the same code).
from briefpack.cli.main import _app_options
assert _app_options(["--library", sys.argv[1]]).command is None
from PySide6.QtCore import QSettings
from briefpack.gui.app import make_application
app = make_application(sys.argv[:1])
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from briefpack.gui.main_window import MainWindow
from briefpack.gui.settings import AppSettings
settings = AppSettings()
settings.samples_offered = True
window = MainWindow(settings, library_path=Path(sys.argv[1]))
# A heartbeat every 5 ms after "usable": the longest gap between beats is the longest time
# the GUI thread could not have answered a click.
beat = {"last": None, "longest": 0.0}
def tick():
    now = time.perf_counter()
    if beat["last"] is not None:
        beat["longest"] = max(beat["longest"], now - beat["last"])
    beat["last"] = now
heart = QTimer()
heart.setInterval(5)
heart.timeout.connect(tick)
def now_usable():
    usable()
    tick()
    heart.start()
probe = FirstPaint(window, now_usable)
def listed():
    assert window.library_panel.model.rowCount() > 0
    print("listed", time.time(), flush=True)
    tick()
    print("stall_s", beat["longest"], flush=True)  # a duration, not a moment
    heart.stop()
    app.quit()
window.library_ready.connect(listed)
window.show()
window.start()
app.exec()
"""


def build_library(count: int) -> Path:
    sys.path.insert(0, str(REPO / "bench"))
    import sqlite3

    from briefpack.library.schema import SCHEMA_VERSION

    path = BUILD / f"bench-library-{count}.sqlite3"
    if path.exists():
        # A library made by an older Briefpack would be upgraded (and timed) at every start.
        probe = sqlite3.connect(path)
        try:
            current = probe.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        finally:
            probe.close()
        if current:
            return path
        for old in BUILD.glob(path.name + "*"):
            old.unlink()
    from briefpack.library import Library
    from corpus import generate_statements  # bench/corpus.py, the parser's synthetic corpus

    BUILD.mkdir(exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in BUILD.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    with Library.open(partial) as library:
        for number, item in enumerate(generate_statements(count), start=1):
            statement = item
            if isinstance(item, str):
                statement = library.parse(item, f"synthetic-{number:05d}.txt")
            elif isinstance(item, tuple):  # (name, text)
                statement = library.parse(item[1], item[0])
            library.add_statement(statement)
            if number % 1000 == 0:
                print(
                    f"  built {number} statements ({time.perf_counter() - started:.0f} s)",
                    flush=True,
                )
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    return path


def launch(code: str, *args: str) -> dict[str, float]:
    """Seconds from launching the process to each moment the child reports (and the
    durations it reports)."""
    environment = dict(os.environ)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app starts from compiled bytecode: let the children write and reuse it
    # (in build/, so the source tree stays clean) even where the shell forbids .pyc files.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = str(BUILD / "pycache")
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=REPO,
    )
    moments = {}
    for line in result.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        # "name moment" lines are wall-clock moments; "name_s seconds" lines are durations
        moments[name] = float(stamp) - (0 if name.endswith("_s") else started)
    if result.returncode != 0 or "usable" not in moments:
        raise SystemExit(f"child failed:\n{result.stdout}\n{result.stderr}")
    return moments


def time_startup(library: Path, runs: int) -> dict[str, float]:
    """Medians: bare window usable, Briefpack window usable, summits listed, and the longest
    GUI-thread stall between usable and listed. Bare and app runs alternate, so a change in the
    machine's load touches both alike."""
    bare: list[float] = []
    app: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as settings_folder:
        launch(BARE_CHILD)  # warm the file cache (and the bytecode) for both
        launch(APP_CHILD, str(library), settings_folder)
        for _ in range(runs):
            bare.append(launch(BARE_CHILD)["usable"])
            app.append(launch(APP_CHILD, str(library), settings_folder))
    return {
        "bare": statistics.median(bare),
        "app": statistics.median(run["usable"] for run in app),
        "listed": statistics.median(run["listed"] for run in app),
        "stall": statistics.median(run["stall_s"] for run in app),
        "bare_runs": bare,
        "app_runs": [run["usable"] for run in app],
    }


@dataclass
class Keystroke:
    text: str
    ui_ms: float  # GUI-thread time: the key press, then the event loop busy until idle again
    longest_ms: float  # the longest single stretch the GUI thread was busy
    shown_ms: float  # wall clock from the key press to the filtered views shown


class BusyMeter:
    """Adds up the time the GUI thread spends handling events: the event dispatcher says
    'awake' when it starts handling a batch and 'about to block' when it goes back to waiting."""

    def __init__(self, app: Any) -> None:
        from PySide6.QtCore import QAbstractEventDispatcher

        dispatcher = QAbstractEventDispatcher.instance(app.thread())
        dispatcher.awake.connect(self._awake)
        dispatcher.aboutToBlock.connect(self._about_to_block)
        self.started: float | None = None
        self.stretches: list[float] = []
        self.on_block: Any = None
        self.dispatcher = dispatcher

    def stop(self) -> None:
        self.dispatcher.awake.disconnect(self._awake)
        self.dispatcher.aboutToBlock.disconnect(self._about_to_block)

    def _awake(self) -> None:
        if self.started is None:
            self.started = time.perf_counter()

    def _about_to_block(self) -> None:
        if self.started is not None:
            self.stretches.append(time.perf_counter() - self.started)
            self.started = None
        if self.on_block is not None:
            self.on_block()


def time_keystrokes(library: Path) -> list[Keystroke]:
    """Types WORDS into the filter box, one real key press at a time, and waits after each
    until its results are shown and the window is idle again (a user typing slower than the
    look-ups; faster typing only sends the word where the typing pauses). After each word the
    box is emptied with Backspace, which is measured too."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from briefpack.gui.app import make_application
    from briefpack.gui.main_window import MainWindow
    from briefpack.gui.settings import AppSettings

    app = make_application(sys.argv[:1])
    strokes: list[Keystroke] = []
    with tempfile.TemporaryDirectory() as settings_folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
        settings = AppSettings()
        settings.samples_offered = True
        window = MainWindow(settings, library_path=library)
        window.show()
        loop = QEventLoop()
        window.library_ready.connect(loop.quit)
        window.start()
        loop.exec()
        panel = window.library_panel
        edit = panel.filter_edit
        meter = BusyMeter(app)
        shown: dict[str, float] = {}
        panel.filter_applied.connect(lambda text: shown.setdefault(text, time.perf_counter()))

        def settle(text: str) -> None:
            """Run the event loop until `text`'s results are shown and the loop is idle."""

            def check() -> None:
                if text in shown:
                    loop.quit()

            meter.on_block = check
            guard = QTimer()
            guard.setSingleShot(True)
            guard.timeout.connect(loop.quit)
            guard.start(10_000)
            if text not in shown:
                loop.exec()
            if text not in shown:
                raise SystemExit(f"no filter result for {text!r}")
            app.processEvents()  # anything still posted (a repaint) counts too
            meter.on_block = None

        def press(key: Any, text: str) -> None:
            """One measured key press; `text` is what the box holds after it."""
            shown.pop(text.strip(), None)
            meter.stretches.clear()
            started = time.perf_counter()
            QTest.keyClick(edit, key)  # a real key press, handled at once
            pressed = time.perf_counter() - started
            settle(text.strip())
            busy = [pressed, *meter.stretches]
            strokes.append(Keystroke(text or "(emptied)", sum(busy) * 1000, max(busy) * 1000,
                                     (shown[text.strip()] - started) * 1000))

        edit.setFocus()
        for word in WORDS:
            for end in range(1, len(word) + 1):
                press(word[end - 1], word[:end])
            edit.selectAll()
            press(Qt.Key.Key_Backspace, "")  # emptying the box shows everything again
        meter.stop()
        edit.clear()
        window.close()
    QApplication.processEvents()
    return strokes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=("startup", "filter"),
                        help="measure one of the two (while working on it)")
    args = parser.parse_args()

    print(f"library of {args.statements} synthetic statements")
    library = build_library(args.statements)
    print(f"  {library} ({library.stat().st_size / 1e6:.1f} MB)")

    start_ok = keys_ok = True
    summary = []
    if args.only != "filter":
        start_ok = startup(library, args.runs, summary)
    if args.only != "startup":
        keys_ok = filtering(library, summary)
    print(f"summary: {'; '.join(summary)}; {args.statements} statements")
    return 0 if start_ok and keys_ok else 1


def startup(library: Path, runs: int, summary: list[str]) -> bool:
    found = time_startup(library, runs)
    bare, app, listed = found["bare"], found["app"], found["listed"]
    ratio = app / bare
    print(f"launch to usable window (first paint done, event loop idle), median of {runs}, "
          "bare and app runs alternating:")
    print(f"  bare PySide6 window        {bare * 1000:7.0f} ms   "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in found['bare_runs'])})")
    print(
        f"  Briefpack window usable    {app * 1000:7.0f} ms   ({ratio:.2f}x, goal <= {START_GOAL}x;"
        f" runs: {', '.join(f'{t * 1000:.0f}' for t in found['app_runs'])})"
    )
    print(
        f"  Briefpack summits listed   {listed * 1000:7.0f} ms   ({listed / bare:.2f}x; "
        "read on a worker while the window is already usable)"
    )
    print(f"  longest GUI-thread stall between usable and listed: {found['stall'] * 1000:.0f} ms")
    start_ok = ratio <= START_GOAL
    summary.append(f"startup {ratio:.2f}x bare ({bare * 1000:.0f} vs {app * 1000:.0f} ms; "
                   f"{'ok' if start_ok else 'OVER'} goal {START_GOAL}x; summits listed at "
                   f"{listed / bare:.2f}x)")
    return start_ok


def filtering(library: Path, summary: list[str]) -> bool:
    strokes = time_keystrokes(library)
    ui = [stroke.ui_ms for stroke in strokes]
    worst = max(ui)
    median = statistics.median(ui)
    slowest = max(strokes, key=lambda stroke: stroke.ui_ms)
    print(f"filter, {len(strokes)} key presses over {', '.join(WORDS)}:")
    print("  GUI-thread time per key press (the key handled, then the event loop busy until")
    print("  the narrowed tree and list are shown and laid out; look-ups run on a worker):")
    print(
        f"    median {median:6.1f} ms   worst {worst:6.1f} ms   "
        f"(goal <= {KEYSTROKE_GOAL_MS:.0f} ms; worst at {slowest.text!r})"
    )
    print(
        f"    longest single stretch busy: {max(stroke.longest_ms for stroke in strokes):.1f} ms"
    )
    if os.environ.get("BENCH_VERBOSE"):
        for stroke in strokes:
            print(f"    {stroke.text!r:18} {stroke.ui_ms:6.1f} {stroke.longest_ms:6.1f} "
                  f"{stroke.shown_ms:6.0f}")
    shown = [stroke.shown_ms for stroke in strokes]
    print(
        f"  key press to results shown (wall clock, incl. the pause and the worker's query): "
        f"median {statistics.median(shown):.0f} ms, worst {max(shown):.0f} ms"
    )

    keys_ok = worst <= KEYSTROKE_GOAL_MS
    summary.append(f"filter GUI time per key worst {worst:.0f} ms median {median:.0f} ms "
                   f"({'ok' if keys_ok else 'OVER'} goal {KEYSTROKE_GOAL_MS:.0f} ms)")
    return keys_ok

if __name__ == "__main__":
    sys.exit(main())
