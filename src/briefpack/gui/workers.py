"""Run engine jobs off the GUI thread, with progress by signal and Cancel.

An engine job is a plain callable taking a `CancelToken`. If it returns a generator, each
`Progress` it yields is forwarded, and the generator's return value is the result; otherwise its
return value is the result. The `Job` object lives in the GUI thread and re-emits what the worker
reports there, so its signals may be connected to anything.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from briefpack.jobs import Cancelled, CancelToken, Progress

JobFunction = Callable[[CancelToken], Any]


class _WorkerSignals(QObject):
    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Work:
    """What runs on the pool thread. A plain callable handed to `QThreadPool.start`, so Python
    keeps it (and the signals it emits on) alive until the thread is done with it."""

    def __init__(self, function: JobFunction, token: CancelToken, signals: _WorkerSignals):
        self.function = function
        self.token = token
        self.signals = signals

    def __call__(self) -> None:
        try:
            self._run()
        except RuntimeError:
            pass  # the window (and the Job) went away while this ran: nobody to tell

    def _run(self) -> None:
        try:
            result = self.function(self.token)
            if inspect.isgenerator(result):
                result = self._drain(result)
            self.token.raise_if_cancelled()
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as error:  # noqa: BLE001 - every failure reaches the GUI thread
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)

    def _drain(self, generator: Any) -> Any:
        while True:
            try:
                item = next(generator)
            except StopIteration as stop:
                return stop.value
            if isinstance(item, Progress):
                self.signals.progress.emit(item)


class Job(QObject):
    """One run of an engine job; emits exactly one of finished, failed or cancelled."""

    progress = Signal(object)  # Progress
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    done = Signal()  # after any of the three above

    def __init__(self, name: str, function: JobFunction, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.token = CancelToken()
        self.running = False
        self.last_progress: Progress | None = None
        self._signals = _WorkerSignals()  # lives in the GUI thread: queued delivery to our slots
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._work: _Work | None = _Work(function, self.token, self._signals)

    def start(self, pool: QThreadPool | None = None) -> Job:
        self.running = True
        assert self._work is not None, "a Job runs once"
        (pool or QThreadPool.globalInstance()).start(self._work)
        self._work = None
        return self

    def cancel(self) -> None:
        self.token.cancel()

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        self.last_progress = progress
        self.progress.emit(progress)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.running = False
        self.finished.emit(result)
        self.done.emit()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.running = False
        self.failed.emit(error)
        self.done.emit()

    @Slot()
    def _on_cancelled(self) -> None:
        self.running = False
        self.cancelled.emit()
        self.done.emit()


class JobRunner(QObject):
    """Keeps running jobs alive and sends database writes through one thread.

    Writes (import, samples) go to a pool of one thread, as SQLite wants one writer at a time;
    reads for preview and export go to a second pool so a long import never delays a preview.
    """

    job_started = Signal(object)
    job_done = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)
        self.read_pool = QThreadPool(self)
        self.read_pool.setMaxThreadCount(2)
        self.jobs: list[Job] = []

    def start(self, name: str, function: JobFunction, *, writes: bool = False) -> Job:
        # Finished jobs are dropped here rather than deleted from their own `done` signal:
        # freeing a QObject while it emits is how PySide apps crash.
        self.jobs = [job for job in self.jobs if job.running]
        job = Job(name, function)
        self.jobs.append(job)
        job.done.connect(self._on_job_done)
        job.start(self.write_pool if writes else self.read_pool)
        self.job_started.emit(job)
        return job

    @Slot()
    def _on_job_done(self) -> None:
        job = self.sender()
        if isinstance(job, Job):
            self.job_done.emit(job)

    def busy(self, name: str | None = None) -> bool:
        return any(job.running and (name is None or job.name == name) for job in self.jobs)

    def cancel_all(self) -> None:
        for job in self.jobs:
            job.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Cancel nothing, just wait for the pools (used when closing and in tests)."""
        return self.write_pool.waitForDone(msecs) and self.read_pool.waitForDone(msecs)
