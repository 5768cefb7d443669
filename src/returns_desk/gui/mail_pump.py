"""The station's outbox pump, on a thread of its own (a slow SMTP server or webhook receiver never holds up a
scan): every ``interval_s`` seconds, or at once when asked, it sends the customer e-mails that are due, delivers
the webhooks that are due (services/webhooks.py), and imports what has settled in this station's watched folder
(services/folder_import.py). Several stations may run one on the same shared database: the outboxes' claims keep
them from sending anything twice. A station working from an offline copy sends nothing; the stations online, or
``returns-desk mail send`` and ``returns-desk webhooks send``, do."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from returns_desk.services import folder_import, mail_secret, mail_sender, webhooks
from returns_desk.store.database import Database

log = logging.getLogger(__name__)


class MailPump(QObject):
    passed = Signal(str, bool)  # what the last pass did, for the console; whether something failed

    def __init__(self, database: Database, data_dir: Path, station: str, interval_s: float = 30.0) -> None:
        super().__init__()
        self.database, self.data_dir, self.station = database, data_dir, station
        self.interval_s = interval_s
        self._wake = threading.Event()
        self._stop = False
        self._thread: threading.Thread | None = None
        self._watcher: folder_import.Watcher | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="mail-pump", daemon=True)
            self._thread.start()

    def send_now(self) -> None:
        self.start()
        self._wake.set()

    def stop(self) -> None:
        self._stop = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def _loop(self) -> None:
        try:
            while not self._stop:
                self._wake.wait(self.interval_s)
                self._wake.clear()
                if self._stop:
                    break
                try:
                    self.passed.emit(*self.one_pass())
                except Exception as exc:  # a database or network failure: said, logged, tried again next time
                    log.warning("sending e-mail failed: %s", exc, exc_info=True)
                    self.passed.emit(
                        QCoreApplication.translate(
                            "MailPump", "Sending e-mail failed: {0}. The messages stay queued."
                        ).format(type(exc).__name__),
                        True,
                    )
        finally:
            self.database.close_reader()

    def one_pass(self) -> tuple[str, bool]:
        """What one pass did, in words, and whether an e-mail or a webhook delivery failed (a watched folder's
        refused files are said in the words, and left in its failed/ folder)."""
        smtp = self.database.read(mail_sender.mail_settings)
        if not smtp.enabled:
            off = QCoreApplication.translate("MailPump", "E-mail is turned off: messages stay in the outbox.")
            hooks, hooks_failed = self.webhooks_pass()
            return " ".join(p for p in (off, hooks, self.folder_pass()) if p), hooks_failed
        password = mail_secret.load_password(self.data_dir, smtp.user) if smtp.user else None
        sender = mail_sender.Sender(self.database, smtp, password, f"{self.station}:pump")
        total = mail_sender.BatchReport()
        while True:
            report = sender.run_once()
            total.sent += report.sent
            total.retried += report.retried
            total.failed += report.failed
            total.errors.extend(report.errors)
            if report.claimed < mail_sender.BATCH or self._stop:
                break
        said = QCoreApplication.translate("MailPump", "E-mail: {0} sent, {1} to retry, {2} failed.").format(
            total.sent, total.retried, total.failed
        )
        if total.errors:
            said += " " + QCoreApplication.translate("MailPump", "Last error: {0}").format(total.errors[-1])
        hooks, hooks_failed = self.webhooks_pass()
        failed = bool(total.errors) or total.failed > 0 or hooks_failed
        return " ".join(p for p in (said, hooks, self.folder_pass()) if p), failed

    def folder_pass(self) -> str:
        """This station's watched folder (services/folder_import.py): what has settled there is imported."""
        folder = self.database.read(lambda s: folder_import.folder_of(s, self.station))
        if folder is None:
            self._watcher = None
            return ""
        if self._watcher is None or self._watcher.folder != folder:
            self._watcher = folder_import.Watcher(folder)
        said = self._watcher.look(self.database, self.station)
        return " ".join(said)

    def webhooks_pass(self) -> tuple[str, bool]:
        """The webhook deliveries due (services/webhooks.py), from the same thread; whether one failed."""
        report = webhooks.Sender(self.database, f"{self.station}:pump").drain(rounds=20)
        said = QCoreApplication.translate("MailPump", "Webhooks: {0} delivered, {1} to retry.").format(
            report.sent, report.retried
        )
        if report.errors:
            said += " " + QCoreApplication.translate("MailPump", "Last error: {0}").format(report.errors[-1])
        return said, bool(report.errors)
