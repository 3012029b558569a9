"""E-mail rules pinned one each: unwrapping, subject as title, attachments refused or read."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefpack.errors import FileRefused
from briefpack.importers import read_file
from briefpack.importers.eml import unwrap


def test_format_flowed_is_unwrapped() -> None:
    flowed = "First line of a long \nparagraph that was flowed.\n\nSecond paragraph.\n"
    assert unwrap(flowed, flowed=True) == (
        "First line of a long paragraph that was flowed.\n\nSecond paragraph.\n"
    )


def test_unwrapped_text_is_left_alone() -> None:
    text = "A paragraph on one line that is much longer than any wrapping width would be. " * 2
    text += "\nShort line\nAnother\n"
    assert unwrap(text) == text


def test_short_lines_of_a_wrapped_mail_stay_apart() -> None:
    wrapped = (
        "The organization calls on the two leaders to put the international\n"
        "refugee situation at the top of their agenda.\n"
        "\n"
        "Jacob Kuehn\n"
        "Media Relations\n"
    )
    assert unwrap(wrapped).split("\n") == [
        "The organization calls on the two leaders to put the international refugee "
        "situation at the top of their agenda.", "", "Jacob Kuehn", "Media Relations", "",
    ]


def test_greeting_is_no_title(files, tmp_path: Path) -> None:
    path = tmp_path / "mail.eml"
    files.make_eml("", path, subject="Fwd: Leaders must act",
                   body="Dear colleagues,\n\nThe statement says this and that.\n")
    [imported] = read_file(path)
    assert imported.text == (
        "Leaders must act\n\nDear colleagues,\nThe statement says this and that.\n"
    )


def test_refused_attachment_is_reported_beside_the_body(files, seed, tmp_path) -> None:
    _, text = seed
    path = tmp_path / "mail.eml"
    files.make_eml(text, path, attachments={"broken.docx": b"PK\x03\x04 broken"})
    [body] = read_file(path)
    assert body.format == "eml"
    assert body.warnings and "broken.docx" in body.warnings[0]


def test_mail_with_nothing_readable_is_refused(files, tmp_path: Path) -> None:
    path = tmp_path / "mail.eml"
    files.make_eml("", path, subject="See attached", body="",
                   attachments={"broken.pdf": b"%PDF-1.4 nothing"})
    with pytest.raises(FileRefused) as caught:
        read_file(path)
    assert "broken.pdf" in caught.value.reason


def test_not_an_email(tmp_path: Path) -> None:
    path = tmp_path / "notes.eml"
    path.write_text("")
    with pytest.raises(FileRefused, match="empty"):
        read_file(path)


def test_eml_without_headers_is_read_as_the_text_it_is(tmp_path: Path) -> None:
    path = tmp_path / "statement.eml"
    path.write_text("A title\n\nA paragraph.\n", encoding="utf-8")
    [imported] = read_file(path)
    assert imported.format == "txt"
    assert imported.text == "A title\n\nA paragraph.\n"
