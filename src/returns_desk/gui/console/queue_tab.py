"""The queue tab: every unit and unit-less exception in one lazily paged list, its filters, and the actions on a row.

Each action opens an ActionDialog that says what will happen and asks for what the action needs; the service
checks the role, the unit's version (nothing is overwritten that changed since it was shown) and writes the event.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QWidget,
)

from returns_desk.domain.vocab import Disposition, ExceptionKind, Grade, UnitStatus
from returns_desk.gui import formats, keymap
from returns_desk.gui.choice_box import ChoiceBox
from returns_desk.gui.console import queue_actions
from returns_desk.gui.console.base import ConsoleTab, any_choice, days_utc, search_as_you_type
from returns_desk.gui.console.queue_actions import words
from returns_desk.gui.forms.ui_queue_tab import Ui_QueueTab
from returns_desk.gui.keymap import Binding
from returns_desk.gui.queue_model import QueueModel
from returns_desk.gui.resources import icon
from returns_desk.gui.words import grade_letter
from returns_desk.gui.worker import DbWorker
from returns_desk.services import queue as queue_service
from returns_desk.services.queue import QueueFilter, QueueRow
from returns_desk.services.queue_search import NAME_MATCHES
from returns_desk.services.results import Actor

NEEDS_ATTENTION = (UnitStatus.RECEIVED.value, UnitStatus.INSPECTED.value, UnitStatus.AWAITING_APPROVAL.value)


class QueueTab(ConsoleTab):
    tag_requested = Signal(object)  # TagData: a unit's tag changed; print it again

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.model = QueueModel(worker, parent=self)
        self.ui = Ui_QueueTab()
        self.ui.setupUi(self)
        self.view = self.ui.queueView
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        moment, _day = formats.widths(self.view)
        for column, width in enumerate((120, 135, 100, 210, 150, 150, 80, 120, 100, 100, max(130, moment))):
            self.view.setColumnWidth(column, width)
        self.text = self.ui.queueSearch
        self.state: ChoiceBox[tuple[str, ...]] = self.ui.queueState
        self.state.set_choices(
            [(any_choice(), ()), (self.tr("Needs attention"), NEEDS_ATTENTION)]
            + [(words(s.value, "unit"), (s.value,)) for s in UnitStatus]
        )
        self.exception: ChoiceBox[str | None] = self.ui.queueException
        self.exception.set_choices(
            [(any_choice(), None), (self.tr("Any open exception"), "*")]
            + [(words(k.value, "exception"), k.value) for k in ExceptionKind]
        )
        self.station: ChoiceBox[int | None] = self.ui.queueStation
        self.station.set_choices([(any_choice(), None)])
        self.inspector: ChoiceBox[int | None] = self.ui.queueInspector
        self.inspector.set_choices([(any_choice(), None)])
        self.grade: ChoiceBox[str | None] = self.ui.queueGrade
        self.grade.set_choices([(any_choice(), None)] + [(grade_letter(g.value), g.value) for g in Grade])
        self.disposition: ChoiceBox[str | None] = self.ui.queueDisposition
        self.disposition.set_choices(
            [(any_choice(), None)] + [(words(d.value, "disposition"), d.value) for d in Disposition]
        )
        self.min_age = self.ui.queueMinAge
        self.use_dates = self.ui.queueUseDates
        self.date_from, self.date_to = self.ui.queueFrom, self.ui.queueTo
        self.date_from.setDate(QDate.currentDate().addDays(-7))
        self.date_to.setDate(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(formats.date_pattern())
        self.order: ChoiceBox[bool] = self.ui.queueOrder
        self.order.set_choices([(self.tr("Oldest first"), False), (self.tr("Newest first"), True)])
        self.count_label = self.ui.queueCount
        self.clear_button = self.ui.queue_clear
        self.buttons: dict[str, QPushButton] = {
            key: getattr(self.ui, f"queue_{key}")
            for key in (
                "approve",
                "change",
                "send_back",
                "tag",
                "audit",
                "reject",
                "cancel",
                "assign",
                "resolve",
            )
        }
        for key, button in self.buttons.items():
            button.setIcon(icon("print" if key == "tag" else key))

        self._debounce = search_as_you_type(self, self.text, self.apply_filter)
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
        self.clear_button.clicked.connect(self.clear_filters)
        self.model.counted.connect(self._on_counted)
        self.model.page_loaded.connect(self._on_page)
        self.model.failed.connect(lambda m: self.message.emit(m, True))
        self.view.doubleClicked.connect(lambda _index: self.act_on_selected())
        self.buttons["approve"].clicked.connect(self.approve)
        self.buttons["change"].clicked.connect(self.change_disposition)
        self.buttons["send_back"].clicked.connect(self.send_back)
        self.buttons["reject"].clicked.connect(lambda: self.end_return(reject=True))
        self.buttons["cancel"].clicked.connect(lambda: self.end_return(reject=False))
        self.buttons["assign"].clicked.connect(self.assign)
        self.buttons["resolve"].clicked.connect(self.resolve)
        self.buttons["tag"].clicked.connect(self.print_tag)
        keymap.shortcut(
            self,
            Binding("Ctrl+P", self.tr("Print the selected unit's tag")),
            self.print_tag,
            self.tr("Console: queue"),
            Qt.ShortcutContext.WindowShortcut,
        )
        self.audit_requested = self.buttons["audit"].clicked
        self._people_loaded = False
        self._keep: tuple[str, int] | None = None  # the row to select again once the refreshed page is in

    def set_actor(self, actor: Actor) -> None:
        super().set_actor(actor)
        self.model.actor = actor
        if not self._people_loaded:
            self.read(lambda s: queue_service.people(s, actor), self._on_people)
        self.apply_filter()

    def clear(self) -> None:
        super().clear()
        self.model.clear()
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.count_label.clear()

    def _on_people(self, people: tuple[list[tuple[str, int]], list[tuple[str, int]]]) -> None:
        stations, inspectors = people
        for box, values in ((self.station, stations), (self.inspector, inspectors)):
            box.blockSignals(True)
            for name, id_ in values:
                box.add_choice(name, id_)
            box.blockSignals(False)
        self._people_loaded = True

    def _on_date(self, _: QDate) -> None:
        if self.use_dates.isChecked():
            self.apply_filter()

    def current_filter(self) -> QueueFilter:
        exception = self.exception.value()
        f = QueueFilter(
            states=self.state.value(),
            exception_kind=None if exception in (None, "*") else exception,
            only_exceptions=exception == "*",
            station_id=self.station.value(),
            inspector_id=self.inspector.value(),
            grade=self.grade.value(),
            disposition=self.disposition.value(),
            min_age_hours=self.min_age.value() or None,
            text=self.text.text().strip(),
            newest_first=self.order.value(),
        )
        if self.use_dates.isChecked():
            start, end = days_utc(self.date_from.date(), self.date_to.date())
            f = replace(f, received_from=start, received_to=end)
        return f

    def filters_set(self) -> list[str]:
        """The filters other than the search text that narrow the list now, by their labels."""
        f = self.current_filter()
        named = (
            (self.tr("state"), bool(f.states)),
            (self.tr("exception"), f.exception_kind is not None or f.only_exceptions),
            (self.tr("station"), f.station_id is not None),
            (self.tr("inspector"), f.inspector_id is not None),
            (self.tr("grade"), f.grade is not None),
            (self.tr("disposition"), f.disposition is not None),
            (self.tr("age"), f.min_age_hours is not None),
            (self.tr("dates"), f.received_from is not None),
        )
        return [name for name, on in named if on]

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.count_label.setText(self.tr("Counting…"))
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        """Every filter back to Any, keeping the search text."""
        for box in (self.state, self.exception, self.station, self.inspector, self.grade, self.disposition):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.min_age.setValue(0)
        self.use_dates.blockSignals(True)
        self.use_dates.setChecked(False)
        self.use_dates.blockSignals(False)
        self.apply_filter()

    def show_drilled(self, what: str, value: str, first: date, last: date) -> None:
        """The units behind a dock bar of the Analytics tab: its grade, disposition or inspector (by name), received
        in its range; every other filter back to Any."""
        boxes: dict[str, ChoiceBox[Any]] = {
            "grade": self.grade,
            "disposition": self.disposition,
            "inspector": self.inspector,
        }
        widgets = (
            self.state,
            self.exception,
            self.station,
            self.use_dates,
            self.date_from,
            self.date_to,
            self.text,
        )
        for widget in (*boxes.values(), *widgets):
            widget.blockSignals(True)
        choices: tuple[ChoiceBox[Any], ...] = (self.state, self.exception, self.station, *boxes.values())
        for choice in choices:
            choice.setCurrentIndex(0)
        self.text.clear()
        self.min_age.setValue(0)
        box = boxes[what]
        found = box.select_value(value) if what != "inspector" else self._select_text(box, value)
        self.use_dates.setChecked(True)
        self.date_from.setDate(QDate(first.year, first.month, first.day))
        self.date_to.setDate(QDate(last.year, last.month, last.day))
        for widget in (*boxes.values(), *widgets):
            widget.blockSignals(False)
        if not found:
            self.message.emit(
                self.tr("{0} is not among this list's choices; showing every unit received then.").format(
                    value
                ),
                True,
            )
        self.apply_filter()

    @staticmethod
    def _select_text(box: ChoiceBox[Any], text: str) -> bool:
        index = box.findText(text)
        if index >= 0:
            box.setCurrentIndex(index)
        return index >= 0

    def search_scan(self, code: str) -> None:
        """A scanned code finds its unit or return whatever filters were set: they are cleared first."""
        self.text.blockSignals(True)
        self.text.setText(code)
        self.text.blockSignals(False)
        self.clear_filters()

    def refresh(self) -> None:
        """Load the list again (after an action): the row that was selected stays selected if it is still there."""
        row = self.selected()
        self._keep = (row.kind, row.id) if row is not None else None
        self.model.refresh()

    def _on_page(self, rows: int) -> None:
        if self._keep is not None:
            for i in range(rows):
                found = self.model.row_at(i)
                if found is not None and (found.kind, found.id) == self._keep:
                    self.select_row(i)
                    break
            self._keep = None
        if self.model.total is None:
            self.count_label.setText(self.tr("{0} shown, counting…").format(formats.number(rows)))

    def _on_counted(self, total: int) -> None:
        text = self.tr("{0} shown of {1}").format(
            formats.number(self.model.rowCount()), formats.number(total)
        )
        narrowing = self.filters_set()
        if total == 0 and narrowing:
            text += " — " + self.tr("filters set ({0}): Clear filters to search everything").format(
                ", ".join(narrowing)
            )
        if self.model.partial:
            text += " — " + self.tr(
                "the name matches more than {0} customers: only the first {0} by name are searched; type more of "
                "the name, an e-mail or an order number"
            ).format(formats.number(NAME_MATCHES))
        self.count_label.setText(text)

    # --- the selected row ---
    def selected(self) -> QueueRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def need_unit(self) -> QueueRow | None:
        row = self.selected()
        if row is None or row.kind != "unit":
            self.message.emit(self.tr("Select a unit in the queue first."), True)
            return None
        return row

    def need_row(self) -> QueueRow | None:
        row = self.selected()
        if row is None:
            self.message.emit(self.tr("Select a row first."), True)
        return row

    def act_on_selected(self) -> None:
        """Double-click: the action the row is waiting for."""
        row = self.selected()
        if row is None:
            return
        if row.state == UnitStatus.AWAITING_APPROVAL.value:
            self.approve()
        elif row.kind == "exception" or row.exception_kind:
            self.resolve()
        elif row.kind == "unit":
            self.change_disposition()

    # --- actions (gui/console/queue_actions.py) ---
    def approve(self) -> None:
        queue_actions.approve(self)

    def change_disposition(self) -> None:
        queue_actions.change_disposition(self)

    def send_back(self) -> None:
        queue_actions.send_back(self)

    def end_return(self, *, reject: bool) -> None:
        queue_actions.end_return(self, reject=reject)

    def assign(self) -> None:
        queue_actions.assign(self)

    def resolve(self) -> None:
        queue_actions.resolve(self)

    def print_tag(self) -> None:
        queue_actions.print_tag(self)
