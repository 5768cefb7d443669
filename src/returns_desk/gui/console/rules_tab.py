"""The rules tab: edit the disposition rules, check them, see what they would have done, publish them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.money import format_money
from returns_desk.domain.rule_table import NEW_RULE, RULE_FIELDS, cells_of, rule_from
from returns_desk.gui.action_dialog import Answer
from returns_desk.gui.console.base import ConsoleTab, fill, fit_columns
from returns_desk.gui.forms.ui_rules_tab import Ui_RulesTab
from returns_desk.gui.worker import DbWorker
from returns_desk.services import rules_admin


class RulesTab(ConsoleTab):
    what_if_done = Signal(object)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.base: dict[str, Any] = {}
        self.ui = Ui_RulesTab()
        self.ui.setupUi(self)
        self.table = self.ui.rulesTable
        self.table.setColumnCount(len(RULE_FIELDS))
        self.table.setHorizontalHeaderLabels([label for _, label in RULE_FIELDS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.days = self.ui.whatIfDays
        self.result = self.ui.rulesResult
        self.history = fit_columns(self.ui.rulesHistory)
        self.buttons: dict[str, QPushButton] = {
            key: getattr(self.ui, f"rules_{key}")
            for key in ("add", "remove", "up", "down", "check", "what_if", "publish")
        }
        self.buttons["add"].clicked.connect(self.add_rule)
        self.buttons["remove"].clicked.connect(lambda: self.table.removeRow(max(0, self.table.currentRow())))
        self.buttons["up"].clicked.connect(lambda: self._move(-1))
        self.buttons["down"].clicked.connect(lambda: self._move(1))
        self.buttons["check"].clicked.connect(self.check)
        self.buttons["what_if"].clicked.connect(self.what_if)
        self.buttons["publish"].clicked.connect(self.publish)

    def refresh(self) -> None:
        actor = self.current_actor()
        self.read(lambda s: (rules_admin.current_data(s), rules_admin.history(s, actor)), self._load)

    def _load(self, loaded: tuple[dict[str, Any], list[rules_admin.VersionRow]]) -> None:
        data, history = loaded
        self.base = data
        self.set_rules(data["rules"])
        fill(
            self.history,
            [
                [str(v.number), f"{v.published_at:%Y-%m-%d %H:%M}", v.published_by, str(v.rules), v.why]
                for v in history
            ],
        )

    def set_rules(self, rules: list[dict[str, Any]]) -> None:
        self.table.setRowCount(len(rules))
        for r, rule in enumerate(rules):
            for c, text in enumerate(cells_of(rule)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def draft(self) -> dict[str, Any]:
        """The rules as they stand in the table (read by domain.rule_table)."""
        rules = []
        for r in range(self.table.rowCount()):
            cells = [item.text() if (item := self.table.item(r, c)) else "" for c in range(len(RULE_FIELDS))]
            rules.append(rule_from(r + 1, cells))
        return {**self.base, "rules": rules}

    def add_rule(self) -> None:
        row = max(0, self.table.currentRow())
        self.table.insertRow(row)
        for c, value in enumerate(NEW_RULE):
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
        self.read(lambda s: rules_admin.what_if(s, draft, days), self._on_what_if)

    def _on_what_if(self, result: rules_admin.WhatIf) -> None:
        moves = ", ".join(f"{a} → {b}: {n:,}" for a, b, n in result.transitions[:6]) or "none"
        money, currency = format_money, self.currency
        self.result.setText(
            f"Over the last {result.days} days, {result.changed:,} of {result.units:,} units would change "
            f"disposition ({moves}). Recovered value {money(result.recovered_before_cents, currency)} → "
            f"{money(result.recovered_after_cents, currency)} "
            f"({money(result.recovered_delta_cents, currency, signed=True)})."
            + (" Only the newest inspections were read." if result.truncated else "")
        )
        self.what_if_done.emit(result)

    def publish(self) -> None:
        checked = self._checked()
        if checked is None:
            return
        actor, data = self.current_actor(), self.draft()

        def go(answer: Answer) -> None:
            self.act(
                lambda s: rules_admin.publish(s, actor, data, answer.reason),
                lambda n: f"Rules version {n} published",
            )

        self.ask(
            "Publish rules",
            f"These {len(checked.policy.rules)} rules decide every unit graded from now on, at every station.",
            go,
            ok_text="Publish",
        )
