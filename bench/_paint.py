"""Timing a list's paint: a watch on a view's viewport that notes the first paint once the model is not loading,
and a wait that spins the event loop until a condition holds."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from returns_desk.gui.queue_model import PagedModel

TIMEOUT_S = 60.0


class PaintWatch(QObject):
    def __init__(self, model: PagedModel) -> None:
        super().__init__()
        self.model = model
        self.armed = False
        self.painted_at = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and event.type() == QEvent.Type.Paint and not self.model._loading:
            self.painted_at = time.perf_counter()
            self.armed = False
        return False


def wait(app: QApplication, done: Callable[[], bool]) -> None:
    deadline = time.perf_counter() + TIMEOUT_S
    while not done():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the list did not paint in time")
        time.sleep(0.0002)
