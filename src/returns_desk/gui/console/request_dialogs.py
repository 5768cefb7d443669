"""The Requests tab's two dialogs: making a request for a customer (find the order, pick lines and quantities,
reason, what they want, their photos; the policy verdict shows before saving) and settling an inspected return
(the proposal per line, amounts a supervisor may change with a reason)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QHeaderView,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from returns_desk.domain.money import minor_digits
from returns_desk.domain.vocab import ReasonCode, Resolution
from returns_desk.gui import formats, phrases, words
from returns_desk.gui.choice_box import ChoiceBox
from returns_desk.gui.forms.ui_new_request import Ui_NewRequestDialog
from returns_desk.gui.forms.ui_settle import Ui_SettleDialog
from returns_desk.gui.worker import DbWorker
from returns_desk.services import desk_requests, photos, settlement
from returns_desk.services.desk_requests import OrderChoice, Pick
from returns_desk.services.results import Actor

RED, GREEN = "color: #b00020", "color: #1b5e20"


class _Dialog(QDialog):
    done_text = Signal(str)  # what was saved, for the console's message line

    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.worker, self.actor = worker, actor
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def run(
        self, work: Callable[[Session], Any], done: Callable[[Any], None], *, read_only: bool = False
    ) -> None:
        self.worker.submit(work, done, self.fail, read_only=read_only)

    def fail(self, message: str) -> None:
        self.say(message, error=True)

    def say(self, text: str, *, error: bool = False) -> None:
        raise NotImplementedError


class NewRequestDialog(_Dialog):
    created = Signal(str)  # the new request's RMA

    def __init__(self, worker: DbWorker, actor: Actor, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(worker, actor, parent)
        self.data_dir = data_dir
        self.ui = Ui_NewRequestDialog()
        self.ui.setupUi(self)
        self.orders: list[OrderChoice] = []
        self.order: OrderChoice | None = None
        self.photos: list[str] = []
        self.quantities: list[QSpinBox] = []
        self.reasons: list[ChoiceBox[ReasonCode]] = []
        self.resolution: ChoiceBox[Resolution] = self.ui.newResolution
        self.resolution.set_choices((words.word("resolution", r.value), r) for r in Resolution)
        for table in (self.ui.newOrders, self.ui.newLines):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.newSearch.returnPressed.connect(self.find_orders)
        self.ui.new_find.clicked.connect(self.find_orders)
        self.ui.newOrders.currentCellChanged.connect(lambda row, *_: self.choose(row))
        self.ui.new_photos.clicked.connect(self.add_photos)
        self.ui.new_create.clicked.connect(self.make_request)
        self.ui.new_close.clicked.connect(self.reject)
        self.file_dialog: QFileDialog | None = None
        self.resize(980, 640)

    def say(self, text: str, *, error: bool = False) -> None:
        self.ui.newVerdict.setStyleSheet(RED if error else "")
        self.ui.newVerdict.setText(text)

    def find_orders(self) -> None:
        actor, text = self.actor, self.ui.newSearch.text()
        self.run(lambda s: desk_requests.find_orders(s, actor, text), self._found, read_only=True)

    def _found(self, orders: list[OrderChoice]) -> None:
        self.orders = orders
        table = self.ui.newOrders
        table.setRowCount(len(orders))
        for r, o in enumerate(orders):
            cells = (
                o.number,
                o.customer,
                o.email,
                words.word("channel", o.channel),
                formats.day(o.ordered_at),
                formats.day(o.delivered_at) if o.delivered_at else "",
            )
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
        if orders:
            table.blockSignals(True)  # the lines are shown once, below
            table.setCurrentCell(0, 0)
            table.blockSignals(False)
            self.choose(0)
        else:
            self.choose(-1)
            self.say(self.tr("No order matches: try the order number or the customer's e-mail."), error=True)

    def choose(self, row: int) -> None:
        order = self.orders[row] if 0 <= row < len(self.orders) else None
        if order is not None and order == self.order and self.quantities:
            return  # the same order again: what was picked stays
        self.order = order
        lines = self.order.lines if self.order is not None else ()
        table = self.ui.newLines
        table.setRowCount(len(lines))
        self.quantities, self.reasons = [], []
        for r, line in enumerate(lines):
            policy = (
                self.tr("{0} days, inside") if line.inside_window else self.tr("{0} days, outside")
            ).format(line.window_days)
            for c, text in enumerate((line.sku, line.product, str(line.sold), str(line.returned))):
                table.setItem(r, c, QTableWidgetItem(text))
            quantity = QSpinBox()
            quantity.setRange(0, line.returnable)
            quantity.setObjectName(f"newQuantity{r}")
            quantity.valueChanged.connect(lambda _v: self.show_verdict())
            reason: ChoiceBox[ReasonCode] = ChoiceBox(
                (words.word("reason", code.value), code) for code in ReasonCode
            )
            reason.setObjectName(f"newReason{r}")
            table.setCellWidget(r, 4, quantity)
            table.setCellWidget(r, 5, reason)
            table.setItem(
                r, 6, QTableWidgetItem(policy if line.window_days > 0 else self.tr("not returnable"))
            )
            self.quantities.append(quantity)
            self.reasons.append(reason)
        self.show_verdict()

    def picks(self) -> list[Pick]:
        if self.order is None:
            return []
        return [
            Pick(line.order_line_id, box.value(), reason.value())
            for line, box, reason in zip(self.order.lines, self.quantities, self.reasons, strict=True)
            if box.value() > 0
        ]

    def show_verdict(self) -> None:
        picks = self.picks()
        if self.order is None or not picks:
            found = self.tr("{0} order(s) found.").format(len(self.orders)) + " " if self.orders else ""
            self.say(found + self.tr("Pick a quantity for each line coming back."))
            return
        self.say(" ".join(phrases.say(v) for v in desk_requests.verdict(self.order, picks)))

    def add_photos(self) -> None:
        dialog = QFileDialog(
            self,
            self.tr("The customer's photos"),
            str(Path.home()),
            self.tr("Images (*.jpg *.jpeg *.png *.webp)"),
        )
        dialog.setObjectName("newPhotosDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.filesSelected.connect(self.store_photos)
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()

    def store_photos(self, names: list[str]) -> None:
        """Each file checked and kept like an inspection photo (a file that is no image is refused, with why)."""
        data_dir = self.data_dir

        def keep(_session: Session) -> list[str]:
            return [photos.store(data_dir, Path(name)) for name in names]

        def kept(refs: list[str]) -> None:
            self.photos.extend(refs)
            self.ui.newPhotos.setText(self.tr("{0} photo(s)").format(len(self.photos)))

        self.run(keep, kept, read_only=True)

    def make_request(self) -> None:
        if self.order is None:
            self.say(self.tr("Find the order first."), error=True)
            return
        actor, order_id, picks = self.actor, self.order.order_id, self.picks()
        resolution, comment, refs = self.resolution.value(), self.ui.newComment.text(), list(self.photos)
        self.run(
            lambda s: desk_requests.create(s, actor, order_id, picks, resolution, comment, refs),
            self._created,
        )

    def _created(self, made: desk_requests.Created) -> None:
        text = self.tr("{0} made: {1} ({2}: {3}).").format(
            made.rma, words.word("status", made.status.value), made.decision.rule_id, made.decision.why
        )
        self.say(text)
        self.done_text.emit(text)
        self.created.emit(made.rma)
        self.accept()


class SettleDialog(_Dialog):
    settled = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        actor: Actor,
        rma: str,
        currency: str,
        version: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, actor, parent)
        self.rma, self.currency, self.version = rma, currency, version
        self.ui = Ui_SettleDialog()
        self.ui.setupUi(self)
        self.offer: settlement.Proposal | None = None
        self.amounts: list[QDoubleSpinBox] = []
        self.ui.settleLines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.settle_confirm.clicked.connect(self.confirm)
        self.ui.settle_close.clicked.connect(self.reject)
        self.resize(900, 420)
        self.run(lambda s: settlement.proposal(s, actor, rma), self._show, read_only=True)

    def say(self, text: str, *, error: bool = False) -> None:
        self.ui.settleTotal.setStyleSheet(RED if error else "")
        self.ui.settleTotal.setText(text)

    def _show(self, offer: settlement.Proposal) -> None:
        self.offer = offer
        digits = minor_digits(self.currency)
        self.ui.settleHeader.setText(
            self.tr(
                "{0} is {1}; the customer wants {2}. The proposal comes from the grades (full, less a restocking "
                "fee, or withheld)."
            ).format(
                offer.rma,
                words.word("status", offer.status.value),
                words.word("resolution", offer.resolution.value),
            )
        )
        table = self.ui.settleLines
        table.setRowCount(len(offer.lines))
        self.amounts = []
        for r, line in enumerate(offer.lines):
            cells = (
                line.sku,
                line.product,
                str(line.quantity),
                formats.money(line.paid_cents, self.currency),
                formats.money(line.proposed_cents, self.currency),
            )
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
            amount = QDoubleSpinBox()
            amount.setObjectName(f"settleAmount{r}")
            amount.setDecimals(digits)
            amount.setRange(0, line.paid_cents / 10**digits)
            amount.setValue(line.proposed_cents / 10**digits)
            amount.valueChanged.connect(lambda _v: self.show_total())
            table.setCellWidget(r, 5, amount)
            table.setItem(r, 6, QTableWidgetItem(line.why))
            self.amounts.append(amount)
        self.show_total()

    def chosen(self) -> dict[int, int]:
        assert self.offer is not None
        digits = minor_digits(self.currency)
        return {
            line.return_line_id: round(box.value() * 10**digits)
            for line, box in zip(self.offer.lines, self.amounts, strict=True)
        }

    def show_total(self) -> None:
        if self.offer is not None:
            total = sum(self.chosen().values())
            self.say(
                self.tr("Total {0} (proposed {1})").format(
                    formats.money(total, self.currency), formats.money(self.offer.total_cents, self.currency)
                )
            )

    def confirm(self) -> None:
        if self.offer is None:
            return
        actor, rma, currency, version = self.actor, self.rma, self.currency, self.version
        amounts, reason = self.chosen(), self.ui.settleReason.text()
        self.run(
            lambda s: settlement.confirm(s, actor, rma, currency, amounts, reason, seen_version=version),
            self._done,
        )

    def _done(self, status: Any) -> None:
        text = self.tr("{0} settled: {1}.").format(self.rma, words.word("status", status.value))
        self.done_text.emit(text)
        self.settled.emit(self.rma)
        self.accept()
