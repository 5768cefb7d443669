"""The exceptions tab: open exceptions against their SLAs, the turnaround figures, the stations' sync state.

Assign and resolve act on the selected exception; a double-click shows it in the queue, where its unit can be
approved or re-routed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QWidget
from sqlalchemy.orm import Session

from returns_desk import sync
from returns_desk.domain.vocab import ExceptionKind
from returns_desk.gui import formats, phrases, words
from returns_desk.gui.action_dialog import Answer, Number
from returns_desk.gui.choice_box import ChoiceBox
from returns_desk.gui.console.base import ConsoleTab, any_choice, details_text, fill, fit_columns
from returns_desk.gui.console.case_actions import AssignCase, CaseAction, ResolveCase
from returns_desk.gui.forms.ui_exceptions_tab import Ui_ExceptionsTab
from returns_desk.gui.queue_model import age_text
from returns_desk.gui.resources import icon
from returns_desk.gui.worker import DbWorker
from returns_desk.services import events, exceptions


class ExceptionsTab(ConsoleTab):
    show_in_queue = Signal(str)  # the code to search the queue for

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.ui = Ui_ExceptionsTab()
        self.ui.setupUi(self)
        self.figures = self.ui.turnaround
        self.counts = self.ui.exceptionCounts
        self.kind: ChoiceBox[ExceptionKind | None] = self.ui.exceptionKind
        self.kind.set_choices(
            [(any_choice(), None)] + [(words.word("exception", k.value), k) for k in ExceptionKind]
        )
        self.table = fit_columns(self.ui.exceptionsTable)
        self.sla_button = self.ui.setSla
        self.buttons: dict[str, QPushButton] = {
            "assign": self.ui.exceptions_assign,
            "resolve": self.ui.exceptions_resolve,
            "queue": self.ui.exceptions_queue,
        }
        for key in ("assign", "resolve"):
            self.buttons[key].setIcon(icon(key))
        self.stations = fit_columns(self.ui.stationsTable)
        self.kind.currentIndexChanged.connect(lambda _: self.refresh())
        self.sla_button.clicked.connect(self.set_sla)
        self.buttons["assign"].clicked.connect(lambda: self._act_on_case(AssignCase))
        self.buttons["resolve"].clicked.connect(lambda: self._act_on_case(ResolveCase))
        self.buttons["queue"].clicked.connect(self._show_in_queue)
        self.table.doubleClicked.connect(lambda _index: self._show_in_queue())
        self.rows: list[exceptions.ExceptionRow] = []

    def selected(self) -> exceptions.ExceptionRow | None:
        rows = self.table.selectionModel().selectedRows()
        index = rows[0].row() if rows else -1
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _act_on_case(self, action: type[CaseAction]) -> None:
        row = self.selected()
        if row is None:
            self.message.emit(self.tr("Select an exception first."), True)
            return
        actor, case = self.current_actor(), [(f"#{row.id} {words.word('exception', row.kind)}", row.id)]
        reference = row.lpn or row.rma or f"#{row.id}"

        def people(session: Session) -> list[exceptions.Person]:
            return exceptions.assignees(session, actor) if action is AssignCase else []

        self.read(people, lambda found: action(self, reference, case, found).open())

    def _show_in_queue(self) -> None:
        """The exception's unit or return in the queue, where approving, re-routing and the rest are."""
        row = self.selected()
        if row is None:
            self.message.emit(self.tr("Select an exception first."), True)
            return
        self.show_in_queue.emit(row.lpn or row.rma or row.scanned_code or "")

    def set_sla(self) -> None:
        actor = self.current_actor()

        def go(answer: Answer) -> None:
            kind: ExceptionKind = answer.choice
            hours = float(answer.number or 0)
            self.act(
                lambda s: exceptions.set_sla_hours(s, actor, {kind: hours}, answer.reason),
                self.tr("SLA for {0} set to {1} h").format(words.word("exception", kind.value), f"{hours:g}"),
            )

        self.ask(
            self.tr("Exception SLA"),
            self.tr("Exceptions of this kind open longer than this are shown as OVERDUE, in red."),
            go,
            pickers=[(self.tr("Kind"), [(words.word("exception", k.value), k) for k in ExceptionKind])],
            number=Number(self.tr("Hours"), 0.001, 24 * 90, 24, self.tr(" h"), 3),
            ok_text=self.tr("Set SLA"),
        )

    def refresh(self) -> None:
        kind, actor = self.kind.value(), self.current_actor()

        def load(session: Session) -> tuple[Any, ...]:
            return (
                exceptions.open_exceptions(session, actor, kind),
                exceptions.turnaround(session),
                exceptions.open_counts(session),
                sync.station_statuses(session),
            )

        self.read(load, self._show)

    def _show(self, loaded: tuple[Any, ...]) -> None:
        rows, figures, counts, stations = loaded
        self.rows = rows
        if figures.units:
            self.figures.setText(
                self.tr("Receipt → disposition, last {0} days ({1} units): median {2} h · P90 {3} h").format(
                    figures.window_days,
                    formats.number(figures.units),
                    f"{figures.median_hours:.1f}",
                    f"{figures.p90_hours:.1f}",
                )
            )
        else:
            self.figures.setText(
                self.tr("No units reached a disposition in the last {0} days.").format(figures.window_days)
            )
        self.counts.setText(
            " · ".join(f"{words.word('exception', k)} {n}" for k, n in sorted(counts.items()))
        )
        now = events.now()
        fill(
            self.table,
            [
                [
                    str(r.id),
                    words.word("exception", r.kind),
                    age_text(r.opened_at, now),
                    self.tr("{0} h").format(f"{r.sla_hours:g}")
                    + (" — " + self.tr("OVERDUE") if r.overdue else ""),
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
        fill(
            self.stations,
            [
                [
                    st.station,
                    phrases.say(st.state(now)),
                    str(st.pending),
                    str(st.conflicts),
                    formats.moment(st.last_sync, seconds=False) if st.last_sync else self.tr("never"),
                    self.tr("{0} ago").format(age_text(st.updated_at, now)),
                ]
                for st in stations
            ],
            [QColor("#ffd6d6") if st.needs_a_look(now) else None for st in stations],
        )
