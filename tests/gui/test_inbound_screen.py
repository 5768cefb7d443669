"""The Inbound tab as a supervisor uses it: carrier tracking imported through the file dialog, parcels by stage,
the stalled ones opened as cases, the stalled-after setting, and the dock's forecast beside what the database
says."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from returns_desk.gui.console.inbound_tab import InboundTab
from returns_desk.gui.main_window import MainWindow
from returns_desk.services import auth, imports, tracking
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import ExceptionCase, TrackingNumber
from tests.gui.people import T, click, log_in, wait_message

DATA = Path(__file__).parents[1] / "data"
SAMPLES = {
    "1Z999AA10123456784": "out_for_delivery",
    "9400136105440512280610": "in_transit",
    "9400111201080805483016": "pickup_failed",
    "1Z5R89390357567127": "returned_to_sender",
}


def inbound(qtbot: QtBot, window: MainWindow, seeded: DemoSample) -> InboundTab:
    log_in(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    tab = window.console.inbound
    window.console.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible, timeout=T)
    return tab


def with_platform_returns(db: Database, tmp_path: Path) -> None:
    with unit_of_work(db.sessions) as session:
        actor = auth.system_actor(session, "SETUP")
    for preset in ("shopify", "loop", "bigcommerce", "aftership"):
        path = tmp_path / f"{preset}.json"
        shutil.copy(DATA / "imports" / f"{preset}.json", path)
        with unit_of_work(db.sessions) as session:
            imports.import_file(session, actor, path)


def cases(db: Database) -> int:
    with unit_of_work(db.readers) as session:
        return int(
            session.scalar(
                select(func.count()).select_from(ExceptionCase).where(ExceptionCase.kind == "parcel_trouble")
            )
            or 0
        )


def test_tracking_imported_from_the_tab_fills_the_pipeline_and_the_forecast(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    with_platform_returns(db, tmp_path)
    tab = inbound(qtbot, window, seeded)
    path = tmp_path / "checkpoints.csv"
    shutil.copy(DATA / "tracking" / "aftership-checkpoints.csv", path)
    click(qtbot, tab.import_button)
    qtbot.waitUntil(lambda: tab.file_dialog is not None and tab.file_dialog.isVisible(), timeout=T)
    assert tab.file_dialog is not None
    name = tab.file_dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(str(path))
    qtbot.keyClick(name, Qt.Key.Key_Return)
    wait_message(qtbot, window, "9 new checkpoint(s) for 4 parcel(s)")
    with unit_of_work(db.readers) as session:
        staged = dict(
            session.execute(
                select(TrackingNumber.stage, func.count())
                .where(TrackingNumber.stage.is_not(None))
                .group_by(TrackingNumber.stage)
            ).all()
        )
        counts = tracking.pipeline(session)
        expected = tracking.forecast(session)
    with unit_of_work(db.readers) as session:
        samples = dict(
            session.execute(
                select(TrackingNumber.tracking_number, TrackingNumber.stage).where(
                    TrackingNumber.tracking_number.in_(list(SAMPLES))
                )
            ).all()
        )
        stalled = tracking.parcels(session, stage="stalled")
    assert samples == SAMPLES
    assert staged  # and the demo's own parcels beside them
    # The sample's scans are from November: all four are stalled now; every stalled parcel got its case on import.
    assert set(SAMPLES) <= {p.tracking_number for p in stalled}
    assert cases(db) == counts["stalled"]
    label = f"Stalled ({counts['stalled']:,})"
    qtbot.waitUntil(lambda: tab.filter_buttons["stalled"].text() == label, timeout=T)
    assert tab.filter_buttons["in_transit"].text() == f"In transit ({counts['in_transit']:,})"
    qtbot.waitUntil(lambda: tab.table.rowCount() == len(stalled), timeout=T)
    problems = {tab.table.item(r, 1).text(): tab.table.item(r, 8).text() for r in range(len(stalled))}
    assert problems["1Z5R89390357567127"] == "the carrier is sending it back to the customer"
    click(qtbot, tab.filter_buttons["out_for_delivery"])
    going = counts["out_for_delivery"]
    qtbot.waitUntil(lambda: tab.table.rowCount() == going, timeout=T)
    assert "#1001-R1" in {tab.table.item(r, 0).text() for r in range(going)}
    shown = [[tab.forecast.item(r, c).text() for c in range(6)] for r in range(tab.forecast.rowCount())]
    assert shown == [
        [
            f.zone,
            str(f.today_parcels),
            str(f.today_units),
            str(f.tomorrow_parcels),
            str(f.tomorrow_units),
            f.carriers,
        ]
        for f in expected
    ]
    assert shown  # the two moving samples are due today, with the demo's


def test_the_stalled_after_setting_and_opening_cases(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    with_platform_returns(db, tmp_path)
    with unit_of_work(db.sessions) as session:
        # Checkpoints imported without opening cases (as before the stalled-after setting changed).
        actor = auth.system_actor(session, "SETUP")
        tracking.import_tracking(
            session, actor, DATA / "tracking" / "aftership-webhooks.json", open_cases=False
        )
    assert cases(db) == 0
    tab = inbound(qtbot, window, seeded)
    qtbot.waitUntil(lambda: tab.days.value() == tracking.DEFAULT_STALLED_DAYS, timeout=T)
    tab.days.setFocus()
    tab.days.selectAll()
    qtbot.keyClicks(tab.days, "30")
    qtbot.waitUntil(lambda: tab.days.value() == 30, timeout=T)
    click(qtbot, tab.days_save)
    wait_message(qtbot, window, "no scan for 30 days now counts as stalled")
    with unit_of_work(db.readers) as session:
        assert tracking.stalled_days(session) == 30
    click(qtbot, tab.sweep_button)
    wait_message(qtbot, window, "exception case(s) opened")
    # Within 30 days only the parcels in trouble are stalled: the samples' two, and the demo's.
    with unit_of_work(db.readers) as session:
        stalled = tracking.parcels(session, stage="stalled")
    assert {p.stage for p in stalled} <= {"pickup_failed", "returned_to_sender", "exception"}
    assert {"9400111201080805483016", "1Z5R89390357567127"} <= {p.tracking_number for p in stalled}
    assert cases(db) == len(stalled)
