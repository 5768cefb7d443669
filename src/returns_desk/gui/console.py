"""The supervisor console: queue, exceptions, rules, blind re-grades, audit trail and (for admins) users.

Every action goes through a service that checks the role itself; the console only decides what to show. Actions
ask for a reason through ``ask`` (a dialog by default), so tests and scripts can answer without a modal.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.vocab import Disposition, ExceptionKind, Grade, Role, UnitStatus
from returns_desk.gui.queue_model import QueueModel, age_text
from returns_desk.gui.worker import DbWorker
from returns_desk.services import (
    admin,
    audit,
    events,
    exceptions,
    regrade,
    rules_admin,
    supervision,
    sync,
)
from returns_desk.services import queue as queue_service
from returns_desk.services.queue import QueueFilter, QueueRow
from returns_desk.services.results import Actor

ANY = "Any"
Ask = Callable[[str, str, list[str] | None], tuple[str, str | None] | None]


def dialog_ask(parent: QWidget) -> Ask:
    """Ask for a reason (and a choice, if ``choices``) with standard dialogs; None when cancelled."""

    def ask(title: str, prompt: str, choices: list[str] | None) -> tuple[str, str | None] | None:
        choice = None
        if choices:
            choice, ok = QInputDialog.getItem(parent, title, "Choose", choices, 0, False)
            if not ok:
                return None
        reason, ok = QInputDialog.getText(parent, title, prompt)
        return (reason, choice) if ok else None

    return ask


def details_text(details: dict[str, Any]) -> str:
    """An exception's details as a person reads them: "why: outside the return window; rule: fallback"."""
    parts = []
    for key, value in details.items():
        if value in (None, "", [], {}):
            continue
        shown = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
        parts.append(f"{key.replace('_', ' ')}: {shown.replace('_', ' ')}")
    return "; ".join(parts) or json.dumps(details, ensure_ascii=False)


