"""GUI fixtures: a real main window over a real demo database, with the real DB worker thread."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from returns_desk.gui.main_window import MainWindow
from returns_desk.gui.worker import DbWorker
from returns_desk.services.database import Database
from returns_desk.services.demo import DemoSample


@pytest.fixture
def window(qtbot: QtBot, db: Database, seeded: DemoSample) -> Iterator[MainWindow]:
    worker = DbWorker(db)
    win = MainWindow(worker, "TEST-STATION", "test database")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.station.camera.close()
    worker.stop()
