"""Long work (PDFs, imports, backups, counts) off the UI thread, owned by the widget or window
that asked for it: ``run(owner, fn, on_done, on_error)``. The function runs on Qt's thread
pool; its result or error comes back to the UI thread through a queued signal, and only while
the owner lives: once the owner is deleted (a pane replaced, a dialog closed) or the job is
cancelled, the result is dropped. A function that takes a ``job`` argument can look at
``job.cancelled`` to stop early."""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


def _alive(obj: QObject | None) -> bool:
    if obj is None:
        return True
    try:
        import shiboken6

        return shiboken6.isValid(obj)
    except ImportError:  # pragma: no cover - PySide6 always ships it
        return True


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Relay(QObject):
    """Lives in the UI thread, a child of the owner: signals from the worker reach it queued,
    so the callbacks run on the UI thread; deleted with its owner, after which nothing is
    delivered."""

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
                 owner: QObject | None):
        super().__init__(owner)
        self.on_done, self.on_error = on_done, on_error
        self.owner = owner

    def _deliverable(self) -> bool:
        _running.discard(self.job)
        return not self.job.cancelled and _alive(self.owner) and _alive(self)

    @Slot(object)
    def done(self, result: Any) -> None:
        if self._deliverable():
            self.on_done(result)

    @Slot(object)
    def failed(self, error: Exception) -> None:
        if self._deliverable():
            self.on_error(error)
            _offer_restore_once(error)


_offered: set = set()


def _offer_restore_once(error: Exception) -> None:
    """Damage found by background work (any query) gets the window's one offer to restore
    the newest good backup, once per journal, whatever the work's own error handler said."""
    from kizuna_desktop.errors import JournalDamagedError

    if not isinstance(error, JournalDamagedError) or error.path in _offered \
            or getattr(error, "offered", False):
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    window = next((w for w in (app.topLevelWidgets() if app else [])
                   if hasattr(w, "journal_damaged") and _alive(w)), None)
    if window is not None:
        _offered.add(error.path)
        window.journal_damaged(error)


class Job(QRunnable):
    def __init__(self, fn: Callable[..., Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self._cancelled = threading.Event()
        try:
            self._wants_job = "job" in inspect.signature(fn).parameters
        except (TypeError, ValueError):
            self._wants_job = False
        self.setAutoDelete(False)  # kept alive in _running until its result has arrived

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Drop the result; not started yet: not run at all."""
        self._cancelled.set()
        QThreadPool.globalInstance().tryTake(self)
        _running.discard(self)

    def run(self) -> None:
        if self.cancelled:
            return
        try:
            try:
                result = self.fn(job=self) if self._wants_job else self.fn()
            except Exception as e:  # reported to the UI thread, which shows it
                self.signals.failed.emit(e)
            else:
                self.signals.done.emit(result)
        except RuntimeError:  # the app quit while this ran: no one is left to tell
            pass


_running: set[Job] = set()


def run(owner: QObject | None, fn: Callable[..., Any], on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None]) -> Job:
    """Run ``fn`` off the UI thread for ``owner``: its result reaches ``on_done`` (or its
    error ``on_error``) on the UI thread, unless the owner was deleted or the job cancelled
    meanwhile."""
    job = Job(fn)
    relay = _Relay(on_done, on_error, owner)
    relay.job = job
    job.relay = relay
    job.signals.done.connect(relay.done)
    job.signals.failed.connect(relay.failed)
    _running.add(job)
    if owner is not None:
        owner.destroyed.connect(lambda *_: job.cancel())
    QThreadPool.globalInstance().start(job)
    return job


def run_in_background(fn: Callable[..., Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None],
                      owner: QObject | None = None) -> Job:
    """As :func:`run`; without an owner, the one ``on_done`` is a method of (a pane, a
    dialog) owns the job."""
    if owner is None:
        candidate = getattr(on_done, "__self__", None)
        owner = candidate if isinstance(candidate, QObject) else None
    return run(owner, fn, on_done, on_error)
