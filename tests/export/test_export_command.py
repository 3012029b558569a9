"""`briefpack export` and `briefpack pack save|show` on a library of the seed statements."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pypdf
import pytest

from briefpack.cli.main import main


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("library") / "library.sqlite3"
    assert main(["--library", str(path), "samples"]) == 0
    return path


def _summit_id(library: Path, capsys: pytest.CaptureFixture[str], place: str) -> int:
    assert main(["--library", str(library), "summits", "--json"]) == 0
    summits = json.loads(capsys.readouterr().out)
    return next(s["id"] for s in summits if s.get("location") == place)


def test_export_pdf_and_docx_from_the_seeds(library: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    helsinki = _summit_id(library, capsys, "Helsinki")
    pdf = tmp_path / "helsinki.pdf"
    code = main(["--library", str(library), "export", "--summit", str(helsinki),
                 "--title", "Helsinki briefing", "-o", str(pdf)])
    assert code == 0, capsys.readouterr().err
    assert "wrote" in capsys.readouterr().out
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(pdf).pages)
    assert "Helsinki briefing" in text and "Anna Neistat" in text
    assert "Presidents Putin and Trump have been toxic for human rights." in text

    word = tmp_path / "helsinki.docx"
    code = main(["--library", str(library), "export", "--summit", str(helsinki), "--layout",
                 "handout", "--page-size", "letter", "--issue", "refugees", "-o", str(word)])
    assert code == 0, capsys.readouterr().err
    document = docx.Document(str(word))
    assert round(document.sections[0].page_width.inches, 1) == 8.5
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Refugees and asylum" in headings and "The war in Syria" not in headings


def test_format_option_overrides_the_extension(library: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    helsinki = _summit_id(library, capsys, "Helsinki")
    target = tmp_path / "pack.bin"
    assert main(["--library", str(library), "export", "--summit", str(helsinki), "--format",
                 "pdf", "--layout", "handout", "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")


def test_errors_are_sentences_and_write_nothing(library: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--library", str(library), "export"]
    cases = [
        (["-o", str(tmp_path / "a.pdf")], "Choose at least one summit"),
        (["--summit", "999", "-o", str(tmp_path / "a.pdf")], "summit 999"),
        (["--summit", "1", "--issue", "nope", "-o", str(tmp_path / "a.pdf")], "no issue 'nope'"),
        (["--summit", "1", "-o", str(tmp_path / "a.odt")], "end it in .docx or .pdf"),
        (["--summit", "1", "-o", str(tmp_path / "missing" / "a.pdf")], "does not exist"),
    ]
    for extra, message in cases:
        assert main(base + extra) == 1
        assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_pack_save_show_and_export_from_it(library: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    helsinki = _summit_id(library, capsys, "Helsinki")
    pack = tmp_path / "helsinki.briefpack"
    assert main(["pack", "save", str(pack), "--summit", str(helsinki), "--issue", "syria",
                 "--title", "Saved pack", "--marking", "Public"]) == 0
    capsys.readouterr()
    assert main(["pack", "show", str(pack)]) == 0
    shown = capsys.readouterr().out
    assert "Saved pack" in shown and "syria" in shown and "Public" in shown
    assert main(["pack", "show", str(pack), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pack"]["summits"] == [helsinki]

    out = tmp_path / "from-pack.pdf"
    assert main(["--library", str(library), "export", "--pack", str(pack), "--layout",
                 "handout", "-o", str(out)]) == 0
    first = pypdf.PdfReader(out).pages[0].extract_text()
    assert "Saved pack" in first and "PUBLIC" in first


def test_pack_show_of_a_damaged_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.briefpack"
    bad.write_text("{")
    assert main(["pack", "show", str(bad)]) == 1
    assert "damaged" in capsys.readouterr().err


def test_export_notes_characters_the_pdf_cannot_show(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A quote with Arabic words in it: the PDF is written, and the command says on standard
    error that those characters print blank, where the Word file has them."""
    seed = Path(__file__).resolve().parents[2] / "seeds" / "000_d219fd84bab783dd.txt"
    folder = tmp_path / "in"
    folder.mkdir()
    arabic = "\u062d\u0642\u0648\u0642 \u0627\u0644\u0625\u0646\u0633\u0627\u0646"  # human rights
    text = seed.read_text(encoding="utf-8").replace(
        "toxic for human rights", f"toxic for human rights ({arabic})", 1)
    (folder / "arabic.txt").write_text(text, encoding="utf-8")
    library = tmp_path / "library.sqlite3"
    assert main(["--library", str(library), "import", str(folder)]) == 0
    capsys.readouterr()
    helsinki = _summit_id(library, capsys, "Helsinki")
    pdf = tmp_path / "pack.pdf"
    assert main(["--library", str(library), "export", "--summit", str(helsinki),
                 "-o", str(pdf)]) == 0
    captured = capsys.readouterr()
    assert "wrote" in captured.out and pdf.exists()
    assert "note:" in captured.err and "Arabic" in captured.err
    docx_path = tmp_path / "pack.docx"
    assert main(["--library", str(library), "export", "--summit", str(helsinki),
                 "-o", str(docx_path)]) == 0
    assert "note:" not in capsys.readouterr().err
