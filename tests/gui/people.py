"""What a person does at a window, as test steps: log in with keys, answer an action dialog, read the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from returns_desk.gui.action_dialog import ActionDialog
from returns_desk.gui.console.base import ConsoleTab
from returns_desk.gui.main_window import MainWindow
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Unit

T = 10_000


def type_and_enter(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def log_in(qtbot: QtBot, window: MainWindow, badge: str, pin: str | None = None) -> None:
    """Badge (and PIN) typed into the login screen, then wait until the person's first page shows."""
    with qtbot.waitSignal(window.login.logged_in, timeout=T):
        type_and_enter(qtbot, window.login.badge, badge)
        if pin is not None:
            qtbot.waitUntil(window.login.pin.isVisible, timeout=T)
            type_and_enter(qtbot, window.login.pin, pin)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pick(qtbot: QtBot, box: QComboBox, text: str) -> None:
    """Choose the entry whose text contains ``text``, with the keyboard, as a person does in a focused box."""
    index = next((i for i in range(box.count()) if text in box.itemText(i)), -1)
    assert index >= 0, f"{text!r} is not among {[box.itemText(i) for i in range(box.count())]}"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentIndex() == index


def dialog_of(qtbot: QtBot, tab: ConsoleTab) -> ActionDialog:
    try:
        qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=T)
    except Exception:
        window = tab.window()
        said = window.console.last_message if isinstance(window, MainWindow) else None
        raise AssertionError(f"no dialog opened; the console said {said}") from None
    assert tab.dialog is not None
    return tab.dialog


def answer(
    qtbot: QtBot,
    tab: ConsoleTab,
    reason: str,
    *,
    picks: tuple[str, ...] = (),
    number: float | None = None,
    secret: str | None = None,
) -> ActionDialog:
    """Fill the action dialog that the last click opened, then press OK."""
    dialog = dialog_of(qtbot, tab)
    for box, text in zip(dialog.pickers, picks, strict=False):
        pick(qtbot, box, text)
    if number is not None:
        assert dialog.number is not None
        dialog.number.selectAll()
        qtbot.keyClicks(dialog.number, f"{number:g}")
    if secret is not None:
        assert dialog.secret is not None
        qtbot.keyClicks(dialog.secret, secret)
    qtbot.keyClicks(dialog.reason, reason)
    assert dialog.ok_button.isEnabled()
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=T)
    return dialog


def wait_message(qtbot: QtBot, window: MainWindow, fragment: str) -> tuple[str, bool]:
    qtbot.waitUntil(lambda: fragment in window.console.last_message[0], timeout=T)
    return window.console.last_message


def unit_row(db: Database, lpn: str) -> Unit:
    with unit_of_work(db.readers) as session:
        unit = session.scalar(select(Unit).where(Unit.lpn == lpn))
        assert unit is not None
        return unit
