"""The Integrations tab: importing the shop platforms' exports (the Import dialog), this station's watched
folder, and the webhooks (endpoints, and the deliveries that have not gone out, with Send again)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from returns_desk.domain.vocab import Role
from returns_desk.gui import formats
from returns_desk.gui.console.base import ConsoleTab, fill
from returns_desk.gui.console.import_dialog import ImportDialog
from returns_desk.gui.worker import DbWorker
from returns_desk.services import folder_import, webhooks
from returns_desk.services.results import Actor

FAILING_TINT = QColor("#fdecea")


@dataclass(frozen=True, slots=True)
class Loaded:
    folder: Path | None
    endpoints: list[webhooks.EndpointRow]
    failing: list[webhooks.FailingRow]


class EndpointDialog(QDialog):
    """Add or change a webhook endpoint: name, address, the event kinds it wants, its shared secret."""

    def __init__(self, parent: QWidget, row: webhooks.EndpointRow | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endpointDialog")
        self.setWindowTitle(self.tr("Webhook endpoint"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.name = QLineEdit(row.name if row else "")
        self.name.setObjectName("endpointName")
        self.name.setReadOnly(row is not None)
        self.url = QLineEdit(row.url if row else "")
        self.url.setObjectName("endpointUrl")
        self.url.setPlaceholderText("https://erp.example.com/hooks/returns")
        self.kinds = QLineEdit(", ".join(row.kinds) if row else "return.*")
        self.kinds.setObjectName("endpointKinds")
        self.kinds.setToolTip(
            self.tr("Event kinds, comma-separated: return.received, return.* (every return event), *")
        )
        self.secret = QLineEdit("")
        self.secret.setObjectName("endpointSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(
            self.tr("leave empty: a new one is made") if row is None else self.tr("leave empty: unchanged")
        )
        self.active = QCheckBox(self.tr("Send events to it"))
        self.active.setObjectName("endpointActive")
        self.active.setChecked(row.active if row else True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("Event kinds"), self.kinds)
        form.addRow(self.tr("Shared secret"), self.secret)
        form.addRow("", self.active)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("endpointButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class IntegrationsTab(ConsoleTab):
    def __init__(self, worker: DbWorker, station: str, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("integrationsTab")
        self.station = station
        self.endpoint_rows: list[webhooks.EndpointRow] = []
        self.failing_rows: list[webhooks.FailingRow] = []
        self.import_dialog: ImportDialog | None = None
        self.endpoint_dialog: EndpointDialog | None = None

        imports_box = QGroupBox(self.tr("Return requests from the shop platforms"))
        self.import_button = QPushButton(self.tr("&Import returns…"))
        self.import_button.setObjectName("importReturns")
        self.import_button.setToolTip(
            self.tr("Shopify, BigCommerce, Loop, AfterShip Returns or Returns Desk's own format")
        )
        self.folder = QLineEdit()
        self.folder.setObjectName("watchedFolder")
        self.folder.setPlaceholderText(self.tr("No folder watched"))
        self.folder.setAccessibleName(self.tr("Watched folder"))
        self.folder_save = QPushButton(self.tr("Watch this folder"))
        self.folder_save.setObjectName("watchFolder")
        self.folder_hint = QLabel(
            self.tr(
                "Files dropped there are imported by this station and moved to done/ or, with their problems "
                "listed, to failed/."
            )
        )
        self.folder_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addSpacing(24)
        row.addWidget(QLabel(self.tr("Watched folder:")))
        row.addWidget(self.folder, 1)
        row.addWidget(self.folder_save)
        box = QVBoxLayout(imports_box)
        box.addLayout(row)
        box.addWidget(self.folder_hint)

        hooks_box = QGroupBox(self.tr("Webhooks: events sent as they happen"))
        self.endpoints = QTableWidget(0, 5)
        self.endpoints.setObjectName("webhookEndpoints")
        self.endpoints.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Address"),
                self.tr("Event kinds"),
                self.tr("On"),
                self.tr("Waiting / failing"),
            ]
        )
        self.failing = QTableWidget(0, 6)
        self.failing.setObjectName("webhookFailing")
        self.failing.setHorizontalHeaderLabels(
            [
                self.tr("Endpoint"),
                self.tr("Event"),
                self.tr("Subject"),
                self.tr("Attempts"),
                self.tr("Next try"),
                self.tr("Error"),
            ]
        )
        for table in (self.endpoints, self.failing):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.add_endpoint = QPushButton(self.tr("Add endpoint…"))
        self.add_endpoint.setObjectName("addEndpoint")
        self.edit_endpoint = QPushButton(self.tr("Change…"))
        self.edit_endpoint.setObjectName("editEndpoint")
        self.resend = QPushButton(self.tr("Send again now"))
        self.resend.setObjectName("resendWebhooks")
        self.failing_label = QLabel(self.tr("Deliveries not taken yet:"))
        buttons = QHBoxLayout()
        for b in (self.add_endpoint, self.edit_endpoint):
            buttons.addWidget(b)
        buttons.addStretch(1)
        hooks = QVBoxLayout(hooks_box)
        hooks.addWidget(self.endpoints, 1)
        hooks.addLayout(buttons)
        hooks.addWidget(self.failing_label)
        hooks.addWidget(self.failing, 2)
        resend_row = QHBoxLayout()
        resend_row.addStretch(1)
        resend_row.addWidget(self.resend)
        hooks.addLayout(resend_row)

        layout = QVBoxLayout(self)
        layout.addWidget(imports_box)
        layout.addWidget(hooks_box, 1)

        self.import_button.clicked.connect(self.open_import)
        self.folder_save.clicked.connect(self.save_folder)
        self.add_endpoint.clicked.connect(lambda: self.open_endpoint(None))
        self.edit_endpoint.clicked.connect(self._edit_selected)
        self.resend.clicked.connect(self.send_again)

    def set_actor(self, actor: Actor) -> None:
        super().set_actor(actor)
        admin = actor.role.at_least(Role.ADMIN)  # endpoints are an admin's; failed deliveries a supervisor's
        for button in (self.add_endpoint, self.edit_endpoint):
            button.setEnabled(admin)
            button.setToolTip("" if admin else self.tr("An admin adds and changes endpoints"))

    # --- loading ---
    def refresh(self) -> None:
        if self.actor is None:
            return
        station = self.station

        def load(s: Session) -> Loaded:
            return Loaded(folder_import.folder_of(s, station), webhooks.endpoints(s), webhooks.failing(s))

        self.read(load, self._loaded)

    def _loaded(self, loaded: Loaded) -> None:
        if not self.folder.hasFocus():
            self.folder.setText(str(loaded.folder) if loaded.folder else "")
        self.endpoint_rows, self.failing_rows = loaded.endpoints, loaded.failing
        fill(
            self.endpoints,
            [
                [
                    r.name,
                    r.url,
                    ", ".join(r.kinds),
                    self.tr("yes") if r.active else self.tr("no"),
                    f"{formats.number(r.pending)} / {formats.number(r.failing)}",
                ]
                for r in loaded.endpoints
            ],
            [FAILING_TINT if r.failing else None for r in loaded.endpoints],
        )
        fill(
            self.failing,
            [
                [
                    r.endpoint,
                    r.kind,
                    r.subject,
                    str(r.attempts),
                    formats.moment(r.next_attempt_at),
                    r.last_error,
                ]
                for r in loaded.failing
            ],
        )
        self.failing_label.setText(
            self.tr(
                "Deliveries not taken yet: {0} (tried again with a growing wait; "
                "“Send again now” tries the selected ones at once)."
            ).format(formats.number(len(loaded.failing)))
        )

    # --- importing ---
    def open_import(self) -> None:
        dialog = ImportDialog(self)
        dialog.imported.connect(self.acted.emit)
        dialog.finished.connect(lambda _code: self._forget_import(dialog))
        self.import_dialog = dialog
        dialog.open()

    def _forget_import(self, dialog: ImportDialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None
        dialog.deleteLater()

    def save_folder(self) -> None:
        actor, station, text = self.current_actor(), self.station, self.folder.text().strip()

        def done(folder: Path | None) -> str:
            if folder is None:
                return self.tr("This station watches no folder now.")
            return self.tr("This station imports the files dropped into {0}.").format(folder)

        self.act(lambda s: folder_import.set_folder(s, actor, station, text or None), done)

    # --- webhooks ---
    def _selected(self, table: QTableWidget) -> list[int]:
        return sorted({i.row() for i in table.selectionModel().selectedRows()})

    def _edit_selected(self) -> None:
        rows = self._selected(self.endpoints)
        if not rows:
            self.message.emit(self.tr("Select the endpoint to change."), True)
            return
        self.open_endpoint(self.endpoint_rows[rows[0]])

    def open_endpoint(self, row: webhooks.EndpointRow | None) -> None:
        dialog = EndpointDialog(self, row)
        dialog.accepted.connect(lambda: self._save_endpoint(dialog))
        dialog.finished.connect(lambda _code: self._forget_endpoint(dialog))
        self.endpoint_dialog = dialog
        dialog.open()

    def _forget_endpoint(self, dialog: EndpointDialog) -> None:
        if self.endpoint_dialog is dialog:
            self.endpoint_dialog = None
        dialog.deleteLater()

    def _save_endpoint(self, dialog: EndpointDialog) -> None:
        actor = self.current_actor()
        name, url, kinds = dialog.name.text(), dialog.url.text(), dialog.kinds.text()
        secret, active = dialog.secret.text() or None, dialog.active.isChecked()
        new = not dialog.name.isReadOnly()

        def done(made: str) -> str:
            if new and secret is None:
                return self.tr("Endpoint {0} saved. Its shared secret (give it to the receiver): {1}").format(
                    name, made
                )
            return self.tr("Endpoint {0} saved.").format(name)

        self.act(
            lambda s: webhooks.save_endpoint(s, actor, name, url, kinds, secret=secret, active=active), done
        )

    def send_again(self) -> None:
        rows = self._selected(self.failing)
        if not rows:
            self.message.emit(self.tr("Select the deliveries to send again."), True)
            return
        actor, ids = self.current_actor(), [self.failing_rows[i].id for i in rows]
        self.act(
            lambda s: webhooks.resend(s, actor, ids),
            lambda n: self.tr("{0} delivery(ies) will be tried now.").format(n),
        )
