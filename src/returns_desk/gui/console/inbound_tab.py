"""The Inbound tab: return parcels on their way to the dock, by the stage their carrier's last scan put them in;
the stalled ones (in trouble, or silent too long) with Open cases; and how many parcels and units each zone of the
dock should expect today and tomorrow, to staff it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from returns_desk.gui.console.base import ConsoleTab, fill
from returns_desk.gui.worker import DbWorker
from returns_desk.services import tracking
from returns_desk.services.import_rows import ImportRejected

TROUBLE_TINT = QColor("#fdecea")
FILTERS = [
    (tracking.NO_SCANS, "No scans yet"),
    *((s, s.replace("_", " ").capitalize()) for s in tracking.STAGES),
]
FILTERS.insert(5, ("stalled", "Stalled"))


@dataclass(frozen=True, slots=True)
class Loaded:
    counts: dict[str, int]
    parcels: list[tracking.Parcel]
    forecast: list[tracking.ForecastRow]
    stalled_days: int


class InboundTab(ConsoleTab):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("inboundTab")
        self.stage: str | None = "stalled"
        self.parcel_rows: list[tracking.Parcel] = []

        self.import_button = QPushButton("Import tracking…")
        self.import_button.setObjectName("importTracking")
        self.import_button.setToolTip(
            "Carrier checkpoints: AfterShip Tracking webhooks (JSON) or a CSV of them"
        )
        self.sweep_button = QPushButton("Open cases for stalled parcels")
        self.sweep_button.setObjectName("sweepStalled")
        self.days = QSpinBox()
        self.days.setObjectName("stalledDays")
        self.days.setRange(1, 60)
        self.days.setSuffix(" days")
        self.days.setAccessibleName("Days without a scan before a parcel is stalled")
        self.days_save = QPushButton("Save")
        self.days_save.setObjectName("saveStalledDays")
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.sweep_button)
        top.addStretch(1)
        top.addWidget(QLabel("Stalled after"))
        top.addWidget(self.days)
        top.addWidget(QLabel("without a scan"))
        top.addWidget(self.days_save)

        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        self.filter_buttons: dict[str, QPushButton] = {}
        stages = QGridLayout()  # two rows, so the tab fits a 1024-pixel screen
        for n, (key, label) in enumerate(FILTERS):
            button = QPushButton(label)
            button.setObjectName(f"stage_{key}")
            button.setCheckable(True)
            button.setChecked(key == self.stage)
            self.filters.addButton(button)
            self.filter_buttons[key] = button
            button.clicked.connect(lambda _checked=False, k=key: self.show_stage(k))
            stages.addWidget(button, n // 5, n % 5)

        self.table = QTableWidget(0, 9)
        self.table.setObjectName("inboundParcels")
        self.table.setHorizontalHeaderLabels(
            [
                "RMA",
                "Tracking number",
                "Carrier",
                "Stage",
                "Last scan",
                "Expected",
                "Units",
                "Customer",
                "Problem",
            ]
        )
        self.forecast = QTableWidget(0, 6)
        self.forecast.setObjectName("dockForecast")
        self.forecast.setHorizontalHeaderLabels(
            ["Zone", "Parcels today", "Units today", "Parcels tomorrow", "Units tomorrow", "Carriers"]
        )
        for table in (self.table, self.forecast):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        forecast_box = QGroupBox("Expected at the dock")
        QVBoxLayout(forecast_box).addWidget(self.forecast)
        forecast_box.setMaximumHeight(170)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(stages)
        layout.addWidget(self.table, 1)
        layout.addWidget(forecast_box)

        self.import_button.clicked.connect(self.choose_file)
        self.sweep_button.clicked.connect(self.sweep)
        self.days_save.clicked.connect(self.save_days)

    # --- loading ---
    def refresh(self) -> None:
        if self.actor is None:
            return
        stage = self.stage

        def load(s: Session) -> Loaded:
            return Loaded(
                tracking.pipeline(s),
                tracking.parcels(s, stage=stage),
                tracking.forecast(s),
                tracking.stalled_days(s),
            )

        self.read(load, self._loaded)

    def _loaded(self, loaded: Loaded) -> None:
        for key, label in FILTERS:
            self.filter_buttons[key].setText(f"{label} ({loaded.counts.get(key, 0):,})")
        if not self.days.hasFocus():
            self.days.setValue(loaded.stalled_days)
        self.parcel_rows = loaded.parcels
        fill(
            self.table,
            [
                [
                    p.rma,
                    p.tracking_number,
                    p.carrier,
                    p.stage.replace("_", " "),
                    f"{p.since.astimezone(UTC):%Y-%m-%d %H:%M}" if p.since else "",
                    f"{p.expected_on:%Y-%m-%d}" if p.expected_on else "",
                    str(p.units),
                    p.customer,
                    p.why,
                ]
                for p in loaded.parcels
            ],
            [TROUBLE_TINT if p.stalled else None for p in loaded.parcels],
        )
        fill(
            self.forecast,
            [
                [
                    r.zone,
                    str(r.today_parcels),
                    str(r.today_units),
                    str(r.tomorrow_parcels),
                    str(r.tomorrow_units),
                    r.carriers,
                ]
                for r in loaded.forecast
            ],
        )

    def show_stage(self, stage: str) -> None:
        self.stage = stage
        self.refresh()

    # --- acting ---
    def choose_file(self) -> None:
        self.open_dialog(
            "Import carrier tracking",
            "Tracking files (*.json *.csv);;All files (*)",
            lambda name: self.import_file(Path(name)),
        )

    def import_file(self, path: Path) -> None:
        actor = self.current_actor()
        rejected: list[ImportRejected] = []

        def work(s: Session) -> tracking.TrackingReport:
            try:
                return tracking.import_tracking(s, actor, path)
            except ImportRejected as exc:
                rejected.append(exc)
                raise

        def done(r: tracking.TrackingReport) -> None:
            self.message.emit(
                f"{path.name}: {r.checkpoints:,} new checkpoint(s) for {r.parcels:,} parcel(s), {r.moved:,} moved "
                f"on, {r.not_ours:,} not of returns; {r.cases:,} case(s) opened for stalled parcels.",
                False,
            )
            self.acted.emit()
            self.refresh()

        def failed(message: str) -> None:
            if rejected:
                first = "; ".join(str(e) for e in rejected[0].errors[:3])
                message = f"{path.name}: {rejected[0].total:,} problem(s), nothing was imported: {first}"
            self.message.emit(message, True)

        self.worker.submit(work, done, failed)

    def sweep(self) -> None:
        actor = self.current_actor()
        self.act(
            lambda s: tracking.sweep(s, actor), lambda n: f"{n} exception case(s) opened for stalled parcels."
        )

    def save_days(self) -> None:
        actor, days = self.current_actor(), self.days.value()
        self.act(
            lambda s: tracking.set_stalled_days(s, actor, days),
            f"A parcel with no scan for {days} days now counts as stalled.",
        )
