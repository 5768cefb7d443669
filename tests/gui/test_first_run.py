"""The first start of a new workstation, as a person goes through it: the wizard's pages driven through their
widgets, from `returns-desk` with no settings file to the login screen's database, checked afterwards.

The window itself (`gui.app.run`) is replaced by a stand-in that records what it was handed: the database the
wizard's answers opened, the settings, and the login screen's notice.
"""

from __future__ import annotations

import json
import logging
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QRadioButton, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from returns_desk import cli, config
from returns_desk.barcodes.decode import decode_file
from returns_desk.domain.scancodes import lpn_for_serial
from returns_desk.gui import app as gui_app
from returns_desk.gui.first_run import FirstRunWizard
from returns_desk.gui.tag_printer import TEST_SERIAL
from returns_desk.store.database import Database
from returns_desk.sync import SyncedStore
from tests.support.label_printer import LabelPrinterStandIn

T = 15_000


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A computer that has never run Returns Desk: no settings file, no database named anywhere."""
    monkeypatch.setenv("RETURNS_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for name in (
        "RETURNS_DESK_DB",
        "RETURNS_DESK_STATION",
        "RETURNS_DESK_LABEL_PRINTER",
        "RETURNS_DESK_LOCALE",
    ):
        monkeypatch.delenv(name, raising=False)
    yield tmp_path
    root = logging.getLogger()
    for handler in list(root.handlers):  # the app's log file, opened by the start
        if isinstance(handler, logging.FileHandler) and str(tmp_path) in handler.baseFilename:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """What the login window would have been given."""
    seen: dict[str, Any] = {}

    def stand_in(
        database: Database | SyncedStore, settings: config.Settings, notice: str | None = None
    ) -> int:
        seen.update(database=database, settings=settings, notice=notice)
        if isinstance(database, Database):
            with database.engine.connect() as conn:
                seen["returns"] = conn.execute(text("SELECT count(*) FROM return_requests")).scalar_one()
                seen["people"] = conn.execute(
                    text("SELECT badge, role FROM users WHERE badge <> 'SYSTEM' ORDER BY badge")
                ).all()
        database.close()
        return 0

    monkeypatch.setattr(gui_app, "run", stand_in)
    return seen


def go_through(steps: Callable[[FirstRunWizard], None]) -> list[BaseException]:
    """Once the wizard shows, do what a person does on it; a failed step closes it and is handed back."""
    failed: list[BaseException] = []

    def look() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, FirstRunWizard):
            QTimer.singleShot(50, look)
            return
        try:
            steps(wizard)
        except BaseException as exc:  # handed back to the test, which raises it
            failed.append(exc)
            wizard.reject()

    QTimer.singleShot(50, look)
    return failed


def next_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    before = wizard.currentId()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=T)


def choose(qtbot: QtBot, radio: QRadioButton) -> None:
    """A click on the round button itself (the middle of a wide row is past its label)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def finish(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, field: Any, value: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, value)


def settings_file(home: Path) -> dict[str, str]:
    return json.loads((home / "config" / "returns-desk" / "config.json").read_text(encoding="utf-8"))


def test_defaults_with_a_test_tag_give_a_local_demo_dock(
    qtbot: QtBot, home: Path, opened: dict[str, Any]
) -> None:
    def person(wizard: FirstRunWizard) -> None:
        page = wizard.station_page
        type_into(qtbot, page.station, "dock 3")
        page.language.setFocus()
        qtbot.keyClick(page.language, Qt.Key.Key_Down)  # 한국어
        next_page(qtbot, wizard)
        assert wizard.database_page.local.isChecked()
        assert wizard.database_page.demo.isChecked()
        next_page(qtbot, wizard)
        printer = wizard.printer_page
        assert printer.pdf.isChecked()
        qtbot.mouseClick(printer.test, Qt.MouseButton.LeftButton)
        assert printer.verdict.text().startswith("✔"), printer.verdict.text()
        finish(qtbot, wizard)

    failed = go_through(person)
    assert cli.main([]) == 0
    assert not failed, failed
    assert settings_file(home) == {
        "station": "DOCK 3",
        "locale": "ko_KR",
        "label_printer": "",
        "system_printer": "",
    }
    assert opened["settings"].station == "DOCK 3"
    assert opened["returns"] == cli.FIRST_START_RMAS
    assert "Logins: staff badge" in opened["notice"]
    tag = home / "data" / "tags" / f"{lpn_for_serial(TEST_SERIAL)}.pdf"
    subprocess.run(["pdftoppm", "-r", "203", "-gray", "-png", str(tag), str(home / "tag")], check=True)
    (page,) = home.glob("tag*.png")
    assert lpn_for_serial(TEST_SERIAL) in {c.text for c in decode_file(page).codes}


