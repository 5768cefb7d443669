"""The station as a person uses it: keys and scans in, and what the database holds afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from returns_desk.domain.vocab import Discrepancy
from returns_desk.gui.main_window import MainWindow
from returns_desk.gui.worker import DbWorker
from returns_desk.services import photos
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database
from returns_desk.store.db import make_engine, session_factory, unit_of_work
from returns_desk.store.models import DispositionRecord, Event, ExceptionCase, Inspection, ReturnRequest, Unit
from tests.gui.people import unit_row

T = 10_000


def scanner_types(qtbot: QtBot, window: MainWindow, code: str) -> None:
    """A USB scanner: the code and Enter, a few milliseconds a key, into whatever has focus."""
    target = window.focusWidget() or window
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key | str) -> None:
    target = window.focusWidget() or window
    if isinstance(key, str):
        qtbot.keyClicks(target, key)
    else:
        qtbot.keyClick(target, key)


def log_in(qtbot: QtBot, window: MainWindow, badge: str) -> None:
    with qtbot.waitSignal(window.login.logged_in, timeout=T):
        scanner_types(qtbot, window, badge)


def scan_and_wait_for_unit(qtbot: QtBot, window: MainWindow, code: str) -> str:
    scanner_types(qtbot, window, code)
    qtbot.waitUntil(
        lambda: window.station.flow.unit is not None and "press 1–7" in window.station.state.text(), timeout=T
    )
    assert window.station.flow.unit is not None
    return window.station.flow.unit.lpn


def test_scan_1_enter_saves_routes_and_tags_a_unit(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    log_in(qtbot, window, seeded.badge)
    lpn = scan_and_wait_for_unit(qtbot, window, seeded.rma)
    keys_after_scan = 0
    press(qtbot, window, "1")
    keys_after_scan += 1
    qtbot.waitUntil(lambda: window.station.flow.proposal is not None, timeout=T)
    assert "RESTOCK" in window.station.unit_panel.proposal.text()
    assert "rule 'new'" in window.station.unit_panel.proposal.text()
    with qtbot.waitSignal(window.station.unit_saved, timeout=T):
        press(qtbot, window, Qt.Key.Key_Return)
        keys_after_scan += 1
    assert keys_after_scan == 2
    unit = unit_row(db, lpn)
    assert (unit.status, unit.grade, unit.disposition, unit.destination) == (
        "restocked",
        "A",
        "restock",
        "A-STOCK",
    )
    with unit_of_work(db.readers) as session:
        status = session.scalar(select(ReturnRequest.status).where(ReturnRequest.rma_number == seeded.rma))
        kinds = session.scalars(select(Event.kind).where(Event.subject_id == lpn).order_by(Event.id)).all()
    assert status == "inspected"
    assert kinds == ["unit.received", "unit.inspected", "unit.routed"]
    tag = tmp_path / "data" / "tags" / f"{lpn}.pdf"
    qtbot.waitUntil(tag.exists, timeout=T)
    qtbot.waitUntil(lambda: "nothing left to grade" in window.station.state.text(), timeout=T)
    qtbot.waitUntil(lambda: "This hour: 1 units" in window.figures.text(), timeout=T)


def test_a_scanner_burst_into_the_notes_field_is_a_scan_and_slow_typing_is_not(
    qtbot: QtBot, window: MainWindow, seeded: DemoSample
) -> None:
    log_in(qtbot, window, seeded.badge)
    scan_and_wait_for_unit(qtbot, window, seeded.rma)
    notes = window.station.unit_panel.notes
    notes.setFocus()
    for ch in "box dented":  # a person: 80 ms a key
        qtbot.keyClicks(notes, ch)
        qtbot.wait(80)
    qtbot.waitUntil(lambda: notes.toPlainText() == "box dented", timeout=T)  # held back at most 35 ms
    with qtbot.waitSignal(window.station.scan_resolved, timeout=T) as blocker:
        qtbot.keyClicks(notes, seeded.tracking)  # the scanner fires while the cursor is in the notes
        qtbot.keyClick(notes, Qt.Key.Key_Return)
    assert blocker.args[0].normalized == seeded.tracking
    assert notes.toPlainText() in ("box dented", "")  # nothing of the scan landed in the notes


def test_below_grade_a_a_photo_is_required(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    log_in(qtbot, window, seeded.badge)
    lpn = scan_and_wait_for_unit(qtbot, window, seeded.rma)
    press(qtbot, window, "3")
    qtbot.wait(100)  # a person's pause: "3" and Enter in one burst would be a scan
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "needs a photo" in window.station.state.text(), timeout=T)
    assert unit_row(db, lpn).status == "received"

    not_a_photo = tmp_path / "scan.jpg"
    not_a_photo.write_text("not a picture", encoding="utf-8")
    window.station.add_photos([not_a_photo])
    qtbot.waitUntil(lambda: "not an image we read" in window.station.state.text(), timeout=T)
    assert window.station.flow.photos == []

    photo = tmp_path / "unit.jpg"
    Image.new("RGB", (3000, 2000), (180, 120, 90)).save(photo, exif=_rotated_exif())
    window.station.add_photos([photo])
    qtbot.waitUntil(lambda: len(window.station.flow.photos) == 1, timeout=T)
    window.station.setFocus()
    with qtbot.waitSignal(window.station.unit_saved, timeout=T):
        press(qtbot, window, Qt.Key.Key_Return)
    with unit_of_work(db.readers) as session:
        recorded = session.scalar(select(Inspection.photos).join(Unit).where(Unit.lpn == lpn))
    assert recorded is not None
    assert recorded == window.station.flow.photos
    digest = recorded[0].removeprefix("sha256:")
    with Image.open(tmp_path / "data" / "photos" / digest[:2] / f"{digest}.jpg") as stored:
        assert stored.size == (1067, 1600)  # at most 1600 px, and turned upright by its EXIF orientation
    assert (tmp_path / "data" / "photos" / "thumbs" / f"{digest}.jpg").exists()


def _rotated_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to view
    return exif


def test_another_disposition_needs_a_reason_and_nothing_is_half_saved(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    log_in(qtbot, window, seeded.badge)
    lpn = scan_and_wait_for_unit(qtbot, window, seeded.rma)
    press(qtbot, window, "1")
    window.station.unit_panel.override.setCurrentIndex(
        window.station.unit_panel.override.findText("liquidate")
    )
    window.station.setFocus()
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "needs a reason" in window.station.state.text(), timeout=T)
    assert unit_row(db, lpn).status == "received"  # the grade was not saved without its route
    with unit_of_work(db.readers) as session:
        assert session.scalar(select(Inspection.id).join(Unit).where(Unit.lpn == lpn)) is None
    window.station.unit_panel.reason.setText("tags cut off")
    window.station.setFocus()
    with qtbot.waitSignal(window.station.unit_saved, timeout=T):
        press(qtbot, window, Qt.Key.Key_Return)
    with unit_of_work(db.readers) as session:
        record = session.scalar(select(DispositionRecord).join(Unit).where(Unit.lpn == lpn))
    assert record is not None
    assert (record.proposed, record.chosen, record.override_reason) == (
        "restock",
        "liquidate",
        "tags cut off",
    )
    # An override goes to the disposition's own place, never the disposition's name twice (LIQUIDATE LIQUIDATE).
    assert record.destination == "LIQUIDATION"
    qtbot.waitUntil(lambda: "LIQUIDATE, to LIQUIDATION" in window.station.state.text(), timeout=T)


def test_a_multi_unit_request_stays_open_until_every_unit_is_done(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    with unit_of_work(db.readers) as session:
        from sqlalchemy import func

        from returns_desk.store.models import ReturnLine

        rma = session.scalar(
            select(ReturnRequest.rma_number)
            .join(ReturnLine)
            .where(ReturnRequest.status == "approved")
            .group_by(ReturnRequest.id, ReturnRequest.rma_number)
            .having(func.sum(ReturnLine.quantity_expected) == 2)
            .limit(1)
        )
    if rma is None:
        pytest.skip("the demo sample has no two-unit approved request")
    log_in(qtbot, window, seeded.badge)
    first = scan_and_wait_for_unit(qtbot, window, rma)
    press(qtbot, window, "1")
    with qtbot.waitSignal(window.station.unit_saved, timeout=T):
        press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.station.flow.unit is not None and window.station.flow.unit.lpn != first, timeout=T
    )
    with unit_of_work(db.readers) as session:
        assert (
            session.scalar(select(ReturnRequest.status).where(ReturnRequest.rma_number == rma)) == "received"
        )
    press(qtbot, window, "6")  # the second unit is not in the box
    with qtbot.waitSignal(window.station.unit_saved, timeout=T):
        press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "nothing left to grade" in window.station.state.text(), timeout=T)
    with unit_of_work(db.readers) as session:
        assert (
            session.scalar(select(ReturnRequest.status).where(ReturnRequest.rma_number == rma)) == "inspected"
        )


def test_a_parcel_that_matches_nothing_is_filed_for_a_supervisor(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    log_in(qtbot, window, seeded.badge)
    scanner_types(qtbot, window, "1Z999AA10123456784")
    qtbot.waitUntil(window.station.unexpected.isVisible, timeout=T)
    description = window.station.unexpected.description
    description.setPlainText("two blue sneakers, no paperwork")
    scanner_types(qtbot, window, seeded.gtin[1:])  # an item in the box
    qtbot.waitUntil(lambda: window.station.unexpected.item_codes != [], timeout=T)
    with qtbot.waitSignal(window.station.exception_filed, timeout=T) as blocker:
        qtbot.keyClick(description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with unit_of_work(db.readers) as session:
        case = session.get(ExceptionCase, blocker.args[0])
        assert case is not None
        assert (case.kind, case.status, case.scanned_code) == (
            "unexpected_parcel",
            "open",
            "1Z999AA10123456784",
        )
        assert case.description == "two blue sneakers, no paperwork"
        assert case.details["items"] == [seeded.gtin[1:]]


def test_a_database_that_goes_away_shows_the_offline_banner(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    gone = Database(
        "postgresql://nobody@127.0.0.1:1/none",
        make_engine("postgresql://nobody@127.0.0.1:1/none"),
        session_factory(make_engine("sqlite://")),
        session_factory(make_engine("postgresql://nobody@127.0.0.1:1/none"), read_only=True),
    )
    worker = DbWorker(gone)
    errors: list[str] = []
    with qtbot.waitSignal(worker.connection_changed, timeout=T) as blocker:
        worker.submit(lambda s: s.execute(select(Unit.id)).all(), None, errors.append, read_only=True)
    assert blocker.args == [False]
    qtbot.waitUntil(lambda: errors != [], timeout=T)
    assert "cannot be reached" in errors[0]
    worker.stop()


def test_the_checklist_suggests_and_the_flags_and_answers_are_recorded(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    log_in(qtbot, window, seeded.badge)
    lpn = scan_and_wait_for_unit(qtbot, window, seeded.rma)
    boxes = window.station.unit_panel.checklist.findChildren(QCheckBox)
    assert boxes, "the unit's category has questions"
    assert all(box.isChecked() for box in boxes)
    boxes[0].setChecked(False)  # e.g. the seal is broken
    qtbot.waitUntil(lambda: "Checklist: at best" in window.station.state.text(), timeout=T)
    window.station.unit_panel.flags[Discrepancy.SERIAL_MISMATCH].setChecked(True)
    window.station.setFocus()
    press(qtbot, window, "1")
    with qtbot.waitSignal(window.station.unit_saved, timeout=T):
        press(qtbot, window, Qt.Key.Key_Return)
    with unit_of_work(db.readers) as session:
        checklist, found = session.execute(
            select(Inspection.checklist, Inspection.discrepancies).join(Unit).where(Unit.lpn == lpn)
        ).one()
    assert list(checklist.values()).count(False) == 1
    assert found == ["serial_mismatch"]


def test_f7_takes_the_camera_picture_as_a_photo(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtMultimedia import QVideoFrame

    log_in(qtbot, window, seeded.badge)
    lpn = scan_and_wait_for_unit(qtbot, window, seeded.rma)
    press(qtbot, window, "3")
    frame = QImage(640, 480, QImage.Format.Format_RGB888)
    frame.fill(0x8899AA)
    window.station.camera.sink.setVideoFrame(QVideoFrame(frame))
    qtbot.waitUntil(lambda: window.station.camera.last_frame is not None, timeout=T)
    qtbot.keyClick(window.station, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: len(window.station.flow.photos) == 1, timeout=T)
    (ref,) = window.station.flow.photos
    with qtbot.waitSignal(window.station.unit_saved, timeout=T):
        press(qtbot, window, Qt.Key.Key_Return)
    # The picture is kept (full size and thumbnail) and the saved inspection names it.
    with unit_of_work(db.readers) as session:
        stored = session.scalars(
            select(Inspection.photos).where(Inspection.unit_id == unit_row(db, lpn).id)
        ).one()
    assert stored == [ref]
    picture = Image.open(photos.photo_path(tmp_path / "data", ref))
    assert picture.size == (640, 480)
    assert picture.getpixel((320, 240)) == pytest.approx((0x88, 0x99, 0xAA), abs=8)
    assert photos.photo_path(tmp_path / "data", ref, thumb=True).is_file()


def test_a_picture_of_a_label_is_read_like_a_scan(
    qtbot: QtBot, window: MainWindow, seeded: DemoSample, tmp_path: Path
) -> None:
    import zxingcpp

    from tests.barcodes.conftest import matrix_symbol

    log_in(qtbot, window, seeded.badge)
    picture = tmp_path / "label.png"
    matrix_symbol(seeded.rma, zxingcpp.BarcodeFormat.QRCode).save(picture)
    with qtbot.waitSignal(window.station.scan_resolved, timeout=T) as blocker:
        window.station.scan_photo_files([picture])
    assert blocker.args[0].match.rma == seeded.rma
