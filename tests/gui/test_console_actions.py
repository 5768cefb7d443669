"""Every console action as a supervisor or admin does it: a click, the dialog filled in with keys, and what the
database holds afterwards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from returns_desk.domain.vocab import Discrepancy, Grade
from returns_desk.gui.main_window import MainWindow
from returns_desk.services import auth, inspection, receiving, unit_facts
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import (
    BlindRegrade,
    ExceptionCase,
    ReturnRequest,
    RuleVersion,
    Setting,
    Station,
    Unit,
    User,
)
from tests.gui.people import T, answer, click, dialog_of, log_in, pick, unit_row, wait_message
from tests.gui.test_console import waiting_unit


def supervisor_at_queue(qtbot: QtBot, window: MainWindow, seeded: DemoSample, search: str) -> None:
    log_in(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    queue = window.console.queue
    queue.text.setFocus()
    qtbot.keyClicks(queue.text, search)
    qtbot.keyClick(queue.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: queue.model.total is not None and queue.model.filter.text == search, timeout=T)
    queue.select_row(0)


def open_cases(db: Database, lpn: str) -> list[str]:
    with unit_of_work(db.readers) as session:
        return sorted(
            session.scalars(
                select(ExceptionCase.kind)
                .join(Unit, Unit.id == ExceptionCase.unit_id)
                .where(Unit.lpn == lpn, ExceptionCase.status == "open")
            )
        )


def test_print_a_held_tag_change_the_disposition_and_print_the_new_one(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, staff: Actor, tmp_path: Path
) -> None:
    lpn = waiting_unit(db, seeded, staff)  # grade C, upgraded to restock: waits for a supervisor
    supervisor_at_queue(qtbot, window, seeded, lpn)
    queue = window.console.queue
    with qtbot.waitSignal(queue.tag_requested, timeout=T) as held:
        click(qtbot, queue.buttons["tag"])
    assert held.args[0].on_hold
    assert held.args[0].headline() == "ON HOLD"
    qtbot.waitUntil((tmp_path / "data" / "tags" / f"{lpn}.pdf").exists, timeout=T)

    click(qtbot, queue.buttons["change"])
    answer(qtbot, queue, "customer wear after all", picks=("DISPOSE",))
    wait_message(qtbot, window, "re-routed to DISPOSE")
    unit = unit_row(db, lpn)
    assert (unit.status, unit.disposition, unit.destination) == ("disposed", "dispose", "RECYCLE")
    assert open_cases(db, lpn) == []
    qtbot.waitUntil(lambda: queue.model.total == 1 and queue.model.row_at(0) is not None, timeout=T)
    queue.select_row(0)
    window.activateWindow()  # as the window manager does when a dialog closes (offscreen Qt does not)
    queue.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is queue.view, timeout=T)
    with qtbot.waitSignal(queue.tag_requested, timeout=T) as new:
        qtbot.keyClick(queue.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert not new.args[0].on_hold
    assert (new.args[0].headline(), new.args[0].route_line()) == ("RECYCLE", "DISPOSE")

    # Send it back: graded again from scratch.
    qtbot.waitUntil(lambda: queue.model.row_at(0) is not None and queue.model.row_at(0).state == "disposed")
    queue.select_row(0)
    click(qtbot, queue.buttons["send_back"])
    answer(qtbot, queue, "grade it again with the checklist")
    wait_message(qtbot, window, "sent back")
    unit = unit_row(db, lpn)
    assert (unit.status, unit.grade, unit.disposition) == ("received", None, None)


def test_rejecting_a_return_settles_its_waiting_unit_and_closes_its_exceptions(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, staff: Actor
) -> None:
    lpn = waiting_unit(db, seeded, staff)
    assert open_cases(db, lpn) == ["awaiting_approval"]
    supervisor_at_queue(qtbot, window, seeded, lpn)
    queue = window.console.queue
    click(qtbot, queue.buttons["reject"])
    answer(qtbot, queue, "wear from use, not a return")
    wait_message(qtbot, window, f"{seeded.rma}: rejected")
    click(qtbot, queue.buttons["cancel"])  # a rejected return has ended: it cannot be cancelled as well
    answer(qtbot, queue, "duplicate request")
    _message, error = wait_message(qtbot, window, "cannot go from 'rejected' to 'cancelled'")
    assert error
    with unit_of_work(db.readers) as session:
        status = session.scalar(select(ReturnRequest.status).where(ReturnRequest.rma_number == seeded.rma))
        left = session.scalar(
            select(func.count())
            .select_from(ExceptionCase)
            .join(ReturnRequest, ReturnRequest.id == ExceptionCase.return_request_id)
            .where(ReturnRequest.rma_number == seeded.rma, ExceptionCase.status == "open")
        )
    assert status == "rejected"
    assert left == 0
    unit = unit_row(db, lpn)
    # Grade C at its price: the rules' own proposal stands, not the inspector's restock that needed approval.
    assert unit.status != "awaiting_approval"
    assert unit.status in ("in_refurbishment", "liquidated")
    assert unit.exception_kind is None


def test_a_unit_with_two_exceptions_is_found_under_either_and_each_is_assigned_or_resolved(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, staff: Actor
) -> None:
    with unit_of_work(db.sessions) as session:
        view = receiving.receive_parcel(session, staff, seeded.rma)
    lpn = str(view.lines[0].units[0].lpn)
    with unit_of_work(db.sessions) as session:
        inspection.record_inspection(
            session, staff, lpn, Grade.C, photos=["p"], discrepancies=[Discrepancy.SERIAL_MISMATCH]
        )
        inspection.route_unit(session, staff, lpn, None, None)
    with unit_of_work(db.sessions) as session:
        # A second exception on the same unit, opened after the first.
        from returns_desk.domain.vocab import ExceptionKind
        from returns_desk.services import exceptions

        exceptions.open_case(
            session, staff, ExceptionKind.HIGH_VALUE, unit=unit_facts.lock_unit(session, lpn)
        )
    assert open_cases(db, lpn) == ["discrepancy", "high_value"]
    log_in(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    queue = window.console.queue
    for label in ("Discrepancy", "High value"):
        pick(qtbot, queue.exception, label)
        qtbot.waitUntil(lambda: queue.model.total is not None, timeout=T)
        assert lpn in {r.reference for i in range(queue.model.rowCount()) if (r := queue.model.row_at(i))}
    queue.search_scan(lpn)
    qtbot.waitUntil(lambda: queue.model.total == 1, timeout=T)
    queue.select_row(0)
    click(qtbot, queue.buttons["assign"])
    answer(qtbot, queue, "you know this brand", picks=("High value", "Jordan Lee"))
    wait_message(qtbot, window, "assigned to Jordan Lee")
    click(qtbot, queue.buttons["resolve"])
    answer(qtbot, queue, "serial checked by phone with the customer", picks=("Discrepancy",))
    wait_message(qtbot, window, "resolved")
    with unit_of_work(db.readers) as session:
        rows = session.execute(
            select(ExceptionCase.kind, ExceptionCase.status, User.name)
            .join(Unit, Unit.id == ExceptionCase.unit_id)
            .outerjoin(User, User.id == ExceptionCase.assigned_to_id)
            .where(Unit.lpn == lpn)
            .order_by(ExceptionCase.kind)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("discrepancy", "resolved", None),
        ("high_value", "open", "Jordan Lee"),
    ]
    assert unit_row(db, lpn).exception_kind == "high_value"


def test_a_scan_in_the_console_clears_the_filters_and_an_empty_list_says_why(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, staff: Actor
) -> None:
    lpn = waiting_unit(db, seeded, staff)
    log_in(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    queue = window.console.queue
    pick(qtbot, queue.grade, "Junk")
    queue.text.setFocus()
    qtbot.keyClicks(queue.text, "no-such-code", delay=70)  # a person typing, not a scanner
    qtbot.keyClick(queue.text, Qt.Key.Key_Return, delay=70)
    qtbot.waitUntil(lambda: "Clear filters" in queue.count_label.text(), timeout=T)
    assert "grade" in queue.count_label.text()
    queue.text.clear()
    # A scanner burst while the console is open: whatever filters were set, the unit is found.
    focus = QApplication.focusWidget()
    assert focus is not None
    with qtbot.waitSignal(window.scanner.scanned, timeout=T):
        qtbot.keyClicks(focus, lpn)
        qtbot.keyClick(focus, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: queue.model.total == 1, timeout=T)
    assert queue.grade.value() is None
    assert queue.model.row_at(0) is not None
    assert queue.model.row_at(0).reference == lpn


def test_the_exceptions_tab_assigns_resolves_and_shows_a_case_in_the_queue(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, staff: Actor
) -> None:
    lpn = waiting_unit(db, seeded, staff)
    log_in(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    tab = window.console.exceptions
    window.console.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: any(r.lpn == lpn for r in tab.rows), timeout=T)
    row = next(i for i, r in enumerate(tab.rows) if r.lpn == lpn)
    tab.table.selectRow(row)
    click(qtbot, tab.buttons["assign"])
    answer(qtbot, tab, "your shift", picks=("Awaiting approval", "Casey Novak"))
    wait_message(qtbot, window, "assigned to Casey Novak")
    qtbot.waitUntil(lambda: any(r.lpn == lpn and r.assigned_to == "Casey Novak" for r in tab.rows), timeout=T)
    row = next(i for i, r in enumerate(tab.rows) if r.lpn == lpn)
    tab.table.selectRow(row)
    # Double-click: the unit in the queue, where it can be approved.
    rect = tab.table.visualRect(tab.table.model().index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    queue = window.console.queue
    qtbot.waitUntil(
        lambda: window.console.tabs.currentWidget() is queue and queue.model.total == 1, timeout=T
    )
    tab_case = next(r for r in tab.rows if r.lpn == lpn)
    window.console.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: any(r.lpn == lpn for r in tab.rows), timeout=T)
    tab.table.selectRow(next(i for i, r in enumerate(tab.rows) if r.lpn == lpn))
    click(qtbot, tab.buttons["resolve"])
    answer(qtbot, tab, "approved on the phone by the buyer")
    wait_message(qtbot, window, f"#{tab_case.id} resolved")
    with unit_of_work(db.readers) as session:
        case = session.get_one(ExceptionCase, tab_case.id)
        assert (case.status, case.resolution) == ("resolved", "approved on the phone by the buyer")


def test_blind_regrade_saves_the_grade_chosen_and_the_share(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor
) -> None:
    from returns_desk.services import regrade

    with unit_of_work(db.sessions) as session:
        regrade.set_share_percent(session, supervisor, 100, "calibration week")
    lpn = waiting_unit(db, seeded, staff)
    log_in(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    tab = window.console.regrade
    window.console.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.item is not None and tab.save.isEnabled(), timeout=T)
    assert tab.item is not None
    assert tab.item.lpn == lpn
    pick(qtbot, tab.grade, "D — damaged")
    qtbot.keyClicks(tab.notes, "scratch on the lid")
    click(qtbot, tab.save)
    wait_message(qtbot, window, "differs from the first grade")
    with unit_of_work(db.readers) as session:
        done = session.scalar(select(BlindRegrade).where(BlindRegrade.unit_id == unit_row(db, lpn).id))
        assert done is not None
        assert (done.status, done.second_grade, done.agreed) == ("done", "D", False)
    tab.share.setValue(20)
    click(qtbot, tab.share_button)
    answer(qtbot, tab, "calibration over")
    wait_message(qtbot, window, "Share set to 20%")
    with unit_of_work(db.readers) as session:
        assert session.get_one(Setting, "blind_regrade_percent").value == 20


def test_rules_are_published_through_the_dialog(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    log_in(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    rules = window.console.rules
    window.console.tabs.setCurrentWidget(rules)
    qtbot.waitUntil(lambda: rules.table.rowCount() > 0, timeout=T)
    click(qtbot, rules.buttons["publish"])
    assert "rules decide every unit" in dialog_of(qtbot, rules).what.text()
    answer(qtbot, rules, "first published set")
    wait_message(qtbot, window, "Rules version 1 published")
    with unit_of_work(db.readers) as session:
        assert session.scalar(select(RuleVersion.why)) == "first published set"


def test_the_audit_trail_is_shown_and_exported_through_the_save_dialog(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, staff: Actor, tmp_path: Path
) -> None:
    lpn = waiting_unit(db, seeded, staff)
    log_in(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    tab = window.console.audit
    window.console.tabs.setCurrentWidget(tab)
    tab.key.setFocus()
    qtbot.keyClicks(tab.key, lpn)
    qtbot.keyClick(tab.key, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.table.rowCount() >= 3, timeout=T)
    click(qtbot, tab.export)
    qtbot.waitUntil(lambda: tab.file_dialog is not None and tab.file_dialog.isVisible(), timeout=T)
    assert tab.file_dialog is not None
    name = tab.file_dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    target = tmp_path / "trail.csv"
    name.setText(str(target))  # pasted
    qtbot.keyClick(name, Qt.Key.Key_Return)
    wait_message(qtbot, window, "events written to trail.csv")
    assert target.read_text(encoding="utf-8-sig").count(lpn) >= tab.table.rowCount()


def test_an_admin_creates_deactivates_and_resets_users_and_stations(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    log_in(qtbot, window, seeded.admin_badge, seeded.admin_pin)
    tab = window.console.admin
    window.console.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.users.rowCount() > 0, timeout=T)
    qtbot.keyClicks(tab.badge, "S-77")
    qtbot.keyClicks(tab.name, "Pat Kim")
    pick(qtbot, tab.role, "supervisor")
    qtbot.keyClicks(tab.pin, "2468")
    click(qtbot, tab.create_button)
    wait_message(qtbot, window, "User S-77 created")
    with unit_of_work(db.readers) as session:
        user = session.scalar(select(User).where(User.badge == "S-77"))
        assert user is not None
        assert (user.name, user.role, user.active) == ("Pat Kim", "supervisor", True)
        assert auth.pin_matches(user.pin_hash, "2468")

    qtbot.waitUntil(lambda: any(tab.users.item(r, 0).text() == "S-77" for r in range(tab.users.rowCount())))
    tab.users.selectRow(next(r for r in range(tab.users.rowCount()) if tab.users.item(r, 0).text() == "S-77"))
    click(qtbot, tab.reset)
    answer(qtbot, tab, "", secret="97531")
    wait_message(qtbot, window, "PIN of Pat Kim reset")
    click(qtbot, tab.toggle_user)
    answer(qtbot, tab, "left the company")
    wait_message(qtbot, window, "Pat Kim deactivated")
    with unit_of_work(db.readers) as session:
        user = session.scalar(select(User).where(User.badge == "S-77"))
        assert user is not None
        assert not user.active
        assert auth.pin_matches(user.pin_hash, "97531")

    qtbot.keyClicks(tab.station_name, "DOCK-9")
    click(qtbot, tab.new_station)
    wait_message(qtbot, window, "Station DOCK-9 created")
    qtbot.waitUntil(
        lambda: any(tab.stations.item(r, 0).text() == "DOCK-9" for r in range(tab.stations.rowCount()))
    )
    tab.stations.selectRow(
        next(r for r in range(tab.stations.rowCount()) if tab.stations.item(r, 0).text() == "DOCK-9")
    )
    click(qtbot, tab.toggle_station)
    answer(qtbot, tab, "bench moved")
    wait_message(qtbot, window, "Station DOCK-9 deactivated")
    with unit_of_work(db.readers) as session:
        assert session.scalar(select(Station.active).where(Station.name == "DOCK-9")) is False
