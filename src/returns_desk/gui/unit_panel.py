"""The unit being graded: keys 1–7 for the grade, fault, notes, photos, the proposal and its rule, the refund."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from returns_desk.domain.vocab import GRADE_KEYS, Disposition, Fault, Grade
from returns_desk.services.inspection import Proposal

KEY_HINT = "   ".join(f"{i} {g.label.split(' — ')[0]}" for i, g in enumerate(GRADE_KEYS, start=1))


class UnitPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = QLabel("—")
        self.unit.setObjectName("unitTitle")
        self.unit.setWordWrap(True)
        self.grade = QLabel(f"Press {KEY_HINT}")
        self.grade.setObjectName("gradeLabel")
        self.fault = QComboBox()
        self.fault.setObjectName("fault")
        for fault in Fault:
            self.fault.addItem(fault.value, fault)
        self.fault.setCurrentIndex(list(Fault).index(Fault.UNKNOWN))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText("Notes (Esc returns to grading)")
        self.notes.setMaximumHeight(70)
        self.photos = QLabel("none — Ctrl+O to add")
        self.photos.setObjectName("photos")
        self.proposal = QLabel("—")
        self.proposal.setObjectName("proposal")
        self.proposal.setWordWrap(True)
        self.refund = QLabel("—")
        self.refund.setObjectName("refund")
        self.override = QComboBox()
        self.override.setObjectName("override")
        self.override.addItem("as proposed", None)
        for disposition in Disposition:
            self.override.addItem(disposition.value.replace("_", " "), disposition)
        self.reason = QLineEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText("why another disposition (required when changing it)")
        for label in (self.unit, self.grade, self.photos, self.proposal, self.refund):
            label.setWordWrap(True)  # long hints must wrap, not push the window wider than the screen
        form = QFormLayout(self)
        form.addRow("Unit:", self.unit)
        form.addRow("Grade:", self.grade)
        form.addRow("Fault:", self.fault)
        form.addRow("Notes:", self.notes)
        form.addRow("Photos:", self.photos)
        form.addRow("Proposed:", self.proposal)
        form.addRow("Refund:", self.refund)
        form.addRow("Route instead:", self.override)
        form.addRow("Reason:", self.reason)

    def reset(self, title: str) -> None:
        self.unit.setText(title)
        self.grade.setText(f"Press {KEY_HINT}")
        self.fault.setCurrentIndex(list(Fault).index(Fault.UNKNOWN))
        self.notes.clear()
        self.photos.setText("none — Ctrl+O to add")
        self.proposal.setText("—")
        self.refund.setText("—")
        self.override.setCurrentIndex(0)
        self.reason.clear()

    def show_grade(self, grade: Grade) -> None:
        self.grade.setText(grade.label)

    def show_photos(self, count: int, needed: bool) -> None:
        if count:
            self.photos.setText(f"{count} attached")
        else:
            self.photos.setText(
                "REQUIRED below grade A — Ctrl+O to add" if needed else "none — Ctrl+O to add"
            )

    def show_proposal(self, proposal: Proposal) -> None:
        d = proposal.decision
        approval = " · waits for a supervisor" if d.requires_approval else ""
        self.proposal.setText(
            f"{d.disposition.value.replace('_', ' ').upper()} → {d.destination}{approval}   "
            f"(rule '{d.rule_id}': {d.rule_description})"
        )
        r = proposal.refund
        self.refund.setText(f"{r.kind.value}: {r.amount_cents / 100:.2f} — {r.why}")

    def fault_value(self) -> Fault:
        return Fault(self.fault.currentData())

    def override_value(self) -> Disposition | None:
        data = self.override.currentData()
        return Disposition(data) if data else None
