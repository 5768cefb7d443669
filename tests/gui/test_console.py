"""The supervisor console in a real window over a real database: queue, filters, an approval, what-if, idle lock."""

from __future__ import annotations

import csv
import time
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from returns_desk.domain.vocab import Disposition, ExceptionKind, Grade
from returns_desk.gui.main_window import MainWindow
from returns_desk.services import exceptions, inspection, receiving
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Event, Unit
from tests.gui.people import T, answer, click, dialog_of, log_in, pick


def login_supervisor(qtbot: QtBot, window: MainWindow, seeded: DemoSample) -> None:
    log_in(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.console, timeout=T)


def waiting_unit(db: Database, seeded: DemoSample, staff: Actor) -> str:
    with unit_of_work(db.sessions) as session:
        view = receiving.receive_parcel(session, staff, seeded.rma)
    lpn = str(view.lines[0].units[0].lpn)
    with unit_of_work(db.sessions) as session:
        inspection.record_inspection(session, staff, lpn, Grade.C, photos=["p"])
        inspection.route_unit(session, staff, lpn, Disposition.RESTOCK, "looks unused")
    return lpn


def test_queue_filters_and_an_approval(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, staff: Actor
) -> None:
    lpn = waiting_unit(db, seeded, staff)
    window.console.queue.model.page_size = 10  # the test dock is small; a page must not hold all of it
    login_supervisor(qtbot, window, seeded)
    queue = window.console.queue
    model = queue.model
    qtbot.waitUntil(lambda: model.total is not None and model.rowCount() > 0, timeout=T)
    everything = model.total
    assert everything is not None
    assert everything > model.rowCount() > 0
    # Scrolling to the end asks for the next page.
    shown = model.rowCount()
    queue.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > shown, timeout=T)

    # Filter by exception kind: only units waiting for approval remain, ours among them.
    pick(qtbot, queue.exception, "Awaiting approval")
    qtbot.waitUntil(
        lambda: model.total is not None and model.filter.exception_kind == "awaiting_approval", timeout=T
    )
    rows = [model.row_at(i) for i in range(model.rowCount())]
    assert rows
    assert all(r is not None and r.exception_kind == "awaiting_approval" for r in rows)
    assert model.total is not None
    assert model.total < everything
    # Free text narrows to the one unit.
    queue.text.setText(lpn)
    queue.apply_filter()
    qtbot.waitUntil(lambda: model.total == 1, timeout=T)
    first = model.row_at(0)
    assert first is not None
    assert first.reference == lpn

    # Approve it with a reason typed into the dialog.
    queue.select_row(0)
    click(qtbot, queue.buttons["approve"])
    dialog = dialog_of(qtbot, queue)
    assert "goes to RESTOCK" in dialog.what.text()
    assert not dialog.ok_button.isEnabled()  # no reason yet
    answer(qtbot, queue, "photos show it unused")
    qtbot.waitUntil(lambda: "approved" in window.console.last_message[0], timeout=T)
    assert window.console.last_message[1] is False
    with unit_of_work(db.readers) as session:
        unit = session.scalar(select(Unit).where(Unit.lpn == lpn))
        assert unit is not None
        assert (unit.status, unit.exception_kind) == ("restocked", None)
    # After the refresh, the unit no longer matches the awaiting-approval filter.
    qtbot.waitUntil(lambda: model.total == 0, timeout=T)


def test_rule_editor_what_if_and_refusals(qtbot: QtBot, window: MainWindow, seeded: DemoSample) -> None:
    login_supervisor(qtbot, window, seeded)
    rules = window.console.rules
    window.console.tabs.setCurrentWidget(rules)
    qtbot.waitUntil(lambda: rules.table.rowCount() > 0, timeout=T)
    # Make grade-A units go to liquidation: the what-if shows units moving and value falling.
    for r in range(rules.table.rowCount()):
        item = rules.table.item(r, 0)
        if item is not None and item.text() == "new":
            disposition = rules.table.item(r, 2)
            assert disposition is not None
            disposition.setText("liquidate")
    rules.days.setValue(365)
    with qtbot.waitSignal(rules.what_if_done, timeout=T) as blocker:
        rules.buttons["what_if"].click()
    result = blocker.args[0]
    assert result.changed > 0
    assert result.recovered_delta_cents < 0
    assert f"{result.changed:,} of {result.units:,} units would change" in rules.result.text()
    # A rule hidden behind a broader one is refused before anything runs.
    rules.table.selectRow(0)
    rules.add_rule()
    grades = rules.table.item(0, 4)
    if grades is None:
        from PySide6.QtWidgets import QTableWidgetItem

        rules.table.setItem(0, 4, QTableWidgetItem("junk"))
    else:
        grades.setText("junk")
    rules.buttons["check"].click()
    assert "can never fire" in rules.result.text()


def test_audit_export_and_idle_lock(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, staff: Actor, tmp_path: Path
) -> None:
    lpn = waiting_unit(db, seeded, staff)
    login_supervisor(qtbot, window, seeded)
    audit_tab = window.console.audit
    window.console.tabs.setCurrentWidget(audit_tab)
    audit_tab.show_subject("unit", lpn)
    qtbot.waitUntil(lambda: audit_tab.table.rowCount() >= 4, timeout=T)
    path = tmp_path / "audit.csv"
    assert audit_tab.export_to(path) == audit_tab.table.rowCount()
    with path.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0][:2] == ["when_utc", "event"]
    assert lines[1][1] == "unit.received"
    # Nobody touches the station: it locks, back to the badge screen.
    window.idle_minutes = 0.001
    window.scanner.last_activity = time.monotonic() - 1
    window._check_idle()
    assert window.pages.currentWidget() is window.login
    assert "without activity" in window.login.message.text()
    assert window.actor is None


def test_a_supervisor_sets_an_sla_from_the_exceptions_tab(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    login_supervisor(qtbot, window, seeded)
    tab = window.console.exceptions
    window.console.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=T)
    kind = tab.rows[0].kind
    click(qtbot, tab.sla_button)
    answer(qtbot, tab, "testing the colours", picks=(ExceptionKind(kind).label,), number=0.001)
    qtbot.waitUntil(lambda: "set to 0.001 h" in window.console.last_message[0], timeout=T)
    qtbot.waitUntil(
        lambda: any(r.kind == kind and r.overdue and r.sla_hours == 0.001 for r in tab.rows), timeout=T
    )
    cells = [item.text() for r in range(tab.table.rowCount()) if (item := tab.table.item(r, 3)) is not None]
    assert any("OVERDUE" in c for c in cells)
    with unit_of_work(db.readers) as session:  # what the database holds: the setting and its audit event
        assert exceptions.sla_hours(session)[ExceptionKind(kind)] == 0.001
        event = session.scalars(
            select(Event).where(Event.kind == "settings.sla_changed").order_by(Event.id.desc())
        ).first()
    assert event is not None
    assert event.payload["reason"] == "testing the colours"
    assert event.payload["hours"][kind] == 0.001
