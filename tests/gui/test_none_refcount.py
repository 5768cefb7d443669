"""Guard for the PySide6 6.12.0 / CPython 3.11 bug: binding calls that return nothing leaked a None reference.

After a few thousand such calls the process aborted with "deallocating None". pyproject.toml pins PySide6 < 6.12 on
3.11; this test fails if any supported combination drifts again. (On 3.12+ None is immortal and its count is
constant, so the check holds trivially there.)
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

CALLS = 5_000
STEP = 250


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 50

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 4

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return None  # the case that leaked in 6.12.0 on 3.11


class _Painted(QWidget):
    paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        type(self).paints += 1


def test_none_refcount_does_not_drift_over_many_qt_calls(qtbot: QtBot) -> None:
    widget = _Painted()
    qtbot.addWidget(widget)
    widget.resize(50, 50)
    with qtbot.waitExposed(widget):
        widget.show()
    model = _NoneModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    with qtbot.waitExposed(view):
        view.show()

    before = sys.getrefcount(None)
    # Check in steps, so a leak fails this assertion before None's count reaches zero and aborts the process.
    for step in range(CALLS // STEP):
        for _ in range(STEP):
            widget.update()  # returns nothing
            widget.repaint()  # returns nothing and runs paintEvent, a Python override returning None
            model.index(1, 1).data()  # data() returning None through the binding
        drift = sys.getrefcount(None) - before
        # Honest work creates and drops a few references; a leak grows with every call.
        assert abs(drift) < STEP, (
            f"None refcount drifted by {drift} after {(step + 1) * STEP} rounds of Qt calls"
        )
    assert _Painted.paints >= CALLS
