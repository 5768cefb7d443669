"""Lazy table models over the supervisors' queue and the return requests: a model holds the pages shown so far
and asks the DB worker for the next page (by keyset) when the view scrolls near the end. Filtering and sorting
happen in SQL; the model never loads the table. The total count arrives separately, after the first page is on
screen.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from returns_desk.domain.money import DEFAULT_CURRENCY
from returns_desk.gui import formats
from returns_desk.gui.words import grade_letter, word
from returns_desk.gui.worker import DbWorker
from returns_desk.services import events, queue, requests
from returns_desk.services.queue import QueueFilter, QueueRow
from returns_desk.services.requests import RequestFilter, RequestRow
from returns_desk.services.results import Actor

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, object], ...] = (
    ("reference", QT_TRANSLATE_NOOP("Columns", "LPN / case")),
    ("rma", QT_TRANSLATE_NOOP("Columns", "RMA")),
    ("sku", QT_TRANSLATE_NOOP("Columns", "SKU")),
    ("product", QT_TRANSLATE_NOOP("Columns", "Product")),
    ("state", QT_TRANSLATE_NOOP("Columns", "State")),
    ("exception_kind", QT_TRANSLATE_NOOP("Columns", "Exception")),
    ("station", QT_TRANSLATE_NOOP("Columns", "Station")),
    ("inspector", QT_TRANSLATE_NOOP("Columns", "Inspector")),
    ("grade", QT_TRANSLATE_NOOP("Columns", "Grade")),
    ("disposition", QT_TRANSLATE_NOOP("Columns", "Disposition")),
    ("at", QT_TRANSLATE_NOOP("Columns", "Received / opened")),
    ("age", QT_TRANSLATE_NOOP("Columns", "Age")),
)
EXCEPTION_TINT = QColor("#fff4e5")


def age_text(at: datetime, now: datetime) -> str:
    hours = (now - at).total_seconds() / 3600
    if hours < 1:
        return QCoreApplication.translate("Age", "{0} min").format(max(0, int(hours * 60)))
    if hours < 48:
        return QCoreApplication.translate("Age", "{0} h").format(f"{hours:.0f}")
    return QCoreApplication.translate("Age", "{0} d").format(f"{hours / 24:.0f}")


class PagedModel(QAbstractTableModel):
    """The paging, counting and formatting machinery; a subclass names its service and its columns."""

    page_loaded = Signal(int)  # rows now held, after each page
    counted = Signal(int)  # total rows for the filter
    failed = Signal(str)
    columns: tuple[tuple[str, object], ...] = ()

    def __init__(self, worker: DbWorker, page_size: int, first_filter: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.page_size = page_size
        self._rows: list[Any] = []
        self._cells: list[tuple[str, ...]] = []
        self._filter = first_filter
        self._generation = 0
        self._more = False
        self._loading = False
        self._cursor: Any = None
        self._now = events.now()
        self.total: int | None = None
        self.partial = False  # the free text matched more customers than a search reads
        self.actor: Actor | None = None  # whose list: the services check the role on every page

    # --- what a subclass says ---
    def _page(self, session: Any, actor: Actor, f: Any, cursor: Any, size: int) -> Any:
        raise NotImplementedError

    def _count(self, session: Any, actor: Actor, f: Any) -> int:
        raise NotImplementedError

    def _format(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def _tint(self, row: Any) -> QColor | None:
        return None

    # --- loading ---
    @property
    def filter(self) -> Any:
        return self._filter

    def set_filter(self, f: Any) -> None:
        """Start over with a new filter: the first page replaces what is shown, then the count follows."""
        self._filter = f
        self._generation += 1
        generation = self._generation
        self._loading = True
        self.total = None
        size, actor = self.page_size, self.actor
        if actor is None:
            return
        self._worker.submit(
            lambda s: self._page(s, actor, f, None, size),
            lambda page: self._on_first_page(generation, page),
            self._on_failed,
            read_only=True,
        )

    def refresh(self) -> None:
        self.set_filter(self._filter)

    def _on_first_page(self, generation: int, page: Any) -> None:
        if generation != self._generation:
            return  # a newer filter is on its way
        self.beginResetModel()
        self._now = events.now()
        self._rows = list(page.rows)
        self._cells = [self._format(r) for r in page.rows]
        self._more, self._cursor, self._loading = page.more, page.cursor, False
        self.partial = bool(getattr(page, "partial", False))
        self.endResetModel()
        self.page_loaded.emit(len(self._rows))
        f, actor = self._filter, self.actor
        if actor is None:
            return
        self._worker.submit(
            lambda s: self._count(s, actor, f),
            lambda n: self._on_count(generation, n),
            self._on_failed,
            read_only=True,
        )

    def _on_count(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.counted.emit(total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's default argument
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's default argument
        if parent.isValid() or not self._more or self._loading:
            return
        actor = self.actor
        if actor is None:
            return
        self._loading = True
        generation, f, cursor, size = self._generation, self._filter, self._cursor, self.page_size
        self._worker.submit(
            lambda s: self._page(s, actor, f, cursor, size),
            lambda page: self._on_next_page(generation, page),
            self._on_failed,
            read_only=True,
        )

    def _on_next_page(self, generation: int, page: Any) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._cells.extend(self._format(r) for r in page.rows)
            self.endInsertRows()
        self._more, self._cursor = page.more, page.cursor
        self.page_loaded.emit(len(self._rows))

    def clear(self) -> None:
        """Show nothing (the station was locked): the next person's rows come with their own query."""
        self._generation += 1
        self.actor = None
        self.beginResetModel()
        self._rows, self._cells, self._more, self._cursor = [], [], False, None
        self.total, self.partial, self._loading = None, False, False
        self.endResetModel()

    def _on_failed(self, message: str) -> None:
        self._loading = False
        self.failed.emit(message)

    # --- the model ---
    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._tint(self._rows[index.row()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Columns", str(self.columns[section][1]))
        return None


class QueueModel(PagedModel):
    columns = COLUMNS

    def __init__(self, worker: DbWorker, page_size: int = queue.PAGE, parent: Any = None) -> None:
        super().__init__(worker, page_size, QueueFilter(), parent)

    def _page(self, session: Any, actor: Actor, f: QueueFilter, cursor: Any, size: int) -> queue.Page:
        return queue.page(session, actor, f, cursor, size)

    def _count(self, session: Any, actor: Actor, f: QueueFilter) -> int:
        return queue.count(session, actor, f)

    def _tint(self, row: QueueRow) -> QColor | None:
        return EXCEPTION_TINT if row.exception_kind else None

    def _format(self, row: QueueRow) -> tuple[str, ...]:
        # Cells are formatted once per page, not on every paint.
        return (
            row.reference,
            row.rma or "",
            row.sku or "",
            row.product or "",
            word("unit", row.state),
            word("exception", row.exception_kind) if row.exception_kind else "",
            row.station or "",
            row.inspector or "",
            grade_letter(row.grade) if row.grade else "",
            word("disposition", row.disposition) if row.disposition else "",
            formats.moment(row.at, seconds=False),
            age_text(row.at, self._now),
        )


REQUEST_COLUMNS: tuple[tuple[str, object], ...] = (
    ("status", QT_TRANSLATE_NOOP("Columns", "Status")),
    ("rma", QT_TRANSLATE_NOOP("Columns", "RMA")),
    ("order", QT_TRANSLATE_NOOP("Columns", "Order")),
    ("customer", QT_TRANSLATE_NOOP("Columns", "Customer")),
    ("items", QT_TRANSLATE_NOOP("Columns", "Items")),
    ("requested", QT_TRANSLATE_NOOP("Columns", "Requested")),
    ("delivered", QT_TRANSLATE_NOOP("Columns", "Delivered")),
    ("value", QT_TRANSLATE_NOOP("Columns", "Value")),
    ("resolution", QT_TRANSLATE_NOOP("Columns", "Wants")),
    ("age", QT_TRANSLATE_NOOP("Columns", "Age")),
    ("tracking", QT_TRANSLATE_NOOP("Columns", "Tracking")),
    ("where", QT_TRANSLATE_NOOP("Columns", "Parcel")),
)
PENDING_TINT = QColor("#e8f0fe")


class RequestsModel(PagedModel):
    columns = REQUEST_COLUMNS

    def __init__(self, worker: DbWorker, page_size: int = requests.PAGE, parent: Any = None) -> None:
        super().__init__(worker, page_size, RequestFilter(), parent)
        self.currency = DEFAULT_CURRENCY

    def _page(
        self, session: Any, actor: Actor, f: RequestFilter, cursor: Any, size: int
    ) -> requests.RequestPage:
        return requests.page(session, actor, f, cursor, size)

    def _count(self, session: Any, actor: Actor, f: RequestFilter) -> int:
        return requests.count(session, actor, f)

    def _tint(self, row: RequestRow) -> QColor | None:
        return PENDING_TINT if row.status.value == "requested" else None

    def _format(self, row: RequestRow) -> tuple[str, ...]:
        return (
            word("status", row.status.value),
            row.rma,
            row.order_number,
            row.customer,
            str(row.items),
            formats.moment(row.requested_at, seconds=False),
            formats.day(row.delivered_at) if row.delivered_at else "",
            formats.money(row.value_cents, self.currency),
            word("resolution", row.resolution),
            age_text(row.requested_at, self._now),
            row.tracking or "",
            word("parcel", row.where),
        )
