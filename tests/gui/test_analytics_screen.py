"""The Analytics tab driven as a supervisor drives it: filters, a bar clicked down to its requests, a figure's
table and CSV, the PDF report, a product by its SKU; what it shows is what plain SQL over the rows says."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCharts import QHorizontalBarSeries, QHorizontalStackedBarSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from returns_desk.gui.console.analytics_tab import MAX_BARS, AnalyticsTab, FigureCard
from returns_desk.gui.main_window import MainWindow
from returns_desk.services import analytics
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Product
from tests.gui.people import T, click, log_in, pick, wait_message


def analytics_tab(qtbot: QtBot, window: MainWindow, seeded: DemoSample) -> AnalyticsTab:
    log_in(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    tab = window.console.analytics
    window.console.tabs.setCurrentWidget(tab)
    filled(qtbot, tab)
    return tab


def filled(qtbot: QtBot, tab: AnalyticsTab) -> None:
    qtbot.waitUntil(
        lambda: tab.pending == 0 and all(c.figure is not None for c in tab.cards.values()), timeout=T
    )


def rows_say(db: Database, scope: analytics.Scope) -> dict[str, analytics.Figure]:
    with db.engine.connect() as conn:
        return {f.name: f for f in analytics.dashboard(conn, scope, "USD", source="rows")}


def save_as(qtbot: QtBot, tab: AnalyticsTab, target: Path) -> None:
    qtbot.waitUntil(lambda: tab.file_dialog is not None and tab.file_dialog.isVisible(), timeout=T)
    assert tab.file_dialog is not None
    name = tab.file_dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(str(target))
    qtbot.keyClick(name, Qt.Key.Key_Return)


def click_bar(qtbot: QtBot, card: FigureCard, index: int) -> None:
    series = card.chart.series()[0]
    assert card.figure is not None
    column = card.figure.values[0]
    value = float(card.figure.rows[index][column])  # as the chart shows it: shares in %, cents in money
    value *= 100 if card.figure.percent else 0.01 if "cents" in card.figure.columns[column] else 1
    if isinstance(series, (QHorizontalBarSeries, QHorizontalStackedBarSeries)):  # the first row on top
        shown = min(len(card.figure.rows), MAX_BARS)
        point = card.chart.mapToPosition(QPointF(value / 2, shown - 1 - index), series)
    else:
        point = card.chart.mapToPosition(QPointF(index, value / 2), series)
    at = card.view.mapFromScene(card.chart.mapToScene(point))
    card.view.ensureVisible(card.view.sceneRect())
    tab = card.parentWidget()
    while tab is not None and not isinstance(tab, AnalyticsTab):
        tab = tab.parentWidget()
    if tab is not None:  # scrolled to the bar, as a person does
        host = tab.cards_area.widget()
        there = card.view.viewport().mapTo(host, at)
        tab.cards_area.verticalScrollBar().setValue(
            there.y() - 60
        )  # the bar near the top of the visible part
        qtbot.waitUntil(lambda: card.view.viewport().visibleRegion().contains(at), timeout=T)
    qtbot.mouseClick(card.view.viewport(), Qt.MouseButton.LeftButton, pos=at)


def test_the_dashboard_shows_what_the_rows_say_and_filters(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    tab = analytics_tab(qtbot, window, seeded)
    today = datetime.now(UTC).date()
    year = analytics.default_scope(today)
    expected = rows_say(db, year)
    for name, card in tab.cards.items():
        assert card.figure == expected[name], name
        assert card.chart.series() or not card.figure.rows, name
    channels = tab.cards["channels"]
    assert channels.table.rowCount() == len(expected["channels"].rows)
    with db.engine.connect() as conn:
        sold = conn.execute(
            text(
                "SELECT sum(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.ordered_at >= :t"
            ),
            {"t": datetime(year.start.year, year.start.month, year.start.day, tzinfo=UTC)},
        ).scalar_one()
    assert f"units returned of {int(sold):,} sold" in tab.summary.text()
    pick(qtbot, tab.channel, "web")
    click(qtbot, tab.show_button)
    qtbot.waitUntil(
        lambda: tab.scope is not None and tab.scope.channel == "web" and tab.pending == 0, timeout=T
    )
    assert [row[0] for row in tab.cards["channels"].figure.rows] == ["web"]  # type: ignore[union-attr]
    assert (
        tab.cards["reasons"].figure
        == rows_say(db, analytics.Scope(year.start, year.end, channel="web"))["reasons"]
    )


def test_a_bar_opens_its_requests_and_every_view_exports(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    tab = analytics_tab(qtbot, window, seeded)
    reasons = tab.cards["reasons"]
    tab.cards["reasons"].view.setFocus()
    assert reasons.figure is not None
    top_reason = reasons.figure.rows[0][3]
    click_bar(qtbot, reasons, 0)
    requests = window.console.requests
    qtbot.waitUntil(lambda: window.console.tabs.currentWidget() is requests, timeout=T)
    qtbot.waitUntil(lambda: requests.model.total is not None, timeout=T)
    assert requests.reason.value() == top_reason
    assert requests.use_dates.isChecked()
    with db.engine.connect() as conn:
        start = analytics.default_scope(datetime.now(UTC).date()).start
        wanted = conn.execute(
            text(
                "SELECT count(DISTINCT r.id) FROM return_requests r JOIN return_lines l ON l.return_request_id = r.id "
                "WHERE l.reason = :reason AND r.requested_at >= :start"
            ),
            {
                "reason": top_reason,
                "start": start.isoformat() if db.engine.dialect.name == "sqlite" else start,
            },
        ).scalar_one()
    qtbot.waitUntil(lambda: requests.model.total == wanted, timeout=T)

    window.console.tabs.setCurrentWidget(tab)
    filled(qtbot, tab)
    card = tab.cards["regions"]
    click(qtbot, card.show_table)
    assert card.table.isVisible()
    assert card.table.rowCount() == len(card.figure.rows)
    click(qtbot, card.csv)
    target = tmp_path / "regions.csv"
    save_as(qtbot, tab, target)
    wait_message(qtbot, window, "written to regions.csv")
    written = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    assert written[0] == list(card.figure.columns)  # type: ignore[union-attr]
    assert [int(r[2]) for r in written[1:]] == [r[2] for r in card.figure.rows]  # type: ignore[union-attr]

    click(qtbot, tab.pdf_button)
    report = tmp_path / "report.pdf"
    save_as(qtbot, tab, report)
    wait_message(qtbot, window, "saved as report.pdf")
    data = report.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 8


def test_a_product_by_its_sku_and_an_unknown_one(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    tab = analytics_tab(qtbot, window, seeded)
    with unit_of_work(db.readers) as session:
        product = session.execute(
            select(Product.id, Product.sku).where(Product.id == int(tab.cards["products"].figure.rows[0][-1]))  # type: ignore[union-attr]
        ).one()
    tab.sku.setFocus()
    qtbot.keyClicks(tab.sku, product.sku)
    qtbot.waitUntil(lambda: tab.sku.text() == product.sku, timeout=T)
    qtbot.keyClick(tab.sku, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: tab.scope is not None and tab.scope.product_id == product.id and tab.pending == 0, timeout=T
    )
    shown = tab.cards["products"].figure
    assert shown is not None
    assert [r[0] for r in shown.rows] == [product.sku]
    today = datetime.now(UTC).date()
    assert shown == rows_say(db, replace(analytics.default_scope(today), product_id=product.id))["products"]
    tab.sku.clear()
    qtbot.keyClicks(tab.sku, "NO-SUCH-SKU")
    qtbot.waitUntil(lambda: tab.sku.text() == "NO-SUCH-SKU", timeout=T)
    qtbot.keyClick(tab.sku, Qt.Key.Key_Return)
    wait_message(qtbot, window, "No product has the SKU 'NO-SUCH-SKU'")
    qtbot.waitUntil(lambda: tab.pending == 0, timeout=T)  # a failed read leaves nothing waiting
    assert tab.summary.text().startswith("The figures could not be read: No product has the SKU")


def requests_sql(db: Database, where: str, params: dict[str, object]) -> int:
    start = analytics.default_scope(datetime.now(UTC).date()).start
    with db.engine.connect() as conn:
        return int(
            conn.execute(
                text(
                    "SELECT count(DISTINCT r.id) FROM return_requests r JOIN return_lines l ON l.return_request_id = r.id "
                    f"JOIN products p ON p.id = l.product_id WHERE r.requested_at >= :start AND {where}"
                ),
                {**params, "start": start.isoformat() if db.engine.dialect.name == "sqlite" else start},
            ).scalar_one()
        )


def test_product_and_region_bars_narrow_the_requests_until_cleared(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    tab = analytics_tab(qtbot, window, seeded)
    products = tab.cards["products"]
    assert products.figure is not None
    sku, product_id = products.figure.rows[0][0], int(products.figure.rows[0][-1])
    click_bar(qtbot, products, 0)
    requests = window.console.requests
    qtbot.waitUntil(lambda: window.console.tabs.currentWidget() is requests, timeout=T)
    assert requests.narrowed_label.text() == f"Narrowed from Analytics to product {sku}."
    wanted = requests_sql(db, "l.product_id = :p", {"p": product_id})
    qtbot.waitUntil(lambda: requests.model.total == wanted, timeout=T)
    click(qtbot, requests.narrowed_clear)
    assert not requests.narrowed_label.isVisible()
    everything = requests_sql(db, "1 = 1", {})
    qtbot.waitUntil(lambda: requests.model.total == everything, timeout=T)
    assert everything > wanted

    window.console.tabs.setCurrentWidget(tab)
    filled(qtbot, tab)
    pick(qtbot, tab.channel, "web")
    click(qtbot, tab.show_button)
    qtbot.waitUntil(
        lambda: tab.scope is not None and tab.scope.channel == "web" and tab.pending == 0, timeout=T
    )
    regions = tab.cards["regions"]
    assert regions.figure is not None
    region = regions.figure.rows[0][0]
    click_bar(qtbot, regions, 0)
    qtbot.waitUntil(lambda: window.console.tabs.currentWidget() is requests, timeout=T)
    assert requests.channel.value() == "web"
    assert requests.narrowed_label.text() == f"Narrowed from Analytics to region {region}."
    wanted = requests_sql(db, "r.region = :g AND r.channel = 'web'", {"g": region})
    qtbot.waitUntil(lambda: requests.model.total == wanted, timeout=T)

    window.console.tabs.setCurrentWidget(tab)
    filled(qtbot, tab)
    categories = tab.cards["categories"]
    assert categories.figure is not None
    category = categories.figure.rows[0][0]
    click_bar(qtbot, categories, 0)
    qtbot.waitUntil(lambda: window.console.tabs.currentWidget() is requests, timeout=T)
    assert requests.narrowed_label.text() == f"Narrowed from Analytics to category {category}."
    wanted = requests_sql(db, "p.category = :c AND r.channel = 'web'", {"c": category})
    qtbot.waitUntil(lambda: requests.model.total == wanted, timeout=T)


def test_cost_rates_are_edited_in_their_dialog_and_the_costs_follow(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    tab = analytics_tab(qtbot, window, seeded)
    costs = tab.cards["costs"]
    assert costs.figure is not None
    shown_before = costs.figure
    before = {r[0]: r[1] for r in shown_before.rows}
    click(qtbot, tab.costs_button)
    qtbot.waitUntil(lambda: tab.costs_dialog is not None and tab.costs_dialog.isVisible(), timeout=T)
    dialog = tab.costs_dialog
    assert dialog is not None
    assert dialog.shipping.value() == 7.95  # the default, until someone says otherwise
    assert not dialog.save_button.isEnabled()  # a reason first
    for box, typed, value in (
        (dialog.shipping, "12.50", 12.5),
        (dialog.recovery["refurbish"], "50", 50),
        (dialog.minutes, "10", 10),
    ):
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(box, typed)
        qtbot.waitUntil(lambda box=box, value=value: box.value() == value, timeout=T)
    qtbot.keyClicks(dialog.reason, "new carrier contract")
    qtbot.waitUntil(lambda: dialog.reason.text() == "new carrier contract", timeout=T)
    click(qtbot, dialog.save_button)
    wait_message(qtbot, window, "Cost rates saved")
    qtbot.waitUntil(lambda: tab.pending == 0 and tab.cards["costs"].figure != shown_before, timeout=T)
    with db.engine.connect() as conn:
        saved = analytics.load_costs(conn)
        kinds = conn.execute(
            text(
                "SELECT count(*) FROM events WHERE kind = 'settings.analytics_costs' AND subject_id = 'analytics_costs'"
            )
        ).scalar_one()
    assert (saved.shipping_cents_per_parcel, saved.handling_minutes_per_unit) == (1250, 10)
    assert saved.recovery_percent["refurbish"] == 50
    assert saved.recovery_percent["restock"] == 100
    assert kinds == 1
    after = tab.cards["costs"].figure
    assert after is not None
    assert after == rows_say(db, analytics.default_scope(datetime.now(UTC).date()))["costs"]
    now = {r[0]: r[1] for r in after.rows}
    assert now["Handling at the dock"] > before["Handling at the dock"]  # 10 minutes a unit instead of 6
    assert now["Return shipping"] >= before["Return shipping"]  # dearer parcels where the file gave no cost


def test_dock_bars_open_their_units_in_the_queue(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample
) -> None:
    tab = analytics_tab(qtbot, window, seeded)
    queue = window.console.queue
    scope = analytics.default_scope(datetime.now(UTC).date())
    start = datetime(scope.start.year, scope.start.month, scope.start.day, tzinfo=UTC)
    bound = start.isoformat(sep=" ") if db.engine.dialect.name == "sqlite" else start
    for name, column in (("grades", "grade"), ("recovery", "disposition")):
        window.console.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: tab.isVisible() and window.console.tabs.currentWidget() is tab, timeout=T)
        filled(qtbot, tab)
        card = tab.cards[name]
        figure = card.figure
        assert figure is not None
        rows = figure.rows[:MAX_BARS]
        assert rows
        biggest = max(range(len(rows)), key=lambda i: rows[i][figure.values[0]])
        value = rows[biggest][0]
        click_bar(qtbot, card, biggest)
        qtbot.waitUntil(lambda: window.console.tabs.currentWidget() is queue, timeout=T)
        box = queue.grade if column == "grade" else queue.disposition
        assert box.value() == value
        assert queue.use_dates.isChecked()
        with db.engine.connect() as conn:
            wanted = conn.execute(
                text(f"SELECT count(*) FROM units WHERE {column} = :v AND received_at >= :start"),
                {"v": value, "start": bound},
            ).scalar_one()
        qtbot.waitUntil(
            lambda box=box, value=value, wanted=wanted: queue.model.total == wanted and box.value() == value,
            timeout=T,
        )
