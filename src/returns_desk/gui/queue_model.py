"""A lazy table model over the supervisors' queue: it holds the pages shown so far and asks the DB worker for the
next page (by keyset) when the view scrolls near the end. Filtering and sorting happen in SQL; the model never
loads the table. The total count arrives separately, after the first page is on screen.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from returns_desk.gui.worker import DbWorker
from returns_desk.services import events, queue
from returns_desk.services.queue import QueueFilter, QueueRow
from returns_desk.services.results import Actor

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    ("reference", "LPN / case"),
    ("rma", "RMA"),
    ("sku", "SKU"),
    ("product", "Product"),
    ("state", "State"),
    ("exception_kind", "Exception"),
    ("station", "Station"),
    ("inspector", "Inspector"),
    ("grade", "Grade"),
    ("disposition", "Disposition"),
    ("at", "Received / opened"),
    ("age", "Age"),
)
EXCEPTION_TINT = QColor("#fff4e5")


def age_text(at: datetime, now: datetime) -> str:
    hours = (now - at).total_seconds() / 3600
    if hours < 1:
        return f"{max(0, int(hours * 60))} min"
    if hours < 48:
        return f"{hours:.0f} h"
    return f"{hours / 24:.0f} d"


class QueueModel(QAbstractTableModel):
    page_loaded = Signal(int)  # rows now held, after each page
    counted = Signal(int)  # total rows for the filter
    failed = Signal(str)

    def __init__(self, worker: DbWorker, page_size: int = queue.PAGE, parent: Any = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.page_size = page_size
        self._rows: list[QueueRow] = []
        self._cells: list[tuple[str, ...]] = []
        self._filter = QueueFilter()
        self._generation = 0
        self._more = False
        self._loading = False
        self._cursor: tuple[datetime, int, int] | None = None
        self._now = events.now()
        self.total: int | None = None
        self.partial = False  # the free text matched more customers than a search reads
        self.actor: Actor | None = None  # whose queue: the services check the role on every page

    # --- loading ---
    @property
    def filter(self) -> QueueFilter:
        return self._filter

    def set_filter(self, f: QueueFilter) -> None:
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
            lambda s: queue.page(s, actor, f, None, size),
            lambda page: self._on_first_page(generation, page),
            self._on_failed,
            read_only=True,
        )

    def refresh(self) -> None:
        self.set_filter(self._filter)

    def _on_first_page(self, generation: int, page: queue.Page) -> None:
        if generation != self._generation:
            return  # a newer filter is on its way
        self.beginResetModel()
        self._now = events.now()
        self._rows = list(page.rows)
        self._cells = [self._format(r) for r in page.rows]
        self._more, self._cursor, self._loading = page.more, page.cursor, False
        self.partial = page.partial
        self.endResetModel()
        self.page_loaded.emit(len(self._rows))
        f, actor = self._filter, self.actor
        if actor is None:
            return
        self._worker.submit(
            lambda s: queue.count(s, actor, f),
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
            lambda s: queue.page(s, actor, f, cursor, size),
            lambda page: self._on_next_page(generation, page),
            self._on_failed,
            read_only=True,
        )

    def _on_next_page(self, generation: int, page: queue.Page) -> None:
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
    def row_at(self, row: int) -> QueueRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and self._rows[index.row()].exception_kind:
            return EXCEPTION_TINT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][1]
        return None

    def _format(self, row: QueueRow) -> tuple[str, ...]:
        # Cells are formatted once per page, not on every paint.
        return (
            row.reference,
            row.rma or "",
            row.sku or "",
            row.product or "",
            row.state.replace("_", " "),
            (row.exception_kind or "").replace("_", " "),
            row.station or "",
            row.inspector or "",
            row.grade or "",
            (row.disposition or "").replace("_", " "),
            row.at.strftime("%Y-%m-%d %H:%M"),
            age_text(row.at, self._now),
        )
