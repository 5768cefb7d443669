"""The Requests tab: every return request in one lazily paged list, its filters, the detail of the one selected,
and what a supervisor does to requests: authorize or reject (one or many at once), cancel, settle, make a new one
for a customer, save its return slip, export settlements for the payments team."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QUrl, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from returns_desk.barcodes.slip import pdf_bytes
from returns_desk.domain.money import DEFAULT_CURRENCY
from returns_desk.domain.vocab import Channel, ReasonCode, ReturnStatus
from returns_desk.gui import formats, words
from returns_desk.gui.action_dialog import Answer
from returns_desk.gui.choice_box import ChoiceBox
from returns_desk.gui.console.base import ConsoleTab, any_choice, days_utc, search_as_you_type
from returns_desk.gui.console.request_detail import PHOTO_SCHEME, PhotoDialog, detail_html
from returns_desk.gui.console.request_dialogs import NewRequestDialog, SettleDialog
from returns_desk.gui.forms.ui_requests_tab import Ui_RequestsTab
from returns_desk.gui.queue_model import RequestsModel
from returns_desk.gui.worker import DbWorker
from returns_desk.services import (
    authorization,
    desk_requests,
    mail_sender,
    request_detail,
    settlement,
    supervision,
)
from returns_desk.services.analytics import Scope
from returns_desk.services.photos import photo_path
from returns_desk.services.request_detail import RequestDetail
from returns_desk.services.requests import RequestFilter, RequestRow
from returns_desk.services.results import Actor

OPEN = (
    ReturnStatus.REQUESTED.value,
    ReturnStatus.APPROVED.value,
    ReturnStatus.RECEIVED.value,
    ReturnStatus.INSPECTED.value,
)


@dataclass(frozen=True, slots=True)
class Narrowed:
    """What an Analytics bar narrowed the list to, beyond the filters on screen."""

    region: str | None = None
    category: str | None = None
    product_id: int | None = None
    sku: str = ""

    def text(self) -> str:
        parts = [
            QCoreApplication.translate("RequestsTab", "product {0}").format(self.sku)
            if self.product_id is not None
            else "",
            QCoreApplication.translate("RequestsTab", "region {0}").format(self.region)
            if self.region
            else "",
            QCoreApplication.translate("RequestsTab", "category {0}").format(self.category)
            if self.category
            else "",
        ]
        return ", ".join(p for p in parts if p)


class RequestsTab(ConsoleTab):
    detail_shown = Signal(object)  # RequestDetail

    def __init__(self, worker: DbWorker, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.data_dir = data_dir
        self.model = RequestsModel(worker, parent=self)
        self.ui = Ui_RequestsTab()
        self.ui.setupUi(self)
        self.view = self.ui.requestsView
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        moment, day = formats.widths(self.view)
        for column, width in enumerate((90, 135, 80, 140, 45, moment, day, 85, 85, 50, 160)):
            self.view.setColumnWidth(column, width)
        self.detail_view = self.ui.requestsDetail
        self.ui.requestsSplit.setSizes([300, 300])
        self.text = self.ui.requestsSearch
        self.status: ChoiceBox[tuple[str, ...]] = self.ui.requestsStatus
        self.status.set_choices(
            [(any_choice(), ()), (self.tr("Open"), OPEN)]
            + [(words.word("status", s.value), (s.value,)) for s in ReturnStatus]
        )
        self.channel: ChoiceBox[str | None] = self.ui.requestsChannel
        self.channel.set_choices(
            [(self.tr("Any channel"), None)] + [(words.word("channel", c.value), c.value) for c in Channel]
        )
        self.reason: ChoiceBox[str | None] = self.ui.requestsReason
        self.reason.set_choices(
            [(self.tr("Any reason"), None)] + [(words.word("reason", r.value), r.value) for r in ReasonCode]
        )
        self.order: ChoiceBox[bool] = self.ui.requestsOrder
        self.order.set_choices([(self.tr("Newest first"), False), (self.tr("Oldest first"), True)])
        self.use_dates = self.ui.requestsUseDates
        self.date_from, self.date_to = self.ui.requestsFrom, self.ui.requestsTo
        self.date_from.setDate(QDate.currentDate().addDays(-30))
        self.date_to.setDate(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(formats.date_pattern())
        self.text.setMinimumWidth(120)
        for box in (self.status, self.channel, self.reason, self.order):  # narrow on a 1024-pixel screen
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(5)
        self.count_label = self.ui.requestsCount
        self.narrowed = Narrowed()
        self.narrowed_label = QLabel()
        self.narrowed_label.setObjectName("requestsNarrowed")
        self.narrowed_clear = QPushButton(self.tr("Show all products and regions"))
        self.narrowed_clear.setObjectName("requestsNarrowedClear")
        self.narrowed_clear.clicked.connect(self.clear_narrowed)
        note = QHBoxLayout()
        note.addWidget(self.narrowed_label, 1)
        note.addWidget(self.narrowed_clear)
        stack = self.layout()
        assert isinstance(stack, QVBoxLayout)
        stack.insertLayout(1, note)
        self._show_narrowed()
        self.buttons: dict[str, QPushButton] = {
            key: getattr(self.ui, f"requests_{key}")
            for key in ("new", "authorize", "reject", "cancel", "settle", "slip", "export")
        }
        self.detail: RequestDetail | None = None
        self.dialog_open: NewRequestDialog | SettleDialog | None = None
        self.photo: PhotoDialog | None = None
        self._select_rma: str | None = None
        self._debounce = search_as_you_type(self, self.text, self.apply_filter)
        for box in (self.status, self.channel, self.reason, self.order):
            box.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.use_dates.toggled.connect(lambda _: self.apply_filter())
        self.date_from.dateChanged.connect(self._on_date)
        self.date_to.dateChanged.connect(self._on_date)
        self.model.page_loaded.connect(self._on_page)
        self.model.counted.connect(
            lambda n: self.count_label.setText(self.tr("{0} requests").format(formats.number(n)))
        )
        self.model.failed.connect(lambda m: self.message.emit(m, True))
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.show_row(current.row())
        )
        self.detail_view.anchorClicked.connect(self.open_photo)
        self.buttons["new"].clicked.connect(self.new_request)
        self.buttons["authorize"].clicked.connect(self.authorize)
        self.buttons["reject"].clicked.connect(lambda: self.end(reject=True))
        self.buttons["cancel"].clicked.connect(lambda: self.end(reject=False))
        self.buttons["settle"].clicked.connect(self.settle)
        self.buttons["slip"].clicked.connect(self.save_slip)
        self.buttons["export"].clicked.connect(self.export_settlements)

    # --- the list ---
    def set_actor(self, actor: Actor) -> None:
        super().set_actor(actor)
        self.model.actor = actor

    def _on_date(self, _: QDate) -> None:
        if self.use_dates.isChecked():
            self.apply_filter()

    def clear(self) -> None:
        super().clear()
        self.model.clear()
        self.detail = None
        self.detail_view.clear()
        self.narrowed = Narrowed()  # what the last person drilled into is theirs
        self._show_narrowed()
        for dialog in (self.dialog_open, self.photo):
            if dialog is not None:
                dialog.reject()

    def refresh(self) -> None:
        if self.detail is not None and self._select_rma is None:
            self._select_rma = self.detail.rma  # the request shown stays shown
        self.model.currency = self.currency
        self.apply_filter()

    def current_filter(self) -> RequestFilter:
        f = RequestFilter(
            statuses=self.status.value(),
            channel=self.channel.value(),
            reason=self.reason.value(),
            text=self.text.text().strip(),
            oldest_first=self.order.value(),
            region=self.narrowed.region,
            product_id=self.narrowed.product_id,
            category=self.narrowed.category,
        )
        if self.use_dates.isChecked():
            start, end = days_utc(self.date_from.date(), self.date_to.date())
            f = replace(f, requested_from=start, requested_to=end)
        return f

    def show_drilled(
        self, what: str, value: str, first: date, last: date, scope: Scope | None = None
    ) -> None:
        """The requests behind a bar of the Analytics tab: any status, its days, the bar's reason, channel,
        product, region or category, and the filters the Analytics tab had (a product is "id:SKU")."""
        product_id, sku = (
            (int(value.split(":", 1)[0]), value.split(":", 1)[1]) if what == "product" else (None, "")
        )
        if product_id is None and scope is not None and scope.product_id is not None:
            product_id, sku = scope.product_id, f"#{scope.product_id}"
        self.narrowed = Narrowed(
            region=value if what == "region" else scope.region if scope else None,
            category=value if what == "category" else scope.category if scope else None,
            product_id=product_id,
            sku=sku,
        )
        self._show_narrowed()
        chosen = {
            "channel": value if what == "channel" else scope.channel if scope else None,
            "reason": value if what == "reason" else None,
        }
        widgets = (
            self.status,
            self.channel,
            self.reason,
            self.use_dates,
            self.date_from,
            self.date_to,
            self.text,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.status.setCurrentIndex(0)
        for box, kind in ((self.channel, "channel"), (self.reason, "reason")):
            known, wanted = box.values(), chosen[kind]
            box.setCurrentIndex(known.index(wanted) if wanted in known else 0)
        self.text.clear()
        self.use_dates.setChecked(True)
        self.date_from.setDate(QDate(first.year, first.month, first.day))
        self.date_to.setDate(QDate(last.year, last.month, last.day))
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()

    def _show_narrowed(self) -> None:
        text = self.narrowed.text()
        self.narrowed_label.setText(self.tr("Narrowed from Analytics to {0}.").format(text) if text else "")
        self.narrowed_label.setVisible(bool(text))
        self.narrowed_clear.setVisible(bool(text))

    def clear_narrowed(self) -> None:
        self.narrowed = Narrowed()
        self._show_narrowed()
        self.apply_filter()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.count_label.setText(self.tr("Counting…"))
        self.model.set_filter(self.current_filter())

    def search_scan(self, code: str) -> None:
        """A scanned label (RMA, tracking, order, plate) opens its request, whatever the filters were."""
        actor = self.current_actor()

        def found(request_id: int | None) -> None:
            if request_id is None:
                self.message.emit(self.tr("No return request matches {0}.").format(code), True)
                return
            self.load_detail(request_id)

        self.read(lambda s: request_detail.find_id(s, actor, code), found)

    def _on_page(self, rows: int) -> None:
        if self._select_rma is None:
            if self.detail is None and rows:
                self.view.selectRow(0)
            return
        for i in range(rows):
            row: RequestRow | None = self.model.row_at(i)
            if row is not None and row.rma == self._select_rma:
                self.view.selectRow(i)
                break
        self._select_rma = None

    def selected_rows(self) -> list[RequestRow]:
        picked = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [row for i in picked if (row := self.model.row_at(i)) is not None]

    def show_row(self, row: int) -> None:
        found: RequestRow | None = self.model.row_at(row)
        if found is not None:
            self.load_detail(found.id)

    def load_detail(self, request_id: int) -> None:
        actor = self.current_actor()
        self.read(lambda s: request_detail.detail(s, actor, request_id), self._show_detail)

    def _show_detail(self, detail: RequestDetail) -> None:
        self.detail = detail
        self.detail_view.setHtml(detail_html(detail, self.currency or DEFAULT_CURRENCY, self.data_dir))
        self.detail_shown.emit(detail)

    def open_photo(self, url: QUrl) -> None:
        if url.scheme() != PHOTO_SCHEME:
            return
        self.photo = PhotoDialog(photo_path(self.data_dir, url.path()), self)
        self.photo.finished.connect(lambda _code: setattr(self, "photo", None))
        self.photo.open()

    # --- actions ---
    def _chosen(self, what: str, statuses: tuple[ReturnStatus, ...]) -> list[str]:
        """The chosen requests in one of ``statuses``; else a message saying which to select (``what`` is the
        message, with the statuses' names for its ``{0}``)."""
        rows = self.selected_rows()
        if not rows and self.detail is not None:
            rows_rmas = [(self.detail.rma, self.detail.status)]
        else:
            rows_rmas = [(r.rma, r.status) for r in rows]
        fit = [rma for rma, status in rows_rmas if status in statuses]
        if not fit:
            names = ", ".join(words.word("status", s.value) for s in statuses)
            self.message.emit(what.format(names), True)
        return fit

    def authorize(self) -> None:
        rmas = self._chosen(self.tr("Select the requests to authorize ({0})."), (ReturnStatus.REQUESTED,))
        if not rmas:
            return
        actor = self.current_actor()

        def go(answer: Answer) -> None:
            self.act(
                lambda s: authorization.authorize(s, actor, rmas, answer.reason),
                lambda n: self.tr("{0} request(s) authorized; the customers are e-mailed.").format(n),
            )

        self.ask(
            self.tr("Authorize"),
            self.tr(
                "Authorize {0} pending request(s): {1}. Each customer gets the authorization and a return slip."
            ).format(len(rmas), ", ".join(rmas[:5]) + ("…" if len(rmas) > 5 else "")),
            go,
            ok_text=self.tr("Authorize"),
        )

    def end(self, *, reject: bool) -> None:
        open_states = tuple(ReturnStatus(s) for s in OPEN)
        rmas = self._chosen(
            self.tr("Select the requests to reject ({0}).")
            if reject
            else self.tr("Select the requests to cancel ({0})."),
            open_states,
        )
        if not rmas:
            return
        actor = self.current_actor()

        def go(answer: Answer) -> None:
            def work(s: Session) -> int:
                if reject:
                    return authorization.reject(s, actor, rmas, answer.reason)
                for rma in rmas:
                    supervision.cancel_return(s, actor, rma, answer.reason)
                return len(rmas)

            done = self.tr("{0} request(s) rejected.") if reject else self.tr("{0} request(s) cancelled.")
            self.act(work, lambda n: done.format(n))

        what = (
            self.tr(
                "Reject {0} request(s): units are settled where the rules proposed, open cases closed, no refund "
                "is paid, and each customer is e-mailed."
            )
            if reject
            else self.tr(
                "Cancel {0} request(s): units are settled where the rules proposed, open cases closed, no refund "
                "is paid, and each customer is e-mailed."
            )
        )
        title = self.tr("Reject") if reject else self.tr("Cancel return")
        self.ask(title, what.format(len(rmas)), go, ok_text=title)

    def settle(self) -> None:
        if self.detail is None or self.detail.status is not ReturnStatus.INSPECTED:
            self.message.emit(self.tr("Select an inspected request to settle."), True)
            return
        dialog = SettleDialog(
            self.worker, self.current_actor(), self.detail.rma, self.currency, self.detail.version, self
        )
        self._open(dialog)

    def new_request(self) -> None:
        dialog = NewRequestDialog(self.worker, self.current_actor(), self.data_dir, self)
        dialog.created.connect(self._on_created)
        self._open(dialog)

    def _open(self, dialog: NewRequestDialog | SettleDialog) -> None:
        dialog.done_text.connect(lambda text: self.message.emit(text, False))
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(lambda _code: self._closed(dialog))
        self.dialog_open = dialog
        dialog.open()

    def _closed(self, dialog: NewRequestDialog | SettleDialog) -> None:
        if self.dialog_open is dialog:
            self.dialog_open = None
        dialog.deleteLater()

    def _on_created(self, rma: str) -> None:
        self._select_rma = rma
        self.text.blockSignals(True)
        self.text.setText(rma)
        self.text.blockSignals(False)

    def save_slip(self) -> None:
        if self.detail is None:
            self.message.emit(self.tr("Select a request first."), True)
            return
        rma = self.detail.rma
        self.save_dialog(
            self.tr("Return slip {0}").format(rma),
            f"return-slip-{rma}.pdf",
            self.tr("PDF files (*.pdf)"),
            "pdf",
            lambda name: self.write_slip(rma, Path(name)),
        )

    def write_slip(self, rma: str, path: Path) -> None:
        def made(session: Session) -> bytes:
            smtp = mail_sender.mail_settings(session)
            return pdf_bytes(desk_requests.slip_data(session, rma, smtp.shop_name, smtp.ship_to))

        def write(data: bytes) -> None:
            try:
                path.write_bytes(data)
            except OSError as exc:
                self.message.emit(
                    self.tr("Could not write {0}: {1}").format(path.name, exc.strerror or exc), True
                )
                return
            self.message.emit(self.tr("Return slip for {0} saved as {1}.").format(rma, path.name), False)

        self.read(made, write)

    def export_settlements(self) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M")
        self.save_dialog(
            self.tr("Export settlements"),
            f"settlements-{stamp}.csv",
            self.tr("CSV files (*.csv)"),
            "csv",
            lambda name: self.export_to(Path(name)),
        )

    def export_to(self, path: Path, *, again: bool = False) -> None:
        actor = self.current_actor()
        self.act(
            lambda s: settlement.export_csv(s, actor, path, again=again),
            lambda report: self.tr("{0} refund line(s) written to {1}.").format(
                report.lines, report.path.name
            ),
        )
