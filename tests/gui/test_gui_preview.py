"""The preview pane (debounced background rebuild) and printing the PDF's own pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from briefpack.gui.preview import PreviewPane, print_pdf
from briefpack.gui.workers import JobRunner


def _write_pdf(path: Path, pages: int, words: str = "Helsinki") -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    for number in range(pages):
        pdf.drawString(72, 720, f"{words} page {number + 1}")
        pdf.showPage()
    pdf.save()
    return path


def test_preview_debounces_and_shows_latest(qtbot, tmp_path: Path) -> None:
    runner = JobRunner()
    pane = PreviewPane(runner)
    qtbot.addWidget(pane)
    calls: list[Path] = []

    def work(token, target: Path) -> Path:
        calls.append(target)
        token.raise_if_cancelled()
        return _write_pdf(target, 2 + len(calls))

    pane.set_work(work)
    for _ in range(5):  # five quick changes make one rebuild
        pane.request()
    with qtbot.waitSignal(pane.updated, timeout=10000):
        pass
    assert len(calls) == 1
    assert pane.document.pageCount() == 3
    assert pane.status.text() == "Preview: 3 pages"
    first = pane.current_pdf
    pane.refresh_now()
    with qtbot.waitSignal(pane.updated, timeout=10000):
        pass
    assert pane.document.pageCount() == 4
    assert not first.exists()  # the old preview file is removed
    runner.wait()
    pane.close_files()


def test_preview_failure_is_shown(qtbot) -> None:
    runner = JobRunner()
    pane = PreviewPane(runner)
    qtbot.addWidget(pane)

    def work(token, target: Path) -> Path:
        from briefpack.errors import ExportError

        raise ExportError("The logo file is missing.")

    pane.set_work(work)
    with qtbot.waitSignal(pane.failed, timeout=10000):
        pane.refresh_now()
    assert pane.status.text() == "Preview failed: The logo file is missing."
    runner.wait()
    pane.close_files()


def test_print_pdf_prints_every_page(qapp, tmp_path: Path) -> None:
    from pypdf import PdfReader

    source = _write_pdf(tmp_path / "pack.pdf", 3)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(source, printer) == 3
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 3


def test_print_pdf_honours_page_range(qapp, tmp_path: Path) -> None:
    from pypdf import PdfReader

    source = _write_pdf(tmp_path / "pack.pdf", 4)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_pdf(source, printer) == 2
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2
