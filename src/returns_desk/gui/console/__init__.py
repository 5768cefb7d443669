"""The supervisor console: queue, return requests, exceptions, rules (disposition and authorization), blind
re-grades, the customer e-mail outbox, audit trail and (for admins) users.

Every action goes through a service that checks the role itself; the console only decides what to show, and asks
for what an action needs (a reason, a person, a disposition) in an ActionDialog.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from returns_desk.domain.money import DEFAULT_CURRENCY
from returns_desk.domain.vocab import Role
from returns_desk.gui.console.admin_tab import AdminTab
from returns_desk.gui.console.analytics_tab import AnalyticsTab
from returns_desk.gui.console.audit_tab import AuditTab
from returns_desk.gui.console.base import ConsoleTab
from returns_desk.gui.console.exceptions_tab import ExceptionsTab
from returns_desk.gui.console.inbound_tab import InboundTab
from returns_desk.gui.console.integrations_tab import IntegrationsTab
from returns_desk.gui.console.outbox_tab import OutboxTab
from returns_desk.gui.console.queue_tab import QueueTab
from returns_desk.gui.console.regrade_tab import RegradeTab
from returns_desk.gui.console.requests_tab import RequestsTab
from returns_desk.gui.console.rules_tab import AUTHORIZATION_BOOK, RulesTab
from returns_desk.gui.mail_pump import MailPump
from returns_desk.gui.tag_printer import TagPrinter
from returns_desk.gui.worker import DbWorker
from returns_desk.services.analytics import Scope
from returns_desk.services.results import Actor

__all__ = ["ConsoleTab", "SupervisorConsole"]


class SupervisorConsole(QWidget):
    def __init__(
        self,
        worker: DbWorker,
        printer: TagPrinter,
        currency: str = DEFAULT_CURRENCY,
        data_dir: Path | None = None,
        pump: MailPump | None = None,
        parent: QWidget | None = None,
        station: str = "",
    ) -> None:
        super().__init__(parent)
        self.printer = printer
        self.tabs = QTabWidget()
        folder = data_dir or Path.cwd()
        self.queue = QueueTab(worker)
        self.requests = RequestsTab(worker, folder)
        self.exceptions = ExceptionsTab(worker)
        self.rules = RulesTab(worker)
        self.auth_rules = RulesTab(worker, AUTHORIZATION_BOOK)
        self.auth_rules.setObjectName("authRulesTab")
        self.regrade = RegradeTab(worker)
        self.outbox = OutboxTab(worker, folder, pump)
        self.audit = AuditTab(worker)
        self.analytics = AnalyticsTab(worker)
        self.admin = AdminTab(worker)
        self.integrations = IntegrationsTab(worker, station)
        self.inbound = InboundTab(worker)
        self.pages: list[tuple[ConsoleTab, str]] = [
            (self.queue, str(QT_TRANSLATE_NOOP("SupervisorConsole", "Queue"))),
            (self.requests, str(QT_TRANSLATE_NOOP("SupervisorConsole", "Requests"))),
            (self.inbound, str(QT_TRANSLATE_NOOP("SupervisorConsole", "Inbound"))),
            (self.exceptions, str(QT_TRANSLATE_NOOP("SupervisorConsole", "Exceptions"))),
            (self.rules, str(QT_TRANSLATE_NOOP("SupervisorConsole", "Rules"))),
            (self.auth_rules, str(QT_TRANSLATE_NOOP("SupervisorConsole", "Authorization"))),
            (self.regrade, str(QT_TRANSLATE_NOOP("SupervisorConsole", "Blind re-grade"))),
            (self.outbox, str(QT_TRANSLATE_NOOP("SupervisorConsole", "E-mails"))),
            (self.integrations, str(QT_TRANSLATE_NOOP("SupervisorConsole", "Integrations"))),
            (self.analytics, str(QT_TRANSLATE_NOOP("SupervisorConsole", "Analytics"))),
            (self.audit, str(QT_TRANSLATE_NOOP("SupervisorConsole", "Audit trail"))),
            (self.admin, str(QT_TRANSLATE_NOOP("SupervisorConsole", "Users and stations"))),
        ]
        for page, title in self.pages:
            self.tabs.addTab(page, QCoreApplication.translate("SupervisorConsole", title))
            page.message.connect(self.show_message)
            page.currency = currency
        self.status = QLabel("")
        self.status.setObjectName("consoleMessage")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._on_tab)
        self.queue.audit_requested.connect(self._audit_selected)
        self.queue.tag_requested.connect(self.printer.print_tag)
        self.exceptions.show_in_queue.connect(self._show_in_queue)
        self.analytics.drill.connect(self._drill)
        self.printer.printed.connect(lambda text: self.show_message(text, False))
        self.printer.failed.connect(lambda text: self.show_message(text, True))
        self.last_message: tuple[str, bool] = ("", False)

    def set_actor(self, actor: Actor) -> None:
        for page, _ in self.pages:
            page.set_actor(actor)
        self.tabs.setTabVisible(self.tabs.indexOf(self.admin), actor.role.at_least(Role.ADMIN))
        self.tabs.setCurrentWidget(self.queue)

    def clear(self) -> None:
        """The station was locked: nothing the last person saw or typed stays on screen."""
        for page, _ in self.pages:
            page.clear()
        self.status.clear()
        self.last_message = ("", False)

    def _show_in_queue(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.queue)
        self.queue.search_scan(code)

    def _drill(self, what: str, value: str, scope: Scope) -> None:
        first, last = scope.start, scope.end
        if what == "month":  # that month, within the range
            year, month = (int(part) for part in value.split("-"))
            first = max(first, date(year, month, 1))
            following = date(year + month // 12, month % 12 + 1, 1)
            last = min(last, following - timedelta(days=1))
        if what in ("grade", "disposition", "inspector"):  # units: the queue
            self.tabs.setCurrentWidget(self.queue)
            self.queue.show_drilled(what, value, first, last)
            return
        self.tabs.setCurrentWidget(self.requests)
        self.requests.show_drilled(what, value, first, last, scope)

    def _on_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, ConsoleTab) and page is not self.queue and page.actor is not None:
            page.refresh()

    def _audit_selected(self) -> None:
        row = self.queue.selected()
        if row is None:
            self.show_message(self.tr("Select a row first."), True)
            return
        self.tabs.setCurrentWidget(self.audit)
        if row.kind == "unit":
            self.audit.show_subject("unit", row.reference)
        elif row.rma:
            self.audit.show_subject("return", row.rma)

    def show_message(self, text: str, error: bool) -> None:
        self.last_message = (text, error)
        self.status.setText(text)
        palette = self.status.palette()
        palette.setColor(self.status.foregroundRole(), QColor("#b00020" if error else "#1b5e20"))
        self.status.setPalette(palette)
