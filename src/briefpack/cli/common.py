"""What every command module shares: opening the library, printing JSON and progress."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from briefpack.jobs import Progress
from briefpack.library import Library
from briefpack.paths import default_library_path


def open_library(args: argparse.Namespace) -> Library:
    """The library named by `--library`, or the one in the user's data folder."""
    path = getattr(args, "library", None) or default_library_path()
    return Library.open(path)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help="print a JSON array of objects, each with a stable id")


def print_json(data: Any, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    json.dump(data, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


class ProgressLine:
    """One self-overwriting line on a terminal's stderr; silent when stderr is not a terminal,
    so logs and pipes get only the summary."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.active = self.stream.isatty()
        self._width = 0

    def show(self, progress: Progress) -> None:
        if not self.active:
            return
        total = f"/{progress.total}" if progress.total is not None else ""
        line = f"{progress.done}{total}  {progress.message}"[:79]
        self.stream.write("\r" + line.ljust(self._width))
        self._width = len(line)
        self.stream.flush()

    def clear(self) -> None:
        if self.active and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
