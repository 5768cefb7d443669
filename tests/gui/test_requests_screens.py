"""The merchant's screens, driven as a person drives them (keys, clicks, dialogs), each checked in the database:
the Requests tab (filters, a scan, bulk authorize and reject, settle, a new request, the slip, the settlement
export), the E-mails tab (resend, templates, SMTP settings, send now to a real SMTP server), the authorization
rules and the refurbishment bench."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from returns_desk.config import Settings
from returns_desk.domain.vocab import Disposition, Grade, ReturnStatus
from returns_desk.gui.console.requests_tab import RequestsTab
from returns_desk.gui.mail_pump import MailPump
from returns_desk.gui.main_window import MainWindow
from returns_desk.gui.worker import DbWorker
from returns_desk.services import authorization, desk_requests, inspection, mail_secret, receiving
from returns_desk.services.demo import DemoSample
from returns_desk.services.mail_sender import MailSettings, Sender
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import (
    AuthRuleVersion,
    Customer,
    Order,
    OutboxMessage,
    RefundLine,
    RefurbWork,
    ReturnRequest,
    Setting,
    Unit,
)
from tests.gui.people import T, answer, click, dialog_of, log_in, pick, type_and_enter, wait_message
from tests.support.demo_data import approved_return_with_units
from tests.support.smtp import smtp_server


def requests_tab(qtbot: QtBot, window: MainWindow, seeded: DemoSample) -> RequestsTab:
    log_in(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    tab = window.console.requests
    window.console.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.total is not None and tab.model.rowCount() > 0, timeout=T)
    return tab


def scan(qtbot: QtBot, window: MainWindow, tab: RequestsTab, code: str, rma: str) -> None:
    """The label scanned (the scanner types it wherever the focus is): its request opens."""
    window.scanner.scanned.emit(code)
    shown(qtbot, tab, rma)


def type_into(qtbot: QtBot, field: Any, text: str, typed: Callable[[], bool] | None = None) -> None:
    """Typed by a person, over what was there: the keys reach the field once the scanner filter has seen they
    are no scan (``typed`` says when; for a line edit, when it holds the text)."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(typed or (lambda: field.text() == text), timeout=T)


def shown(qtbot: QtBot, tab: RequestsTab, rma: str) -> None:
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.rma == rma, timeout=T)


def status_of(db: Database, rma: str) -> str:
    with unit_of_work(db.readers) as session:
        return str(session.scalar(select(ReturnRequest.status).where(ReturnRequest.rma_number == rma)))


def inspected_return(db: Database, staff: Actor, grade: Grade = Grade.C) -> str:
    with unit_of_work(db.readers) as session:
        rma = approved_return_with_units(session, 2)
    with unit_of_work(db.sessions) as session:
        view = receiving.receive_parcel(session, staff, rma)
    for lpn in [str(u.lpn) for line in view.lines for u in line.units]:
        with unit_of_work(db.sessions) as session:
            inspection.record_inspection(session, staff, lpn, grade, photos=["sha256:00"])
            inspection.route_unit(session, staff, lpn)
    return rma


def save_through_dialog(qtbot: QtBot, tab: Any, target: Path) -> None:
    qtbot.waitUntil(lambda: tab.file_dialog is not None and tab.file_dialog.isVisible(), timeout=T)
    name = tab.file_dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(str(target))
    qtbot.keyClick(name, Qt.Key.Key_Return)


