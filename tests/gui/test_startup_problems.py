"""A start that cannot go on (a database that cannot be reached, a broken setting) shows a window saying what to
do, and logs it: an app opened from a menu has no terminal to print to."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from returns_desk import cli


def close_the_box_when_it_shows(seen: list[tuple[str, str]]) -> None:
    """What a person does: read the box, then press Close."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "startupProblem":
            seen.append((box.text(), box.informativeText()))
            box.button(QMessageBox.StandardButton.Close).click()
        else:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("RETURNS_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("RETURNS_DESK_OFFLINE_CACHE", "0")
    monkeypatch.delenv("RETURNS_DESK_DB", raising=False)
    yield tmp_path
    root = logging.getLogger()
    for handler in list(root.handlers):  # the app's log file, opened by the start
        if isinstance(handler, logging.FileHandler) and str(tmp_path) in handler.baseFilename:
            root.removeHandler(handler)
            handler.close()


def test_an_unreachable_database_at_start_is_shown_in_a_window(qtbot: QtBot, home: Path) -> None:
    seen: list[tuple[str, str]] = []
    close_the_box_when_it_shows(seen)
    assert cli.main(["--db", "postgresql://nobody@127.0.0.1:1/nothing"]) == 1
    assert len(seen) == 1
    message, what_to_do = seen[0]
    assert "Cannot reach the database" in message
    assert "Check the database address" in what_to_do
    assert "cannot start" in (home / "data" / "logs" / "returns-desk.log").read_text(encoding="utf-8")


def test_a_broken_setting_at_start_is_shown_in_a_window(
    qtbot: QtBot, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RETURNS_DESK_CURRENCY", "dollars")
    seen: list[tuple[str, str]] = []
    close_the_box_when_it_shows(seen)
    assert cli.main([]) == 1
    assert "'DOLLARS' is not a currency code" in seen[0][0]


def test_the_start_up_problem_speaks_the_stations_language(
    qtbot: QtBot, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from returns_desk.gui import i18n

    monkeypatch.setenv("RETURNS_DESK_LOCALE", "ko_KR")
    seen: list[tuple[str, str]] = []
    close_the_box_when_it_shows(seen)
    try:
        assert cli.main(["--db", "postgresql://nobody@127.0.0.1:1/nothing"]) == 1
    finally:
        i18n.install("")
    message, what_to_do = seen[0]
    assert message.startswith("데이터베이스에 연결할 수 없습니다 (postgresql://nobody@127.0.0.1:1/nothing)")
    assert what_to_do.startswith("데이터베이스 주소를 확인하세요.")
