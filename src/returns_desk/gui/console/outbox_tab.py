"""The Outbox tab: the customer e-mails (queued, sent, failed; resend), their templates per status and language
(edited with a preview), and how they are sent (SMTP settings; the password goes to the system keyring or a file
only the user can read, never to the database)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QWidget
from sqlalchemy.orm import Session

from returns_desk.domain.vocab import ReturnStatus
from returns_desk.gui import formats, words
from returns_desk.gui.action_dialog import Answer
from returns_desk.gui.choice_box import ChoiceBox
from returns_desk.gui.console.base import ConsoleTab, fill
from returns_desk.gui.forms.ui_outbox_tab import Ui_OutboxTab
from returns_desk.gui.mail_pump import MailPump
from returns_desk.gui.worker import DbWorker
from returns_desk.services import mail_secret, mail_sender, notifications
from returns_desk.services.mail_sender import MailSettings
from returns_desk.services.notifications import OutboxRow, Rendered
from returns_desk.services.results import Actor

FAILED_TINT = QColor("#fdecea")
Loaded = tuple[list[OutboxRow], dict[str, int], dict[str, dict[str, dict[str, str]]], MailSettings]


class OutboxTab(ConsoleTab):
    def __init__(
        self, worker: DbWorker, data_dir: Path, pump: MailPump | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, parent)
        self.data_dir, self.pump = data_dir, pump
        self.ui = Ui_OutboxTab()
        self.ui.setupUi(self)
        self.rows: list[OutboxRow] = []
        self.templates: dict[str, dict[str, dict[str, str]]] = {}
        self.settings = MailSettings()
        self._settings_shown = False
        self.state: ChoiceBox[str | None] = self.ui.outboxStatus
        self.state.set_choices(
            [(self.tr("All messages"), None)]
            + [(words.word("outbox", s), s) for s in notifications.OUTBOX_STATES]
        )
        self.table = self.ui.outboxTable
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.template_status: ChoiceBox[ReturnStatus] = self.ui.templateStatus
        self.template_status.set_choices((words.word("status", s.value), s) for s in ReturnStatus)
        self.template_locale: ChoiceBox[str] = self.ui.templateLocale
        self.template_locale.set_choices([("English", "en"), ("한국어 (Korean)", "ko")])
        self.security: ChoiceBox[str] = self.ui.mailSecurity
        self.security.set_choices([(self.tr("None"), "none"), ("STARTTLS", "starttls"), ("SSL/TLS", "ssl")])
        self.ui.templateSplit.setSizes([500, 400])
        self.state.currentIndexChanged.connect(lambda _: self.refresh())
        self.ui.outbox_refresh.clicked.connect(self.refresh)
        self.ui.outbox_resend.clicked.connect(self.resend)
        self.ui.outbox_send_now.clicked.connect(self.send_now)
        self.ui.outbox_send_now.setEnabled(pump is not None)
        self.template_status.currentIndexChanged.connect(lambda _: self.show_template())
        self.template_locale.currentIndexChanged.connect(lambda _: self.show_template())
        self.ui.template_preview.clicked.connect(self.preview)
        self.ui.template_default.clicked.connect(self.default_template)
        self.ui.template_save.clicked.connect(self.save_template)
        self.ui.mail_save.clicked.connect(self.save_settings)
        if pump is not None:
            pump.passed.connect(self._on_pass)

    # --- messages ---
    def refresh(self) -> None:
        actor, state = self.current_actor(), self.state.value()

        def load(
            s: object,
        ) -> tuple[list[OutboxRow], dict[str, int], dict[str, dict[str, dict[str, str]]], MailSettings]:
            from sqlalchemy.orm import Session

            assert isinstance(s, Session)
            return (
                notifications.outbox(s, actor, state),
                notifications.counts(s, actor),
                notifications.templates(s),
                mail_sender.mail_settings(s),
            )

        self.read(load, self._loaded)

    def _loaded(self, loaded: Loaded) -> None:
        self.rows, counts, self.templates, settings = loaded
        self.ui.outboxCounts.setText(
            " · ".join(f"{formats.number(n)} {words.word('outbox', state)}" for state, n in counts.items())
        )
        fill(
            self.table,
            [
                [
                    formats.moment(r.created_at, seconds=False),
                    words.word("outbox", r.status),
                    r.recipient,
                    r.locale,
                    words.word("status", r.template),
                    r.rma or "",
                    str(r.attempts),
                    f"{r.next_attempt_at:%H:%M:%S}" if r.status == "queued" else "",
                    r.error or "",
                ]
                for r in self.rows
            ],
            [FAILED_TINT if r.status == "failed" else None for r in self.rows],
        )
        if not self._settings_shown:  # later loads leave what a person may be typing alone
            self.show_template()
            self.show_settings(settings)

    def selected(self) -> list[OutboxRow]:
        picked = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[i] for i in picked if 0 <= i < len(self.rows)]

    def resend(self) -> None:
        rows = [r for r in self.selected() if r.status in ("failed", "sent")]
        if not rows:
            self.message.emit(self.tr("Select failed or sent messages to send again."), True)
            return
        actor, ids = self.current_actor(), [r.id for r in rows]

        def go(answer: Answer) -> None:
            self.act(
                lambda s: notifications.resend(s, actor, ids, answer.reason),
                lambda n: self.tr("{0} message(s) queued again.").format(n),
            )

        self.ask(
            self.tr("Resend"),
            self.tr(
                "Queue {0} message(s) again ({1}). A message sent before goes again with the same Message-ID."
            ).format(len(ids), ", ".join(r.recipient for r in rows[:3]) + ("…" if len(rows) > 3 else "")),
            go,
            ok_text=self.tr("Resend"),
        )

    def send_now(self) -> None:
        if self.pump is not None:
            self.message.emit(self.tr("Sending what is due…"), False)
            self.pump.send_now()

    def _on_pass(self, said: str, failed: bool) -> None:
        self.message.emit(said, failed)
        if self.actor is not None:
            self.refresh()

    # --- templates ---
    def _key(self) -> tuple[ReturnStatus, str]:
        return self.template_status.value(), self.template_locale.value()

    def show_template(self) -> None:
        status, locale = self._key()
        template = self.templates.get(status.value, {}).get(locale) or notifications.default_template(
            status, locale
        )
        self._put(template)

    def _put(self, template: dict[str, str]) -> None:
        self.ui.templateSubject.setText(template.get("subject", ""))
        self.ui.templateText.setPlainText(template.get("text", ""))
        self.ui.templateHtml.setPlainText(template.get("html", ""))

    def _draft(self) -> dict[str, str]:
        return {
            "subject": self.ui.templateSubject.text(),
            "text": self.ui.templateText.toPlainText(),
            "html": self.ui.templateHtml.toPlainText(),
        }

    def default_template(self) -> None:
        self._put(notifications.default_template(*self._key()))

    def preview(self) -> None:
        actor, (status, locale), draft, shop = (
            self.current_actor(),
            self._key(),
            self._draft(),
            self.settings.shop_name,
        )
        self.read(lambda s: notifications.preview(s, actor, status, locale, draft, shop), self._show_preview)

    def _show_preview(self, rendered: Rendered) -> None:
        self.ui.templatePreview.setHtml(
            f"<p><b>{self.tr('To:')}</b> {rendered.to}<br><b>{self.tr('Subject:')}</b> {rendered.subject}</p>"
            f"<hr>{rendered.html}"
        )

    def save_template(self) -> None:
        actor, (status, locale), draft = self.current_actor(), self._key(), self._draft()
        self.act(
            lambda s: notifications.save_template(
                s, actor, status, locale, draft["subject"], draft["text"], draft["html"]
            ),
            self.tr("The {0} e-mail in {1} is saved: messages sent from now on use it.").format(
                words.word("status", status.value), locale
            ),
        )

    # --- sending ---
    def set_actor(self, actor: Actor) -> None:
        super().set_actor(actor)
        self._settings_shown = False

    def show_settings(self, settings: MailSettings) -> None:
        self.settings = settings
        self._settings_shown = True
        ui = self.ui
        ui.mailEnabled.setChecked(settings.enabled)
        ui.mailHost.setText(settings.host)
        ui.mailPort.setValue(settings.port)
        self.security.select_value(settings.security)
        ui.mailUser.setText(settings.user)
        ui.mailFrom.setText(settings.from_address)
        ui.mailShop.setText(settings.shop_name)
        ui.mailAddress.setPlainText(settings.return_address)

    def form_settings(self) -> MailSettings:
        ui = self.ui
        return MailSettings(
            enabled=ui.mailEnabled.isChecked(),
            host=ui.mailHost.text().strip(),
            port=ui.mailPort.value(),
            security=self.security.value(),
            user=ui.mailUser.text().strip(),
            from_address=ui.mailFrom.text().strip(),
            shop_name=ui.mailShop.text().strip() or "Returns Desk",
            return_address=ui.mailAddress.toPlainText().strip(),
        )

    def save_settings(self) -> None:
        actor, settings, password = self.current_actor(), self.form_settings(), self.ui.mailPassword.text()
        data_dir = self.data_dir
        self.ui.mailPassword.clear()

        def save(s: Session) -> str:
            mail_sender.save_settings(s, actor, settings)
            if password and settings.user:
                return mail_secret.store_password(data_dir, settings.user, password)
            return ""

        def saved(where: str) -> str:
            self.settings = settings
            kept = (
                " "
                + self.tr("The password is kept in {0}.").format(
                    self.tr("the system keyring") if where == "keyring" else where
                )
                if where
                else ""
            )
            self.ui.mailNote.setText(
                (self.tr("E-mail is on.") if settings.enabled else self.tr("E-mail is off: messages wait."))
                + kept
            )
            return self.tr("E-mail settings saved.") + kept

        self.act(save, saved)
