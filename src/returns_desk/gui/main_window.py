"""The main window: login first, then the station; the status bar shows user, station and database."""

from __future__ import annotations

import gc
import logging
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from returns_desk.config import Settings
from returns_desk.domain.vocab import EventKind, Role
from returns_desk.gui import accessibility
from returns_desk.gui.console import SupervisorConsole
from returns_desk.gui.login import LoginWidget
from returns_desk.gui.mail_pump import MailPump
from returns_desk.gui.menus import Menus
from returns_desk.gui.refurbish import RefurbishBench
from returns_desk.gui.scan_capture import ScannerBurstFilter
from returns_desk.gui.station import StationWidget
from returns_desk.gui.worker import DbWorker
from returns_desk.services import events
from returns_desk.services.results import Actor
from returns_desk.services.station import StationFigures
from returns_desk.sync import SyncStatus

GIL_SWITCH_INTERVAL_S = 0.0005
IDLE_CHECK_MS = 5_000

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


def _apply_fonts(root: QWidget, scale: float = 1.0) -> None:
    base = QFont(root.font())
    base.setPixelSize(round(15 * scale))
    root.setFont(base)
    for name, (size, bold) in FONTS.items():
        for widget in root.findChildren(QWidget, name):
            font = QFont(base)
            font.setPixelSize(round(size * scale))
            font.setBold(bold)
            widget.setFont(font)
    login_message = root.findChild(QWidget, "loginMessage")
    if login_message is not None:
        palette = login_message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#b00020"))
        login_message.setPalette(palette)


STARTED = time.monotonic()  # this module is imported at start-up, before the window is made
log = logging.getLogger(__name__)


def role_name(role: Role) -> str:
    names = {
        Role.STAFF: QCoreApplication.translate("MainWindow", "staff"),
        Role.SUPERVISOR: QCoreApplication.translate("MainWindow", "supervisor"),
        Role.ADMIN: QCoreApplication.translate("MainWindow", "admin"),
    }
    return names.get(role, role.value)


class FirstPaint(QObject):
    """Says in the log when the login screen is first on screen, and how long after start-up that was (the
    start-up bench reads it; so can IT, in a log)."""

    def __init__(self, login: QWidget) -> None:
        super().__init__(login)
        self._login = login
        login.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._login:
            self._login.removeEventFilter(self)
            log.info("login screen painted, %.0f ms after start-up", (time.monotonic() - STARTED) * 1000)
        return False


