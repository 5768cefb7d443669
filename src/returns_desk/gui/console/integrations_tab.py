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
        self.setWindowTitle("Webhook endpoint")
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
            "Event kinds, comma-separated: return.received, return.* (every return event), *"
        )
        self.secret = QLineEdit("")
        self.secret.setObjectName("endpointSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(
            "leave empty: a new one is made" if row is None else "leave empty: unchanged"
        )
        self.active = QCheckBox("Send events to it")
        self.active.setObjectName("endpointActive")
        self.active.setChecked(row.active if row else True)
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Address", self.url)
        form.addRow("Event kinds", self.kinds)
        form.addRow("Shared secret", self.secret)
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

        imports_box = QGroupBox("Return requests from the shop platforms")
        self.import_button = QPushButton("&Import returns…")
        self.import_button.setObjectName("importReturns")
        self.import_button.setToolTip(
            "Shopify, BigCommerce, Loop, AfterShip Returns or Returns Desk's own format"
        )
        self.folder = QLineEdit()
        self.folder.setObjectName("watchedFolder")
        self.folder.setPlaceholderText("No folder watched")
        self.folder.setAccessibleName("Watched folder")
        self.folder_save = QPushButton("Watch this folder")
        self.folder_save.setObjectName("watchFolder")
        self.folder_hint = QLabel(
            "Files dropped there are imported by this station and moved to done/ or, with their problems "
            "listed, to failed/."
        )
        self.folder_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addSpacing(24)
        row.addWidget(QLabel("Watched folder:"))
        row.addWidget(self.folder, 1)
        row.addWidget(self.folder_save)
        box = QVBoxLayout(imports_box)
        box.addLayout(row)
        box.addWidget(self.folder_hint)

        hooks_box = QGroupBox("Webhooks: events sent as they happen")
        self.endpoints = QTableWidget(0, 5)
        self.endpoints.setObjectName("webhookEndpoints")
        self.endpoints.setHorizontalHeaderLabels(
            ["Name", "Address", "Event kinds", "On", "Waiting / failing"]
        )
        self.failing = QTableWidget(0, 6)
        self.failing.setObjectName("webhookFailing")
        self.failing.setHorizontalHeaderLabels(
            ["Endpoint", "Event", "Subject", "Attempts", "Next try", "Error"]
        )
        for table in (self.endpoints, self.failing):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.add_endpoint = QPushButton("Add endpoint…")
        self.add_endpoint.setObjectName("addEndpoint")
        self.edit_endpoint = QPushButton("Change…")
        self.edit_endpoint.setObjectName("editEndpoint")
        self.resend = QPushButton("Send again now")
        self.resend.setObjectName("resendWebhooks")
        self.failing_label = QLabel("Deliveries not taken yet:")
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
            button.setToolTip("" if admin else "An admin adds and changes endpoints")

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
                    "yes" if r.active else "no",
                    f"{r.pending:,} / {r.failing:,}",
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
                    f"{r.next_attempt_at:%Y-%m-%d %H:%M:%S}",
                    r.last_error,
                ]
                for r in loaded.failing
            ],
        )
        self.failing_label.setText(
            f"Deliveries not taken yet: {len(loaded.failing):,} (tried again with a growing wait; "
            "“Send again now” tries the selected ones at once)."
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
                return "This station watches no folder now."
            return f"This station imports the files dropped into {folder}."

        self.act(lambda s: folder_import.set_folder(s, actor, station, text or None), done)

    # --- webhooks ---
    def _selected(self, table: QTableWidget) -> list[int]:
        return sorted({i.row() for i in table.selectionModel().selectedRows()})

    def _edit_selected(self) -> None:
        rows = self._selected(self.endpoints)
        if not rows:
            self.message.emit("Select the endpoint to change.", True)
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
                return f"Endpoint {name} saved. Its shared secret (give it to the receiver): {made}"
            return f"Endpoint {name} saved."

        self.act(
            lambda s: webhooks.save_endpoint(s, actor, name, url, kinds, secret=secret, active=active), done
        )

    def send_again(self) -> None:
        rows = self._selected(self.failing)
        if not rows:
            self.message.emit("Select the deliveries to send again.", True)
            return
        actor, ids = self.current_actor(), [self.failing_rows[i].id for i in rows]
        self.act(lambda s: webhooks.resend(s, actor, ids), lambda n: f"{n} delivery(ies) will be tried now.")
