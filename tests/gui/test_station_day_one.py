"""The station's first-week defects, as a person meets them: keys and scans in, the database checked after."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from returns_desk.config import LabelPrinter, Settings
from returns_desk.gui.main_window import MainWindow
from returns_desk.gui.worker import DbWorker
from returns_desk.services import supervision
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import ExceptionCase, Product, ReturnLine, ReturnRequest
from tests.gui.people import T, click, log_in, pick, unit_row
from tests.gui.test_station import press, scan_and_wait_for_unit, scanner_types
from tests.support.label_printer import LabelPrinterStandIn


def two_item_return(db: Database) -> tuple[str, str, str]:
    """An approved return of two different items, whose second item is in no other open return:
    (RMA, the second item's GTIN, its SKU)."""
    with unit_of_work(db.readers) as session:
        lines = session.execute(
            select(ReturnRequest.rma_number, ReturnLine.id, Product.gtin, Product.sku, Product.id)
            .join(ReturnLine, ReturnLine.return_request_id == ReturnRequest.id)
            .join(Product, Product.id == ReturnLine.product_id)
            .where(ReturnRequest.status == "approved", Product.gtin.is_not(None))
            .order_by(ReturnRequest.id, ReturnLine.id)
        ).all()
        by_rma: dict[str, list[tuple[str, str, int]]] = {}
        for rma, _line, gtin, sku, product in lines:
            by_rma.setdefault(rma, []).append((gtin, sku, product))
        for rma, items in by_rma.items():
            if len(items) < 2 or items[0][2] == items[1][2]:
                continue
            gtin, sku, product = items[1]
            holders = session.scalar(
                select(func.count(func.distinct(ReturnLine.return_request_id))).where(
                    ReturnLine.product_id == product, ReturnLine.awaiting_receipt
                )
            )
            if holders == 1:
                return rma, gtin, sku
    raise AssertionError("the demo data has no two-item return with an item of its own")


def test_an_item_scanned_on_a_fresh_station_opens_its_return_at_that_item(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    rma, gtin, sku = two_item_return(db)
    log_in(qtbot, window, seeded.badge)
    scanner_types(qtbot, window, gtin)
    qtbot.waitUntil(lambda: "press 1–7" in window.station.state.text(), timeout=T)
    assert window.station.flow.request is not None
    assert window.station.flow.request.rma == rma
    assert window.station.flow.unit is not None
    line = next(ln for ln in window.station.flow.request.lines if window.station.flow.unit in ln.units)
    assert line.sku == sku  # the item in hand, not the return's first line


def test_with_a_finished_return_on_screen_another_returns_item_opens_it(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    rma, gtin, _sku = two_item_return(db)
    log_in(qtbot, window, seeded.badge)
    lpn = scan_and_wait_for_unit(qtbot, window, seeded.rma)
    press(qtbot, window, "1")
    with qtbot.waitSignal(window.station.unit_saved, timeout=T):
        press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "nothing left to grade" in window.station.state.text(), timeout=T)
    assert unit_row(db, lpn).status == "restocked"
    scanner_types(qtbot, window, gtin)
    qtbot.waitUntil(
        lambda: window.station.flow.request is not None and window.station.flow.request.rma == rma, timeout=T
    )
    qtbot.waitUntil(lambda: window.station.flow.unit is not None, timeout=T)


def test_a_parcel_for_a_cancelled_return_is_filed_for_a_supervisor(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, supervisor: Actor
) -> None:
    with unit_of_work(db.sessions) as session:
        supervision.cancel_return(session, supervisor, seeded.rma, "customer kept it")
    log_in(qtbot, window, seeded.badge)
    scanner_types(qtbot, window, seeded.rma)
    qtbot.waitUntil(lambda: window.station.unexpected.isVisible(), timeout=T)
    assert window.station.state.property("tone") == "error"
    assert "was cancelled" in window.station.state.text()
    qtbot.keyClicks(window.station.unexpected.description, "the jacket, tags on", delay=70)
    with qtbot.waitSignal(window.station.exception_filed, timeout=T) as filed:
        qtbot.keyClick(
            window.station.unexpected.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    with unit_of_work(db.readers) as session:
        case = session.get_one(ExceptionCase, filed.args[0])
        request_id = session.scalar(select(ReturnRequest.id).where(ReturnRequest.rma_number == seeded.rma))
    assert (case.kind, case.status, case.return_request_id) == ("unexpected_parcel", "open", request_id)
    assert case.details["rma"] == seeded.rma


def test_an_upgrade_that_waits_for_a_supervisor_prints_an_on_hold_tag(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    log_in(qtbot, window, seeded.badge)
    lpn = scan_and_wait_for_unit(qtbot, window, seeded.rma)
    press(qtbot, window, "4")  # grade D
    qtbot.waitUntil(lambda: window.station.flow.proposal is not None, timeout=T)
    assert "$" in window.station.unit_panel.refund.text()  # money says its currency
    photo = tmp_path / "dent.png"
    Image.new("RGB", (640, 480), (90, 90, 90)).save(photo)
    window.station.add_photos([photo])
    qtbot.waitUntil(lambda: len(window.station.flow.photos) == 1, timeout=T)
    pick(qtbot, window.station.unit_panel.override, "restock")
    qtbot.keyClicks(window.station.unit_panel.reason, "dent is on the box only", delay=70)
    window.station.setFocus()
    with qtbot.waitSignal(window.station.unit_saved, timeout=T):
        press(qtbot, window, Qt.Key.Key_Return)
    assert unit_row(db, lpn).status == "awaiting_approval"
    qtbot.waitUntil(lambda: window.station.printer.last is not None, timeout=T)
    tag = window.station.printer.last
    assert tag is not None
    assert tag.on_hold
    assert (tag.headline(), tag.route_line()) == ("ON HOLD", "WAITS FOR A SUPERVISOR")
    qtbot.waitUntil(lambda: "ON HOLD" in window.station.state.text(), timeout=T)
    assert "RESTOCK" not in window.station.state.text()


def test_a_lock_leaves_nothing_of_the_last_person_on_screen(
    qtbot: QtBot, window: MainWindow, seeded: DemoSample
) -> None:
    log_in(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    queue = window.console.queue
    queue.text.setFocus()
    qtbot.keyClicks(queue.text, "Kim", delay=70)
    window.show_station()
    scan_and_wait_for_unit(qtbot, window, seeded.rma)
    press(qtbot, window, "2")
    qtbot.keyClicks(window.station.unit_panel.notes, "open box", delay=70)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.login, timeout=T)
    log_in(qtbot, window, "B1002")
    station = window.station
    assert window.pages.currentWidget() is station
    assert station.flow.request is None
    assert station.flow.unit is None
    assert station.request_panel.header.text() == ""
    assert station.request_panel.lines.rowCount() == 0
    assert not station.unit_panel.isVisible()
    assert "Ready" in station.state.text()
    assert queue.text.text() == ""
    assert queue.model.rowCount() == 0
    assert window.console.status.text() == ""


def test_closing_with_a_grade_not_saved_asks_first(
    qtbot: QtBot, window: MainWindow, seeded: DemoSample
) -> None:
    log_in(qtbot, window, seeded.badge)
    scan_and_wait_for_unit(qtbot, window, seeded.rma)
    press(qtbot, window, "1")
    qtbot.waitUntil(
        lambda: window.station.flow.grade is not None, timeout=T
    )  # keys reach it after the scan window
    window.close()
    qtbot.waitUntil(lambda: window.close_box is not None and window.close_box.isVisible(), timeout=T)
    assert window.isVisible()
    assert window.close_box is not None
    assert "not saved" in window.close_box.text()
    keep = next(b for b in window.close_box.buttons() if b.text() == "Keep working")
    click(qtbot, keep)
    qtbot.waitUntil(lambda: not window.close_box.isVisible(), timeout=T)
    assert window.isVisible()
    assert window.station.flow.grade is not None  # still there to be saved
    window.close()
    qtbot.waitUntil(lambda: window.close_box is not None and window.close_box.isVisible(), timeout=T)
    assert window.close_anyway is not None
    click(qtbot, window.close_anyway)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=T)


def test_a_badge_deactivated_mid_shift_saves_nothing_and_locks_the_station(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    from returns_desk.services import admin, auth

    log_in(qtbot, window, seeded.badge)
    with unit_of_work(db.sessions) as session:
        boss = auth.login(session, seeded.admin_badge, seeded.admin_pin, "ADMIN-DESK")
        admin.set_user_active(session, boss, seeded.badge, False, "badge reported lost")
    scanner_types(qtbot, window, seeded.rma)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.login, timeout=T)
    assert "deactivated" in window.login.message.text()
    with unit_of_work(db.readers) as session:
        status = session.scalar(select(ReturnRequest.status).where(ReturnRequest.rma_number == seeded.rma))
    assert status == "approved"


def test_f9_prints_the_last_tag_again_f2_types_a_code_and_esc_leaves_the_unexpected_form(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    log_in(qtbot, window, seeded.badge)
    press(qtbot, window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "No tag to print again" in window.station.state.text(), timeout=T)
    lpn = scan_and_wait_for_unit(qtbot, window, seeded.rma)
    press(qtbot, window, "1")
    with qtbot.waitSignal(window.station.unit_saved, timeout=T):
        press(qtbot, window, Qt.Key.Key_Return)
    tag = tmp_path / "data" / "tags" / f"{lpn}.pdf"
    qtbot.waitUntil(tag.exists, timeout=T)
    tag.unlink()
    window.station.setFocus()
    press(qtbot, window, Qt.Key.Key_F9)
    qtbot.waitUntil(tag.exists, timeout=T)  # the same tag, printed again
    # F2: the hand-entry field; a code typed at a person's pace and Enter is looked up like a scan.
    press(qtbot, window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.focusWidget() is window.station.scan, timeout=T)
    with qtbot.waitSignal(window.station.scan_resolved, timeout=T):
        qtbot.keyClicks(window.station.scan, "NOTHING-HERE-1", delay=70)
        qtbot.keyClick(window.station.scan, Qt.Key.Key_Return, delay=70)
    qtbot.waitUntil(window.station.unexpected.isVisible, timeout=T)
    # Esc: the unexpected-parcel form closes, nothing is filed.
    window.station.setFocus()
    press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.station.unexpected.isVisible(), timeout=T)
    with unit_of_work(db.readers) as session:
        filed = session.scalar(
            select(func.count())
            .select_from(ExceptionCase)
            .where(ExceptionCase.scanned_code == "NOTHING-HERE-1")
        )
    assert filed == 0


def test_the_station_and_console_fit_a_1024_by_700_screen_and_a_long_message_keeps_its_last_line(
    qtbot: QtBot, window: MainWindow, seeded: DemoSample
) -> None:
    log_in(qtbot, window, seeded.admin_badge, seeded.admin_pin)
    window.show_station()
    scan_and_wait_for_unit(qtbot, window, seeded.rma)
    press(qtbot, window, "4")
    qtbot.waitUntil(lambda: window.station.flow.proposal is not None, timeout=T)
    for page in (window.station, window.console):
        window.pages.setCurrentWidget(page)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024, (page, hint)
        assert hint.height() <= 700, (page, hint)
    window.show_station()
    window.resize(1024, 700)
    state = window.station.state
    long = "Something the station has to say at length: " + "the unit, the tote and the shelf, " * 6
    window.station.state.say("warning", long)
    metrics = QFontMetrics(state.font())
    room = state.width() - 2 * state.margin() - 4
    needed = metrics.boundingRect(0, 0, room, 10_000, Qt.TextFlag.TextWordWrap, long).height()
    assert needed <= state.height() - 2 * state.margin()  # every line shows, in a smaller font
    assert state.font().pixelSize() < 24


def test_with_a_label_printer_set_the_tag_goes_to_it_as_zpl(
    qtbot: QtBot, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    printer = LabelPrinterStandIn()
    settings = Settings(
        db.url, "TEST-STATION", tmp_path / "data", label_printer=LabelPrinter("127.0.0.1", printer.port)
    )
    window = MainWindow(DbWorker(db), settings, "test database")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    try:
        log_in(qtbot, window, seeded.badge)
        lpn = scan_and_wait_for_unit(qtbot, window, seeded.rma)
        press(qtbot, window, "1")
        qtbot.waitUntil(lambda: window.station.flow.proposal is not None, timeout=T)
        sent = qtbot.waitSignal(window.station.printer.printed, timeout=T)
        with sent, qtbot.waitSignal(window.station.unit_saved, timeout=T):
            press(qtbot, window, Qt.Key.Key_Return)
        assert sent.args == [f"Tag {lpn} sent to 127.0.0.1:{printer.port}."]
    finally:
        window.shutdown()
        printer.close()
    (job,) = printer.jobs
    assert f"^FD{lpn}^FS" in job.decode("utf-8")
    assert unit_row(db, lpn).status == "restocked"
    assert not (tmp_path / "data" / "tags").exists()  # a printer set: no PDF instead
