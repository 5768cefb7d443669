"""What every console tab shares: the actor, messages, the DB worker, action dialogs, and small table helpers."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from returns_desk.domain.money import DEFAULT_CURRENCY
from returns_desk.gui import file_dialogs
from returns_desk.gui.action_dialog import ActionDialog, Answer, Number
from returns_desk.gui.worker import DbWorker
from returns_desk.services.results import Actor


def any_choice() -> str:
    """The first choice of a list's filter: no filter."""
    return QCoreApplication.translate("Console", "Any")


def details_text(details: dict[str, Any]) -> str:
    """An exception's details as a person reads them: "why: outside the return window; rule: fallback"."""
    parts = []
    for key, value in details.items():
        if value in (None, "", [], {}):
            continue
        shown = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
        parts.append(f"{key.replace('_', ' ')}: {shown.replace('_', ' ')}")
    return "; ".join(parts) or json.dumps(details, ensure_ascii=False)


def days_utc(first: QDate, last: QDate) -> tuple[datetime, datetime]:
    """From the start of ``first`` to the end of ``last``, in UTC (a list's date filter)."""
    after = last.addDays(1)
    return (
        datetime(first.year(), first.month(), first.day(), tzinfo=UTC),
        datetime(after.year(), after.month(), after.day(), tzinfo=UTC),
    )


def search_as_you_type(owner: QWidget, field: QLineEdit, apply: Callable[[], None]) -> QTimer:
    """``apply`` a quarter of a second after the typing stops, or at once on Enter; the timer is returned so
    that applying for another reason can stop it."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(250)
    timer.timeout.connect(apply)
    field.textChanged.connect(lambda _: timer.start())
    field.returnPressed.connect(apply)
    return timer


def fit_columns(table: QTableWidget) -> QTableWidget:
    """Columns as wide as their contents (a Designer form cannot say so; its tables get it here)."""
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill(table: QTableWidget, rows: list[list[str]], tints: list[QColor | None] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            tint = tints[r] if tints else None
            if tint is not None:
                item.setBackground(tint)
            table.setItem(r, c, item)


class ConsoleTab(QWidget):
    message = Signal(str, bool)  # text, is_error
    acted = Signal()  # an action was saved

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.actor: Actor | None = None
        self.dialog: ActionDialog | None = None  # the action dialog open now, if any
        self.file_dialog: QFileDialog | None = None  # the save dialog open now, if any
        self.currency = DEFAULT_CURRENCY

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor

    def clear(self) -> None:
        """Forget what the last person saw (the station was locked)."""
        self.actor = None
        if self.dialog is not None:
            self.dialog.reject()

    def refresh(self) -> None:
        """Reload what the tab shows (called when it becomes visible)."""

    def ask(
        self,
        title: str,
        what_happens: str,
        on_answer: Callable[[Answer], None],
        *,
        pickers: Sequence[tuple[str, Sequence[tuple[str, Any]]]] = (),
        number: Number | None = None,
        secret_label: str | None = None,
        reason_required: bool = True,
        ok_text: str = "",
    ) -> ActionDialog:
        """Open the action's dialog (window-modal, the screen keeps running); ``on_answer`` runs on OK."""
        if self.dialog is not None:
            self.dialog.reject()
        dialog = ActionDialog(
            self,
            title,
            what_happens,
            pickers=pickers,
            number=number,
            secret_label=secret_label,
            reason_required=reason_required,
            ok_text=ok_text,
        )
        dialog.answered.connect(on_answer)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: ActionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def save_dialog(
        self, title: str, name: str, kinds: str, suffix: str, chosen: Callable[[str], None]
    ) -> None:
        """Ask where to save (Qt's own dialog, window-modal); ``chosen`` gets the file's name."""
        self.file_dialog = file_dialogs.save_dialog(self, title, Path.home() / name, kinds, suffix, chosen)

    def open_dialog(self, title: str, kinds: str, chosen: Callable[[str], None]) -> None:
        """Ask which file to open (Qt's own dialog, window-modal); ``chosen`` gets the file's name."""
        self.file_dialog = file_dialogs.open_dialog(self, title, kinds, chosen)

    def current_actor(self) -> Actor:
        assert self.actor is not None, "console tabs act only for a logged-in supervisor"
        return self.actor

    def act(self, work: Callable[[Session], Any], done: str | Callable[[Any], str]) -> None:
        def on_done(result: Any) -> None:
            self.message.emit(done(result) if callable(done) else done, False)
            self.acted.emit()
            self.refresh()

        self.worker.submit(work, on_done, lambda m: self.message.emit(m, True))

    def read(self, work: Callable[[Session], Any], on_done: Callable[[Any], None]) -> None:
        self.worker.submit(work, on_done, lambda m: self.message.emit(m, True), read_only=True)