def _combo(values: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    for text, data in values:
        box.addItem(text, data)
    return box


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


def _fill(table: QTableWidget, rows: list[list[str]], tints: list[QColor | None] | None = None) -> None:
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

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.actor: Actor | None = None
        self.ask: Ask = dialog_ask(self)

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor

    def refresh(self) -> None:
        """Reload what the tab shows (called when it becomes visible)."""

    def _act(self, work: Callable[[Any], Any], done: str | Callable[[Any], str]) -> None:
        def on_done(result: Any) -> None:
            self.message.emit(done(result) if callable(done) else done, False)
            self.refresh()

        self.worker.submit(work, on_done, lambda m: self.message.emit(m, True))

    def _read(self, work: Callable[[Any], Any], on_done: Callable[[Any], None]) -> None:
        self.worker.submit(work, on_done, lambda m: self.message.emit(m, True), read_only=True)


# --- queue ---------------------------------------------------------------------------------------------------
class QueueTab(ConsoleTab):
    acted = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.model = QueueModel(worker, parent=self)
        self.view = QTableView()
        self.view.setObjectName("queueView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 135, 100, 210, 150, 150, 80, 120, 100, 100, 130)):
            self.view.setColumnWidth(column, width)

        self.text = QLineEdit()
        self.text.setObjectName("queueSearch")
        self.text.setPlaceholderText("RMA, order, tracking, customer e-mail or name, SKU, LPN")
        self.state = _combo(
            [(ANY, ()), ("Needs attention", ("received", "inspected", "awaiting_approval"))]
            + [(s.value.replace("_", " "), (s.value,)) for s in UnitStatus]
        )
        self.exception = _combo(
            [(ANY, None), ("Any open exception", "*")] + [(k.label, k.value) for k in ExceptionKind]
        )
        self.station = _combo([(ANY, None)])
        self.inspector = _combo([(ANY, None)])
        self.grade = _combo([(ANY, None)] + [(g.value, g.value) for g in Grade])
        self.disposition = _combo([(ANY, None)] + [(d.value.replace("_", " "), d.value) for d in Disposition])
        self.min_age = QDoubleSpinBox()
        self.min_age.setRange(0, 24 * 365)
        self.min_age.setSuffix(" h or older")
        self.use_dates = QCheckBox("Between")
        self.date_from = QDateEdit(QDate.currentDate().addDays(-7))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
        self.order = _combo([("Oldest first", False), ("Newest first", True)])
        self.count_label = QLabel("")
        self.count_label.setObjectName("queueCount")

        filters = QGridLayout()
        labelled = (
            ("Search", self.text),
            ("State", self.state),
            ("Exception", self.exception),
            ("Station", self.station),
            ("Inspector", self.inspector),
            ("Grade", self.grade),
            ("Disposition", self.disposition),
            ("Age", self.min_age),
            ("Order", self.order),
        )
        for i, (label, widget) in enumerate(labelled):
            filters.addWidget(QLabel(label), i // 5 * 2, i % 5)
            filters.addWidget(widget, i // 5 * 2 + 1, i % 5)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("and"))
        dates.addWidget(self.date_to)
        filters.addLayout(dates, 3, 4)

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text in (
            ("approve", "Approve"),
            ("change", "Change disposition…"),
            ("send_back", "Send back for re-inspection"),
            ("reject", "Reject return"),
            ("cancel", "Cancel return"),
            ("assign", "Assign…"),
            ("resolve", "Resolve exception…"),
            ("audit", "Audit trail"),
        ):
            button = QPushButton(text)
            button.setObjectName(f"queue_{key}")
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(lambda _: self._debounce.start())
        self.text.returnPressed.connect(self.apply_filter)
        for box in (
            self.state,
            self.exception,
            self.station,
            self.inspector,
            self.grade,
            self.disposition,
            self.order,
        ):
            box.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.min_age.editingFinished.connect(self.apply_filter)
        self.use_dates.toggled.connect(lambda _: self.apply_filter())
        self.date_from.dateChanged.connect(self._on_date)
        self.date_to.dateChanged.connect(self._on_date)
        self.model.counted.connect(self._on_counted)
        self.model.page_loaded.connect(self._on_page)
        self.model.failed.connect(lambda m: self.message.emit(m, True))
        self.buttons["approve"].clicked.connect(self.approve)
        self.buttons["change"].clicked.connect(self.change_disposition)
        self.buttons["send_back"].clicked.connect(self.send_back)
        self.buttons["reject"].clicked.connect(lambda: self.end_return(reject=True))
        self.buttons["cancel"].clicked.connect(lambda: self.end_return(reject=False))
        self.buttons["assign"].clicked.connect(self.assign)
        self.buttons["resolve"].clicked.connect(self.resolve)
        self.audit_requested = self.buttons["audit"].clicked
        self._people_loaded = False

    def set_actor(self, actor: Actor) -> None:
        super().set_actor(actor)
        if not self._people_loaded:
            self._read(queue_service.people, self._on_people)
        self.apply_filter()

    def _on_people(self, people: tuple[list[tuple[str, int]], list[tuple[str, int]]]) -> None:
        stations, inspectors = people
        for box, values in ((self.station, stations), (self.inspector, inspectors)):
            box.blockSignals(True)
            for name, id_ in values:
                box.addItem(name, id_)
            box.blockSignals(False)
        self._people_loaded = True

    def _on_date(self, _: QDate) -> None:
        if self.use_dates.isChecked():
            self.apply_filter()

    def current_filter(self) -> QueueFilter:
        exception = self.exception.currentData()
        f = QueueFilter(
            states=tuple(self.state.currentData() or ()),
            exception_kind=None if exception in (None, "*") else exception,
            only_exceptions=exception == "*",
            station_id=self.station.currentData(),
            inspector_id=self.inspector.currentData(),
            grade=self.grade.currentData(),
            disposition=self.disposition.currentData(),
            min_age_hours=self.min_age.value() or None,
            text=self.text.text().strip(),
            newest_first=bool(self.order.currentData()),
        )
        if self.use_dates.isChecked():
            first, last = self.date_from.date(), self.date_to.date().addDays(1)
            start = datetime(first.year(), first.month(), first.day(), tzinfo=UTC)
            end = datetime(last.year(), last.month(), last.day(), tzinfo=UTC)
            f = replace(f, received_from=start, received_to=end)
        return f

    def apply_filter(self) -> None:
        self.count_label.setText("Counting…")
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        self.model.refresh()

    def _on_page(self, rows: int) -> None:
        if self.model.total is None:
            self.count_label.setText(f"{rows:,} shown, counting…")

    def _on_counted(self, total: int) -> None:
        self.count_label.setText(f"{self.model.rowCount():,} shown of {total:,}")

    # --- actions ---
    def selected(self) -> QueueRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _need(self, kind: str = "unit") -> QueueRow | None:
        row = self.selected()
        if row is None or (kind == "unit" and row.kind != "unit"):
            self.message.emit(
                "Select a unit in the queue first." if kind == "unit" else "Select a row first.", True
            )
            return None
        return row

    def approve(self) -> None:
        row = self._need()
        answer = row and self.ask("Approve", f"Why approve {row.reference}?", None)
        if row and answer:
            actor, lpn, version = self._actor(), row.reference, row.version
            self._act(
                lambda s: supervision.approve(s, actor, lpn, answer[0], seen_version=version),
                lambda r: f"{lpn} approved: {r.chosen.value} → {r.destination}",
            )

    def change_disposition(self) -> None:
        row = self._need()
        choices = [d.value for d in Disposition]
        answer = row and self.ask("Change disposition", f"Why re-route {row.reference}?", choices)
        if row and answer and answer[1]:
            actor, lpn, version, to = self._actor(), row.reference, row.version, Disposition(answer[1])
            self._act(
                lambda s: supervision.change_disposition(s, actor, lpn, to, answer[0], seen_version=version),
                f"{lpn} re-routed to {to.value}",
            )

    def send_back(self) -> None:
        row = self._need()
        answer = row and self.ask("Send back", f"Why should {row.reference} be graded again?", None)
        if row and answer:
            actor, lpn, version = self._actor(), row.reference, row.version
            self._act(
                lambda s: supervision.send_back(s, actor, lpn, answer[0], seen_version=version),
                f"{lpn} sent back for re-inspection",
            )

    def end_return(self, *, reject: bool) -> None:
        row = self._need("any")
        if row is None or not row.rma:
            self.message.emit("That row has no return to act on.", True)
            return
        verb = "Reject" if reject else "Cancel"
        answer = self.ask(f"{verb} return", f"Why {verb.lower()} {row.rma}?", None)
        if answer:
            actor, rma = self._actor(), row.rma
            service = supervision.reject_return if reject else supervision.cancel_return
            self._act(lambda s: service(s, actor, rma, answer[0]), f"{rma}: {verb.lower()}ed")

    def _case_id(self, row: QueueRow) -> Callable[[Any], int]:
        """The exception a row stands for: the row itself, or the unit's oldest open one."""
        if row.kind == "exception":
            return lambda _session: row.id
        return lambda session: exceptions.oldest_open_for_unit(session, row.id, row.reference)

    def assign(self) -> None:
        row = self._need("any")
        answer = row and self.ask("Assign", "Badge of the person, then a reason: BADGE reason", None)
        if row and answer:
            badge, _, reason = answer[0].strip().partition(" ")
            actor, find = self._actor(), self._case_id(row)
            self._act(
                lambda s: supervision.assign(s, actor, find(s), badge, reason), lambda n: f"Assigned to {n}"
            )

    def resolve(self) -> None:
        row = self._need("any")
        answer = row and self.ask("Resolve exception", "How was it settled?", None)
        if row and answer:
            actor, find = self._actor(), self._case_id(row)
            self._act(lambda s: supervision.resolve(s, actor, find(s), answer[0]), "Exception resolved")

    def _actor(self) -> Actor:
        assert self.actor is not None
        return self.actor


# --- exceptions ----------------------------------------------------------------------------------------------
class ExceptionsTab(ConsoleTab):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.figures = QLabel("")
        self.figures.setObjectName("turnaround")
        self.counts = QLabel("")
        self.kind = _combo([(ANY, None)] + [(k.label, k) for k in ExceptionKind])
        self.table = _table(
            ["#", "Kind", "Age", "SLA", "RMA", "LPN / code", "Station", "Opened by", "Assigned to", "About"]
        )
        self.table.setObjectName("exceptionsTable")
        self.sla_button = QPushButton("Set SLA…")
        self.sla_button.setObjectName("setSla")
        top = QHBoxLayout()
        top.addWidget(QLabel("Kind"))
        top.addWidget(self.kind)
        top.addWidget(self.sla_button)
        top.addStretch(1)
        top.addWidget(self.counts)
        self.stations = _table(
            ["Station", "Shared database", "Waiting to send", "Conflicts", "Last sync", "Last heard"]
        )
        self.stations.setObjectName("stationsTable")
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel("Stations"))
        layout.addWidget(self.stations, 1)
        self.kind.currentIndexChanged.connect(lambda _: self.refresh())
        self.sla_button.clicked.connect(self.set_sla)
        self.rows: list[exceptions.ExceptionRow] = []

    def set_sla(self) -> None:
        """Change one kind's SLA: the answer is "HOURS reason", e.g. "12 the carrier collects twice a day"."""
        answer = self.ask(
            "Exception SLA",
            "Hours, then why (e.g. 12 carrier collects twice a day)",
            [k.value for k in ExceptionKind],
        )
        if not answer or not answer[1]:
            return
        hours_text, _, reason = answer[0].strip().partition(" ")
        try:
            hours = float(hours_text.replace(",", "."))
        except ValueError:
            self.message.emit(f"'{hours_text}' is not a number of hours.", True)
            return
        actor, kind = self.actor, ExceptionKind(answer[1])
        assert actor is not None
        self._act(
            lambda s: exceptions.set_sla_hours(s, actor, {kind: hours}, reason),
            f"SLA for {kind.label.lower()} set to {hours:g} h",
        )

    def refresh(self) -> None:
        kind = self.kind.currentData()

        def load(session: Any) -> tuple[Any, ...]:
            return (
                exceptions.open_exceptions(session, kind),
                exceptions.turnaround(session),
                exceptions.open_counts(session),
                sync.station_statuses(session),
            )

        self._read(load, self._show)

    def _show(self, loaded: tuple[Any, ...]) -> None:
        rows, figures, counts, stations = loaded
        self.rows = rows
        if figures.units:
            self.figures.setText(
                f"Receipt → disposition, last {figures.window_days} days ({figures.units:,} units): "
                f"median {figures.median_hours:.1f} h · P90 {figures.p90_hours:.1f} h"
            )
        else:
            self.figures.setText(f"No units reached a disposition in the last {figures.window_days} days.")
        self.counts.setText(" · ".join(f"{k.replace('_', ' ')} {n}" for k, n in sorted(counts.items())))
        now = events.now()
        _fill(
            self.table,
            [
                [
                    str(r.id),
                    r.kind.replace("_", " "),
                    age_text(r.opened_at, now),
                    f"{r.sla_hours:g} h" + (" — OVERDUE" if r.overdue else ""),
                    r.rma or "",
                    r.lpn or r.scanned_code or "",
                    r.station or "",
                    r.opened_by or "",
                    r.assigned_to or "",
                    r.description or details_text(r.details),
                ]
                for r in rows
            ],
            [QColor("#ffd6d6") if r.overdue else None for r in rows],
        )
        # A station that has not reported for two refresh periods is probably offline (it cannot say so).
        stale_after = 2 * sync.SyncedStore.REFRESH_S
        quiet = [(now - st.updated_at).total_seconds() > stale_after for st in stations]
        _fill(
            self.stations,
            [
                [
                    st.station,
                    "online" if st.online and not q else "not heard from" if q else "offline",
                    str(st.pending),
                    str(st.conflicts),
                    f"{st.last_sync:%Y-%m-%d %H:%M}" if st.last_sync else "never",
                    age_text(st.updated_at, now) + " ago",
                ]
                for st, q in zip(stations, quiet, strict=True)
            ],
            [
                QColor("#ffd6d6") if q or not st.online else None
                for st, q in zip(stations, quiet, strict=True)
            ],
        )


# --- rules ---------------------------------------------------------------------------------------------------
RULE_FIELDS = (
    ("id", "Id"),
    ("description", "Description"),
    ("disposition", "Disposition"),
    ("destination", "Destination"),
    ("grades", "Grades"),
    ("reasons", "Reasons"),
    ("categories", "Categories"),
    ("min_value_cents", "Min value ¢"),
    ("max_value_cents", "Max value ¢"),
    ("under_warranty", "Warranty"),
    ("min_age_days", "Min age d"),
    ("max_age_days", "Max age d"),
    ("requires_approval", "Approval"),
)
LISTS = ("grades", "reasons", "categories")
INTS = ("min_value_cents", "max_value_cents", "min_age_days", "max_age_days")


class RulesTab(ConsoleTab):
    what_if_done = Signal(object)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.base: dict[str, Any] = {}
        self.table = QTableWidget(0, len(RULE_FIELDS))
        self.table.setObjectName("rulesTable")
        self.table.setHorizontalHeaderLabels([label for _, label in RULE_FIELDS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(30)
        self.days.setSuffix(" days")
        self.result = QLabel("Edit the rules, then Check or What-if before publishing.")
        self.result.setObjectName("rulesResult")
        self.result.setWordWrap(True)
        self.history = _table(["Version", "Published", "By", "Rules", "Why"])
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("add", "Add rule"),
            ("remove", "Remove rule"),
            ("up", "Move up"),
            ("down", "Move down"),
            ("check", "Check"),
            ("what_if", "What-if over the last"),
        ):
            self.buttons[key] = QPushButton(text)
            buttons.addWidget(self.buttons[key])
        buttons.addWidget(self.days)
        self.buttons["publish"] = QPushButton("Publish…")
        buttons.addWidget(self.buttons["publish"])
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(QLabel("Published versions"))
        layout.addWidget(self.history, 1)
        self.buttons["add"].clicked.connect(self.add_rule)
        self.buttons["remove"].clicked.connect(lambda: self.table.removeRow(max(0, self.table.currentRow())))
        self.buttons["up"].clicked.connect(lambda: self._move(-1))
        self.buttons["down"].clicked.connect(lambda: self._move(1))
        self.buttons["check"].clicked.connect(self.check)
        self.buttons["what_if"].clicked.connect(self.what_if)
        self.buttons["publish"].clicked.connect(self.publish)

    def refresh(self) -> None:
        self._read(lambda s: (rules_admin.current_data(s), rules_admin.history(s)), self._load)

    def _load(self, loaded: tuple[dict[str, Any], list[rules_admin.VersionRow]]) -> None:
        data, history = loaded
        self.base = data
        self.set_rules(data["rules"])
        _fill(
            self.history,
            [
                [str(v.number), f"{v.published_at:%Y-%m-%d %H:%M}", v.published_by, str(v.rules), v.why]
                for v in history
            ],
        )

    def set_rules(self, rules: list[dict[str, Any]]) -> None:
        self.table.setRowCount(len(rules))
        for r, rule in enumerate(rules):
            for c, (key, _) in enumerate(RULE_FIELDS):
                value = rule.get(key)
                if key in LISTS:
                    text = ", ".join(value or [])
                elif value is None:
                    text = ""
                else:
                    text = str(value).lower() if isinstance(value, bool) else str(value)
                self.table.setItem(r, c, QTableWidgetItem(text))

    def draft(self) -> dict[str, Any]:
        rules = []
        for r in range(self.table.rowCount()):
            rule: dict[str, Any] = {}
            for c, (key, label) in enumerate(RULE_FIELDS):
                item = self.table.item(r, c)
                text = item.text().strip() if item else ""
                if key in LISTS:
                    rule[key] = [p.strip() for p in text.split(",") if p.strip()]
                elif key in INTS:
                    if text:
                        try:
                            rule[key] = int(text)
                        except ValueError:
                            raise ValidationFailed(f"Row {r + 1}: {label} must be a whole number.") from None
                elif key == "under_warranty":
                    if text:
                        rule[key] = text.lower() in ("yes", "true", "1")
                elif key == "requires_approval":
                    rule[key] = text.lower() in ("yes", "true", "1")
                else:
                    rule[key] = text
            rules.append(rule)
        return {**self.base, "rules": rules}

    def add_rule(self) -> None:
        row = max(0, self.table.currentRow())
        self.table.insertRow(row)
        for c, value in enumerate(["new-rule", "", "refurbish", "REFURB"]):
            self.table.setItem(row, c, QTableWidgetItem(value))

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rules = self.draft()["rules"]
        rules[row], rules[target] = rules[target], rules[row]
        self.set_rules(rules)
        self.table.selectRow(target)

    def _checked(self) -> rules_admin.DraftCheck | None:
        try:
            return rules_admin.check_draft(self.draft())
        except ValidationFailed as exc:
            self.result.setText(f"Not valid: {exc}")
            self.message.emit(str(exc), True)
            return None

    def check(self) -> None:
        checked = self._checked()
        if checked is not None:
            warnings = "; ".join(checked.warnings)
            self.result.setText(
                f"Valid: {len(checked.policy.rules)} rules." + (f" Warnings: {warnings}" if warnings else "")
            )

    def what_if(self) -> None:
        checked = self._checked()
        if checked is None:
            return
        days, draft = self.days.value(), checked.policy
        self.result.setText("Running the draft over recent inspections…")
        self._read(lambda s: rules_admin.what_if(s, draft, days), self._on_what_if)

    def _on_what_if(self, result: rules_admin.WhatIf) -> None:
        moves = ", ".join(f"{a} → {b}: {n:,}" for a, b, n in result.transitions[:6]) or "none"
        delta = result.recovered_delta_cents / 100
        self.result.setText(
            f"Over the last {result.days} days, {result.changed:,} of {result.units:,} units would change "
            f"disposition ({moves}). Recovered value {result.recovered_before_cents / 100:,.2f} → "
            f"{result.recovered_after_cents / 100:,.2f} ({delta:+,.2f})."
            + (" Only the newest inspections were read." if result.truncated else "")
        )
        self.what_if_done.emit(result)

    def publish(self) -> None:
        checked = self._checked()
        if checked is None:
            return
        answer = self.ask("Publish rules", "Why do the rules change?", None)
        if answer:
            actor, data = self.actor, self.draft()
            assert actor is not None
            self._act(
                lambda s: rules_admin.publish(s, actor, data, answer[0]),
                lambda n: f"Rules version {n} published",
            )


# --- blind re-grade ------------------------------------------------------------------------------------------
class RegradeTab(ConsoleTab):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.item: regrade.BlindItem | None = None
        self.unit = QLabel("")
        self.unit.setObjectName("regradeUnit")
        self.unit.setWordWrap(True)
        self.grade = _combo([(g.label, g) for g in Grade])
        self.save = QPushButton("Save blind grade")
        self.share = QSpinBox()
        self.share.setRange(0, 100)
        self.share.setSuffix(" % of units")
        self.share_button = QPushButton("Set share…")
        self.figures = QLabel("")
        self.figures.setObjectName("agreement")
        self.table = _table(["Inspector", "Re-graded", "Agreed", "Agreement"])
        row = QHBoxLayout()
        row.addWidget(self.grade)
        row.addWidget(self.save)
        row.addStretch(1)
        row.addWidget(QLabel("Blind re-grade share"))
        row.addWidget(self.share)
        row.addWidget(self.share_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unit)
        layout.addLayout(row)
        layout.addWidget(self.figures)
        layout.addWidget(self.table, 1)
        self.save.clicked.connect(self.save_grade)
        self.share_button.clicked.connect(self.set_share)

    def refresh(self) -> None:
        actor = self.actor
        assert actor is not None
        self._read(
            lambda s: (regrade.next_for(s, actor), regrade.agreement(s), regrade.share_percent(s)), self._show
        )

    def _show(self, loaded: tuple[Any, ...]) -> None:
        item, figures, share = loaded
        self.item = item
        self.share.setValue(share)
        if item is None:
            self.unit.setText("No unit waits for a blind re-grade by you.")
        else:
            comment = f" — customer: “{item.customer_comment}”" if item.customer_comment else ""
            self.unit.setText(
                f"{item.lpn}: {item.product} ({item.sku}, {item.category}), returned as {item.reason}{comment}. "
                "Grade it as you see it; the first grade is hidden."
            )
        self.save.setEnabled(item is not None)
        rate = f"{figures.overall_rate:.0%}" if figures.overall_rate is not None else "—"
        self.figures.setText(
            f"Agreement overall {rate} over {figures.overall_regraded:,} re-grades; {figures.pending:,} waiting."
        )
        _fill(
            self.table,
            [
                [r.inspector, str(r.regraded), str(r.agreed), f"{r.rate:.0%}" if r.rate is not None else "—"]
                for r in figures.by_inspector
            ],
        )

    def save_grade(self) -> None:
        if self.item is None:
            return
        actor, item, grade = self.actor, self.item, self.grade.currentData()
        assert actor is not None
        self._act(
            lambda s: regrade.record(s, actor, item.regrade_id, grade),
            lambda agreed: f"{item.lpn}: saved ({'agrees' if agreed else 'differs from'} the first grade)",
        )

    def set_share(self) -> None:
        answer = self.ask("Blind re-grade share", "Why change the share?", None)
        if answer:
            actor, percent = self.actor, self.share.value()
            assert actor is not None
            self._act(
                lambda s: regrade.set_share_percent(s, actor, percent, answer[0]), f"Share set to {percent}%"
            )


# --- audit ---------------------------------------------------------------------------------------------------
class AuditTab(ConsoleTab):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.rows: list[audit.AuditRow] = []
        self.subject = _combo([(s, s) for s in audit.SUBJECTS])
        self.key = QLineEdit()
        self.key.setObjectName("auditKey")
        self.key.setPlaceholderText("LPN, RMA, badge or station")
        self.kind = QLineEdit()
        self.kind.setPlaceholderText("event kind starts with… (optional)")
        self.show_button = QPushButton("Show")
        self.export = QPushButton("Export CSV…")
        self.table = _table(["When (UTC)", "Event", "Subject", "User", "Station", "Details"])
        self.table.setObjectName("auditTable")
        top = QHBoxLayout()
        for widget in (self.subject, self.key, self.kind, self.show_button, self.export):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.show_button.clicked.connect(self.load)
        self.key.returnPressed.connect(self.load)
        self.export.clicked.connect(self.export_dialog)

    def show_subject(self, subject: str, key: str) -> None:
        self.subject.setCurrentIndex(self.subject.findData(subject))
        self.key.setText(key)
        self.load()

    def load(self) -> None:
        actor = self.actor
        assert actor is not None
        f = audit.AuditFilter(self.subject.currentData(), self.key.text(), self.kind.text().strip())
        self._read(lambda s: audit.trail(s, actor, f), self._show)

    def _show(self, rows: list[audit.AuditRow]) -> None:
        self.rows = rows
        _fill(
            self.table,
            [
                [
                    f"{r.occurred_at:%Y-%m-%d %H:%M:%S}",
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
        self.message.emit(f"{n:,} events written to {path.name}", False)
        return n

    def export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export audit trail", "audit.csv", "CSV files (*.csv)")
        if name:
            try:
                self.export_to(Path(name))
            except OSError as exc:
                self.message.emit(f"Could not write {name}: {exc.strerror}", True)


# --- users and stations --------------------------------------------------------------------------------------
class AdminTab(ConsoleTab):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.users = _table(["Badge", "Name", "Role", "Active", "PIN", "Locked until"])
        self.stations = _table(["Station", "Location", "Active"])
        self.badge, self.name, self.pin = QLineEdit(), QLineEdit(), QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = _combo([(r.value, r) for r in Role])
        self.create_button = QPushButton("Create user")
        self.toggle_user = QPushButton("Activate / deactivate selected user…")
        self.reset = QPushButton("Reset PIN of selected user…")
        self.station_name = QLineEdit()
        self.new_station = QPushButton("Create station")
        self.toggle_station = QPushButton("Activate / deactivate selected station…")
        form = QFormLayout()
        form.addRow("Badge", self.badge)
        form.addRow("Name", self.name)
        form.addRow("Role", self.role)
        form.addRow("PIN (supervisors, admins)", self.pin)
        form.addRow(self.create_button)
        form.addRow(self.toggle_user)
        form.addRow(self.reset)
        form.addRow("New station", self.station_name)
        form.addRow(self.new_station)
        form.addRow(self.toggle_station)
        layout = QHBoxLayout(self)
        tables = QVBoxLayout()
        tables.addWidget(self.users, 2)
        tables.addWidget(self.stations, 1)
        layout.addLayout(tables, 3)
        layout.addLayout(form, 1)
        self.create_button.clicked.connect(self.create_user)
        self.toggle_user.clicked.connect(self._toggle_user)
        self.reset.clicked.connect(self._reset_pin)
        self.new_station.clicked.connect(self._create_station)
        self.toggle_station.clicked.connect(self._toggle_station)
        self._user_rows: list[admin.UserRow] = []
        self._station_rows: list[admin.StationRow] = []

    def refresh(self) -> None:
        actor = self.actor
        assert actor is not None
        self._read(lambda s: (admin.users(s, actor), admin.stations(s, actor)), self._show)

    def _show(self, loaded: tuple[list[admin.UserRow], list[admin.StationRow]]) -> None:
        self._user_rows, self._station_rows = loaded
        _fill(
            self.users,
            [
                [
                    u.badge,
                    u.name,
                    u.role,
                    "yes" if u.active else "no",
                    "set" if u.has_pin else "—",
                    f"{u.locked_until:%H:%M}" if u.locked_until else "",
                ]
                for u in self._user_rows
            ],
        )
        _fill(
            self.stations,
            [[s.name, s.location or "", "yes" if s.active else "no"] for s in self._station_rows],
        )

    def create_user(self) -> None:
        actor, badge, name = self.actor, self.badge.text(), self.name.text()
        role, pin = self.role.currentData(), self.pin.text() or None
        assert actor is not None
        self.pin.clear()
        self._act(lambda s: admin.create_user(s, actor, badge, name, role, pin), f"User {badge} created")

    def _selected_user(self) -> admin.UserRow | None:
        row = self.users.currentRow()
        return self._user_rows[row] if 0 <= row < len(self._user_rows) else None

    def _toggle_user(self) -> None:
        user = self._selected_user()
        answer = user and self.ask(
            "User", f"Why {'deactivate' if user.active else 'activate'} {user.name}?", None
        )
        if user and answer:
            actor = self.actor
            assert actor is not None
            self._act(
                lambda s: admin.set_user_active(s, actor, user.badge, not user.active, answer[0]),
                f"{user.name} {'deactivated' if user.active else 'activated'}",
            )

    def _reset_pin(self) -> None:
        user = self._selected_user()
        answer = user and self.ask("Reset PIN", f"New PIN for {user.name} (4–12 digits)", None)
        if user and answer:
            actor = self.actor
            assert actor is not None
            self._act(
                lambda s: admin.reset_pin(s, actor, user.badge, answer[0].strip()),
                f"PIN of {user.name} reset",
            )

    def _create_station(self) -> None:
        actor, name = self.actor, self.station_name.text()
        assert actor is not None
        self._act(lambda s: admin.create_station(s, actor, name), f"Station {name} created")

    def _toggle_station(self) -> None:
        row = self.stations.currentRow()
        station = self._station_rows[row] if 0 <= row < len(self._station_rows) else None
        answer = station and self.ask(
            "Station", f"Why {'deactivate' if station.active else 'activate'} {station.name}?", None
        )
        if station and answer:
            actor = self.actor
            assert actor is not None
            self._act(
                lambda s: admin.set_station_active(s, actor, station.name, not station.active, answer[0]),
                f"Station {station.name} {'deactivated' if station.active else 'activated'}",
            )


# --- the console ---------------------------------------------------------------------------------------------
class SupervisorConsole(QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.queue = QueueTab(worker)
        self.exceptions = ExceptionsTab(worker)
        self.rules = RulesTab(worker)
        self.regrade = RegradeTab(worker)
        self.audit = AuditTab(worker)
        self.admin = AdminTab(worker)
        self.pages: list[tuple[ConsoleTab, str]] = [
            (self.queue, "Queue"),
            (self.exceptions, "Exceptions"),
            (self.rules, "Rules"),
            (self.regrade, "Blind re-grade"),
            (self.audit, "Audit trail"),
            (self.admin, "Users and stations"),
        ]
        for page, title in self.pages:
            self.tabs.addTab(page, title)
            page.message.connect(self.show_message)
        self.status = QLabel("")
        self.status.setObjectName("consoleMessage")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._on_tab)
        self.queue.audit_requested.connect(self._audit_selected)
        self.last_message: tuple[str, bool] = ("", False)

    def set_actor(self, actor: Actor) -> None:
        for page, _ in self.pages:
            page.set_actor(actor)
        self.tabs.setTabVisible(self.tabs.indexOf(self.admin), actor.role.at_least(Role.ADMIN))
        self.tabs.setCurrentWidget(self.queue)

    def _on_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, ConsoleTab) and page is not self.queue and page.actor is not None:
            page.refresh()

    def _audit_selected(self) -> None:
        row = self.queue.selected()
        if row is None:
            self.show_message("Select a row first.", True)
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
