"""The dialog behind every supervisor and admin action: what will happen, what to choose, and why.

One form serves them all, built from the fields an action needs: a sentence saying what will happen, an optional
choice (a disposition, an exception kind, a person), an optional number or PIN, and the reason. OK stays disabled
until everything required is filled in, so a half-answered action never reaches a service. The dialog is opened
window-modal with ``open()`` (the event loop keeps running, so the screen never freezes and a test can type into
it like a person); ``answered`` carries the answer when OK is pressed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from returns_desk.gui.choice_box import ChoiceBox
from returns_desk.gui.forms.ui_action_dialog import Ui_ActionDialog


@dataclass(frozen=True, slots=True)
class Answer:
    reason: str
    picked: tuple[Any, ...] = ()  # one value per picker, in order
    number: float | None = None
    secret: str | None = None

    @property
    def choice(self) -> Any:
        return self.picked[0] if self.picked else None


@dataclass(frozen=True, slots=True)
class Number:
    label: str
    minimum: float
    maximum: float
    value: float
    suffix: str = ""
    decimals: int = 0


class ActionDialog(QDialog):
    answered = Signal(object)  # Answer

    def __init__(
        self,
        parent: QWidget,
        title: str,
        what_happens: str,
        *,
        pickers: Sequence[tuple[str, Sequence[tuple[str, Any]]]] = (),
        number: Number | None = None,
        secret_label: str | None = None,
        reason_label: str = "",
        reason_required: bool = True,
        ok_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self._reason_required = reason_required
        self.what = self.ui.actionWhat
        self.what.setText(what_happens)
        form = self.ui.fields
        # The fields an action needs go above the reason, in order: pickers, a number, a PIN.
        row = 0
        self.pickers: list[ChoiceBox[Any]] = []
        for i, (label, choices) in enumerate(pickers):
            box: ChoiceBox[Any] = ChoiceBox(choices)
            box.setObjectName(f"actionChoice{i}")
            self.pickers.append(box)
            form.insertRow(row, label, box)
            row += 1
        self.number: QDoubleSpinBox | None = None
        if number is not None:
            self.number = QDoubleSpinBox()
            self.number.setObjectName("actionNumber")
            self.number.setDecimals(number.decimals)
            self.number.setRange(number.minimum, number.maximum)
            self.number.setValue(number.value)
            self.number.setSuffix(number.suffix)
            form.insertRow(row, number.label, self.number)
            row += 1
        self.secret: QLineEdit | None = None
        if secret_label is not None:
            self.secret = QLineEdit()
            self.secret.setObjectName("actionSecret")
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.textChanged.connect(self._update_ok)
            form.insertRow(row, secret_label, self.secret)
        self.reason = self.ui.actionReason
        if reason_label:
            self.ui.reasonLabel.setText(reason_label)
        self.reason.setPlaceholderText(self.tr("required") if reason_required else self.tr("optional"))
        self.reason.textChanged.connect(self._update_ok)
        self.buttons = self.ui.buttons
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()
        first: QWidget = self.pickers[0] if self.pickers else (self.number or self.secret or self.reason)
        first.setFocus()

    def _update_ok(self, _text: str = "") -> None:
        ready = bool(self.reason.text().strip()) or not self._reason_required
        if self.secret is not None:
            ready = ready and bool(self.secret.text())
        self.ok_button.setEnabled(ready)

    def _on_ok(self) -> None:
        if not self.ok_button.isEnabled():
            return  # Enter in a field with the reason still empty
        answer = Answer(
            self.reason.text().strip(),
            tuple(box.value() for box in self.pickers),
            self.number.value() if self.number is not None else None,
            self.secret.text() if self.secret is not None else None,
        )
        self.accept()
        self.answered.emit(answer)
