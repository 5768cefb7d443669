"""First station screen: scan anything, see the matching return request.

The full scan → grade → route → tag loop is built on top of this (see the Station issue); here a scan resolves
off the GUI thread and the request panel shows customer, order, dates, window verdict and lines.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from returns_desk.barcodes.decode import Code
from returns_desk.gui.camera import CameraScanner, CameraView
from returns_desk.gui.worker import DbWorker
from returns_desk.services import receiving
from returns_desk.services.results import RequestView, ScanResult

KIND_WORDS = {
    "rma": "RMA",
    "tracking": "tracking number",
    "order": "order",
    "lpn": "license plate",
    "gtin": "item",
    "unknown": "code",
}
LINE_COLUMNS = ("SKU", "Item", "Expected", "Received", "Reason", "Customer comment", "Units")


def _date(value: object) -> str:
    return value.strftime("%Y-%m-%d") if hasattr(value, "strftime") else "—"


class StationWidget(QWidget):
    scan_resolved = Signal(object)  # ScanResult

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.state = QLabel("Ready — scan a label")
        self.state.setObjectName("stationState")
        self.state.setProperty("tone", "ready")
        self.scan = QLineEdit()
        self.scan.setObjectName("scanInput")
        self.scan.setPlaceholderText(
            "Scan or type an RMA, tracking, order, license plate or GTIN, then Enter"
        )
        self.header = QLabel("")
        self.header.setObjectName("requestHeader")
        self.details = QFormLayout()
        self._fields: dict[str, QLabel] = {}
        for name in ("Customer", "Order", "Channel", "Ordered", "Delivered", "Requested", "Return window"):
            label = QLabel("—")
            label.setObjectName(f"field{name.replace(' ', '')}")
            self._fields[name] = label
            self.details.addRow(f"{name}:", label)
        self.lines = QTableWidget(0, len(LINE_COLUMNS))
        self.lines.setObjectName("requestLines")
        self.lines.setHorizontalHeaderLabels(LINE_COLUMNS)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.camera = CameraScanner(parent=self)
        self.camera_view = CameraView(self.camera)
        self.camera_view.hide()
        self.camera_button = QPushButton("Camera (F8)")
        self.camera_button.setCheckable(True)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.camera_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(scan_row)
        layout.addWidget(self.camera_view, 1)
        layout.addWidget(self.header)
        layout.addLayout(self.details)
        layout.addWidget(self.lines, 1)
        self.scan.returnPressed.connect(self._on_scan_entered)
        self.camera_button.toggled.connect(self._on_camera_toggled)
        QShortcut(QKeySequence("F8"), self, self.camera_button.toggle)
        self.camera.code_found.connect(self._on_camera_code)
        self.camera.message.connect(lambda text: self._set_state("warning", text))

    def submit_scan(self, code: str) -> None:
        code = code.strip()
        if not code:
            return
        self._set_state("busy", f"Looking up {code}…")
        self._worker.submit(
            lambda s: receiving.resolve_scan(s, code), self._on_resolved, self._on_failed, read_only=True
        )

    def _on_camera_toggled(self, on: bool) -> None:
        if on and self.camera.start_camera():
            self.camera_view.show()
            return
        self.camera.stop_camera()
        self.camera_view.setVisible(False)
        self.camera_button.setChecked(False)

    def _on_camera_code(self, code: Code) -> None:
        # The AIM identifier tells the scan path a GS1 element string from plain text, as a hardware scanner does.
        self.submit_scan(code.aim + code.text)

    def _on_scan_entered(self) -> None:
        code = self.scan.text()
        self.scan.clear()
        self.submit_scan(code)

    def _on_resolved(self, result: ScanResult) -> None:
        if result.match is not None:
            self._show_request(result.match)
            how = (
                ""
                if result.kind.value == "rma"
                else f" (by {KIND_WORDS[result.kind.value]} {result.normalized})"
            )
            self._set_state("scanned", f"Found {result.match.rma}{how}")
        elif result.product is not None:
            self._show_request(None)
            choices = ", ".join(result.candidates[:8]) or "none open"
            self._set_state(
                "warning", f"Item {result.product.sku} {result.product.name}: open returns {choices}"
            )
        else:
            self._show_request(None)
            self._set_state(
                "error", f"No return matches {KIND_WORDS[result.kind.value]} {result.normalized or '(empty)'}"
            )
        self.scan_resolved.emit(result)

    def _on_failed(self, message: str) -> None:
        self._set_state("error", message)

    def _set_state(self, tone: str, text: str) -> None:
        self.state.setText(text)
        self.state.setProperty("tone", tone)
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)

    def _show_request(self, request: RequestView | None) -> None:
        if request is None:
            self.header.setText("")
            for label in self._fields.values():
                label.setText("—")
            self.lines.setRowCount(0)
            return
        self.header.setText(f"{request.rma} · {request.status.upper()}")
        f = self._fields
        f["Customer"].setText(f"{request.customer_name} <{request.customer_email}> · {request.region}")
        f["Order"].setText(request.order_number)
        f["Channel"].setText(request.channel)
        f["Ordered"].setText(_date(request.ordered_at))
        f["Delivered"].setText(_date(request.delivered_at))
        f["Requested"].setText(_date(request.requested_at))
        f["Return window"].setText("inside" if request.inside_window else "OUTSIDE — refund held for review")
        self.lines.setRowCount(len(request.lines))
        for row, line in enumerate(request.lines):
            units = ", ".join(f"{u.lpn} {u.status}" + (f" {u.grade}" if u.grade else "") for u in line.units)
            cells = (
                line.sku,
                line.name,
                str(line.quantity_expected),
                str(line.quantity_received),
                line.reason,
                line.customer_comment or "",
                units,
            )
            for col, text in enumerate(cells):
                self.lines.setItem(row, col, QTableWidgetItem(text))
