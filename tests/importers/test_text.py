from __future__ import annotations

from pathlib import Path

import pytest

from briefpack.errors import FileRefused
from briefpack.importers import iter_statement_files, read_file

CURLY = "\u201cWe must act,\u201d said Anna Neistat \u2013 Amnesty\u2019s director."


def test_utf8_read_with_newlines_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Title\r\n\r\nBody line\rsecond\n")
    [imported] = read_file(path)
    assert imported.text == "Title\n\nBody line\nsecond\n"
    assert imported.encoding == "utf-8"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_encodings_with_curly_quotes(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(CURLY.encode(encoding))
    [imported] = read_file(path)
    assert imported.text == CURLY


def test_empty_file_refused_with_name(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n")
    with pytest.raises(FileRefused) as error:
        read_file(path)
    assert "empty.txt" in str(error.value)
    assert "empty" in error.value.reason


def test_binary_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(FileRefused, match="binary"):
        read_file(path)


def test_over_five_megabytes_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    with pytest.raises(FileRefused, match="5 MB"):
        read_file(path)


def test_unknown_type_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "x.xyz").write_text("hello")
    with pytest.raises(FileRefused, match="unsupported"):
        read_file(tmp_path / "x.xyz")
    with pytest.raises(FileRefused, match="no such file"):
        read_file(tmp_path / "missing.txt")


def test_walk_folder_skips_hidden_and_reports_missing(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("b")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / "notes.xyz").write_text("x")
    found = list(iter_statement_files([tmp_path, tmp_path / "nope.txt"]))
    assert found[:2] == [tmp_path / "a.md", tmp_path / "sub" / "b.txt"]
    assert isinstance(found[2], FileRefused) and "nope.txt" in str(found[2])
    assert len(found) == 3
