"""Exports are written beside the target and renamed: never half a file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefpack.errors import ExportError
from briefpack.export import export, format_for
from briefpack.export.atomic import atomic_writer


def test_failure_leaves_the_earlier_file_and_no_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"earlier")
    with pytest.raises(RuntimeError), atomic_writer(target) as stream:
        stream.write(b"half")
        raise RuntimeError("renderer crashed")
    assert target.read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]


def test_success_replaces_the_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"earlier")
    target.chmod(0o640)
    with atomic_writer(target) as stream:
        stream.write(b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]


def test_missing_folder_is_a_clear_error(tmp_path: Path, sample_document) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export(sample_document, tmp_path / "nowhere" / "pack.docx")


def test_target_that_is_a_folder_is_a_clear_error(tmp_path: Path, sample_document) -> None:
    (tmp_path / "pack.pdf").mkdir()
    with pytest.raises(ExportError, match="folder already has that name"):
        export(sample_document, tmp_path / "pack.pdf")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="permissions do not bind root, or this is not POSIX")
def test_read_only_folder_is_a_clear_error(tmp_path: Path, sample_document) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="permission"):
            export(sample_document, folder / "pack.pdf")
    finally:
        folder.chmod(0o700)


def test_rename_failure_keeps_the_earlier_file(tmp_path: Path, monkeypatch,
                                               sample_document) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "pack.docx"
    target.write_bytes(b"earlier")

    def refuse(source: str, destination: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="open in another program"):
        export(sample_document, target)
    assert target.read_bytes() == b"earlier"
    assert sorted(p.name for p in target.parent.iterdir()) == ["pack.docx"]


def test_format_follows_the_extension() -> None:
    assert format_for("a.PDF") == "pdf"
    assert format_for("a.docx") == "docx"
    assert format_for("a.txt", "docx") == "docx"
    with pytest.raises(ExportError, match="end it in .docx or .pdf"):
        format_for("a.txt")
    with pytest.raises(ExportError, match="cannot export as 'odt'"):
        format_for("a.odt", "odt")
