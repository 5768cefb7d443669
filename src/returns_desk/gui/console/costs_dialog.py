"""The cost rates the cost of returns is figured with: what the app cannot know from its rows (a return label
whose cost was not imported, handling minutes, the labour rate, disposal, and what each disposition recovers)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from returns_desk.domain.vocab import Disposition
from returns_desk.gui import words
from returns_desk.services.analytics import MAX_MINUTES, MAX_RATE_CENTS, CostSettings


def _money(name: str, cents: int, currency: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setDecimals(2)
    box.setRange(0, MAX_RATE_CENTS / 100)
    box.setSuffix(f" {currency}")
    box.setValue(cents / 100)
    return box


class CostsDialog(QDialog):
    answered = Signal(object, str)  # CostSettings, reason

    def __init__(self, parent: QWidget, costs: CostSettings, currency: str) -> None:
        super().__init__(parent)
        self.setObjectName("costsDialog")
        self.setWindowTitle(self.tr("Cost rates of returns"))
        self.shipping = _money("costShipping", costs.shipping_cents_per_parcel, currency)
        self.hourly = _money("costHourly", costs.hourly_rate_cents, currency)
        self.disposal = _money("costDisposal", costs.disposal_cents_per_unit, currency)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("costMinutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(costs.handling_minutes_per_unit)
        form = QFormLayout()
        form.addRow(self.tr("Return shipping per parcel (when the file gave none)"), self.shipping)
        form.addRow(self.tr("Handling at the dock, per unit"), self.minutes)
        form.addRow(self.tr("Labour rate per hour (dock and bench)"), self.hourly)
        form.addRow(self.tr("Disposal per unit"), self.disposal)
        self.recovery: dict[str, QSpinBox] = {}
        for disposition in Disposition:
            box = QSpinBox()
            box.setObjectName(f"costRecovery_{disposition.value}")
            box.setRange(0, 100)
            box.setSuffix(" %")
            box.setValue(costs.recovery_percent.get(disposition.value, 0))
            self.recovery[disposition.value] = box
            form.addRow(
                self.tr("Recovered when {0} (of cost price)").format(
                    words.word("disposition", disposition.value)
                ),
                box,
            )
        self.reason = QLineEdit()
        self.reason.setObjectName("costReason")
        self.reason.setPlaceholderText(self.tr("Why the rates change (kept in the audit trail)"))
        self.reason.setMinimumWidth(280)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("The cost of returns uses these where the rows cannot say: imported shipping costs win.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def costs(self) -> CostSettings:
        return CostSettings(
            shipping_cents_per_parcel=round(self.shipping.value() * 100),
            handling_minutes_per_unit=self.minutes.value(),
            hourly_rate_cents=round(self.hourly.value() * 100),
            disposal_cents_per_unit=round(self.disposal.value() * 100),
            recovery_percent={name: box.value() for name, box in self.recovery.items()},
        )

    def _save(self) -> None:
        if not self.reason.text().strip():
            return
        self.answered.emit(self.costs(), self.reason.text().strip())
        self.accept()
