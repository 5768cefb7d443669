"""Importing sales from the Analytics tab as a supervisor does it: the file chosen in the open dialog, a progress
bar, the verdict on a bad file with the choice to import the good orders, Stop; the database says what happened."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from returns_desk.gui.console.analytics_tab import AnalyticsTab
from returns_desk.gui.main_window import MainWindow
from returns_desk.services import analytics
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Order, OrderLine, Product
from tests.gui.people import T, click, wait_message
from tests.gui.test_analytics_screen import analytics_tab, filled, rows_say

HEADER = ["order_number", "ordered_at", "customer_email", "sku", "quantity", "channel"]
TODAY = datetime.now(UTC).date()


def skus(db: Database) -> list[str]:
    with unit_of_work(db.readers) as session:
        return list(session.scalars(select(Product.sku).order_by(Product.id).limit(3)))


def lines_of(db: Database, prefix: str) -> int:
    with unit_of_work(db.readers) as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(OrderLine)
                .join(Order, Order.id == OrderLine.order_id)
                .where(Order.order_number.like(f"{prefix}%"))
            )
            or 0
        )


def write(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def open_file(qtbot: QtBot, tab: AnalyticsTab, path: Path) -> None:
    click(qtbot, tab.sales.button)
    qtbot.waitUntil(lambda: tab.file_dialog is not None and tab.file_dialog.isVisible(), timeout=T)
    assert tab.file_dialog is not None
    assert tab.file_dialog.objectName() == "openDialog"
    name = tab.file_dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(str(path))
    qtbot.keyClick(name, Qt.Key.Key_Return)


def rejected_box(qtbot: QtBot, tab: AnalyticsTab) -> QMessageBox:
    qtbot.waitUntil(lambda: tab.sales.box is not None and tab.sales.box.isVisible(), timeout=T)
    assert tab.sales.box is not None
    return tab.sales.box


def test_a_sales_file_imported_from_the_tab_counts_in_the_figures(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    tab = analytics_tab(qtbot, window, seeded)
    a, b, _ = skus(db)
    day = (TODAY - timedelta(days=9)).isoformat()
    path = write(
        tmp_path / "sales.csv",
        [["G-1", day, "ann@example.com", a, 3, "store"], ["G-1", day, "ann@example.com", b, 1, "store"]],
    )
    open_file(qtbot, tab, path)
    said, is_error = wait_message(qtbot, window, "order line(s) imported")
    assert not is_error
    assert said == "sales.csv: 2 order line(s) imported (1 new order(s), 1 new customer(s))."
    assert lines_of(db, "G-") == 2
    assert not tab.sales.bar.isVisible()
    filled(qtbot, tab)
    qtbot.waitUntil(lambda: tab.pending == 0, timeout=T)
    year = analytics.default_scope(TODAY)
    assert tab.cards["products"].figure == rows_say(db, year)["products"]
    assert tab.cards["channels"].figure == rows_say(db, year)["channels"]


def test_a_bad_file_imports_nothing_until_the_good_orders_are_asked_for(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    tab = analytics_tab(qtbot, window, seeded)
    a, b, _ = skus(db)
    day = (TODAY - timedelta(days=2)).isoformat()
    path = write(
        tmp_path / "bad.csv",
        [
            ["K-1", day, "kim@example.com", a, 1, "web"],
            ["K-2", day, "kim@example.com", "NO-SUCH", 1, "web"],
            ["K-3", day, "kim@example.com", b, "lots", "web"],
        ],
    )
    open_file(qtbot, tab, path)
    box = rejected_box(qtbot, tab)
    assert "2 problem(s), so nothing was imported" in box.text()
    assert "bad.csv:3: sku: unknown SKU 'NO-SUCH'" in box.detailedText()
    assert "bad.csv:4: quantity:" in box.detailedText()
    assert lines_of(db, "K-") == 0
    assert tab.sales.skip_button is not None
    click(qtbot, tab.sales.skip_button)
    said, _ = wait_message(qtbot, window, "bad row(s) written to")
    assert (
        said
        == "bad.csv: 1 order line(s) imported (1 new order(s), 1 new customer(s)). 2 bad row(s) written to bad.rejects.csv."
    )
    assert lines_of(db, "K-") == 1
    assert (tmp_path / "bad.rejects.csv").is_file()

    wrong = tmp_path / "returns.csv"
    wrong.write_text("rma_number,sku\nR-1,X\n", encoding="utf-8")
    open_file(qtbot, tab, wrong)
    box = rejected_box(qtbot, tab)
    assert "returns.csv:1: order_number: column missing from the header" in box.detailedText()
    assert tab.sales.skip_button is None  # a file without its columns has no good orders to keep
    close = box.button(QMessageBox.StandardButton.Close)
    click(qtbot, close)
    qtbot.waitUntil(lambda: tab.sales.box is None, timeout=T)


def test_stop_ends_a_long_import_with_nothing_written(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    tab = analytics_tab(qtbot, window, seeded)
    a, b, c = skus(db)
    day = (TODAY - timedelta(days=40)).isoformat()
    rows: list[list[object]] = [
        [f"L-{i}", day, f"c{i % 997}@example.com", (a, b, c)[i % 3], 1 + i % 4, "web"] for i in range(40_000)
    ]
    open_file(qtbot, tab, write(tmp_path / "big.csv", rows))
    qtbot.waitUntil(lambda: tab.sales.bar.isVisible() and tab.sales.bar.value() > 0, timeout=T)
    assert "of 40000 rows" in tab.sales.bar.text() or "orders" in tab.sales.bar.text()
    click(qtbot, tab.sales.stop)
    said, is_error = wait_message(qtbot, window, "stopped")
    assert is_error
    assert said == "The sales import was stopped; nothing was imported."
    assert lines_of(db, "L-") == 0
    assert tab.sales.button.isEnabled()
