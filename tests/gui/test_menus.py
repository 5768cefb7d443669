"""The menu bar, used as a person does: its keys, its menus opened with Alt and a letter, what each role may use,
and Help's three windows: the keyboard shortcuts (every key of the window, with what it does), the manual, About."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from returns_desk import __version__, config
from returns_desk.domain.scancodes import lpn_for_serial
from returns_desk.gui.help import AboutDialog, ManualDialog, ShortcutsDialog
from returns_desk.gui.main_window import MainWindow
from returns_desk.gui.tag_printer import TEST_SERIAL
from returns_desk.services.demo import DemoSample
from returns_desk.store import migrate
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Event
from tests.gui.people import T, log_in


def open_menu_item(qtbot: QtBot, window: MainWindow, menu_letter: Qt.Key, item_letter: Qt.Key) -> None:
    """Alt and the menu's letter opens it; the item's letter chooses it."""
    window.activateWindow()  # back from a dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=T)
    qtbot.keyClick(window, menu_letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=T)
    menu = QApplication.activePopupWidget()
    assert menu is not None
    qtbot.keyClick(menu, item_letter)


def test_staff_get_the_station_menus_and_not_the_console(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    menus = window.menus
    assert not menus.show_station.isEnabled()  # nobody logged in yet
    log_in(qtbot, window, seeded.badge)
    assert menus.show_station.isEnabled()
    assert not menus.show_console.isEnabled()
    assert not any(a.isEnabled() for a in menus.tabs)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.bench, timeout=T)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.station, timeout=T)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # not theirs: nothing happens
    assert window.pages.currentWidget() is window.station

    open_menu_item(qtbot, window, Qt.Key.Key_A, Qt.Key.Key_L)  # Station → Lock the station
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.login, timeout=T)
    assert not menus.show_station.isEnabled()

    def locked() -> bool:
        with unit_of_work(db.sessions) as session:
            return session.scalar(select(Event).where(Event.kind == "user.locked")) is not None

    qtbot.waitUntil(locked, timeout=T)


def test_a_supervisor_opens_a_console_tab_from_the_menu(
    qtbot: QtBot, window: MainWindow, seeded: DemoSample
) -> None:
    log_in(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.console, timeout=T)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.station, timeout=T)
    (analytics,) = [a for a in window.menus.tabs if a.text() == "Analytics"]
    assert analytics.isEnabled()
    assert not window.menus.tabs[-1].isEnabled()  # users and stations: admins only
    analytics.trigger()
    assert window.pages.currentWidget() is window.console
    assert window.console.tabs.currentWidget() is window.console.analytics


def test_f1_lists_every_key_of_the_window_with_what_it_does(
    qtbot: QtBot, window: MainWindow, seeded: DemoSample
) -> None:
    unlabelled = [s.key().toString() for s in window.findChildren(QShortcut) if not s.whatsThis()]
    assert not unlabelled  # a key nobody can look up
    log_in(qtbot, window, seeded.badge)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(window.menus.dialog, ShortcutsDialog), timeout=T)
    dialog = window.menus.dialog
    assert isinstance(dialog, ShortcutsDialog)
    rows = dialog.rows()
    assert ("Station", "F9", "Print the last tag again") in rows
    assert ("Station", "Ctrl+Return, Ctrl+Enter", "Save, or file the unexpected parcel") in rows
    assert ("Station", "1–7", "Grade the unit in hand") in rows
    assert ("Refurbishment bench", "F3", "Repaired: back to stock") in rows
    assert ("Console: queue", "Ctrl+P", "Print the selected unit's tag") in rows
    assert ("Station", "Ctrl+L", "Lock the station") in rows
    assert ("Help", "F1", "Keyboard shortcuts") in rows
    keys = [keys for _, keys, _ in rows]
    assert len(rows) >= 20
    assert all(keys)
    dialog.reject()


def test_about_and_the_manual(qtbot: QtBot, window: MainWindow, seeded: DemoSample) -> None:
    open_menu_item(qtbot, window, Qt.Key.Key_H, Qt.Key.Key_A)  # Help → About Returns Desk
    qtbot.waitUntil(lambda: isinstance(window.menus.dialog, AboutDialog), timeout=T)
    about = window.menus.dialog
    assert isinstance(about, AboutDialog)
    assert __version__ in about.facts.text()
    assert migrate.head_revision() in about.facts.text()
    names = {about.table.item(r, 0).text() for r in range(about.table.rowCount())}  # type: ignore[union-attr]
    assert {"SQLAlchemy", "pyzbar", "zxing-cpp", "Python"} <= names
    about.reject()
    open_menu_item(qtbot, window, Qt.Key.Key_H, Qt.Key.Key_M)  # Help → User manual
    qtbot.waitUntil(lambda: isinstance(window.menus.dialog, ManualDialog), timeout=T)
    manual = window.menus.dialog
    assert isinstance(manual, ManualDialog)
    assert "Returns Desk" in manual.browser.toPlainText()
    assert "bash scripts/dev run" in manual.browser.toPlainText()


def test_tools_prints_a_test_tag_that_f9_does_not_print_again(
    qtbot: QtBot, window: MainWindow, seeded: DemoSample
) -> None:
    log_in(qtbot, window, seeded.badge)
    data = window.station.printer._dir
    open_menu_item(qtbot, window, Qt.Key.Key_T, Qt.Key.Key_T)  # Tools → Print a test tag
    qtbot.waitUntil(lambda: (data / f"{lpn_for_serial(TEST_SERIAL)}.pdf").exists(), timeout=T)
    assert window.station.printer.last is None


def test_save_diagnostics_writes_a_zip_for_it_without_secrets(
    qtbot: QtBot, window: MainWindow, seeded: DemoSample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    config.save({"station": "DOCK-9", "db_url": "postgresql://returns:hunter2@db-1/returns"})
    logs = window.settings.log_folder
    logs.mkdir(parents=True, exist_ok=True)
    (logs / "returns-desk.log").write_text("2026-01-01 INFO returns_desk: started\n", encoding="utf-8")
    (logs / "returns-desk.log.1").write_text("older\n", encoding="utf-8")
    open_menu_item(qtbot, window, Qt.Key.Key_H, Qt.Key.Key_D)  # Help → Save diagnostics…
    qtbot.waitUntil(
        lambda: window.menus.file_dialog is not None and window.menus.file_dialog.isVisible(), timeout=T
    )
    dialog = window.menus.file_dialog
    assert dialog is not None
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    target = tmp_path / "for-it.zip"
    name.setText(str(target))
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(target.exists, timeout=T)
    assert "Diagnostics saved" in window.statusBar().currentMessage()
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        assert {
            "versions.json",
            "settings.json",
            "state.json",
            "logs/returns-desk.log",
            "logs/returns-desk.log.1",
        } <= names
        every = b"".join(archive.read(n) for n in names)
        state = json.loads(archive.read("state.json"))
        versions = json.loads(archive.read("versions.json"))
        settings = json.loads(archive.read("settings.json"))
    assert b"hunter2" not in every
    assert settings["file"]["db_url"] == "postgresql://returns:***@db-1/returns"
    assert state["schema_version"] == migrate.head_revision()
    assert versions["returns_desk"] == __version__
