"""Bulk work (reading 10,000 vCards, checking and writing them) makes hundreds of thousands of
objects that live until it ends. Python's cyclic garbage collector, triggered by the
allocations, scans them again and again in vain: about a tenth of an import's time. It is
paused for the duration (reference counting still frees everything as usual) and whatever
cycles the work left are collected when it is switched back on.

Process-wide, so nested or concurrent bulk work is counted: the collector comes back on
when the last one ends, and only if it was on before the first began."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