class MainWindow(QMainWindow):
    def __init__(
        self,
        worker: DbWorker,
        settings: Settings,
        db_label: str,
        parent: QWidget | None = None,
        pump: MailPump | None = None,
    ) -> None:
        super().__init__(parent)
        # Every GUI event passes through Python (the scanner filter), so the GUI thread needs the GIL to paint.
        # Python hands the GIL over every 5 ms by default: while the DB worker runs a write, the screen would
        # wait up to that long per event. A 0.5 ms interval keeps a scan on screen within a frame.
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
        self._worker = worker
        self.worker = worker
        self.db_label = db_label
        self.settings = settings
        self.actor: Actor | None = None
        self._may_close = False  # True once closing may drop unsaved work (confirmed, or shutting down)
        self.close_box: QMessageBox | None = None
        self.close_anyway: QAbstractButton | None = None
        self.setWindowTitle(self.tr("Returns Desk"))
        # The whole screen it opens on (a station's screen is its own; app.run also asks the window manager to
        # maximize it), 1024×700 included.
        available = self.screen().availableGeometry()
        self.resize(available.width(), available.height())
        self.login = LoginWidget(worker, settings.station)
        self.station = StationWidget(worker, settings)
        self.console = SupervisorConsole(
            worker, self.station.printer, settings.currency, settings.data_dir, pump, station=settings.station
        )
        self.bench = RefurbishBench(
            worker, settings.data_dir, self.station.printer, self.station.tasks, settings.currency
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.login)
        self.pages.addWidget(self.station)
        self.pages.addWidget(self.console)
        self.pages.addWidget(self.bench)
        self.idle_minutes = settings.idle_minutes  # a station left alone locks (0: never)
        self.offline = QLabel(
            self.tr("Database offline — nothing already saved is lost; the last action was not saved.")
        )
        self.offline.setObjectName("offlineBanner")
        # The banner's text grows with the outbox: it wraps rather than widen the window.
        self.offline.setWordWrap(True)
        self.offline.setStyleSheet(BANNER_STYLE)
        self.offline.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.offline)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.user_label = QLabel(self.tr("Not logged in"))
        self.user_label.setObjectName("statusUser")
        self.figures = QLabel("")
        self.figures.setObjectName("stationFigures")
        self.figures.setMinimumWidth(40)  # on a small screen the figures give way; the buttons must not
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addWidget(self.figures)
        self.switch = QPushButton(self.tr("Console (Ctrl+2)"))
        self.switch.setObjectName("switchView")
        self.switch.hide()
        self.switch.clicked.connect(self.toggle_view)
        # The status bar's buttons stay text only: on a 1024-pixel screen an icon's width is what the hour's
        # figures beside them would lose.
        self.bench_button = QPushButton(self.tr("Refurbish (Ctrl+3)"))
        self.bench_button.setObjectName("switchBench")
        self.bench_button.hide()
        self.bench_button.clicked.connect(
            lambda: self.show_station() if self.pages.currentWidget() is self.bench else self.show_bench()
        )
        self.lock_button = QPushButton(self.tr("Lock (Ctrl+L)"))
        self.lock_button.hide()
        self.lock_button.clicked.connect(lambda: self.lock(self.tr("Locked.")))
        self.statusBar().addPermanentWidget(self.switch)
        self.statusBar().addPermanentWidget(self.bench_button)
        self.statusBar().addPermanentWidget(self.lock_button)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Station {0}").format(settings.station)))
        self.statusBar().addPermanentWidget(QLabel(db_label))
        self.scanner = ScannerBurstFilter(parent=self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.scanner.install(app)
        self.scanner.scanned.connect(self._on_scanned)
        self.login.logged_in.connect(self._on_logged_in)
        self.station.figures_changed.connect(self._on_figures)
        worker.connection_changed.connect(lambda online: self.offline.setVisible(not online))
        worker.standing_lost.connect(
            lambda: self.lock(
                self.tr("Your badge or this station was deactivated: nothing was saved. Ask a supervisor.")
            )
        )
        self.sync_label = QLabel("")
        self.sync_label.setObjectName("syncStatus")
        self.statusBar().addPermanentWidget(self.sync_label)
        worker.sync_changed.connect(self._on_sync)
        self.menus = Menus(self)  # the window's own keys are its menus' shortcuts
        self._idle = QTimer(self)
        self._idle.setInterval(IDLE_CHECK_MS)
        self._idle.timeout.connect(self._check_idle)
        self._idle.start()
        _apply_fonts(self, settings.text_size / 100)
        accessibility.name_controls(self)
        self._first_paint = FirstPaint(self.login)
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
        elif self.pages.currentWidget() is self.console:
            focus = QApplication.focusWidget()
            if (
                isinstance(focus, QLineEdit)
                and focus not in (self.console.queue.text, self.console.requests.text)
                and (self.console.isAncestorOf(focus) or focus.window() is not self)
            ):
                # A field that asks for a code (the audit trail's key, a badge, an order in a dialog).
                focus.setText(code)
                focus.returnPressed.emit()
            elif self.console.tabs.currentWidget() is self.console.requests:
                self.console.requests.search_scan(code)  # a return label opens its request
            else:
                self.console.tabs.setCurrentWidget(self.console.queue)
                self.console.queue.search_scan(code)
        elif self.pages.currentWidget() is self.bench:
            self.bench.submit_scan(code)
        else:
            self.station.submit_scan(code)

    def _on_logged_in(self, actor: Actor) -> None:
        self.actor = actor
        self.user_label.setText(self.tr("{0} ({1})").format(actor.name, role_name(actor.role)))
        self.pages.setCurrentWidget(self.station)
        self.station.set_actor(actor)
        self.station.setFocus()
        supervisor = actor.role.at_least(Role.SUPERVISOR)
        self.switch.setVisible(supervisor)
        self.bench_button.show()
        self.bench.set_actor(actor)
        self.lock_button.show()
        self.menus.follow(actor.role)
        self.scanner.last_activity = time.monotonic()
        if supervisor:
            self.console.set_actor(actor)
            self.show_console()

    def show_station(self) -> None:
        if self.actor is not None:
            self.pages.setCurrentWidget(self.station)
            self.switch.setText(self.tr("Console (Ctrl+2)"))
            self.bench_button.setText(self.tr("Refurbish (Ctrl+3)"))
            self.station.setFocus()

    def show_bench(self) -> None:
        """The refurbishment bench: anyone logged in works there."""
        if self.actor is not None:
            self.pages.setCurrentWidget(self.bench)
            self.switch.setText(self.tr("Console (Ctrl+2)"))
            self.bench_button.setText(self.tr("Station (Ctrl+1)"))
            self.bench.load_waiting()
            self.bench.ui.benchScan.setFocus()

    def show_console(self) -> None:
        """The console, for supervisors and admins only (the services refuse staff in any case)."""
        if self.actor is not None and self.actor.role.at_least(Role.SUPERVISOR):
            self.pages.setCurrentWidget(self.console)
            self.switch.setText(self.tr("Station (Ctrl+1)"))
            self.bench_button.setText(self.tr("Refurbish (Ctrl+3)"))

    def toggle_view(self) -> None:
        if self.pages.currentWidget() is self.console:
            self.show_station()
        else:
            self.show_console()

    def _check_idle(self) -> None:
        if self.actor is None or self.idle_minutes <= 0:
            return
        if time.monotonic() - self.scanner.last_activity >= self.idle_minutes * 60:
            self.lock(
                self.tr("Locked after {0} min without activity. Scan your badge to go on.").format(
                    f"{self.idle_minutes:g}"
                )
            )

    def lock(self, why: str) -> None:
        """Back to the login screen; the next person must identify themselves. Nothing unsaved is kept."""
        if self.actor is None:
            return
        actor = self.actor
        self.actor = None
        self._worker.submit(
            lambda s: events.record(s, actor, EventKind.USER_LOCKED, "user", str(actor.user_id), {"why": why})
        )
        self.user_label.setText(self.tr("Not logged in"))
        self.figures.clear()
        self.switch.hide()
        self.bench_button.hide()
        self.lock_button.hide()
        self.menus.follow(None)
        self.station.clear()
        self.console.clear()
        self.bench.clear()
        self.pages.setCurrentWidget(self.login)
        self.login.reset()
        self.login.message.setText(why)

    def _on_sync(self, status: SyncStatus) -> None:
        """A station on a shared server: offline banner with the outbox size; last sync in the status bar."""
        if not status.online:
            self.offline.setText(status.banner())
        self.offline.setVisible(not status.online)
        last = (
            self.tr("last sync {0} UTC").format(f"{status.last_sync:%H:%M}")
            if status.last_sync
            else self.tr("not synced yet")
        )
        state = self.tr("online") if status.online else self.tr("OFFLINE")
        conflicts = (
            self.tr(" · {0} conflicts for a supervisor").format(status.conflicts) if status.conflicts else ""
        )
        self.sync_label.setText(
            self.tr("Shared database {0} · {1} waiting · {2}").format(state, status.pending, last) + conflicts
        )

    def _on_figures(self, figures: StationFigures) -> None:
        pace = (
            self.tr(" · {0} s per unit").format(f"{figures.seconds_per_unit:.0f}")
            if figures.seconds_per_unit
            else ""
        )
        touch = (
            self.tr(" · first touch {0}").format(f"{figures.first_touch_rate:.0%}")
            if figures.first_touch_rate is not None
            else ""
        )
        self.figures.setText(self.tr("This hour: {0} units").format(figures.units_this_hour) + pace + touch)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close and self.station.has_unsaved_work():
            event.ignore()
            self._confirm_close()
            return
        self.shutdown()
        super().closeEvent(event)

    def _confirm_close(self) -> None:
        """Closing would lose what was typed for the unit on screen: say so, and let the person choose."""
        unit = (
            self.station.flow.unit.lpn
            if self.station.flow.unit is not None
            else self.tr("the unexpected parcel")
        )
        box = QMessageBox(self)
        box.setObjectName("confirmClose")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Close Returns Desk"))
        box.setText(self.tr("What you entered for {0} is not saved yet.").format(unit))
        box.setInformativeText(self.tr("Keep working and press Enter to save it, or close and lose it."))
        self.close_anyway = box.addButton(
            self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)

        def chosen() -> None:
            if box.clickedButton() is self.close_anyway:
                self._may_close = True
                self.close()

        box.finished.connect(lambda _code: chosen())
        self.close_box = box
        box.open()

    def shutdown(self) -> None:
        self._may_close = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
        self.station.close_background()
        self._worker.stop()
