"""The rules tabs: edit a rule book (the disposition rules, or the authorization rules), check it, see what it
would have done, publish it as a new version."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from returns_desk.domain import authorization as auth_rules
from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.money import format_money
from returns_desk.domain.rule_table import DISPOSITION_TABLE, TableSpec, cells_of, rule_from
from returns_desk.gui import formats, phrases, words
from returns_desk.gui.action_dialog import Answer
from returns_desk.gui.console.base import ConsoleTab, fill, fit_columns
from returns_desk.gui.forms.ui_rules_tab import Ui_RulesTab
from returns_desk.gui.worker import DbWorker
from returns_desk.services import authorization, rules_admin


@dataclass(frozen=True)
class RuleBook:
    """What one kind of rules is, for the editor: its columns, and the services that read, try and publish it."""

    spec: TableSpec
    current: Callable[[Any], dict[str, Any]]
    history: Callable[[Any, Any], list[Any]]
    check: Callable[[dict[str, Any]], Any]  # -> .policy.rules, .warnings
    what_if: Callable[[Any, Any, int], Any]
    said: Callable[[Any, str], str]  # what the what-if found, in words
    publish: Callable[[Any, Any, dict[str, Any], str], int]
    reach: object  # what a publication changes (QT_TRANSLATE_NOOP; {0} is the number of rules)


def _disposition_said(result: rules_admin.WhatIf, currency: str) -> str:
    def said(code: str) -> str:
        return words.word("disposition", code)

    n = formats.number
    moves = ", ".join(f"{said(a)} → {said(b)}: {n(k)}" for a, b, k in result.transitions[:6]) or "—"
    delta = format_money(result.recovered_delta_cents, currency, signed=True)
    text = QCoreApplication.translate(
        "RulesTab",
        "Over the last {0} days, {1} of {2} units would change disposition ({3}). Recovered value {4} → {5} ({6}).",
    ).format(
        result.days,
        n(result.changed),
        n(result.units),
        moves,
        formats.money(result.recovered_before_cents, currency),
        formats.money(result.recovered_after_cents, currency),
        delta,
    )
    if result.truncated:
        text += " " + QCoreApplication.translate("RulesTab", "Only the newest inspections were read.")
    return text


def _authorization_said(result: authorization.WhatIf, _currency: str) -> str:
    def counts(found: dict[str, int]) -> str:
        return ", ".join(
            f"{formats.number(found.get(v.value, 0))} {words.word('verdict', v.value)}"
            for v in auth_rules.Verdict
        )

    text = QCoreApplication.translate(
        "RulesTab",
        "Over the last {0} days, {1} of {2} requests would be decided otherwise. Published rules: {3}. Draft: {4}.",
    ).format(
        result.days, formats.number(result.changed), formats.number(result.requests), counts(result.now),
        counts(result.draft),
    )  # fmt: skip
    if result.truncated:
        text += " " + QCoreApplication.translate("RulesTab", "Only the newest requests were read.")
    return text


DISPOSITION_BOOK = RuleBook(
    DISPOSITION_TABLE,
    rules_admin.current_data,
    rules_admin.history,
    rules_admin.check_draft,
    rules_admin.what_if,
    _disposition_said,
    rules_admin.publish,
    QT_TRANSLATE_NOOP("RulesTab", "These {0} rules decide every unit graded from now on, at every station."),
)
AUTHORIZATION_BOOK = RuleBook(
    auth_rules.AUTH_TABLE,
    authorization.current_data,
    authorization.history,
    authorization.check_draft,
    authorization.what_if,
    _authorization_said,
    authorization.publish,
    QT_TRANSLATE_NOOP("RulesTab", "These {0} rules decide every new and imported request from now on."),
)


class RulesTab(ConsoleTab):
    what_if_done = Signal(object)

    def __init__(
        self, worker: DbWorker, book: RuleBook = DISPOSITION_BOOK, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, parent)
        self.book = book
        self.base: dict[str, Any] = {}
        self.ui = Ui_RulesTab()
        self.ui.setupUi(self)
        self.table = self.ui.rulesTable
        self.table.setColumnCount(len(book.spec.fields))
        self.table.setHorizontalHeaderLabels([phrases.column(label) for _, label in book.spec.fields])
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
        book = self.book
        self.read(lambda s: (book.current(s), book.history(s, actor)), self._load)

    def _load(self, loaded: tuple[dict[str, Any], list[Any]]) -> None:
        data, history = loaded
        self.base = data
        self.set_rules(data["rules"])
        fill(
            self.history,
            [
                [
                    str(v.number),
                    formats.moment(v.published_at, seconds=False),
                    v.published_by,
                    str(v.rules),
                    v.why,
                ]
                for v in history
            ],
        )

    def set_rules(self, rules: list[dict[str, Any]]) -> None:
        self.table.setRowCount(len(rules))
        for r, rule in enumerate(rules):
            for c, text in enumerate(cells_of(rule, self.book.spec)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def draft(self) -> dict[str, Any]:
        """The rules as they stand in the table (read by domain.rule_table)."""
        rules = []
        spec = self.book.spec
        for r in range(self.table.rowCount()):
            cells = [item.text() if (item := self.table.item(r, c)) else "" for c in range(len(spec.fields))]
            rules.append(rule_from(r + 1, cells, spec))
        return {**self.base, "rules": rules}

    def add_rule(self) -> None:
        row = max(0, self.table.currentRow())
        self.table.insertRow(row)
        for c, value in enumerate(self.book.spec.new_rule):
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

    def _checked(self) -> Any:
        try:
            return self.book.check(self.draft())
        except ValidationFailed as exc:
            self.result.setText(self.tr("Not valid: {0}").format(phrases.say(str(exc))))
            self.message.emit(str(exc), True)
            return None

    def check(self) -> None:
        checked = self._checked()
        if checked is not None:
            warnings = "; ".join(checked.warnings)
            self.result.setText(
                self.tr("Valid: {0} rules.").format(len(checked.policy.rules))
                + (" " + self.tr("Warnings: {0}").format(warnings) if warnings else "")
            )

    def what_if(self) -> None:
        checked = self._checked()
        if checked is None:
            return
        days, draft, book = self.days.value(), checked.policy, self.book
        self.result.setText(self.tr("Running the draft over the recent past…"))
        self.read(lambda s: book.what_if(s, draft, days), self._on_what_if)

    def _on_what_if(self, result: Any) -> None:
        self.result.setText(self.book.said(result, self.currency))
        self.what_if_done.emit(result)

    def publish(self) -> None:
        checked = self._checked()
        if checked is None:
            return
        actor, data, book = self.current_actor(), self.draft(), self.book

        def go(answer: Answer) -> None:
            self.act(
                lambda s: book.publish(s, actor, data, answer.reason),
                lambda n: self.tr("Rules version {0} published").format(n),
            )

        self.ask(
            self.tr("Publish rules"),
            QCoreApplication.translate("RulesTab", str(book.reach)).format(len(checked.policy.rules)),
            go,
            ok_text=self.tr("Publish"),
        )
