"""Long work (PDFs, imports, backups) off the UI thread: a function runs on Qt's thread
pool; its result or error comes back to the UI thread through a signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)  # kept alive by the caller until a signal has arrived

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as e:  # reported to the UI thread, which shows it
            self.signals.failed.emit(e)
        else:
            self.signals.done.emit(result)


_running: set[Job] = set()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None]) -> Job:
    job = Job(fn)

    def finish(callback, value):
        _running.discard(job)
        callback(value)

    job.signals.done.connect(lambda r: finish(on_done, r))
    job.signals.failed.connect(lambda e: finish(on_error, e))
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job


def wait_all(timeout_ms: int = 30_000) -> bool:
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
