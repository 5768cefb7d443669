"""The unit being graded: keys 1–7 for the grade, fault, notes, photos, the proposal and its rule, the refund."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from returns_desk.domain.checklists import Question, suggest
from returns_desk.domain.money import DEFAULT_CURRENCY
from returns_desk.domain.vocab import GRADE_KEYS, Discrepancy, Disposition, Fault, Grade
from returns_desk.gui import formats, words
from returns_desk.gui.choice_box import ChoiceBox
from returns_desk.gui.forms.ui_unit_panel import Ui_UnitPanel
from returns_desk.services.inspection import Proposal


def key_hint() -> str:
    return "   ".join(f"{i} {words.grade_letter(g.value)}" for i, g in enumerate(GRADE_KEYS, start=1))


class WrappingCheck(QWidget):
    """A checkbox whose text wraps (a QCheckBox's own text never does, and a long checklist question would widen
    the window past a small screen); clicking the text ticks the box, as with a plain checkbox."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.label.geometry().contains(
            event.position().toPoint()
        ):
            self.box.toggle()
        super().mouseReleaseEvent(event)


class UnitPanel(QWidget):
    checklist_changed = Signal(object)  # the grade the checklist now suggests

    def __init__(self, parent: QWidget | None = None, currency: str = DEFAULT_CURRENCY) -> None:
        super().__init__(parent)
        self.currency = currency  # what refunds are shown in; the station sets it from the settings
        self._questions: tuple[Question, ...] = ()
        self._boxes: dict[str, QCheckBox] = {}
        self._rows: list[WrappingCheck] = []
        self.ui = Ui_UnitPanel()
        self.ui.setupUi(self)
        self.checklist = self.ui.checklist
        self._checklist_layout = self.ui.checklistRows
        # Alt + the underlined letter toggles a flag; two columns: more would push the window off a small screen.
        self.flags: dict[Discrepancy, QCheckBox] = {
            d: getattr(self.ui, f"flag_{d.value}") for d in Discrepancy
        }
        self.unit = self.ui.unitTitle
        self.grade = self.ui.gradeLabel
        self.grade.setText(self.tr("Press {0}").format(key_hint()))
        self.fault: ChoiceBox[Fault] = self.ui.fault
        self.fault.set_choices((words.word("fault", fault.value), fault) for fault in Fault)
        self.fault.select_value(Fault.UNKNOWN)
        self.notes = self.ui.notes
        self.photos = self.ui.photos
        self.proposal = self.ui.proposal
        self.refund = self.ui.refund
        self.override: ChoiceBox[Disposition | None] = self.ui.override
        self.override.set_choices(
            [(self.tr("as proposed"), None)]
            + [(words.word("disposition", d.value).lower(), d) for d in Disposition]
        )
        self.reason = self.ui.overrideReason

    def reset(self, title: str, questions: tuple[Question, ...] = ()) -> None:
        self.unit.setText(title)
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        self._boxes = {}
        self._questions = questions
        for question in questions:
            row = WrappingCheck(
                self.tr("{0}  (if not: at best {1})").format(
                    words.word("question", question.text), words.grade_letter(question.fail_grade.value)
                )
            )
            row.box.setChecked(True)
            row.box.toggled.connect(self._on_answer)
            self._checklist_layout.addWidget(row)
            self._rows.append(row)
            self._boxes[question.id] = row.box
        for box in self.flags.values():
            box.setChecked(False)
        self.grade.setText(self.tr("Press {0}").format(key_hint()))
        self.fault.select_value(Fault.UNKNOWN)
        self.notes.clear()
        self.photos.setText(self.tr("none — Ctrl+O to add"))
        self.proposal.setText("—")
        self.refund.setText("—")
        self.override.setCurrentIndex(0)
        self.reason.clear()

    def show_grade(self, grade: Grade) -> None:
        self.grade.setText(words.word("grade", grade.value))

    def show_photos(self, count: int, needed: bool) -> None:
        if count:
            self.photos.setText(self.tr("{0} attached").format(count))
        else:
            self.photos.setText(
                self.tr("REQUIRED below grade A — Ctrl+O to add")
                if needed
                else self.tr("none — Ctrl+O to add")
            )

    def show_proposal(self, proposal: Proposal) -> None:
        d = proposal.decision
        approval = self.tr(" · waits for a supervisor") if d.requires_approval else ""
        self.proposal.setText(
            f"{words.word('disposition', d.disposition.value).upper()} → {d.destination}{approval}   "
            + self.tr("(rule '{0}': {1})").format(d.rule_id, d.rule_description)
        )
        r = proposal.refund
        self.refund.setText(
            f"{words.word('refund', r.kind.value)}: {formats.money(r.amount_cents, self.currency)} — {r.why}"
        )

    def answers(self) -> dict[str, bool]:
        return {qid: box.isChecked() for qid, box in self._boxes.items()}

    def discrepancies(self) -> list[Discrepancy]:
        return [d for d, box in self.flags.items() if box.isChecked()]

    def _on_answer(self, _checked: bool) -> None:
        self.checklist_changed.emit(suggest(self._questions, self.answers()))

    def fault_value(self) -> Fault:
        return self.fault.value()

    def override_value(self) -> Disposition | None:
        return self.override.value()
