"""read_limited: the whole file however its size changed since stat, and never past the limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefpack.errors import FileRefused
from briefpack.importers.limits import read_limited


class _GrewAfterStat:
    """A path whose stat reports fewer bytes than the file then holds (a file being written)."""

    def __init__(self, path: Path, reported: int) -> None:
        self.path = path
        self.reported = reported

    def stat(self) -> os.stat_result:
        real = list(self.path.stat())
        real[6] = self.reported  # st_size
        return os.stat_result(real)

    def open(self, mode: str):
        return self.path.open(mode)

    def __fspath__(self) -> str:
        return str(self.path)


def test_reads_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 1000)
    assert read_limited(path, 5000, "text") == b"x" * 1000


def test_a_file_that_grew_since_stat_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(bytes(range(256)) * 4)
    grew = _GrewAfterStat(path, 10)
    assert read_limited(grew, 5000, "text") == bytes(range(256)) * 4  # type: ignore[arg-type]


def test_a_file_that_grew_past_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"y" * 1000)
    with pytest.raises(FileRefused, match="over"):
        read_limited(_GrewAfterStat(path, 10), 500, "text")  # type: ignore[arg-type]


def test_over_the_limit_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"z" * 3000)
    with pytest.raises(FileRefused, match="text files over"):
        read_limited(path, 2000, "text")
