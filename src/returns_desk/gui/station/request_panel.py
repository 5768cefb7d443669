"""The request as the station sees it: customer, order, dates, window verdict, earlier returns, lines and units."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidgetItem, QWidget

from returns_desk.gui import formats, words
from returns_desk.gui.forms.ui_request_panel import Ui_RequestPanel
from returns_desk.services.results import RequestView

FIELDS = (
    "Customer",
    "Order",
    "Channel",
    "Ordered",
    "Delivered",
    "Requested",
    "Return window",
    "Earlier returns",
)


def _date(value: object) -> str:
    return formats.day(value) if isinstance(value, date | datetime) else "—"


class RequestPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestPanel()
        self.ui.setupUi(self)
        self.header = self.ui.requestHeader
        self.lines = self.ui.requestLines
        self._rma = ""
        self._fields: dict[str, QLabel] = {
            name: getattr(self.ui, f"field{name.replace(' ', '')}") for name in FIELDS
        }
        # Columns are sized once per request, not on every cell: live ResizeToContents re-measures the whole table
        # for each item set, on the scan's path to the screen.
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.lines.horizontalHeader().setStretchLastSection(True)

    def field(self, name: str) -> str:
        return self._fields[name].text()

    def show_request(self, request: RequestView | None) -> None:
        if request is None:
            self._rma = ""
            self.header.setText("")
            for label in self._fields.values():
                label.setText("—")
            self.lines.setRowCount(0)
            return
        self.header.setText(f"{request.rma} · {words.word('status', request.status).upper()}")
        f = self._fields
        f["Customer"].setText(f"{request.customer_name} <{request.customer_email}> · {request.region}")
        f["Order"].setText(request.order_number)
        f["Channel"].setText(words.word("channel", request.channel))
        f["Ordered"].setText(_date(request.ordered_at))
        f["Delivered"].setText(_date(request.delivered_at))
        f["Requested"].setText(_date(request.requested_at))
        f["Return window"].setText(
            self.tr("inside") if request.inside_window else self.tr("OUTSIDE — refund held for review")
        )
        if request.rma != self._rma:  # a refresh of the same request keeps its history
            f["Earlier returns"].setText("…")
        self._rma = request.rma
        self.lines.setUpdatesEnabled(False)
        self.lines.setRowCount(len(request.lines))
        for row, line in enumerate(request.lines):
            units = ", ".join(
                f"{u.lpn} {words.word('unit', u.status)}" + (f" {u.grade}" if u.grade else "")
                for u in line.units
            )
            cells = (
                line.sku,
                line.name,
                str(line.quantity_expected),
                str(line.quantity_received),
                words.word("reason", line.reason),
                line.customer_comment or "",
                units,
            )
            for col, text in enumerate(cells):
                self.lines.setItem(row, col, QTableWidgetItem(text))
        self.lines.resizeColumnsToContents()
        self.lines.setUpdatesEnabled(True)

    def show_earlier_returns(self, count: int) -> None:
        self._fields["Earlier returns"].setText(
            str(count) if count < 5 else self.tr("{0} — frequent returner").format(count)
        )

    def select_line(self, index: int) -> None:
        self.lines.selectRow(index)
