"""The audit trail tab: every event about a unit, return, user or station, and its CSV export."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from returns_desk.gui import file_dialogs, formats, words
from returns_desk.gui.choice_box import ChoiceBox
from returns_desk.gui.console.base import ConsoleTab, fill, fit_columns
from returns_desk.gui.forms.ui_audit_tab import Ui_AuditTab
from returns_desk.gui.worker import DbWorker
from returns_desk.services import audit


class AuditTab(ConsoleTab):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.rows: list[audit.AuditRow] = []
        self.ui = Ui_AuditTab()
        self.ui.setupUi(self)
        self.subject: ChoiceBox[str] = self.ui.auditSubject
        self.subject.set_choices((words.word("subject", s), s) for s in audit.SUBJECTS)
        self.key = self.ui.auditKey
        self.kind = self.ui.auditKind
        self.show_button = self.ui.auditShow
        self.export = self.ui.auditExport
        self.file_dialog: QFileDialog | None = None
        self.table = fit_columns(self.ui.auditTable)
        self.show_button.clicked.connect(self.load)
        self.key.returnPressed.connect(self.load)
        self.export.clicked.connect(self.export_dialog)

    def show_subject(self, subject: str, key: str) -> None:
        self.subject.select_value(subject)
        self.key.setText(key)
        self.load()

    def load(self) -> None:
        actor = self.current_actor()
        f = audit.AuditFilter(self.subject.value(), self.key.text(), self.kind.text().strip())
        self.read(lambda s: audit.trail(s, actor, f), self._show)

    def _show(self, rows: list[audit.AuditRow]) -> None:
        self.rows = rows
        fill(
            self.table,
            [
                [
                    formats.moment(r.occurred_at),
                    r.kind,
                    r.subject,
                    r.user or "",
                    r.station or "",
                    json.dumps(r.payload, ensure_ascii=False),
                ]
                for r in rows
            ],
        )

    def export_to(self, path: Path) -> int:
        n = audit.export_csv(self.rows, path)
        self.message.emit(self.tr("{0} events written to {1}").format(formats.number(n), path.name), False)
        return n

    def export_dialog(self) -> None:
        """Choose where the CSV goes (Qt's own dialog, opened without blocking the screen)."""
        self.file_dialog = file_dialogs.save_dialog(
            self,
            self.tr("Export audit trail"),
            Path.home() / "audit.csv",
            self.tr("CSV files (*.csv)"),
            "csv",
            self._export_chosen,
        )
        self.file_dialog.setObjectName("auditExportDialog")

    def _export_chosen(self, name: str) -> None:
        self.file_dialog = None
        try:
            self.export_to(Path(name))
        except OSError as exc:
            self.message.emit(self.tr("Could not write {0}: {1}").format(name, exc.strerror or exc), True)
