"""The main window: login first, then the station; the status bar shows user, station and database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from returns_desk.gui.login import LoginWidget
from returns_desk.gui.scan_capture import ScannerBurstFilter
from returns_desk.gui.station import StationWidget
from returns_desk.gui.worker import DbWorker
from returns_desk.services.results import Actor
from returns_desk.services.station import StationFigures

STYLE = """
QWidget { font-size: 15px; }
#loginTitle { font-size: 34px; font-weight: 600; }
#loginPrompt { font-size: 20px; }
#loginMessage { color: #b00020; font-size: 16px; }
#badge, #pin, #scanInput { font-size: 22px; padding: 8px; }
#stationState { font-size: 24px; font-weight: 600; padding: 14px; border-radius: 6px;
                color: white; background: #37474f; }
#stationState[tone="scanned"] { background: #1565c0; }
#stationState[tone="warning"] { background: #ef6c00; }
#stationState[tone="error"] { background: #b00020; }
#stationState[tone="busy"] { background: #546e7a; }
#stationState[tone="saved"] { background: #2e7d32; }
#offlineBanner { background: #b00020; color: white; font-size: 18px; font-weight: 600; padding: 8px; }
#gradeLabel { font-size: 22px; font-weight: 600; }
#proposal { font-size: 17px; }
#unitTitle { font-size: 17px; font-weight: 600; }
#requestHeader { font-size: 22px; font-weight: 600; }
"""


class MainWindow(QMainWindow):
    def __init__(
        self, worker: DbWorker, station: str, db_label: str, data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self.actor: Actor | None = None
        self.setWindowTitle("Returns Desk")
        self.setStyleSheet(STYLE)
        self.resize(1280, 860)
        self.login = LoginWidget(worker, station)
        self.station = StationWidget(worker, data_dir)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.login)
        self.pages.addWidget(self.station)
        self.offline = QLabel(
            "Database offline — nothing already saved is lost; the last action was not saved."
        )
        self.offline.setObjectName("offlineBanner")
        self.offline.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.offline)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.user_label = QLabel("Not logged in")
        self.user_label.setObjectName("statusUser")
        self.figures = QLabel("")
        self.figures.setObjectName("stationFigures")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addWidget(self.figures)
        self.statusBar().addPermanentWidget(QLabel(f"Station {station}"))
        self.statusBar().addPermanentWidget(QLabel(db_label))
        self.scanner = ScannerBurstFilter(parent=self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.scanner.install(app)
        self.scanner.scanned.connect(self._on_scanned)
        self.login.logged_in.connect(self._on_logged_in)
        self.station.figures_changed.connect(self._on_figures)
        worker.connection_changed.connect(lambda online: self.offline.setVisible(not online))
        self.login.reset()

    def _on_scanned(self, code: str) -> None:
        """A scanner burst, wherever the focus was: a badge at the login screen, a label at the station."""
        if self.pages.currentWidget() is self.login:
            self.login.badge.setText(code)
            self.login.badge.returnPressed.emit()
        else:
            self.station.submit_scan(code)

    def _on_logged_in(self, actor: Actor) -> None:
        self.actor = actor
        self.user_label.setText(f"{actor.name} ({actor.role.value})")
        self.pages.setCurrentWidget(self.station)
        self.station.set_actor(actor)
        self.station.setFocus()

    def _on_figures(self, figures: StationFigures) -> None:
        pace = f" · {figures.seconds_per_unit:.0f} s per unit" if figures.seconds_per_unit else ""
        touch = (
            f" · first touch {figures.first_touch_rate:.0%}" if figures.first_touch_rate is not None else ""
        )
        self.figures.setText(f"This hour: {figures.units_this_hour} units{pace}{touch}")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
        self.station.close_background()
        self._worker.stop()