def test_filters_and_a_scan_open_a_request_whole(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, staff: Actor
) -> None:
    with unit_of_work(db.sessions) as session:
        view = receiving.receive_parcel(session, staff, seeded.rma)
    lpn = str(view.lines[0].units[0].lpn)
    tab = requests_tab(qtbot, window, seeded)
    assert tab.model.total == 80
    pick(qtbot, tab.status, "Authorized")
    qtbot.waitUntil(
        lambda: tab.model.filter.statuses == ("approved",) and tab.model.total is not None, timeout=T
    )
    rows = [tab.model.row_at(i) for i in range(tab.model.rowCount())]
    assert rows
    assert {r.status for r in rows} == {ReturnStatus.APPROVED}
    with unit_of_work(db.readers) as session:
        approved = session.scalar(select(func.count()).where(ReturnRequest.status == "approved"))
    assert tab.model.total == approved
    # A scan of the unit's plate (the scanner types wherever the focus is) opens its request.
    window.scanner.scanned.emit(lpn)
    shown(qtbot, tab, seeded.rma)
    text = tab.detail_view.toPlainText()
    assert seeded.rma in text
    assert "Received" in text
    assert lpn in text
    assert "return.received" in text  # the audit trail
    assert tab.detail is not None
    assert [m.template for m in tab.detail.mails if m.status == "queued"] == ["received"]


def test_pending_requests_are_authorized_in_bulk_and_one_rejected(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    tab = requests_tab(qtbot, window, seeded)
    pick(qtbot, tab.status, "Pending")
    qtbot.waitUntil(
        lambda: tab.model.filter.statuses == ("requested",) and tab.model.total is not None, timeout=T
    )
    pending = [tab.model.row_at(i).rma for i in range(tab.model.rowCount())]
    assert len(pending) >= 3
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, tab.buttons["authorize"])
    answer(qtbot, tab, "checked with the customers")
    wait_message(qtbot, window, f"{len(pending)} request(s) authorized")
    assert {status_of(db, rma) for rma in pending} == {"approved"}
    with unit_of_work(db.readers) as session:
        queued = session.scalar(
            select(func.count()).where(OutboxMessage.template == "approved", OutboxMessage.status == "queued")
        )
    assert queued == len(pending)
    # One of them turns out to be fraud: its label scanned, it is rejected, and the customer told.
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=T)  # none pending any more
    window.scanner.scanned.emit(pending[0])
    shown(qtbot, tab, pending[0])
    click(qtbot, tab.buttons["reject"])
    answer(qtbot, tab, "same item returned twice")
    wait_message(qtbot, window, "1 request(s) rejected")
    assert status_of(db, pending[0]) == "rejected"


def test_an_inspected_return_is_settled_and_exported(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, staff: Actor, tmp_path: Path
) -> None:
    rma = inspected_return(db, staff)
    tab = requests_tab(qtbot, window, seeded)
    scan(qtbot, window, tab, rma, rma)
    click(qtbot, tab.buttons["settle"])
    qtbot.waitUntil(lambda: tab.dialog_open is not None and tab.dialog_open.isVisible(), timeout=T)
    dialog = tab.dialog_open
    qtbot.waitUntil(lambda: bool(dialog.amounts), timeout=T)  # type: ignore[union-attr]
    amount = dialog.findChild(QDoubleSpinBox, "settleAmount0")
    assert amount is not None
    type_into(qtbot, amount, "1.00", lambda: amount.value() == 1.0)
    click(qtbot, dialog.ui.settle_confirm)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "reason" in dialog.ui.settleTotal.text(), timeout=T)  # type: ignore[union-attr]
    type_into(qtbot, dialog.ui.settleReason, "customer kept the charger")  # type: ignore[union-attr]
    click(qtbot, dialog.ui.settle_confirm)  # type: ignore[union-attr]
    wait_message(qtbot, window, f"{rma} settled")
    assert status_of(db, rma) in ("refunded", "exchanged", "store_credit", "repaired")
    with unit_of_work(db.readers) as session:
        lines = session.scalars(select(RefundLine).order_by(RefundLine.id)).all()
        assert lines[0].amount_cents == 100
        assert {line.note for line in lines} == {"customer kept the charger"}
    click(qtbot, tab.buttons["export"])
    target = tmp_path / "refunds.csv"
    save_through_dialog(qtbot, tab, target)
    wait_message(qtbot, window, "refund line(s) written to refunds.csv")
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert [row["rma"] for row in rows] == [rma] * len(lines)
    with unit_of_work(db.readers) as session:
        assert session.scalar(select(func.count()).where(RefundLine.exported_at.is_(None))) == 0


