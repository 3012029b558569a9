"""Files written by a real office suite: LibreOffice turns the seed .docx into .pdf and .odt.

Its PDFs are what press offices send (TrueType subsets, kerned TJ arrays, a running header from
the Word file), unlike reportlab's. Skipped where LibreOffice is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from briefpack.importers import read_file

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def converted(tmp_path_factory, files) -> dict[str, tuple[str, dict[str, Path]]]:
    if SOFFICE is None:
        pytest.skip("LibreOffice is not installed")
    folder = tmp_path_factory.mktemp("office")
    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    made: dict[str, tuple[str, dict[str, Path]]] = {}
    sources = []
    for seed in seeds:
        text = seed.read_text(encoding="utf-8")
        # Contact lines as paragraphs: in a narrow table cell they wrap, and a PDF keeps no
        # trace of the cell, so its lines would be read as separate short lines.
        source = folder / f"{seed.stem}.docx"
        files.make_docx(text, source, table_contacts=False)
        sources.append(source)
        made[seed.name] = (text, {"pdf": folder / f"{seed.stem}.pdf",
                                  "odt": folder / f"{seed.stem}.odt"})
    environment = dict(os.environ, HOME=str(folder))  # a profile of its own, not the user's
    for target in ("pdf", "odt"):
        subprocess.run([SOFFICE, "--headless", "--norestore", "--convert-to", target,
                        "--outdir", str(folder), *map(str, sources)], env=environment,
                       capture_output=True, timeout=180, check=False)
    for _, outputs in made.values():
        for path in outputs.values():
            if not path.exists():
                pytest.skip("LibreOffice did not convert the files")
    return made


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["pdf", "odt"])
def test_office_suite_files_read_like_the_seed(converted, files, kind: str) -> None:
    for text, outputs in converted.values():
        [imported] = read_file(outputs[kind])
        assert files.paragraphs(imported.text) == files.paragraphs(text)
        assert "PRESS RELEASE" not in imported.text  # the Word file's running header
