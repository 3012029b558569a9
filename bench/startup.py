"""How fast the app is usable, against a bare PySide6 window, with a library of 10,000 statements.

    .venv/bin/python bench/startup.py [--statements 10000] [--runs 5]

1. Builds (once, cached in build/) a library of N synthetic statements from bench/corpus.py.
2. Launch to usable window, each in a fresh process: a bare QMainWindow, then Briefpack's
   window on that library (shown, painted, event loop idle: menus, filter and File actions
   respond). Median of the runs. Goal: the app at most 1.5 times the bare window. The summits
   are read on a worker meanwhile; when they are listed is printed too.
3. Filter keystrokes: types words into the library filter one key at a time and times each
   (FTS query + narrowing the tree and the statements list). Goal: at most 50 ms a keystroke.
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
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUILD = REPO / "build"
START_GOAL = 1.5
KEYSTROKE_GOAL_MS = 50.0
WORDS = ("refugees", "Helsinki", "torture", "Putin", "hunger strike")

# Each child prints wall-clock times (time.time()) at which the window became usable: shown,
# painted and its event loop idle. The parent subtracts the time it launched the process.
BARE_CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("usable", time.time(), flush=True), app.quit()))
app.exec()
"""

APP_CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from briefpack.gui.app import make_application
app = make_application(sys.argv[:1])
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from briefpack.gui.main_window import MainWindow
from briefpack.gui.settings import AppSettings
settings = AppSettings()
settings.samples_offered = True
window = MainWindow(settings, library_path=Path(sys.argv[1]))
window.show()
window.start()
QTimer.singleShot(0, lambda: print("usable", time.time(), flush=True))
def listed():
    assert window.library_panel.model.rowCount() > 0
    print("listed", time.time(), flush=True)
    app.quit()
window.library_ready.connect(listed)
app.exec()
"""


def build_library(count: int) -> Path:
    sys.path.insert(0, str(REPO / "bench"))
    path = BUILD / f"bench-library-{count}.sqlite3"
    if path.exists():
        return path
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
    """Seconds from launching the process to each moment the child reports."""
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
        moments[name] = float(stamp) - started
    if result.returncode != 0 or "usable" not in moments:
        raise SystemExit(f"child failed:\n{result.stdout}\n{result.stderr}")
    return moments


def time_startup(library: Path, runs: int) -> tuple[float, float, float]:
    """Medians: bare window usable, Briefpack window usable, Briefpack summits listed."""
    with tempfile.TemporaryDirectory() as settings_folder:
        launch(BARE_CHILD)  # warm the file cache for both
        launch(APP_CHILD, str(library), settings_folder)
        bare = [launch(BARE_CHILD)["usable"] for _ in range(runs)]
        app = [launch(APP_CHILD, str(library), settings_folder) for _ in range(runs)]
    return (
        statistics.median(bare),
        statistics.median(run["usable"] for run in app),
        statistics.median(run["listed"] for run in app),
    )


def time_keystrokes(library: Path) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from briefpack.gui.app import make_application
    from briefpack.gui.main_window import MainWindow
    from briefpack.gui.settings import AppSettings

    app = make_application(sys.argv[:1])
    timings: list[float] = []
    with tempfile.TemporaryDirectory() as settings_folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
        settings = AppSettings()
        settings.samples_offered = True
        window = MainWindow(settings, library_path=library)
        window.show()
        window.start()
        app.processEvents()
        edit = window.library_panel.filter_edit
        for word in WORDS:
            edit.clear()
            app.processEvents()
            for end in range(1, len(word) + 1):
                started = time.perf_counter()
                edit.setText(word[:end])  # textChanged runs the filter, as a key press does
                app.processEvents()  # and the views lay themselves out again
                timings.append((time.perf_counter() - started) * 1000)
        edit.clear()
        window.close()
    QApplication.processEvents()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    print(f"library of {args.statements} synthetic statements")
    library = build_library(args.statements)
    print(f"  {library} ({library.stat().st_size / 1e6:.1f} MB)")

    bare, app, listed = time_startup(library, args.runs)
    ratio = app / bare
    print(f"launch to usable window, median of {args.runs}:")
    print(f"  bare PySide6 window        {bare * 1000:7.0f} ms")
    print(
        f"  Briefpack window usable    {app * 1000:7.0f} ms   ({ratio:.2f}x, goal <= {START_GOAL}x)"
    )
    print(
        f"  Briefpack summits listed   {listed * 1000:7.0f} ms   ({listed / bare:.2f}x; "
        "read on a worker while the window is already usable)"
    )

    timings = time_keystrokes(library)
    worst = max(timings)
    median = statistics.median(timings)
    print(f"filter, {len(timings)} keystrokes over {', '.join(WORDS)}:")
    print(
        f"  median {median:6.1f} ms   worst {worst:6.1f} ms   (goal <= {KEYSTROKE_GOAL_MS:.0f} ms)"
    )

    start_ok = ratio <= START_GOAL
    keys_ok = worst <= KEYSTROKE_GOAL_MS
    print(
        f"summary: startup {ratio:.2f}x bare ({'ok' if start_ok else 'OVER'} goal "
        f"{START_GOAL}x; summits listed at {listed / bare:.2f}x), "
        f"filter worst {worst:.0f} ms median {median:.0f} ms "
        f"({'ok' if keys_ok else 'OVER'} goal {KEYSTROKE_GOAL_MS:.0f} ms), "
        f"{args.statements} statements"
    )
    return 0 if start_ok and keys_ok else 1


if __name__ == "__main__":
    sys.exit(main())
