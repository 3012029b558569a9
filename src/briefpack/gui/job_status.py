"""The status-bar strip that shows a running job's progress with a Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from briefpack.gui.workers import Job
from briefpack.jobs import Progress


class JobStatus(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: Job | None = None
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setAccessibleName("Job progress")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel the running job")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def follow(self, job: Job, title: str, cancellable: bool = True) -> None:
        self.job = job
        self.label.setText(title)
        self.bar.setRange(0, 0)  # busy until the first Progress tells the total
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.setVisible(cancellable)
        job.progress.connect(self._on_progress)
        job.done.connect(lambda: self._on_done(job))
        self.show()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.label.text() + " (cancelling)")

    def _on_progress(self, progress: Progress) -> None:
        if progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))
        if progress.message:
            self.bar.setFormat(f"%v/%m  {progress.message}"[:80])
            self.bar.setToolTip(progress.message)

    def _on_done(self, job: Job) -> None:
        if job is self.job:
            self.job = None
            self.hide()
