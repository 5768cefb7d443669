"""Application bootstrap: the QApplication, the DB worker and the main window."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import make_url

from returns_desk import config
from returns_desk.gui import accessibility, i18n, phrases
from returns_desk.gui.mail_pump import MailPump
from returns_desk.gui.main_window import MainWindow
from returns_desk.gui.resources import icon
from returns_desk.gui.worker import DbWorker
from returns_desk.store.database import Database
from returns_desk.store.db import is_sqlite
from returns_desk.sync import SyncedStore


def db_label(url: str) -> str:
    if is_sqlite(url):
        return QCoreApplication.translate("App", "Local database (SQLite)")
    parsed = make_url(url)
    return QCoreApplication.translate("App", "Shared database {0}").format(
        f"{parsed.host or 'localhost'}/{parsed.database}"
    )


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName("Returns Desk")
    app.setWindowIcon(icon("app"))
    return app


def startup_problem(message: str, what_to_do: str, locale: str = "") -> int:
    """A start-up that cannot go on is said in a window (an app opened from a menu has no terminal), in the
    station's language (``locale``; "" for the computer's), and in the log; the person closes it and fixes what it
    says."""
    logging.getLogger("returns_desk").error("cannot start: %s", message)
    application()
    i18n.install(locale)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("App", "Returns Desk cannot start"),
        phrases.say(message),
    )
    box.setObjectName("startupProblem")
    box.setInformativeText(phrases.say(what_to_do))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()
    return 1


def run(database: Database | SyncedStore, settings: config.Settings, notice: str | None = None) -> int:
    """Open the window. ``notice`` is shown on the login screen (the demo's logins on a first start)."""
    app = application()
    worker = DbWorker(database)
    i18n.install(settings.locale)
    accessibility.apply_theme(app, settings.high_contrast, settings.text_size)
    # A station on an offline copy leaves e-mail to the stations online (or to `returns-desk mail send`).
    pump = MailPump(database, settings.data_dir, settings.station) if isinstance(database, Database) else None
    window = MainWindow(worker, settings, db_label(settings.db_url), pump=pump)
    if pump is not None:
        pump.start()
    if notice:
        window.login.show_notice(notice)
    window.showMaximized()

    def unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # The last net: a bug in a slot is logged in full and shown as a sentence, never as a traceback.
        logging.getLogger("returns_desk").error("unexpected error", exc_info=(kind, error, tb))
        window.station.show_problem(
            QCoreApplication.translate(
                "App", "Something went wrong ({0}). Nothing already saved is lost."
            ).format(kind.__name__)
        )

    sys.excepthook = unexpected
    code = app.exec()
    if pump is not None:
        pump.stop()
    database.close()
    return int(code)
