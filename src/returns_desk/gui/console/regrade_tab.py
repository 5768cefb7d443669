"""The blind re-grade tab: grade a sampled unit without seeing the first grade; agreement figures."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from returns_desk.domain.vocab import Grade
from returns_desk.gui.action_dialog import Answer
from returns_desk.gui.choice_box import ChoiceBox
from returns_desk.gui.console.base import ConsoleTab, fill, make_table
from returns_desk.gui.worker import DbWorker
from returns_desk.services import regrade


class RegradeTab(ConsoleTab):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.item: regrade.BlindItem | None = None
        self.unit = QLabel("")
        self.unit.setObjectName("regradeUnit")
        self.unit.setWordWrap(True)
        self.grade: ChoiceBox[Grade] = ChoiceBox((g.label, g) for g in Grade)
        self.grade.setObjectName("regradeGrade")
        self.notes = QLineEdit()
        self.notes.setObjectName("regradeNotes")
        self.notes.setPlaceholderText("Notes (optional)")
        self.save = QPushButton("Save blind grade")
        self.save.setObjectName("regradeSave")
        self.share = QSpinBox()
        self.share.setRange(0, 100)
        self.share.setSuffix(" % of units")
        self.share_button = QPushButton("Set share…")
        self.share_button.setObjectName("regradeShare")
        self.figures = QLabel("")
        self.figures.setObjectName("agreement")
        self.table = make_table(["Inspector", "Re-graded", "Agreed", "Agreement"])
        row = QHBoxLayout()
        row.addWidget(self.grade)
        row.addWidget(self.notes, 1)
        row.addWidget(self.save)
        row.addSpacing(24)
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
        actor = self.current_actor()
        self.read(
            lambda s: (regrade.next_for(s, actor), regrade.agreement(s, actor), regrade.share_percent(s)),
            self._show,
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
        self.notes.clear()
        rate = f"{figures.overall_rate:.0%}" if figures.overall_rate is not None else "—"
        self.figures.setText(
            f"Agreement overall {rate} over {figures.overall_regraded:,} re-grades; {figures.pending:,} waiting."
        )
        fill(
            self.table,
            [
                [r.inspector, str(r.regraded), str(r.agreed), f"{r.rate:.0%}" if r.rate is not None else "—"]
                for r in figures.by_inspector
            ],
        )

    def save_grade(self) -> None:
        if self.item is None:
            return
        actor, item, grade, notes = self.current_actor(), self.item, self.grade.value(), self.notes.text()
        self.act(
            lambda s: regrade.record(s, actor, item.regrade_id, grade, notes),
            lambda agreed: f"{item.lpn}: saved ({'agrees' if agreed else 'differs from'} the first grade)",
        )

    def set_share(self) -> None:
        actor, percent = self.current_actor(), self.share.value()

        def go(answer: Answer) -> None:
            self.act(
                lambda s: regrade.set_share_percent(s, actor, percent, answer.reason),
                f"Share set to {percent}%",
            )

        self.ask(
            "Blind re-grade share",
            f"{percent}% of the units graded from now on are also graded blind by a second inspector.",
            go,
            ok_text="Set share",
        )
