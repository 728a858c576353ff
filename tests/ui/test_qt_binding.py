"""Guards the Qt binding the app is pinned to. PySide6 6.12.0 gave back a reference to None
that it never took each time an empty QVariant (an item's unset data, a combo box's None
data) reached Python; on Python 3.11 None's count then falls to zero and the process aborts
after a few thousand calls (seen in the benchmarks as "deallocating None")."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QTreeWidgetItem


def test_empty_qvariants_do_not_eat_references_to_none(qapp):
    item = QTreeWidgetItem(["x"])
    combo = QComboBox()
    combo.addItem("All", None)
    before = sys.getrefcount(None)
    for _ in range(20_000):
        assert item.data(0, 256) is None
        assert combo.currentData() is None
    assert sys.getrefcount(None) - before >= -10
