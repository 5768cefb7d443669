"""The main window: login first, then the station; the status bar shows user, station and database."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtGui import QCloseEvent, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from returns_desk.gui.login import LoginWidget
from returns_desk.gui.scan_capture import ScannerBurstFilter
from returns_desk.gui.station import StationWidget
from returns_desk.gui.worker import DbWorker
from returns_desk.services.results import Actor
from returns_desk.services.station import StationFigures

GIL_SWITCH_INTERVAL_S = 0.0005

# Style sheets make every widget under them paint through Qt's slower style-sheet path, so there is one, on the
# offline banner; everything else gets its size and weight from a font and its colour from a palette.
BANNER_STYLE = (
    "QLabel { background: #b00020; color: white; font-size: 18px; font-weight: 600; padding: 8px; }"
)
FONTS = {  # object name: (pixel size, bold)
    "loginTitle": (34, True),
    "loginPrompt": (20, False),
    "loginMessage": (16, False),
    "badge": (22, False),
    "pin": (22, False),
    "scanInput": (22, False),
    "requestHeader": (22, True),
    "gradeLabel": (22, True),
    "proposal": (17, False),
    "unitTitle": (17, True),
}


def _apply_fonts(root: QWidget) -> None:
    base = QFont(root.font())
    base.setPixelSize(15)
    root.setFont(base)
    for name, (size, bold) in FONTS.items():
        for widget in root.findChildren(QWidget, name):
            font = QFont(base)
            font.setPixelSize(size)
            font.setBold(bold)
            widget.setFont(font)
    login_message = root.findChild(QWidget, "loginMessage")
    if login_message is not None:
        palette = login_message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#b00020"))
        login_message.setPalette(palette)


class MainWindow(QMainWindow):
    def __init__(
        self, worker: DbWorker, station: str, db_label: str, data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Every GUI event passes through Python (the scanner filter), so the GUI thread needs the GIL to paint.
        # Python hands the GIL over every 5 ms by default: while the DB worker runs a write, the screen would
        # wait up to that long per event. A 0.5 ms interval keeps a scan on screen within a frame.
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
        self._worker = worker
        self.actor: Actor | None = None
        self.setWindowTitle("Returns Desk")
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
        self.offline.setStyleSheet(BANNER_STYLE)
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
        _apply_fonts(self)
        self.login.reset()
        # Everything built so far lives as long as the app: keep it out of the collector's full passes, which
        # would otherwise walk it all and stall the screen for tens of milliseconds in the middle of a shift.
        gc.collect()
        gc.freeze()

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
