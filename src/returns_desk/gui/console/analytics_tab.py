"""The Analytics tab: a card per question (chart, its table, CSV), a date range and filters, drill-down from a bar
into the Requests tab, and the whole dashboard as a PDF report.

The figures are read off the GUI thread (the DB worker): the cube's figures first, the customers' comment themes
after; each card fills in as its figures arrive.
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QMargins, QRect, Qt, Signal
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from returns_desk.gui import formats, phrases, words
from returns_desk.gui.choice_box import ChoiceBox
from returns_desk.gui.console.base import ConsoleTab
from returns_desk.gui.console.costs_dialog import CostsDialog
from returns_desk.gui.console.sales_panel import SalesPanel
from returns_desk.gui.worker import DbWorker
from returns_desk.services import analytics
from returns_desk.services.analytics import Figure, Scope
from returns_desk.services.audit import safe_cell

MAX_BARS = 10
CHART_HEIGHT = 230
BAR_ROW = 30  # pixels a horizontal bar's row needs: Qt cuts a name lower than that to "…"


def cell_text(figure: Figure, column: int, value: Any, currency: str) -> str:
    """A table cell as a person reads it: shares as percentages, cents as money."""
    name = figure.columns[column]
    if isinstance(value, float):
        if name in ("Rate", "Low", "High", "Share") or (figure.percent and column in figure.values):
            return formats.percent(value)
        return formats.number(value)
    if isinstance(value, int) and "cents" in name:
        return formats.money(value, currency)
    if isinstance(value, int):
        return formats.number(value)
    if figure.name == "over_time" and column == 0 and isinstance(value, str) and len(value) == 10:
        return formats.month(value)
    return phrases.say(str(value))


def bar_label(figure: Figure, row: tuple[Any, ...]) -> str:
    """A bar's name: the figure's label in words (``return_to_vendor`` reads "return to vendor"), cut at 24
    characters."""
    text = str(row[figure.label])
    if figure.drill in ("disposition", "grade"):
        text = words.word(figure.drill, text)
    elif figure.name == "over_time" and len(text) == 10:
        text = formats.month(text)
    else:
        text = phrases.say(text)
    return text if len(text) <= 24 else text[:23] + "…"


def column_title(name: str) -> str:
    return phrases.column(name).replace(" (cents)", "")


def headline(scope: Scope, figures: list[Figure], currency: str) -> str:
    """What the whole range says in one line: units sold and returned, the rate, the net cost."""
    by_name = {f.name: f for f in figures}
    channels, costs = by_name.get("channels"), by_name.get("costs")
    if channels is None or costs is None:
        return ""
    sold = sum(int(r[1]) for r in channels.rows)
    returned = sum(int(r[2]) for r in channels.rows)
    net = int(costs.rows[-1][1]) if costs.rows else 0
    filters = [v for v in (scope.channel, scope.region, scope.category) if v]
    span = QCoreApplication.translate("AnalyticsTab", "{0} to {1}").format(
        formats.day(scope.start), formats.day(scope.end)
    )
    text = span + (f" ({', '.join(filters)})" if filters else "") + ": "
    if not sold and not returned:
        return text + QCoreApplication.translate("AnalyticsTab", "no sales and no returns in this range.")
    rate = f" ({formats.percent(returned / sold)})" if sold else ""
    return text + QCoreApplication.translate(
        "AnalyticsTab", "{0} units returned of {1} sold{2}; net cost of returns {3}."
    ).format(formats.number(returned), formats.number(sold), rate, formats.money(net, currency))


class FigureCard(QFrame):
    """One figure: title, what it answers, a bar chart, and (on demand) its table."""

    bar_clicked = Signal(str, int)  # figure name, row

    def __init__(self, name: str, title: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = name
        self.figure: Figure | None = None
        self.currency = "USD"
        self.title = QLabel(f"<b>{card_title(title)}</b>")
        self.title.setWordWrap(True)
        self.question = QLabel(self.tr("Reading…"))
        self.question.setWordWrap(True)
        self.chart = QChart()
        self.chart.legend().setVisible(False)
        self.chart.setMargins(QMargins(2, 2, 2, 2))
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(CHART_HEIGHT)
        self.table = QTableWidget()
        self.table.setObjectName(f"table_{name}")
        self.table.setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(180)
        self.show_table = QPushButton(self.tr("Table"))
        self.show_table.setObjectName(f"tableButton_{name}")
        self.show_table.setCheckable(True)
        self.show_table.toggled.connect(self.table.setVisible)
        self.csv = QPushButton(self.tr("CSV…"))
        self.csv.setObjectName(f"csvButton_{name}")
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.show_table)
        head.addWidget(self.csv)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.question)
        layout.addWidget(self.view)
        layout.addWidget(self.table)

    def shown_columns(self) -> list[int]:
        assert self.figure is not None
        return [i for i, c in enumerate(self.figure.columns) if c not in ("id", "code")]

    def show_figure(self, figure: Figure, currency: str) -> None:
        self.figure, self.currency = figure, currency
        text = phrases.say(figure.question) + (f" {phrases.say(figure.note)}" if figure.note else "")
        self.question.setText(text)
        columns = self.shown_columns()
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([column_title(figure.columns[c]) for c in columns])
        self.table.setRowCount(len(figure.rows))
        for r, row in enumerate(figure.rows):
            for i, c in enumerate(columns):
                self.table.setItem(r, i, QTableWidgetItem(cell_text(figure, c, row[c], currency)))
        self._chart(figure)

    def _chart(self, figure: Figure) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        rows = figure.rows[:MAX_BARS] if figure.name != "over_time" else figure.rows[-13:]
        if not rows:
            self.chart.setTitle(self.tr("Nothing in this range"))
            return
        self.chart.setTitle("")
        stacked = len(figure.values) > 1
        # Months stand side by side (time runs left to right); everything else is a ranked list read top down,
        # as horizontal bars whose names have the card's width (SKUs and reasons are never cut short).
        across = figure.name != "over_time"
        if across:
            rows = rows[::-1]  # the first row at the top
        series: QAbstractBarSeries
        if across:
            series = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
        else:
            series = QStackedBarSeries() if stacked else QBarSeries()
        scale = 100.0 if figure.percent else 1.0
        cents = not figure.percent and "cents" in figure.columns[figure.values[0]]
        for column in figure.values:
            bar_set = QBarSet(column_title(figure.columns[column]))
            for row in rows:
                value = float(row[column]) * scale
                bar_set.append(value / 100 if cents else value)
            bar_set.clicked.connect(lambda index, rows=rows: self._clicked(figure, rows, index))
            series.append(bar_set)
        self.chart.addSeries(series)
        self.chart.legend().setVisible(stacked)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        names = QBarCategoryAxis()
        names.append([bar_label(figure, row) for row in rows])
        amounts = QValueAxis()
        largest = max(
            (bar_set.at(i) for bar_set in series.barSets() for i in range(bar_set.count())), default=0.0
        )
        places = 0 if largest >= 10 else 1 if largest >= 1 else 2  # 0.2 % is not "0 %"
        amounts.setLabelFormat(f"%.{places}f%%" if figure.percent else f"%.{places}f")
        small = QFont(names.labelsFont())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        names.setLabelsFont(small)
        # A name is cut to "…" by Qt when its row is lower than the text: a row of bars gets the height it needs.
        self.view.setMinimumHeight(max(CHART_HEIGHT, BAR_ROW * len(rows) + 60) if across else CHART_HEIGHT)
        if across:
            self.chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
            self.chart.addAxis(amounts, Qt.AlignmentFlag.AlignBottom)
        else:
            names.setLabelsAngle(-90)
            self.chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
            self.chart.addAxis(amounts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        series.attachAxis(amounts)
        amounts.applyNiceNumbers()  # ticks at 0, 10, 20 %, not at 0, 11, 23 %

    def _clicked(self, figure: Figure, rows: tuple[tuple[Any, ...], ...], index: int) -> None:
        if figure is self.figure and 0 <= index < len(rows):
            self.bar_clicked.emit(figure.name, figure.rows.index(rows[index]))


CARDS = (
    ("products", QT_TRANSLATE_NOOP("Analytics", "Return rate by product")),
    ("categories", QT_TRANSLATE_NOOP("Analytics", "Return rate by category")),
    ("reasons", QT_TRANSLATE_NOOP("Analytics", "Why things come back")),
    ("over_time", QT_TRANSLATE_NOOP("Analytics", "Reasons over time")),
    ("lag", QT_TRANSLATE_NOOP("Analytics", "Days from delivery to return request")),
    ("costs", QT_TRANSLATE_NOOP("Analytics", "What returns cost")),
    ("segments", QT_TRANSLATE_NOOP("Analytics", "Customer segments")),
    ("themes", QT_TRANSLATE_NOOP("Analytics", "What customers say")),
    ("regions", QT_TRANSLATE_NOOP("Analytics", "Where returns come from")),
    ("channels", QT_TRANSLATE_NOOP("Analytics", "Channels compared")),
    ("throughput", QT_TRANSLATE_NOOP("Analytics", "Units per hour")),
    ("cycle", QT_TRANSLATE_NOOP("Analytics", "Receipt to disposition")),
    ("first_touch", QT_TRANSLATE_NOOP("Analytics", "First-touch rate")),
    ("grades", QT_TRANSLATE_NOOP("Analytics", "Grade mix")),
    ("recovery", QT_TRANSLATE_NOOP("Analytics", "Recovered value by disposition")),
    ("agreement", QT_TRANSLATE_NOOP("Analytics", "Inspector agreement")),
)


def card_title(title: object) -> str:
    """A figure's title in the window's language (the services name their figures in English)."""
    return QCoreApplication.translate("Analytics", str(title))


class AnalyticsTab(ConsoleTab):
    drill = Signal(str, str, object)  # what (reason / channel / month), its value, the Scope

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        opening = analytics.default_scope(datetime.now(UTC).date())
        self.date_from = QDateEdit(QDate(opening.start.year, opening.start.month, opening.start.day))
        self.date_to = QDateEdit(QDate(opening.end.year, opening.end.month, opening.end.day))
        for edit, name in ((self.date_from, "analyticsFrom"), (self.date_to, "analyticsTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formats.date_pattern())
        self.channel: ChoiceBox[str | None] = ChoiceBox()
        self.region: ChoiceBox[str | None] = ChoiceBox()
        self.category: ChoiceBox[str | None] = ChoiceBox()
        for box, name, label in (
            (self.channel, "analyticsChannel", self.tr("Any channel")),
            (self.region, "analyticsRegion", self.tr("Any region")),
            (self.category, "analyticsCategory", self.tr("Any category")),
        ):
            box.setObjectName(name)
            box.set_choices([(label, None)])
        self.sku = QLineEdit()
        self.sku.setObjectName("analyticsSku")
        self.sku.setPlaceholderText(self.tr("Product SKU"))
        self.sku.setMaximumWidth(130)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("analytics_show")
        self.pdf_button = QPushButton(self.tr("Report PDF…"))
        self.pdf_button.setObjectName("analytics_pdf")
        self.costs_button = QPushButton(self.tr("Cost rates…"))
        self.costs_button.setObjectName("analytics_costs")
        self.costs_dialog: CostsDialog | None = None
        bar = QHBoxLayout()
        for widget in (
            QLabel(self.tr("From")),
            self.date_from,
            QLabel(self.tr("to")),
            self.date_to,
            self.channel,
            self.region,
            self.category,
            self.sku,
            self.show_button,
            self.pdf_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        for box in (self.channel, self.region, self.category):  # narrow on a 1024-pixel screen
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(6)
        self.summary = QLabel("")
        self.summary.setObjectName("analyticsSummary")
        self.summary.setWordWrap(True)
        self.cards: dict[str, FigureCard] = {}
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for i, (name, title) in enumerate(CARDS):
            card = FigureCard(name, title)
            card.bar_clicked.connect(self._drill)
            card.csv.clicked.connect(lambda _=False, card=card: self.export_csv(card))
            self.cards[name] = card
            grid.addWidget(card, i // 2, i % 2)
        self.cards_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        self.sales = SalesPanel(self)
        line = QHBoxLayout()
        line.addWidget(self.summary, 1)
        line.addWidget(self.costs_button)
        line.addWidget(self.sales)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(line)
        layout.addWidget(scroll, 1)
        self.scope: Scope | None = None
        self.pending = 0  # reads on their way
        self._choices_loaded = False
        self.show_button.clicked.connect(self.refresh)
        self.sku.returnPressed.connect(self.refresh)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.costs_button.clicked.connect(self.edit_costs)

    # --- reading ---
    def current_scope(self, product_id: int | None) -> Scope:
        start, end = self.date_from.date(), self.date_to.date()
        first = date(start.year(), start.month(), start.day())
        last = date(end.year(), end.month(), end.day())
        return Scope(
            min(first, last),
            max(first, last),
            channel=self.channel.value(),
            region=self.region.value(),
            category=self.category.value(),
            product_id=product_id,
        )

    def refresh(self) -> None:
        if self.actor is None:
            return
        actor = self.current_actor()
        if not self._choices_loaded:
            self.read(lambda s: analytics.choices(s, actor), self._fill_choices)
        sku = self.sku.text().strip()
        currency = self.currency
        self.summary.setText(self.tr("Reading the figures…"))
        for card in self.cards.values():
            card.question.setText(self.tr("Reading…"))

        def main(session: Session) -> tuple[Scope, list[Figure]]:
            product_id = analytics.product_id(session, actor, sku) if sku else None
            scope = self.current_scope(product_id)
            return scope, analytics.read_dashboard(session, actor, scope, currency)

        self.pending = 2
        self.worker.submit(main, self._show, self._failed, read_only=True)

    def _failed(self, message: str) -> None:
        self.pending = 0
        self.summary.setText(self.tr("The figures could not be read: {0}").format(phrases.say(message)))
        for card in self.cards.values():
            if card.figure is None:
                card.question.setText(self.tr("Not read."))
        self.message.emit(message, True)

    def _fill_choices(self, found: analytics.Choices) -> None:
        self._choices_loaded = True
        for box, label, values in (
            (self.channel, self.tr("Any channel"), found.channels),
            (self.region, self.tr("Any region"), found.regions),
            (self.category, self.tr("Any category"), found.categories),
        ):
            chosen = box.value()
            box.set_choices(
                [(label, None)]
                + [(words.word("channel", v) if box is self.channel else v, v) for v in values]
            )
            if chosen in values:
                box.setCurrentIndex(values.index(chosen) + 1)

    def _show(self, result: tuple[Scope, list[Figure]]) -> None:
        scope, figures = result
        self.scope = scope
        self.pending -= 1
        for figure in figures:
            card = self.cards.get(figure.name)
            if card is not None:
                card.show_figure(figure, self.currency)
        self.summary.setText(headline(scope, figures, self.currency))
        actor = self.current_actor()
        self.worker.submit(
            lambda s: analytics.read_themes(s, actor, scope), self._show_themes, self._failed, read_only=True
        )

    def _show_themes(self, figure: Figure) -> None:
        self.pending -= 1
        self.cards["themes"].show_figure(figure, self.currency)

    def clear(self) -> None:
        super().clear()
        if self.costs_dialog is not None:
            self.costs_dialog.reject()
        if self.sales.box is not None:
            self.sales.box.reject()

    # --- cost rates ---
    def edit_costs(self) -> None:
        actor = self.current_actor()
        self.read(lambda s: analytics.read_costs(s, actor), self._open_costs)

    def _open_costs(self, costs: analytics.CostSettings) -> None:
        if self.costs_dialog is not None:
            self.costs_dialog.reject()
        dialog = CostsDialog(self, costs, self.currency)
        dialog.answered.connect(self._save_costs)
        dialog.finished.connect(lambda _code: self._forget_costs(dialog))
        self.costs_dialog = dialog
        dialog.open()

    def _forget_costs(self, dialog: CostsDialog) -> None:
        if self.costs_dialog is dialog:
            self.costs_dialog = None
        dialog.deleteLater()

    def _save_costs(self, costs: analytics.CostSettings, reason: str) -> None:
        actor = self.current_actor()
        self.act(
            lambda s: analytics.save_costs(s, actor, costs, reason),
            self.tr("Cost rates saved; the costs are figured again."),
        )

    # --- drilling down ---
    def _drill(self, name: str, row: int) -> None:
        card = self.cards[name]
        if card.figure is None or self.scope is None:
            return
        figure, values = card.figure, card.figure.rows[row]
        if figure.drill == "reason":
            self.drill.emit("reason", values[figure.columns.index("code")], self.scope)
        elif figure.drill == "product":
            self.drill.emit("product", f"{values[-1]}:{values[0]}", self.scope)  # id:SKU
        elif figure.drill in ("channel", "month", "region", "category", "grade", "disposition", "inspector"):
            self.drill.emit(figure.drill, str(values[0]), self.scope)
        else:
            self.message.emit(
                self.tr("{0}: {1} — see the table for its figures.").format(
                    card_title(figure.title), bar_label(figure, values)
                ),
                False,
            )

    # --- exports ---
    def export_csv(self, card: FigureCard) -> None:
        if card.figure is None:
            self.message.emit(self.tr("The figures are still being read."), True)
            return
        figure = card.figure
        self.save_dialog(
            self.tr("Export {0}").format(card_title(figure.title)),
            f"{figure.name}.csv",
            self.tr("CSV files (*.csv)"),
            "csv",
            lambda name: self.write_csv(figure, Path(name)),
        )

    def write_csv(self, figure: Figure, path: Path) -> None:
        try:
            with path.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(figure.columns)
                for row in figure.rows:
                    writer.writerow([safe_cell(v) if isinstance(v, str) else v for v in row])
        except OSError as exc:
            self.message.emit(
                self.tr("Could not write {0}: {1}").format(path.name, exc.strerror or exc), True
            )
            return
        self.message.emit(
            self.tr("{0}: {1} row(s) written to {2}.").format(
                card_title(figure.title), len(figure.rows), path.name
            ),
            False,
        )

    def export_pdf(self) -> None:
        if any(card.figure is None for card in self.cards.values()):
            self.message.emit(self.tr("The figures are still being read."), True)
            return
        self.save_dialog(
            self.tr("Analytics report"),
            "returns-report.pdf",
            self.tr("PDF files (*.pdf)"),
            "pdf",
            lambda name: self.write_pdf(Path(name)),
        )

    def write_pdf(self, path: Path) -> None:
        try:
            pages = write_report(path, self.scope, list(self.cards.values()), self.currency)
        except OSError as exc:
            self.message.emit(
                self.tr("Could not write {0}: {1}").format(path.name, exc.strerror or exc), True
            )
            return
        self.message.emit(self.tr("Report of {0} page(s) saved as {1}.").format(pages, path.name), False)


def write_report(path: Path, scope: Scope | None, cards: list[FigureCard], currency: str) -> int:
    """The dashboard on A4 landscape pages, two figures a page: title, what it answers, chart, first rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("ab"):
        pass  # an unwritable place fails here, with its reason, before Qt's writer says nothing
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setResolution(120)
    writer.setTitle(QCoreApplication.translate("AnalyticsTab", "Returns Desk — returns analytics"))
    painter = QPainter(writer)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = page.width(), page.height()
    title_font, body_font = QFont("Sans", 13, QFont.Weight.Bold), QFont("Sans", 8)
    pages = 1
    heading = QCoreApplication.translate("AnalyticsTab", "Returns analytics")
    if scope:
        heading += " — " + QCoreApplication.translate("AnalyticsTab", "{0} to {1}").format(
            formats.day(scope.start), formats.day(scope.end)
        )
    painter.setFont(QFont("Sans", 16, QFont.Weight.Bold))
    painter.drawText(QRect(0, 0, width, 30), Qt.AlignmentFlag.AlignLeft, heading)
    half = (height - 40) // 2
    for i, card in enumerate(cards):
        slot = i % 2
        if i and slot == 0:
            writer.newPage()
            pages += 1
        top = 40 + slot * half if pages == 1 else slot * (height // 2)
        box = half if pages == 1 else height // 2
        figure = card.figure
        assert figure is not None
        painter.setFont(title_font)
        painter.drawText(QRect(0, top, width, 24), Qt.AlignmentFlag.AlignLeft, card_title(figure.title))
        painter.setFont(body_font)
        painter.drawText(
            QRect(0, top + 24, width, 34),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            phrases.say(figure.question),
        )
        chart_rect = QRect(0, top + 60, width * 55 // 100, box - 70)
        card.view.render(painter, chart_rect)
        columns = card.shown_columns()
        lines = [" | ".join(column_title(figure.columns[c]) for c in columns)]
        for row in figure.rows[:14]:
            lines.append(" | ".join(cell_text(figure, c, row[c], currency)[:40] for c in columns))
        painter.drawText(
            QRect(width * 57 // 100, top + 60, width * 43 // 100, box - 70),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            "\n".join(lines),
        )
    painter.end()
    return pages
