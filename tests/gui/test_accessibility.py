"""Accessibility: every control of the window, the first-run wizard and Settings has a name a screen reader says;
the high-contrast theme and a larger text size are applied from the settings; the station's state is said in
words, never by its colour alone."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from returns_desk.config import Settings
from returns_desk.domain.vocab import ExceptionKind, Role
from returns_desk.gui import accessibility
from returns_desk.gui.first_run import FirstRunWizard
from returns_desk.gui.main_window import MainWindow
from returns_desk.gui.settings_dialog import DockSettings, SettingsDialog
from returns_desk.gui.worker import DbWorker
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from tests.gui.people import T, log_in


def unnamed(root: QWidget) -> list[str]:
    """Controls with no name: neither an accessible name nor, for a button, its own words."""
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in root.findChildren(QWidget)
        if accessibility.is_control(w)
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text().replace("&", "").strip())
    ]


def test_every_control_of_the_window_has_a_name(qtbot: QtBot, window: MainWindow, seeded: DemoSample) -> None:
    log_in(qtbot, window, seeded.admin_badge, seeded.admin_pin)  # an admin: every console tab
    assert not unnamed(window)
    assert window.station.scan.accessibleName()
    assert "badge" in window.login.badge.accessibleName().lower()
    assert window.console.requests.findChild(QWidget, "requestsStatus").accessibleName() == "Status filter"


def test_the_wizard_and_settings_name_their_controls(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    wizard = FirstRunWizard(tmp_path)
    qtbot.addWidget(wizard)
    assert not unnamed(wizard)
    actor = Actor(1, "Admin", "A1", Role.ADMIN, 1, "TEST-STATION")
    dock = DockSettings(dict.fromkeys(ExceptionKind, 24.0), 50_000, 5, 5)
    dialog = SettingsDialog(window.worker, actor, window.settings, dock, window)
    assert not unnamed(dialog)


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    palette, font = QPalette(qapp.palette()), QFont(qapp.font())
    yield qapp
    qapp.setPalette(palette)
    qapp.setFont(font)


def test_high_contrast_and_a_larger_text(
    qtbot: QtBot, themed: QApplication, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    settings = Settings(db.url, "TEST-STATION", tmp_path, log_dir=tmp_path, text_size=150, high_contrast=True)
    accessibility.apply_theme(themed, settings.high_contrast, settings.text_size)
    window = MainWindow(DbWorker(db), settings, "test database")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    try:
        assert themed.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
        assert themed.palette().color(QPalette.ColorRole.WindowText) == QColor("#ffffff")
        assert window.station.scan.font().pixelSize() == 33  # 22 px at 150 %
        assert window.font().pixelSize() == 22  # the window's 15 px at 150 %, rounded
        log_in(qtbot, window, seeded.badge)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.station, timeout=T)
        state = window.station.state
        assert state.text()  # its tone has a colour, and its words say the same
        assert state.property("tone")
    finally:
        window.shutdown()


def focus_chain(root: QWidget) -> list[QWidget]:
    """The controls Tab visits under ``root``, in order, from the first after ``root``."""
    chain: list[QWidget] = []
    seen: set[int] = set()
    widget = root.nextInFocusChain()
    while widget is not root and id(widget) not in seen:
        seen.add(id(widget))
        reachable = (
            widget.isVisible() and widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        )
        if reachable and accessibility.is_control(widget) and root.isAncestorOf(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def out_of_reading_order(root: QWidget) -> list[tuple[str, str]]:
    """Pairs where Tab jumps back up the screen without moving on to a column further right. The chain is a
    circle: it may wrap around once."""
    boxes = [
        (w.objectName() or type(w).__name__, w.mapTo(root, QPoint(0, 0)), w.width())
        for w in focus_chain(root)
    ]
    wrong = []
    for (name_a, a, width_a), (name_b, b, _w) in itertools.pairwise(boxes):
        if b.y() < a.y() - 5 and b.x() < a.x() + width_a - 5:
            wrong.append((name_a, name_b))
    return wrong[1:] if wrong else []  # one wrap-around (back to the top) is the circle closing


def test_tab_follows_the_screen(qtbot: QtBot, window: MainWindow, seeded: DemoSample, tmp_path: Path) -> None:
    window.show()
    assert not out_of_reading_order(window.login)
    log_in(qtbot, window, seeded.badge)
    window.station.submit_scan(seeded.rma)
    qtbot.waitUntil(lambda: window.station.flow.unit is not None, timeout=T)
    assert not out_of_reading_order(window.station)
    wizard = FirstRunWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    for _page in range(3):
        assert not out_of_reading_order(wizard), wizard.currentPage().title()
        wizard.next()
    actor = Actor(1, "Admin", "A1", Role.ADMIN, 1, "TEST-STATION")
    dock = DockSettings(dict.fromkeys(ExceptionKind, 24.0), 50_000, 5, 5)
    dialog = SettingsDialog(window.worker, actor, window.settings, dock, window)
    qtbot.addWidget(dialog)
    dialog.show()
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        assert not out_of_reading_order(dialog)


def test_the_reading_order_check_catches_a_tab_order_upside_down(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    fields = [QLineEdit(form) for _ in range(4)]
    for n, field in enumerate(fields):
        field.setObjectName(f"field{n}")
        layout.addWidget(field)
    form.show()
    assert not out_of_reading_order(form)
    for later, earlier in itertools.pairwise(reversed(fields)):
        QWidget.setTabOrder(later, earlier)
    assert out_of_reading_order(form)


def test_tab_follows_every_console_tab_and_the_bench(
    qtbot: QtBot, window: MainWindow, seeded: DemoSample
) -> None:
    """An admin tabs through each of the console's tabs (the tab's own controls, top to bottom, left to right)
    and through the refurbishment bench."""
    window.show()
    log_in(qtbot, window, seeded.admin_badge, seeded.admin_pin)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.console, timeout=T)
    console = window.console
    wrong = {}
    for index in range(console.tabs.count()):
        console.tabs.setCurrentIndex(index)
        qtbot.wait(200)
        found = out_of_reading_order(console.tabs.currentWidget())
        if found:
            wrong[console.tabs.tabText(index)] = found
    window.show_bench()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.bench, timeout=T)
    if found := out_of_reading_order(window.bench):
        wrong["bench"] = found
    assert not wrong, wrong
