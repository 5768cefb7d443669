"""The Integrations tab as a supervisor and an admin use it: a platform's export chosen in the Import dialog,
previewed with its bad rows marked, imported with a progress bar; the watched folder set; a webhook endpoint added
and a failed delivery sent again. The database says what happened."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from returns_desk.domain.vocab import EventKind
from returns_desk.gui.console.integrations_tab import IntegrationsTab
from returns_desk.gui.main_window import MainWindow
from returns_desk.services import events, folder_import, policy, webhooks
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import (
    Event,
    Product,
    ReturnRequest,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookSubscription,
)
from tests.gui.people import T, click, log_in, pick, wait_message

DATA = Path(__file__).parents[1] / "data" / "imports"


def integrations(qtbot: QtBot, window: MainWindow, badge: str, pin: str) -> IntegrationsTab:
    log_in(qtbot, window, badge, pin)
    tab = window.console.integrations
    window.console.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible, timeout=T)
    return tab


def choose_file(qtbot: QtBot, tab: IntegrationsTab, path: Path) -> None:
    dialog = tab.import_dialog
    assert dialog is not None
    click(qtbot, dialog.choose_button)
    qtbot.waitUntil(lambda: tab.file_dialog is not None and tab.file_dialog.isVisible(), timeout=T)
    assert tab.file_dialog is not None
    name = tab.file_dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(str(path))
    qtbot.keyClick(name, Qt.Key.Key_Return)


def platform_requests(db: Database, platform: str) -> dict[str, str]:
    with unit_of_work(db.readers) as session:
        return dict(
            session.execute(
                select(ReturnRequest.platform_id, ReturnRequest.status).where(
                    ReturnRequest.platform == platform
                )
            ).all()
        )


def test_a_platform_export_is_previewed_then_imported_from_the_dialog(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    tab = integrations(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    # A Loop export whose second return has a reason the preset does not know.
    text = (DATA / "loop.csv").read_text(encoding="utf-8").replace("Damaged or defective", "Smells odd")
    path = tmp_path / "loop-returns.csv"
    path.write_text(text, encoding="utf-8")
    click(qtbot, tab.import_button)
    qtbot.waitUntil(lambda: tab.import_dialog is not None and tab.import_dialog.isVisible(), timeout=T)
    dialog = tab.import_dialog
    assert dialog is not None
    choose_file(qtbot, tab, path)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=T)
    assert dialog.verdict.text().startswith("Recognised as Loop")
    assert "1 of the first 3 rows have problems" in dialog.verdict.text()
    assert dialog.table.horizontalHeaderItem(1).text() == "Problems"
    problem = dialog.table.item(2, 1).text()
    assert "'Smells odd' is not a Loop reason" in problem
    assert dialog.table.item(0, 1).text() == ""

    # Import refuses the whole file...
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: "Nothing was imported" in dialog.summary.text(), timeout=T)
    assert platform_requests(db, "loop") == {}
    # ...and imports the good return when told to skip the bad ones.
    click(qtbot, dialog.skip)
    assert dialog.skip.isChecked()
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: "new return request" in dialog.summary.text(), timeout=T)
    assert "1 new return request(s)" in dialog.summary.text()
    assert "1 bad row(s) written to" in dialog.summary.text()
    assert platform_requests(db, "loop") == {"12345678": "approved"}
    assert (tmp_path / "loop-returns.rejects.csv").exists()

    # Chosen by hand, the same file read as another platform's finds nothing it can use.
    pick(qtbot, dialog.preset, "Shopify")
    qtbot.waitUntil(lambda: dialog.verdict.text().startswith("Read as Shopify"), timeout=T)
    assert "3 of the first 3 rows have problems" in dialog.verdict.text()
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close))
    qtbot.waitUntil(lambda: tab.import_dialog is None, timeout=T)


def test_the_watched_folder_is_set_and_its_files_are_imported(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    tab = integrations(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    drop = tmp_path / "drop"
    drop.mkdir()
    tab.folder.setFocus()
    qtbot.keyClicks(tab.folder, str(drop))
    qtbot.waitUntil(lambda: tab.folder.text() == str(drop), timeout=T)
    click(qtbot, tab.folder_save)
    wait_message(qtbot, window, "imports the files dropped into")
    with unit_of_work(db.readers) as session:
        assert policy.setting(session, folder_import.SETTING) == {"TEST-STATION": str(drop)}
        assert session.scalar(
            select(func.count()).select_from(Event).where(Event.kind == "settings.import_folder")
        )
    assert (drop / "done").is_dir()
    assert (drop / "failed").is_dir()

    # What the station's pump does with it: a good file goes to done/, a broken one to failed/ with its report.
    shutil.copy(DATA / "aftership.json", drop / "aftership.json")
    (drop / "broken.csv").write_text("rma_number,order_number\nX,\n", encoding="utf-8")
    pump = window.console.outbox.pump
    assert pump is None  # the test window runs no pump thread: its pass is driven here, as the thread would
    watcher = folder_import.Watcher(drop)
    assert watcher.look(db, "TEST-STATION") == []  # first look: sizes noted
    said = watcher.look(db, "TEST-STATION")
    assert len(said) == 2
    assert (drop / "done" / "aftership.json").exists()
    assert "Imported 2 new return request(s)" in (drop / "done" / "aftership.json.report.txt").read_text()
    errors = (drop / "failed" / "broken.csv.errors.txt").read_text()
    assert "broken.csv:1: sku: column missing from the header" in errors
    assert set(platform_requests(db, "aftership")) == {
        "b3eedf69b7c0410d8975d4350c007705",
        "c4ffe070c8d1521e9086e5461d118816",
    }


def test_an_admin_adds_an_endpoint_and_a_failed_delivery_is_sent_again(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    tab = integrations(qtbot, window, seeded.admin_badge, seeded.admin_pin)
    click(qtbot, tab.add_endpoint)
    qtbot.waitUntil(lambda: tab.endpoint_dialog is not None and tab.endpoint_dialog.isVisible(), timeout=T)
    dialog = tab.endpoint_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "erp")
    qtbot.keyClicks(dialog.url, "http://127.0.0.1:9/hooks")
    dialog.kinds.clear()
    qtbot.keyClicks(dialog.kinds, "return.received, unit.*")
    qtbot.waitUntil(lambda: dialog.kinds.text() == "return.received, unit.*", timeout=T)
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    said, _ = wait_message(qtbot, window, "Endpoint erp saved")
    with unit_of_work(db.readers) as session:
        endpoint = session.scalar(select(WebhookEndpoint).where(WebhookEndpoint.name == "erp"))
        assert endpoint is not None
        patterns = set(
            session.scalars(
                select(WebhookSubscription.pattern).where(WebhookSubscription.endpoint_id == endpoint.id)
            )
        )
    assert endpoint.url == "http://127.0.0.1:9/hooks"
    assert patterns == {"return.received", "unit.%"}
    assert endpoint.secret in said  # told once, to give to the receiver
    qtbot.waitUntil(lambda: tab.endpoints.rowCount() == 1, timeout=T)
    assert tab.endpoints.item(0, 2).text() == "return.received, unit.*"

    # An event it wants; the receiver is not there; the delivery waits and shows.
    with unit_of_work(db.sessions) as session:
        events.record(session, None, EventKind.RETURN_RECEIVED, "return", seeded.rma, {})
    webhooks.Sender(db, "TEST", timeout_s=0.3).run_once()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.failing.rowCount() == 1, timeout=T)
    assert tab.failing.item(0, 2).text() == f"return:{seeded.rma}"
    tab.failing.selectRow(0)
    click(qtbot, tab.resend)
    wait_message(qtbot, window, "will be tried now")
    with unit_of_work(db.readers) as session:
        due = session.scalar(select(WebhookDelivery.next_attempt_at))
        resent = session.scalar(select(func.count()).select_from(Event).where(Event.kind == "webhook.resent"))
    assert due is not None
    assert resent == 1


def test_stop_ends_a_long_import_with_nothing_written(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    tab = integrations(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    with unit_of_work(db.readers) as session:
        sku = session.scalar(select(Product.sku).order_by(Product.id).limit(1))
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("rma_number,order_number,sku,quantity,reason,customer_email\n")
        for i in range(40_000):
            handle.write(f"RMA-6{i:07d},W-6{i:07d},{sku},1,unwanted,c{i}@example.com\n")
    before = requests_count(db)
    click(qtbot, tab.import_button)
    qtbot.waitUntil(lambda: tab.import_dialog is not None and tab.import_dialog.isVisible(), timeout=T)
    dialog = tab.import_dialog
    assert dialog is not None
    choose_file(qtbot, tab, path)
    qtbot.waitUntil(lambda: dialog.verdict.text().startswith("Recognised as Returns Desk"), timeout=T)
    assert "about 40,000 rows" in dialog.verdict.text()
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=30_000)
    click(qtbot, dialog.stop_button)
    qtbot.waitUntil(lambda: "stopped" in dialog.summary.text(), timeout=30_000)
    assert requests_count(db) == before


def requests_count(db: Database) -> int:
    with unit_of_work(db.readers) as session:
        return int(session.scalar(select(func.count()).select_from(ReturnRequest)) or 0)
