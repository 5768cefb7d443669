"""GUI fixtures: a real main window over a real demo database, with the real DB worker thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from returns_desk.config import Settings
from returns_desk.gui.main_window import MainWindow
from returns_desk.gui.worker import DbWorker
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database


@pytest.fixture
def window(qtbot: QtBot, db: Database, seeded: DemoSample, tmp_path: Path) -> Iterator[MainWindow]:
    worker = DbWorker(db)
    settings = Settings(db.url, "TEST-STATION", tmp_path / "data", log_dir=tmp_path / "logs")
    win = MainWindow(worker, settings, "test database")
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    win.shutdown()
