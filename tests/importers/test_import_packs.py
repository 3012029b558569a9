"""A briefing pack Briefpack exported is refused as a statement, with the reason, while the
statements beside it import: real packs, exported from a library of the seeds."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path

import pytest

from briefpack.errors import FileRefused
from briefpack.importers import read_file
from briefpack.importers.packs import REASON

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A full pack as PDF and Word, and a handout as PDF, of the Helsinki summit."""
    from briefpack.cli.main import main

    folder = tmp_path_factory.mktemp("packs")
    library = folder / "library.sqlite3"
    assert main(["--library", str(library), "samples"]) == 0
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--library", str(library), "summits", "--json"]) == 0
    helsinki = next(s["id"] for s in json.loads(out.getvalue())
                    if s.get("location") == "Helsinki")
    made = {"pdf": folder / "helsinki.pdf", "docx": folder / "helsinki.docx",
            "handout": folder / "handout.pdf"}
    for kind, path in made.items():
        layout = ["--layout", "handout"] if kind == "handout" else []
        assert main(["--library", str(library), "export", "--summit", str(helsinki),
                     *layout, "-o", str(path)]) == 0
    return made


@pytest.mark.parametrize("kind", ["pdf", "docx", "handout"])
def test_an_exported_pack_is_refused_with_the_reason(packs: dict[str, Path], kind: str) -> None:
    with pytest.raises(FileRefused) as caught:
        read_file(packs[kind])
    assert caught.value.reason == REASON
    assert packs[kind].name in str(caught.value)


def test_a_pack_saved_again_in_word_is_still_a_pack(packs: dict[str, Path],
                                                    tmp_path: Path) -> None:
    import docx

    document = docx.Document(str(packs["docx"]))
    document.add_paragraph("A note added by hand before the meeting.")
    edited = tmp_path / "edited.docx"
    document.save(str(edited))
    with pytest.raises(FileRefused, match=REASON):
        read_file(edited)


def test_a_statement_that_names_briefpack_is_read(files, tmp_path: Path) -> None:
    text = "Made with Briefpack\n\nA statement that happens to say so. Briefpack.\n"
    files.make_docx(text, tmp_path / "statement.docx")
    files.make_pdf(text, tmp_path / "statement.pdf")
    for name in ("statement.docx", "statement.pdf"):
        assert "happens to say so" in read_file(tmp_path / name)[0].text


def test_a_folder_import_skips_the_packs_and_imports_the_statements(
        packs: dict[str, Path], files, tmp_path: Path) -> None:
    from briefpack.library import Library

    folder = tmp_path / "summit folder"
    folder.mkdir()
    for path in packs.values():
        shutil.copy(path, folder / path.name)
    seed = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    files.make_docx(seed, folder / "statement.docx")
    files.make_eml("Pack for Helsinki", folder / "mail.eml",
                   body="Please find the pack for the Helsinki summit attached.",
                   attachments={"helsinki.pdf": packs["pdf"].read_bytes()})
    with Library.open(tmp_path / "library.sqlite3") as library:
        report = library.import_all([folder], workers=0)
    # The e-mail's one sentence is the note sending the pack, no statement: the mail is
    # skipped with the pack's reason.
    assert sorted(item.path.name for item in report.imported) == ["statement.docx"]
    skipped = {path.name: reason for path, reason in report.skipped}
    assert skipped == {"helsinki.pdf": REASON, "helsinki.docx": REASON, "handout.pdf": REASON,
                       "mail.eml": f"attachments refused: helsinki.pdf: {REASON}"}


def test_a_statement_mailed_with_a_pack_attached_is_read(packs: dict[str, Path], seed,
                                                          files, tmp_path: Path) -> None:
    _, text = seed
    path = tmp_path / "mail.eml"
    files.make_eml(text, path, attachments={"helsinki.pdf": packs["pdf"].read_bytes()})
    [body] = read_file(path)
    assert body.format == "eml"
    assert "Anna Neistat" in body.text or "Kuehn" in body.text
    assert body.warnings == [f"attachment helsinki.pdf: {REASON}"]
