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

from returns_desk.gui import formats, phrases, words
from returns_desk.gui.console.base import ConsoleTab, fill
from returns_desk.gui.worker import DbWorker
from returns_desk.services import tracking
from returns_desk.services.import_rows import ImportRejected

TROUBLE_TINT = QColor("#fdecea")
FILTERS = [tracking.NO_SCANS, *tracking.STAGES]
FILTERS.insert(5, "stalled")


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

        self.import_button = QPushButton(self.tr("Import tracking…"))
        self.import_button.setObjectName("importTracking")
        self.import_button.setToolTip(
            self.tr("Carrier checkpoints: AfterShip Tracking webhooks (JSON) or a CSV of them")
        )
        self.sweep_button = QPushButton(self.tr("Open cases for stalled parcels"))
        self.sweep_button.setObjectName("sweepStalled")
        self.days = QSpinBox()
        self.days.setObjectName("stalledDays")
        self.days.setRange(1, 60)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Days without a scan before a parcel is stalled"))
        self.days_save = QPushButton(self.tr("Save"))
        self.days_save.setObjectName("saveStalledDays")
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.sweep_button)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Stalled after")))
        top.addWidget(self.days)
        top.addWidget(QLabel(self.tr("without a scan")))
        top.addWidget(self.days_save)

        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        self.filter_buttons: dict[str, QPushButton] = {}
        stages = QGridLayout()  # two rows, so the tab fits a 1024-pixel screen
        for n, key in enumerate(FILTERS):
            button = QPushButton(words.word("stage", key))
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
                self.tr("RMA"),
                self.tr("Tracking number"),
                self.tr("Carrier"),
                self.tr("Stage"),
                self.tr("Last scan"),
                self.tr("Expected"),
                self.tr("Units"),
                self.tr("Customer"),
                self.tr("Problem"),
            ]
        )
        self.forecast = QTableWidget(0, 6)
        self.forecast.setObjectName("dockForecast")
        self.forecast.setHorizontalHeaderLabels(
            [
                self.tr("Zone"),
                self.tr("Parcels today"),
                self.tr("Units today"),
                self.tr("Parcels tomorrow"),
                self.tr("Units tomorrow"),
                self.tr("Carriers"),
            ]
        )
        for table in (self.table, self.forecast):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        forecast_box = QGroupBox(self.tr("Expected at the dock"))
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
        for key in FILTERS:
            self.filter_buttons[key].setText(
                f"{words.word('stage', key)} ({formats.number(loaded.counts.get(key, 0))})"
            )
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
                    words.word("stage", p.stage),
                    formats.moment(p.since.astimezone(UTC), seconds=False) if p.since else "",
                    formats.day(p.expected_on) if p.expected_on else "",
                    str(p.units),
                    p.customer,
                    phrases.say(p.why),
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
            self.tr("Import carrier tracking"),
            self.tr("Tracking files (*.json *.csv);;All files (*)"),
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
            n = formats.number
            self.message.emit(
                self.tr(
                    "{0}: {1} new checkpoint(s) for {2} parcel(s), {3} moved on, {4} not of returns; {5} case(s) "
                    "opened for stalled parcels."
                ).format(path.name, n(r.checkpoints), n(r.parcels), n(r.moved), n(r.not_ours), n(r.cases)),
                False,
            )
            self.acted.emit()
            self.refresh()

        def failed(message: str) -> None:
            if rejected:
                first = "; ".join(str(e) for e in rejected[0].errors[:3])
                message = self.tr("{0}: {1} problem(s), nothing was imported: {2}").format(
                    path.name, formats.number(rejected[0].total), first
                )
            self.message.emit(message, True)

        self.worker.submit(work, done, failed)

    def sweep(self) -> None:
        actor = self.current_actor()
        self.act(
            lambda s: tracking.sweep(s, actor),
            lambda n: self.tr("{0} exception case(s) opened for stalled parcels.").format(n),
        )

    def save_days(self) -> None:
        actor, days = self.current_actor(), self.days.value()
        self.act(
            lambda s: tracking.set_stalled_days(s, actor, days),
            self.tr("A parcel with no scan for {0} days now counts as stalled.").format(days),
        )
