"""The main window: login first, then the station; the status bar shows user, station and database."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from returns_desk.gui.login import LoginWidget
from returns_desk.gui.station import StationWidget
from returns_desk.gui.worker import DbWorker
from returns_desk.services.results import Actor

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
#requestHeader { font-size: 22px; font-weight: 600; }
"""


class MainWindow(QMainWindow):
    def __init__(self, worker: DbWorker, station: str, db_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.actor: Actor | None = None
        self.setWindowTitle("Returns Desk")
        self.setStyleSheet(STYLE)
        self.resize(1200, 800)
        self.login = LoginWidget(worker, station)
        self.station = StationWidget(worker)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.login)
        self.pages.addWidget(self.station)
        self.setCentralWidget(self.pages)
        self.user_label = QLabel("Not logged in")
        self.user_label.setObjectName("statusUser")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(QLabel(f"Station {station}"))
        self.statusBar().addPermanentWidget(QLabel(db_label))
        self.login.logged_in.connect(self._on_logged_in)
        self.login.reset()

    def _on_logged_in(self, actor: Actor) -> None:
        self.actor = actor
        self.user_label.setText(f"{actor.name} ({actor.role.value})")
        self.pages.setCurrentWidget(self.station)
        self.station.scan.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.station.camera.close()
        self._worker.stop()
        super().closeEvent(event)
