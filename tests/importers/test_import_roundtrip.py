"""Each format made from a seed reads back as the seed's paragraphs and parses like the seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefpack.importers import ImportedText, read_file


def _parsed(text: str, imported: ImportedText | None = None):
    parsing = pytest.importorskip("briefpack.parsing")
    if imported is None:
        return parsing.parse_statement(text, "seed.txt")
    return parsing.parse_statement(imported.text, imported.source, title=imported.title,
                                   date=imported.date, url=imported.url)


def _n(text: str | None) -> str | None:
    """White space as one plain space: a no-break space may become a space in some formats."""
    return " ".join(text.split()) if text is not None else None


def _summary(statement) -> dict:
    return {
        "title": _n(statement.title),
        "paragraphs": [(_n(p.text), p.kind) for p in statement.paragraphs],
        "quotes": [(_n(q.text), _n(q.speaker.name) if q.speaker else None)
                   for q in statement.quotes],
        "contacts": [(_n(c.name), _n(c.role), _n(c.organisation), [p.e164 for p in c.phones],
                      c.emails) for c in statement.contacts],
    }


def _assert_like_seed(files, seed_text: str, imported: ImportedText) -> None:
    assert files.paragraphs(imported.text) == files.paragraphs(seed_text)
    lines = imported.text.split("\n")
    assert lines[1] == "", "a blank line after the title, as in the seeds"
    assert imported.text.endswith("\n") and "\r" not in imported.text
    assert _summary(_parsed(imported.text, imported)) == _summary(_parsed(seed_text))


def _make(files, kind: str, text: str, path: Path) -> None:
    if kind == "pdf" and files.font_paths() is None:
        pytest.skip("no TrueType font to write curly quotes into a PDF")
    getattr(files, f"make_{kind}")(text, path)


@pytest.mark.parametrize("kind", ["docx", "pdf", "html", "odt"])
def test_format_reads_like_its_seed(files, seed, tmp_path: Path, kind: str) -> None:
    name, text = seed
    path = tmp_path / f"{Path(name).stem}.{kind}"
    _make(files, kind, text, path)
    [imported] = read_file(path)
    assert imported.format == kind
    _assert_like_seed(files, text, imported)


def test_docx_leaves_out_header_and_comment_and_keeps_table(files, seed, tmp_path) -> None:
    name, text = seed
    path = tmp_path / "s.docx"
    files.make_docx(text, path)
    [imported] = read_file(path)
    assert "PRESS RELEASE" not in imported.text  # the running header
    assert "Check this figure" not in imported.text  # the comment
    assert imported.title == files.paragraphs(text)[0]


def test_html_metadata_and_no_page_furniture(files, seed, tmp_path: Path) -> None:
    import datetime as dt

    _, text = seed
    path = tmp_path / "page.html"
    files.make_html(text, path)
    [imported] = read_file(path)
    assert imported.url == "https://www.amnesty.org/en/latest/news/2017/04/us-china-summit/"
    assert imported.date == dt.date(2017, 4, 5)
    assert imported.title == files.paragraphs(text)[0]
    for furniture in ("cookie", "Share on", "Related content", "Donate", "newsletter",
                      "tracking", "What we do", "© Amnesty", "Another news story"):
        assert furniture not in imported.text


def test_html_without_h1_takes_title_from_metadata(files, seed, tmp_path: Path) -> None:
    _, text = seed
    path = tmp_path / "page.htm"
    files.make_html(text, path, with_h1=False)
    [imported] = read_file(path)
    _assert_like_seed(files, text, imported)


def test_eml_body(files, seed, tmp_path: Path) -> None:
    import datetime as dt

    _, text = seed
    path = tmp_path / "mail.eml"
    files.make_eml(text, path)
    [imported] = read_file(path)
    assert imported.format == "eml"
    assert imported.date == dt.date(2017, 4, 5)
    _assert_like_seed(files, text, imported)


def test_eml_subject_is_the_title_when_the_body_has_none(files, seed, tmp_path: Path) -> None:
    _, text = seed
    title, _, body = text.partition("\n")
    path = tmp_path / "mail.eml"
    files.make_eml(text, path, subject=f"PRESS RELEASE: {title}", body=body.lstrip("\n"))
    [imported] = read_file(path)
    _assert_like_seed(files, text, imported)


def test_eml_hard_wrapped_body_is_unwrapped(files, seed, tmp_path: Path) -> None:
    import textwrap

    _, text = seed
    wrapped = "\n\n".join(textwrap.fill(line, 72) for line in files.paragraphs(text))
    path = tmp_path / "mail.eml"
    files.make_eml(text, path, body=wrapped)
    [imported] = read_file(path)
    assert files.paragraphs(imported.text) == files.paragraphs(text)


def test_eml_html_only_goes_through_the_html_importer(files, seed, tmp_path: Path) -> None:
    from email.message import EmailMessage

    _, text = seed
    message = EmailMessage()
    message["From"] = "press@amnesty.example"
    message["Subject"] = files.paragraphs(text)[0]
    message["Date"] = "Wed, 05 Apr 2017 09:30:00 +0000"
    message.set_content(files.make_html(text).decode("utf-8"), subtype="html")
    path = tmp_path / "newsletter.eml"
    path.write_bytes(bytes(message))
    [imported] = read_file(path)
    assert imported.format == "eml"
    assert files.paragraphs(imported.text) == files.paragraphs(text)


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_eml_attachment_is_a_statement_of_its_own(files, seed, tmp_path, kind) -> None:
    name, text = seed
    if kind == "pdf" and files.font_paths() is None:
        pytest.skip("no TrueType font")
    attachment = getattr(files, f"make_{kind}")(text)
    path = tmp_path / "mail.eml"
    files.make_eml(text, path, attachments={f"statement.{kind}": attachment})
    body, attached = read_file(path)
    _assert_like_seed(files, text, body)
    _assert_like_seed(files, text, attached)
    assert attached.format == kind
    assert attached.name == f"mail.eml \u203a statement.{kind}"
    assert attached.source == attached.name


def test_eml_cover_note_is_not_a_statement(files, seed, tmp_path: Path) -> None:
    _, text = seed
    path = tmp_path / "mail.eml"
    files.make_eml(text, path, subject="Our statement", body="Dear all,\n\nPlease find our "
                   "statement attached.\n\nBest,\nPress office\n",
                   attachments={"statement.docx": files.make_docx(text)})
    [attached] = read_file(path)
    assert attached.format == "docx"
    _assert_like_seed(files, text, attached)
