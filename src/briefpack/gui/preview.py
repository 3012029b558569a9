"""The preview: the pack's PDF as it will print, shown with QtPdf, rebuilt in the background.

Each change restarts a short timer; when it fires, a worker composes the pack and writes a PDF
to a private temporary folder, and the view swaps to it when it is ready. A change that arrives
while a preview is being built cancels it, so only the latest pack is ever shown.
"""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from briefpack.gui.workers import Job, JobRunner

DEBOUNCE_MS = 400
PreviewWork = Callable[[Any, Path], Path]  # (cancel token, target path) -> written PDF


class PreviewPane(QWidget):
    """A PDF view with a status line; `request()` asks for a fresh preview."""

    updated = Signal(Path)  # a new PDF is on screen
    failed = Signal(object)

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.setAccessibleName("Preview")
        self.runner = runner
        self.work: PreviewWork | None = None
        self.job: Job | None = None
        self.current_pdf: Path | None = None
        self._folder = tempfile.TemporaryDirectory(prefix="briefpack-preview-")
        self._numbers = itertools.count(1)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName("Preview of the pack as it will print")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.status = QLabel("No preview yet: choose a summit and issues.")
        self.status.setAccessibleName("Preview status")
        self.refresh_button = QPushButton("&Refresh")
        self.refresh_button.setAccessibleName("Refresh the preview")
        self.refresh_button.clicked.connect(self.refresh_now)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_now)

    def set_work(self, work: PreviewWork | None) -> None:
        self.work = work

    def request(self) -> None:
        """Something changed: rebuild after a short pause in the changes."""
        if self.job is not None:
            self.job.cancel()
        self.timer.start()

    def refresh_now(self) -> Job | None:
        self.timer.stop()
        if self.work is None:
            return None
        if self.job is not None:
            self.job.cancel()
        target = Path(self._folder.name) / f"preview-{next(self._numbers)}.pdf"
        work = self.work
        job = self.runner.start("preview", lambda token: work(token, target))
        self.job = job
        self.status.setText("Updating preview\u2026")
        job.finished.connect(lambda path, job=job: self._finished(job, path))
        job.failed.connect(lambda error, job=job: self._failed(job, error))
        job.cancelled.connect(lambda job=job: self._cancelled(job))
        return job

    def _finished(self, job: Job, path: Path) -> None:
        if job is not self.job:
            return  # an older preview, overtaken by a newer one
        self.job = None
        previous = self.current_pdf
        self.document.load(str(path))
        self.current_pdf = Path(path)
        pages = self.document.pageCount()
        self.status.setText(f"Preview: {pages} page{'s' if pages != 1 else ''}")
        if previous is not None and previous != self.current_pdf:
            previous.unlink(missing_ok=True)
        self.updated.emit(self.current_pdf)

    def _failed(self, job: Job, error: object) -> None:
        if job is not self.job:
            return
        self.job = None
        message = getattr(error, "message", None) or f"{type(error).__name__}: {error}"
        self.status.setText(f"Preview failed: {message}")
        self.failed.emit(error)

    def _cancelled(self, job: Job) -> None:
        if job is self.job:
            self.job = None
            self.status.setText("Preview cancelled")

    def clear(self, message: str) -> None:
        self.timer.stop()
        if self.job is not None:
            self.job.cancel()
            self.job = None
        self.document.close()
        self.current_pdf = None
        self.status.setText(message)

    def close_files(self) -> None:
        self.document.close()
        self._folder.cleanup()


def print_pdf(pdf_path: Path, printer: QPrinter) -> int:
    """Print the PDF's own pages, so paper and preview agree. Returns the pages printed."""
    document = QPdfDocument()
    document.load(str(pdf_path))
    if document.status() != QPdfDocument.Status.Ready:
        raise OSError(f"cannot read {pdf_path}")
    count = document.pageCount()
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage() - 1, 0)
        last = min(printer.toPage() - 1, count - 1) if printer.toPage() > 0 else last
    dpi = min(printer.resolution(), 300)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not start")
    printed = 0
    try:
        for page in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, size)
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            drawn = QRectF(QPointF(0, 0), image.size().toSizeF() * scale)
            painter.drawImage(drawn, image)
            printed += 1
    finally:
        painter.end()
        document.close()
    return printed


__all__ = ["PreviewPane", "print_pdf"]
