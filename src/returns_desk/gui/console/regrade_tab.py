"""The blind re-grade tab: grade a sampled unit without seeing the first grade; agreement figures."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from returns_desk.domain.vocab import Grade
from returns_desk.gui import formats, words
from returns_desk.gui.action_dialog import Answer
from returns_desk.gui.choice_box import ChoiceBox
from returns_desk.gui.console.base import ConsoleTab, fill, fit_columns
from returns_desk.gui.forms.ui_regrade_tab import Ui_RegradeTab
from returns_desk.gui.worker import DbWorker
from returns_desk.services import regrade


class RegradeTab(ConsoleTab):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.item: regrade.BlindItem | None = None
        self.ui = Ui_RegradeTab()
        self.ui.setupUi(self)
        self.unit = self.ui.regradeUnit
        self.grade: ChoiceBox[Grade] = self.ui.regradeGrade
        self.grade.set_choices((words.word("grade", g.value), g) for g in Grade)
        self.notes = self.ui.regradeNotes
        self.save = self.ui.regradeSave
        self.share = self.ui.regradeShareValue
        self.share_button = self.ui.regradeShare
        self.figures = self.ui.agreement
        self.table = fit_columns(self.ui.agreementTable)
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
            self.unit.setText(self.tr("No unit waits for a blind re-grade by you."))
        else:
            comment = (
                self.tr(" — customer: “{0}”").format(item.customer_comment) if item.customer_comment else ""
            )
            self.unit.setText(
                self.tr(
                    "{0}: {1} ({2}, {3}), returned as {4}{5}. Grade it as you see it; the first grade is hidden."
                ).format(
                    item.lpn,
                    item.product,
                    item.sku,
                    item.category,
                    words.word("reason", item.reason),
                    comment,
                )
            )
        self.save.setEnabled(item is not None)
        self.notes.clear()
        rate = formats.percent(figures.overall_rate, 0) if figures.overall_rate is not None else "—"
        self.figures.setText(
            self.tr("Agreement overall {0} over {1} re-grades; {2} waiting.").format(
                rate, formats.number(figures.overall_regraded), formats.number(figures.pending)
            )
        )
        fill(
            self.table,
            [
                [
                    r.inspector,
                    str(r.regraded),
                    str(r.agreed),
                    formats.percent(r.rate, 0) if r.rate is not None else "—",
                ]
                for r in figures.by_inspector
            ],
        )

    def save_grade(self) -> None:
        if self.item is None:
            return
        actor, item, grade, notes = self.current_actor(), self.item, self.grade.value(), self.notes.text()
        self.act(
            lambda s: regrade.record(s, actor, item.regrade_id, grade, notes),
            lambda agreed: (
                self.tr("{0}: saved (agrees with the first grade)")
                if agreed
                else self.tr("{0}: saved (differs from the first grade)")
            ).format(item.lpn),
        )

    def set_share(self) -> None:
        actor, percent = self.current_actor(), self.share.value()

        def go(answer: Answer) -> None:
            self.act(
                lambda s: regrade.set_share_percent(s, actor, percent, answer.reason),
                self.tr("Share set to {0}%").format(percent),
            )

        self.ask(
            self.tr("Blind re-grade share"),
            self.tr(
                "{0}% of the units graded from now on are also graded blind by a second inspector."
            ).format(percent),
            go,
            ok_text=self.tr("Set share"),
        )