def test_a_request_is_made_at_the_desk_and_its_slip_saved(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    with unit_of_work(db.readers) as session:
        number = next(
            choice.number
            for order_id in session.scalars(select(Order.id).order_by(Order.id))
            if (choice := desk_requests.order_choice(session, order_id)).lines[0].returnable
        )
    tab = requests_tab(qtbot, window, seeded)
    click(qtbot, tab.buttons["new"])
    qtbot.waitUntil(lambda: tab.dialog_open is not None and tab.dialog_open.isVisible(), timeout=T)
    dialog = tab.dialog_open
    dialog.ui.newSearch.setFocus()  # type: ignore[union-attr]
    type_and_enter(qtbot, dialog.ui.newSearch, number)  # type: ignore[union-attr]  (as fast as a scan)
    qtbot.waitUntil(lambda: bool(dialog.quantities), timeout=T)  # type: ignore[union-attr]
    quantity = dialog.quantities[0]  # type: ignore[union-attr]
    quantity.setFocus()
    qtbot.keyClick(quantity, Qt.Key.Key_Up)
    assert quantity.value() == 1
    pick(qtbot, dialog.reasons[0], "defective")  # type: ignore[union-attr]
    pick(qtbot, dialog.resolution, "exchange")  # type: ignore[union-attr]
    type_into(qtbot, dialog.ui.newComment, "phoned: it stopped working")  # type: ignore[union-attr]
    assert "window" in dialog.ui.newVerdict.text() or "returned" in dialog.ui.newVerdict.text()  # type: ignore[union-attr]
    click(qtbot, dialog.ui.new_create)  # type: ignore[union-attr]
    message, error = wait_message(qtbot, window, " made: ")
    assert not error
    rma = message.split(" ")[0]
    with unit_of_work(db.readers) as session:
        made = session.scalar(select(ReturnRequest).where(ReturnRequest.rma_number == rma))
        assert made is not None
        assert (made.source, made.resolution, made.customer_comment) == (
            "desk",
            "exchange",
            "phoned: it stopped working",
        )
        assert made.auth_rule is not None
    shown(qtbot, tab, rma)
    click(qtbot, tab.buttons["slip"])
    target = tmp_path / "slip.pdf"
    save_through_dialog(qtbot, tab, target)
    wait_message(qtbot, window, "saved as slip.pdf")
    assert target.read_bytes().startswith(b"%PDF")


def test_the_email_screens_resend_edit_templates_and_send(
    qtbot: QtBot, db: Database, seeded: DemoSample, supervisor: Actor, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(mail_secret, "_keyring_usable", lambda: False)
    with unit_of_work(db.readers) as session:
        pending = list(
            session.scalars(select(ReturnRequest.rma_number).where(ReturnRequest.status == "requested"))
        )
    with unit_of_work(db.sessions) as session:  # the first customer reads Korean
        customer = session.scalar(
            select(ReturnRequest.customer_id).where(ReturnRequest.rma_number == pending[0])
        )
        session.execute(update(Customer).where(Customer.id == customer).values(locale="ko"))
    with unit_of_work(db.sessions) as session:
        authorization.authorize(session, supervisor, pending[:2], "ok")
    with smtp_server() as (port, box):
        with unit_of_work(db.readers) as session:
            first = session.scalar(
                select(OutboxMessage).where(OutboxMessage.locale == "ko", OutboxMessage.status == "queued")
            )
            assert first is not None
        box.refuse = {first.recipient: "550 no such user"}
        Sender(db, MailSettings(enabled=True, host="127.0.0.1", port=port), None, "t").run_once()
        box.refuse = {}
        data = tmp_path / "data"
        pump = MailPump(db, data, "TEST-STATION", interval_s=3600)
        win = MainWindow(DbWorker(db), Settings(db.url, "TEST-STATION", data), "test database", pump=pump)
        qtbot.addWidget(win)
        with qtbot.waitActive(win):
            win.show()
            win.activateWindow()
        try:
            log_in(qtbot, win, seeded.supervisor_badge, seeded.supervisor_pin)
            tab = win.console.outbox
            win.console.tabs.setCurrentWidget(tab)
            qtbot.waitUntil(lambda: any(r.status == "failed" for r in tab.rows), timeout=T)
            failed = next(i for i, r in enumerate(tab.rows) if r.status == "failed")
            tab.table.selectRow(failed)
            click(qtbot, tab.ui.outbox_resend)
            answer(qtbot, tab, "address checked by phone")
            wait_message(qtbot, win, "1 message(s) queued again")
            with unit_of_work(db.readers) as session:
                assert session.get_one(OutboxMessage, first.id).status == "queued"
            # The authorization e-mail in Korean, edited and previewed.
            pick(qtbot, tab.template_status, "Authorized")
            pick(qtbot, tab.template_locale, "Korean")
            # (QTest types Latin letters only; the Korean body is the template's own.)
            type_into(qtbot, tab.ui.templateSubject, "[$shop] $rma: OK")
            click(qtbot, tab.ui.template_preview)
            qtbot.waitUntil(lambda: ": OK" in tab.ui.templatePreview.toPlainText(), timeout=T)
            assert "RMA-" in tab.ui.templatePreview.toPlainText()
            assert "반품 전표" in tab.ui.templatePreview.toPlainText()  # what happens next, in Korean
            click(qtbot, tab.ui.template_save)
            wait_message(qtbot, win, "is saved")
            # Sending: the server, on, a password kept out of the database.
            tab.ui.outboxPages.setCurrentWidget(tab.ui.outboxSending)
            type_into(qtbot, tab.ui.mailHost, "127.0.0.1")
            type_into(qtbot, tab.ui.mailPort, str(port), lambda: tab.ui.mailPort.value() == port)
            type_into(qtbot, tab.ui.mailFrom, "returns@shop.example")
            tab.ui.mailEnabled.setFocus()
            qtbot.keyClick(tab.ui.mailEnabled, Qt.Key.Key_Space)  # ticked
            assert tab.ui.mailEnabled.isChecked()
            click(qtbot, tab.ui.mail_save)
            wait_message(qtbot, win, "E-mail settings saved")
            with unit_of_work(db.readers) as session:
                stored = session.get_one(Setting, "mail").value
            assert (stored["host"], stored["port"], stored["enabled"]) == ("127.0.0.1", port, True)
            assert "password" not in stored
            tab.ui.outboxPages.setCurrentWidget(tab.ui.outboxMessages)
            click(qtbot, tab.ui.outbox_send_now)
            # One sent before; the one that failed goes now, from this station's pump.
            wait_message(qtbot, win, "E-mail: 1 sent")
            assert len(box.messages) == 2
        finally:
            win.shutdown()
            pump.stop()
    with unit_of_work(db.readers) as session:
        assert set(session.scalars(select(OutboxMessage.status))) == {"sent"}
    edited = [m for m in box.messages if str(m["Subject"]).endswith(": OK")]
    assert edited, [str(m["Subject"]) for m in box.messages]
    assert all(str(m["Content-Language"]) == "ko" for m in edited)


def test_authorization_rules_are_tried_and_published(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    log_in(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    rules = window.console.auth_rules
    window.console.tabs.setCurrentWidget(rules)
    qtbot.waitUntil(lambda: rules.table.rowCount() == 4, timeout=T)
    click(qtbot, rules.buttons["add"])
    rules.table.setCurrentCell(0, 2)
    rules.table.editItem(rules.table.item(0, 2))
    editor = rules.table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "reject")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    click(qtbot, rules.buttons["check"])
    qtbot.waitUntil(lambda: "Valid" in rules.result.text() or "Not valid" in rules.result.text(), timeout=T)
    assert "matches every request" in rules.result.text()  # a rule with no condition: the rest never fire
    click(qtbot, rules.buttons["what_if"])
    qtbot.waitUntil(lambda: "would be decided otherwise" in rules.result.text(), timeout=T)
    click(qtbot, rules.buttons["remove"])
    click(qtbot, rules.buttons["publish"])
    assert "new and imported request" in dialog_of(qtbot, rules).what.text()
    answer(qtbot, rules, "first authorization rules")
    wait_message(qtbot, window, "Rules version 1 published")
    with unit_of_work(db.readers) as session:
        assert session.scalar(select(AuthRuleVersion.why)) == "first authorization rules"
        assert len(session.get_one(Setting, "auth_rules").value["rules"]) == 4


def test_the_refurbishment_bench_by_keyboard(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, staff: Actor
) -> None:
    with unit_of_work(db.readers) as session:
        rma = approved_return_with_units(session, 2)
    with unit_of_work(db.sessions) as session:
        view = receiving.receive_parcel(session, staff, rma)
    plates = [str(u.lpn) for line in view.lines for u in line.units]
    for lpn in plates:
        with unit_of_work(db.sessions) as session:
            inspection.record_inspection(session, staff, lpn, Grade.D, photos=["sha256:00"])
            inspection.route_unit(session, staff, lpn, Disposition.REFURBISH, "fixable")
    log_in(qtbot, window, seeded.badge)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    bench = window.bench
    qtbot.waitUntil(lambda: window.pages.currentWidget() is bench and bench.waiting != [], timeout=T)
    fixed, broken = plates
    type_and_enter(qtbot, bench.ui.benchScan, fixed.lower())
    qtbot.waitUntil(lambda: bench.unit is not None and bench.unit.lpn == fixed, timeout=T)
    type_into(qtbot, bench.ui.benchParts, "hinge")
    type_into(qtbot, bench.ui.benchMinutes, "20", lambda: bench.ui.benchMinutes.value() == 20)
    type_into(qtbot, bench.ui.benchCost, "4.50", lambda: bench.ui.benchCost.value() == 4.5)
    qtbot.keyClick(bench.ui.benchParts, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: f"Work on {fixed} saved" in bench.ui.benchMessage.text(), timeout=T)
    qtbot.waitUntil(lambda: bench.unit is not None and len(bench.unit.work) == 1, timeout=T)
    pick(qtbot, bench.grade, "B —")
    qtbot.keyClick(bench.ui.benchParts, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: f"{fixed} repaired: grade B" in bench.ui.benchMessage.text(), timeout=T)
    type_and_enter(qtbot, bench.ui.benchScan, broken)
    qtbot.waitUntil(lambda: bench.unit is not None and bench.unit.lpn == broken, timeout=T)
    pick(qtbot, bench.end, "LIQUIDATE")
    type_into(qtbot, bench.ui.benchReason, "board dead")
    qtbot.keyClick(bench.ui.benchReason, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: "beyond repair: LIQUIDATE" in bench.ui.benchMessage.text(), timeout=T)
    with unit_of_work(db.readers) as session:
        units = {u.lpn: u for u in session.scalars(select(Unit).where(Unit.lpn.in_(plates)))}
        work = session.execute(
            select(RefurbWork.outcome, RefurbWork.minutes, RefurbWork.cost_cents, RefurbWork.parts)
            .join(Unit, Unit.id == RefurbWork.unit_id)
            .where(Unit.lpn == fixed)
            .order_by(RefurbWork.id)
        ).all()
    assert (units[fixed].status, units[fixed].grade, units[fixed].destination) == ("repaired", "B", "B-STOCK")
    assert (units[broken].status, units[broken].disposition) == ("liquidated", "liquidate")
    assert [tuple(w) for w in work] == [("work", 20, 450, "hinge"), ("repaired", 0, 0, None)]
    assert window.station.printer.last is not None
    assert window.station.printer.last.lpn == broken