def test_an_empty_local_database_gets_its_first_administrator(
    qtbot: QtBot, home: Path, opened: dict[str, Any]
) -> None:
    def person(wizard: FirstRunWizard) -> None:
        next_page(qtbot, wizard)
        db = wizard.database_page
        choose(qtbot, db.empty)
        type_into(qtbot, db.admin_badge, "ADM-1")
        type_into(qtbot, db.admin_name, "Mina Park")
        type_into(qtbot, db.admin_pin, "12")
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert wizard.currentPage() is db  # refused, and said why
        assert "4 to 12 digits" in db.problem.text()
        type_into(qtbot, db.admin_pin, "482915")
        next_page(qtbot, wizard)
        finish(qtbot, wizard)

    failed = go_through(person)
    assert cli.main([]) == 0
    assert not failed, failed
    assert opened["returns"] == 0
    assert [tuple(p) for p in opened["people"]] == [("ADM-1", "admin")]
    assert opened["notice"] is None
    engine_url = opened["settings"].db_url
    assert engine_url.endswith("returns-desk.sqlite3")


def test_a_label_printer_on_the_network_prints_the_test_tag_and_is_kept(
    qtbot: QtBot, home: Path, opened: dict[str, Any]
) -> None:
    stand_in = LabelPrinterStandIn()

    def person(wizard: FirstRunWizard) -> None:
        next_page(qtbot, wizard)
        next_page(qtbot, wizard)
        printer = wizard.printer_page
        choose(qtbot, printer.zpl)
        type_into(qtbot, printer.host, "127.0.0.1:notaport")
        qtbot.mouseClick(printer.test, Qt.MouseButton.LeftButton)
        assert printer.verdict.text().startswith("✖"), printer.verdict.text()
        type_into(qtbot, printer.host, f"127.0.0.1:{stand_in.port}")
        qtbot.mouseClick(printer.test, Qt.MouseButton.LeftButton)
        assert printer.verdict.text().startswith("✔"), printer.verdict.text()
        finish(qtbot, wizard)

    failed = go_through(person)
    try:
        assert cli.main([]) == 0
    finally:
        stand_in.close()
    assert not failed, failed
    assert settings_file(home)["label_printer"] == f"127.0.0.1:{stand_in.port}"
    assert opened["settings"].label_printer.port == stand_in.port
    (job,) = stand_in.jobs
    assert job.startswith(b"^XA")
    assert lpn_for_serial(TEST_SERIAL).encode() in job


def test_closing_the_wizard_writes_nothing_and_the_next_start_asks_again(qtbot: QtBot, home: Path) -> None:
    failed = go_through(lambda wizard: wizard.reject())
    assert cli.main([]) == 0
    assert not failed
    assert not (home / "config" / "returns-desk" / "config.json").exists()
    assert not (home / "data" / "returns-desk.sqlite3").exists()
    assert config.needs_first_run()


@pytest.fixture
def empty_pg(pg_url: str) -> Iterator[str]:
    """A new PostgreSQL database with nothing in it, as IT hands it over."""
    admin = pg_url.rsplit("/", 1)[0] + "/test"
    name = f"returns_desk_wizard_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield pg_url.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.postgres
def test_a_shared_database_is_tested_then_set_up_with_its_first_administrator(
    qtbot: QtBot, home: Path, opened: dict[str, Any], empty_pg: str
) -> None:
    def person(wizard: FirstRunWizard) -> None:
        next_page(qtbot, wizard)
        db = wizard.database_page
        choose(qtbot, db.shared)
        assert not db.demo.isEnabled()  # demo returns only in a file of this computer
        type_into(qtbot, db.url, "postgresql://nobody@127.0.0.1:1/none")
        qtbot.mouseClick(db.test, Qt.MouseButton.LeftButton)
        assert db.verdict.text().startswith("✖ Not usable yet. Not connected"), db.verdict.text()
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert wizard.currentPage() is db
        type_into(qtbot, db.url, empty_pg)
        qtbot.mouseClick(db.test, Qt.MouseButton.LeftButton)
        assert "It is empty" in db.verdict.text()
        assert db.verdict.text().startswith("✔")
        assert db.empty.isChecked()
        assert db.admin_badge.isEnabled()
        type_into(qtbot, db.admin_badge, "IT-7")
        type_into(qtbot, db.admin_name, "Jae Kim")
        type_into(qtbot, db.admin_pin, "7391")
        next_page(qtbot, wizard)
        finish(qtbot, wizard)

    failed = go_through(person)
    assert cli.main([]) == 0
    assert not failed, failed
    assert settings_file(home)["db_url"] == empty_pg
    with psycopg.connect(empty_pg) as conn:
        people = conn.execute("SELECT badge, role FROM users WHERE badge <> 'SYSTEM'").fetchall()
        kinds = [r[0] for r in conn.execute("SELECT kind FROM events ORDER BY id").fetchall()]
    assert people == [("IT-7", "admin")]
    assert "user.created" in kinds
