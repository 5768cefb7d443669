"""Login screen: scan a badge; supervisors and admins then type their PIN."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from returns_desk.gui.forms.ui_login import Ui_Login
from returns_desk.gui.worker import DbWorker
from returns_desk.services import auth
from returns_desk.services.results import Actor


class LoginWidget(QWidget):
    logged_in = Signal(object)  # Actor

    def __init__(self, worker: DbWorker, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._station = station
        self.setObjectName("login")
        self.ui = Ui_Login()
        self.ui.setupUi(self)
        self.prompt = self.ui.loginPrompt
        self.badge = self.ui.badge
        self.pin = self.ui.pin
        self.message = self.ui.loginMessage
        self.notice = self.ui.loginNotice
        self.pin.hide()
        self.notice.hide()
        self.badge.returnPressed.connect(self._on_badge_entered)
        self.pin.returnPressed.connect(self._on_pin_entered)

    def reset(self) -> None:
        self.badge.clear()
        self.pin.clear()
        self.pin.hide()
        self.message.clear()
        self.prompt.setText(self.tr("Scan your badge to start"))
        self.badge.setFocus()

    def _on_badge_entered(self) -> None:
        badge = self.badge.text().strip()
        if not badge:
            return
        self.message.setText(self.tr("Checking…"))

        self._worker.submit(
            lambda s: auth.badge_needs_pin(s, badge), self._on_badge_checked, self._on_failed, read_only=True
        )

    def _on_badge_checked(self, pin_needed: bool) -> None:
        if pin_needed:
            self.message.clear()
            self.prompt.setText(self.tr("Enter your PIN"))
            self.pin.show()
            self.pin.setFocus()
        else:
            self._login(None)

    def _on_pin_entered(self) -> None:
        self._login(self.pin.text())

    def _login(self, pin: str | None) -> None:
        badge, station = self.badge.text().strip(), self._station
        self._worker.submit(lambda s: auth.login(s, badge, pin, station), self._on_logged_in, self._on_failed)

    def show_notice(self, text: str) -> None:
        """Something to read before the first login (the demo's badges and PINs); gone once someone logs in."""
        self.notice.setText(text)
        self.notice.show()

    def _on_logged_in(self, actor: Actor) -> None:
        self.message.clear()
        self.notice.hide()
        self.logged_in.emit(actor)

    def _on_failed(self, message: str) -> None:
        self.message.setText(message)
        self.pin.clear()
        if self.pin.isHidden():
            self.badge.selectAll()
            self.badge.setFocus()
        else:
            self.pin.setFocus()
