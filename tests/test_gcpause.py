"""The garbage collector is paused during bulk work and comes back as it was."""

from __future__ import annotations

import gc

import pytest

from kizuna_desktop.gcpause import paused_gc


def test_nested_pauses_restore_the_collector_only_at_the_end_even_after_an_error():
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer bulk work is still going on
        raise RuntimeError("the import failed")
    assert gc.isenabled()


def test_a_collector_switched_off_by_someone_else_stays_off():
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
