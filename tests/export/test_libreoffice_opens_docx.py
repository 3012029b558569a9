"""A real office suite opens the DOCX: LibreOffice converts it to PDF (once per module)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    from briefpack.export import export_docx

    folder = tmp_path_factory.mktemp("libreoffice")
    samples = _samples()
    document = samples.hand_built_document(samples.write_png(folder / "logo.png"))
    source = folder / "pack.docx"
    export_docx(document, source)
    profile = folder / "profile"
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(source)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    pdf = folder / "pack.pdf"
    assert pdf.exists(), result.stdout + result.stderr
    reader = pypdf.PdfReader(pdf)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    return pdf, text


def _samples():
    # conftest's fixtures are function-scoped; load its helpers for this module-scoped one.
    import importlib.util

    path = Path(__file__).with_name("conftest.py")
    spec = importlib.util.spec_from_file_location("_export_samples", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_libreoffice_renders_headings_quotes_and_contacts(converted: tuple[Path, str]) -> None:
    _, text = converted
    assert "Refugees and asylum" in text
    assert "Anna Neistat" in text
    assert "Jacob Kuehn" in text
    assert "Путин" in text


def test_libreoffice_prints_page_x_of_y(converted: tuple[Path, str]) -> None:
    pdf, text = converted
    total = len(pypdf.PdfReader(pdf).pages)
    assert f"Page 2 of {total}" in text
    assert "Page 1 of" not in text  # the cover has no number
