"""What a person does at the first screens: scan a badge, scan a label, see the request."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from returns_desk.gui.main_window import MainWindow
from returns_desk.services.demo import DemoSample

TIMEOUT_MS = 10_000


def scan(qtbot: QtBot, widget: object, code: str) -> None:
    qtbot.keyClicks(widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_staff_badge_opens_the_station_and_a_scan_shows_the_request(
    qtbot: QtBot, window: MainWindow, seeded: DemoSample
) -> None:
    assert window.windowTitle() == "Returns Desk"
    with qtbot.waitSignal(window.login.logged_in, timeout=TIMEOUT_MS):
        scan(qtbot, window.login.badge, seeded.badge)
    assert window.pages.currentWidget() is window.station
    assert "staff" in window.user_label.text()
    with qtbot.waitSignal(window.station.scan_resolved, timeout=TIMEOUT_MS) as blocker:
        scan(qtbot, window.station.scan, seeded.tracking)
    result = blocker.args[0]
    assert result.match is not None
    assert window.station.request_panel.header.text().startswith(result.match.rma)
    assert window.station.request_panel.lines.rowCount() == len(result.match.lines)
    assert window.station.state.property("tone") == "scanned"


def test_an_unknown_scan_says_so(qtbot: QtBot, window: MainWindow, seeded: DemoSample) -> None:
    with qtbot.waitSignal(window.login.logged_in, timeout=TIMEOUT_MS):
        scan(qtbot, window.login.badge, seeded.badge)
    with qtbot.waitSignal(window.station.scan_resolved, timeout=TIMEOUT_MS):
        scan(qtbot, window.station.scan, "RMA-99999999")
    assert window.station.state.property("tone") == "error"
    assert "No return matches RMA RMA-99999999" in window.station.state.text()
    assert window.station.request_panel.lines.rowCount() == 0


def test_a_supervisor_needs_the_right_pin(qtbot: QtBot, window: MainWindow, seeded: DemoSample) -> None:
    scan(qtbot, window.login.badge, seeded.supervisor_badge)
    qtbot.waitUntil(window.login.pin.isVisible, timeout=TIMEOUT_MS)
    with qtbot.assertNotEmitted(window.login.logged_in, wait=300):
        scan(qtbot, window.login.pin, "0000")
        qtbot.waitUntil(lambda: window.login.message.text().startswith("Wrong PIN"), timeout=TIMEOUT_MS)
    with qtbot.waitSignal(window.login.logged_in, timeout=TIMEOUT_MS):
        scan(qtbot, window.login.pin, seeded.supervisor_pin)
    assert "supervisor" in window.user_label.text()


def test_an_unknown_badge_stays_at_login(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.assertNotEmitted(window.login.logged_in, wait=300):
        scan(qtbot, window.login.badge, "NOBODY")
        qtbot.waitUntil(lambda: "not recognised" in window.login.message.text(), timeout=TIMEOUT_MS)
    assert window.pages.currentWidget() is window.login
