"""Long work (PDFs, imports, backups) off the UI thread: a function runs on Qt's thread
pool; its result or error comes back to the UI thread through a queued signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Relay(QObject):
    """Lives in the UI thread: signals from the worker reach it queued, so the callbacks run
    on the UI thread."""

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None]):
        super().__init__()
        self.on_done, self.on_error = on_done, on_error

    @Slot(object)
    def done(self, result: Any) -> None:
        _running.discard(self.job)
        self.on_done(result)

    @Slot(object)
    def failed(self, error: Exception) -> None:
        _running.discard(self.job)
        self.on_error(error)


class Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)  # kept alive in _running until its result has arrived

    def run(self) -> None:
        try:
            try:
                result = self.fn()
            except Exception as e:  # reported to the UI thread, which shows it
                self.signals.failed.emit(e)
            else:
                self.signals.done.emit(result)
        except RuntimeError:  # the app quit while this ran: no one is left to tell
            pass


_running: set[Job] = set()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None]) -> Job:
    job = Job(fn)
    relay = _Relay(on_done, on_error)
    relay.job = job
    job.relay = relay
    job.signals.done.connect(relay.done)
    job.signals.failed.connect(relay.failed)
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job
