"""Importing return requests: our own CSV/JSON, or a shop platform's export read through its preset.

Our own columns (CSV header or JSON keys), one row per returned line; rows sharing an ``rma_number`` form one
request:

  required  rma_number, order_number, sku, quantity, reason
  optional  tracking_number, carrier, status, resolution, requested_at, customer_comment, line_comment,
            unit_price (e.g. 49.99), and, for an order not yet in the database: customer_email (required then),
            customer_name, customer_language, channel, region, ordered_at, delivered_at

JSON is either a list of such rows or ``{"returns": [{..request fields.., "lines": [{sku, quantity, reason,
line_comment, unit_price}, ...]}]}``; its "line" in messages is the record number (request, or request.line).
A platform's export is read as its preset says (``services/presets.py``, ``services/platforms/*.toml``).

A request is known by the platform's own id of it (our RMA number for our format). Importing it again changes it
in place: its status (through the lifecycle's own moves), resolution, comment, tracking number and, while its
parcel has not arrived, its lines; each change is a ``return.import_updated`` event naming what changed. A file
unchanged since the last import changes nothing.

The file is read as a stream, a batch of requests at a time, in the caller's transaction: memory stays flat at a
million lines. The rows of one request must be consecutive (every platform writes them so). A file with any bad
row imports nothing (the caller's transaction is rolled back when ``ImportRejected`` comes out), unless
``skip_bad``: then the good requests are imported and the bad ones' rows (a request with one bad row is bad as a
whole) go to ``FILE.rejects.csv`` beside the input, with an ``error`` column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, text
from sqlalchemy.orm import Session

from returns_desk.domain.errors import IllegalTransition
from returns_desk.domain.lifecycle import check_return_transition
from returns_desk.domain.vocab import EventKind, ReturnStatus, Role
from returns_desk.services import auth, authorization, events, presets, shared, supervision
from returns_desk.services.import_checks import CHUNK, Validator, rows_in
from returns_desk.services.import_rows import ImportRejected, RejectWriter, Row, RowError
from returns_desk.services.presets import KEEP, Preset
from returns_desk.services.results import Actor
from returns_desk.store import aggregates, bulk
from returns_desk.store.models import (
    Customer,
    Event,
    Order,
    OrderLine,
    Product,
    RequestReason,
    ReturnLine,
    ReturnRequest,
    TrackingNumber,
)

__all__ = ["ImportRejected", "ImportReport", "RowError", "count_rows", "import_file"]

BATCH = 1_000  # requests checked and written together
ANALYZE_AFTER = frozenset({1, 4, 16, 64, 256})  # batches after which the planner's statistics are brought up
SQLITE_ANALYSIS_LIMIT = 400  # rows of each index SQLite's ANALYZE samples during an import
# The keys met so far (a temporary table, which autovacuum never analyzes) are among them: unanalyzed, a look-up of
# a batch's keys would scan all of them.
ANALYZED = (
    "customers",
    "orders",
    "order_lines",
    "return_requests",
    "return_lines",
    "tracking_numbers",
    "import_keys",
)
MAX_ERRORS = 1_000  # problems kept for the report (all are counted)
NOTE_LIMIT = (
    10_000  # requests an import tells a station's offline copy about; a larger one waits for its refresh
)
OPEN = (ReturnStatus.REQUESTED.value, ReturnStatus.APPROVED.value)  # the parcel has not arrived
ENDED = (ReturnStatus.REJECTED.value, ReturnStatus.CANCELLED.value)

# Core tables: a batch is written straight through the connection (the ORM's bulk path costs more than the rows).
CUSTOMERS = cast(Table, Customer.__table__)
ORDERS = cast(Table, Order.__table__)
ORDER_LINES = cast(Table, OrderLine.__table__)
REQUESTS = cast(Table, ReturnRequest.__table__)
LINES = cast(Table, ReturnLine.__table__)
TRACKING = cast(Table, TrackingNumber.__table__)
EVENTS = cast(Table, Event.__table__)

Progress = Callable[[str, int, int], None]  # what is being done, done, of (rows)


@dataclass(slots=True)
class ImportReport:
    file: str
    preset: str = "ours"
    detected: bool = False  # the preset was recognised from the file, not chosen
    requests: int = 0  # created
    updated: int = 0
    unchanged: int = 0
    lines: int = 0  # lines of the requests created or updated
    rejected_rows: int = 0
    errors: list[RowError] = field(default_factory=list)  # the first MAX_ERRORS
    error_count: int = 0
    reject_file: str | None = None


def import_file(
    session: Session,
    actor: Actor,
    path: Path,
    *,
    skip_bad: bool = False,
    preset: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a file in the caller's transaction; raise ImportRejected (after which the caller rolls back) when a
    row is bad and ``skip_bad`` is not set."""
    auth.require(actor, Role.SUPERVISOR, "import return requests")
    shared.require_shared(session, "import return requests")
    chosen = presets.get(session, preset) if preset else presets.get(session, presets.detect(path).key)
    importer = _Importer(session, actor, path, chosen, skip_bad, progress)
    importer.report.detected = preset is None
    # The analytics cube's cells of the new rows are added in one pass at the end, not a row at a time (their
    # triggers skip this transaction's rows meanwhile: store/aggregates.defer).
    connection = session.connection()
    aggregates.defer(connection, events.now())
    aggregates.start_rows(connection)
    _start_keys(connection)
    try:
        importer.run()
    finally:
        importer.close()
    report = importer.report
    if report.error_count and not skip_bad:
        raise ImportRejected(report.errors, total=report.error_count)  # the caller rolls it all back
    aggregates.add_noted(connection)  # one upsert per cell for the whole file
    aggregates.resume(connection)
    connection.execute(text("DROP TABLE import_keys"))
    return report


KEYS_TABLE = "import_keys"  # the requests met so far in the file being imported: (key, line it began on)


def _start_keys(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        connection.execute(
            text(
                "CREATE TEMP TABLE IF NOT EXISTS import_keys (key VARCHAR(200) PRIMARY KEY, line VARCHAR(32))"
            )
        )
    else:
        connection.execute(
            text(
                "CREATE TEMP TABLE IF NOT EXISTS import_keys (key VARCHAR(200) PRIMARY KEY, line VARCHAR(32)) "
                "ON COMMIT DROP"
            )
        )
    connection.execute(text("DELETE FROM import_keys"))


def count_rows(path: Path) -> int:
    """About how many rows a file holds (its lines less the header; a JSON file's are counted as read)."""
    if path.suffix.lower() == ".json":
        return 0
    total = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            total += chunk.count(b"\n")
    return max(total - 1, 0)


@dataclass(slots=True)
class _Group:
    key: str  # the platform's id of the request (our RMA number for ours)
    rows: list[Row]  # as the file gave them
    errors: list[RowError] = field(default_factory=list)
    lines: list[Row] = field(default_factory=list)  # one per SKU, once checked (a unit-per-row file summed)


class _Importer:
    def __init__(
        self,
        session: Session,
        actor: Actor,
        path: Path,
        preset: Preset,
        skip_bad: bool,
        progress: Progress | None,
    ) -> None:
        self.session = session
        self._dialect = session.get_bind().dialect.name
        self.actor = actor
        self.path = path
        self.file = path.name
        self.preset = preset
        self.platform = None if preset.key == "ours" else preset.key
        self.skip_bad = skip_bad
        self.progress = progress
        self.validator = Validator(session, path.name, preset)
        self.report = ImportReport(path.name, preset=preset.key)
        self.rejects = RejectWriter(path, presets.sources(preset), "")
        self.claims: dict[str, str] = {}  # tracking number -> the request key of this batch that gives it
        self.rows_done = 0
        self.rows_of = count_rows(path)
        self.noted = 0
        self.comments = "line_comment" in preset.columns  # whether the format carries a line's comment
        self.batches = 0

    # --- reading ---
    def run(self) -> None:
        batch: list[_Group] = []
        any_row = False
        for group in self._groups(presets.rows(self.path, self.preset)):
            any_row = True
            batch.append(group)
            if len(batch) >= BATCH:
                self._batch(batch)
                batch = []
        if batch:
            self._batch(batch)
        if not any_row:
            self._error(RowError(self.file, "1", "file", "no rows to import"))

    def _groups(self, rows: Iterable[Row]) -> Iterator[_Group]:
        current: _Group | None = None
        for row in rows:
            key = self._key(row)
            if current is not None and key == current.key:
                current.rows.append(row)
                continue
            if current is not None:
                yield current
            current = _Group(key, [row])
        if current is not None:
            yield current

    def _split(self, batch: Sequence[_Group]) -> None:
        """A request whose rows came earlier in the file, apart from these, is an error. The keys met so far are
        kept in a temporary table (import_keys), not in memory: a million-line file has half a million of them."""
        first: dict[str, str] = {}
        for group in batch:
            if group.key.startswith("?"):
                continue
            if group.key in first:
                group.errors.append(self._split_error(group, first[group.key]))
            else:
                first[group.key] = group.rows[0].line
        connection = self.session.connection()
        keys = sorted(first)
        earlier: dict[str, str] = {}
        for i in range(0, len(keys), CHUNK):
            earlier.update(
                connection.execute(
                    text("SELECT key, line FROM import_keys WHERE key IN :keys").bindparams(
                        bindparam("keys", expanding=True)
                    ),
                    {"keys": keys[i : i + CHUNK]},
                ).all()
            )
        for group in batch:
            if group.key in earlier and group.rows[0].line != earlier[group.key]:
                group.errors.append(self._split_error(group, earlier[group.key]))
        new = [(k, line) for k, line in first.items() if k not in earlier]
        if not new:
            return
        if connection.dialect.name == "postgresql":
            bulk.insert_rows(connection, "import_keys", ("key", "line"), new)  # COPY
        else:
            connection.execute(
                text("INSERT INTO import_keys (key, line) VALUES (:key, :line)"),
                [{"key": k, "line": line} for k, line in new],
            )

    def _split_error(self, group: _Group, line: str) -> RowError:
        return RowError(
            self.file,
            group.rows[0].line,
            self.validator.column("rma_number"),
            f"{group.key} began at line {line}; the rows of one return must be together",
        )

    def _key(self, row: Row) -> str:
        raw = row.raw
        if "__error__" in raw:
            return f"?{row.line}"
        value = raw.get(presets.ID) if self.platform else raw.get("rma_number")
        text = "" if value is None or isinstance(value, (dict, list)) else str(value).strip()
        return (text.upper() if not self.platform else text) or f"?{row.line}"

    # --- one batch: check, then write ---
    def _batch(self, batch: list[_Group]) -> None:
        all_rows = [row for group in batch for row in group.rows]
        self.claims.clear()  # tracking numbers of earlier batches are in the database by now
        self._split(batch)
        self.validator.prefetch(all_rows)
        for group in batch:
            for row in group.rows:
                group.errors += self.validator.check(row)
            if not group.errors:
                group.errors += self._group_errors(group)
        known = self._known(batch)
        taken = self._taken_elsewhere(batch, known)
        fresh: list[_Group] = []
        for group in batch:
            request = known.get(group.key)
            if not group.errors:
                if request is None:
                    group.errors += self._new_errors(group, taken)
                else:
                    group.errors += self._update_errors(group, request, taken)
            if group.errors:
                self._reject(group)
            elif request is None:
                fresh.append(group)
            else:
                self._update(group, request)
        if fresh:
            self._create(fresh)
        self.batches += 1
        if self.batches in ANALYZE_AFTER:
            self._analyze()
        self.rows_done += len(all_rows)
        if self.progress is not None:
            self.progress("importing", self.rows_done, max(self.rows_of, self.rows_done))

    def _analyze(self) -> None:
        """Bring the planner's statistics up to the tables the import is growing. Plans made for the tables as they
        were (a young database, or statistics taken when they were small) would keep scanning them whole: on
        PostgreSQL the triggers' plans (an order's segment counts the customer's requests), on SQLite the batch's
        look-ups by e-mail, order and tracking number, which statistics of ten customers answer with a scan. Both
        count the transaction's own new rows; SQLite samples at most a few hundred rows of each index."""
        if self._dialect == "postgresql":
            self.session.execute(text(f"ANALYZE {', '.join(ANALYZED)}"))
            return
        self.session.execute(text(f"PRAGMA analysis_limit = {SQLITE_ANALYSIS_LIMIT}"))
        try:
            for table in ANALYZED:
                self.session.execute(text(f"ANALYZE {table}"))
        finally:
            self.session.execute(text("PRAGMA analysis_limit = 0"))

    def _group_errors(self, group: _Group) -> list[RowError]:
        errors: list[RowError] = []
        rows = group.rows
        column = self.validator.column
        heads = {r.values["order_number"] for r in rows}
        if len(heads) > 1:
            errors.append(
                RowError(
                    self.file,
                    rows[1].line,
                    column("order_number"),
                    f"rows of {group.key} name different orders",
                )
            )
        tracks = {t for r in rows if (t := r.values.get("tracking_number"))}
        if len(tracks) > 1:
            errors.append(
                RowError(
                    self.file,
                    rows[1].line,
                    column("tracking_number"),
                    f"rows of {group.key} name different tracking numbers",
                )
            )
        for t in tracks:
            other = self.claims.setdefault(t, group.key)
            if other != group.key:
                errors.append(
                    RowError(
                        self.file, rows[0].line, column("tracking_number"), f"{t} is also given for {other}"
                    )
                )
        skus: dict[str, str] = {}
        if self.preset.units:  # a row per unit (Loop): the rows of one SKU are one line of their count
            merged: dict[str, Row] = {}
            for row in rows:
                first = merged.setdefault(row.values["sku"], row)
                if first is not row:
                    first.values["quantity"] += row.values["quantity"]
            group.lines = list(merged.values())
            return errors
        group.lines = list(rows)
        for row in rows:
            sku = row.values["sku"]
            if sku in skus:
                errors.append(
                    RowError(
                        self.file,
                        row.line,
                        column("sku"),
                        f"{sku} is given twice for {group.key} (line {skus[sku]})",
                    )
                )
            skus.setdefault(sku, row.line)
        return errors

    def _known(self, batch: Sequence[_Group]) -> dict[str, ReturnRequest]:
        """The batch's requests the database already has, by key."""
        keys = sorted({g.key for g in batch if not g.key.startswith("?")})
        found: dict[str, ReturnRequest] = {}
        for i in range(0, len(keys), CHUNK):
            part = keys[i : i + CHUNK]
            if self.platform:
                query = select(ReturnRequest).where(
                    ReturnRequest.platform == self.platform,
                    bulk.among(self._dialect, ReturnRequest.platform_id, part),
                )
                found.update({r.platform_id or "": r for r in self.session.scalars(query)})
                # A request of ours exported in the platform's layout comes back under its RMA number.
                ours = select(ReturnRequest).where(
                    ReturnRequest.platform.is_(None),
                    bulk.among(self._dialect, ReturnRequest.rma_number, part),
                )
                for r in self.session.scalars(ours):
                    found.setdefault(r.rma_number, r)
            else:
                query = select(ReturnRequest).where(bulk.among(self._dialect, ReturnRequest.rma_number, part))
                found.update({r.rma_number: r for r in self.session.scalars(query)})
        return found

    def _taken_elsewhere(
        self, batch: Sequence[_Group], known: dict[str, ReturnRequest]
    ) -> tuple[dict[str, int], dict[str, int]]:
        """RMA numbers and tracking numbers of the batch that the database holds, with the request holding each."""
        rmas = sorted({g.rows[0].values["rma_number"] for g in batch if not g.errors} - {""})
        tracks = sorted(
            {t for g in batch if not g.errors for r in g.rows if (t := r.values.get("tracking_number"))}
        )
        by_rma: dict[str, int] = dict(
            rows_in(
                self.session,
                select(ReturnRequest.rma_number, ReturnRequest.id),
                ReturnRequest.rma_number,
                rmas,
            )
        )
        by_track: dict[str, int] = dict(
            rows_in(
                self.session,
                select(TrackingNumber.tracking_number, TrackingNumber.return_request_id),
                TrackingNumber.tracking_number,
                tracks,
            )
        )
        return by_rma, by_track

    def _new_errors(self, group: _Group, taken: tuple[dict[str, int], dict[str, int]]) -> list[RowError]:
        errors: list[RowError] = []
        head = group.rows[0]
        column = self.validator.column
        if head.values["rma_number"] in taken[0]:
            errors.append(
                RowError(
                    self.file,
                    head.line,
                    column("rma_number"),
                    f"{head.values['rma_number']} is already the number of another return",
                )
            )
        track = head.values.get("tracking_number")
        if track and track in taken[1]:
            errors.append(
                RowError(
                    self.file,
                    head.line,
                    column("tracking_number"),
                    f"{track} already belongs to another return",
                )
            )
        return errors

    def _update_errors(
        self, group: _Group, request: ReturnRequest, taken: tuple[dict[str, int], dict[str, int]]
    ) -> list[RowError]:
        errors: list[RowError] = []
        head = group.rows[0]
        column = self.validator.column
        track = head.values.get("tracking_number")
        if track and taken[1].get(track, request.id) != request.id:
            errors.append(
                RowError(
                    self.file,
                    head.line,
                    column("tracking_number"),
                    f"{track} already belongs to another return",
                )
            )
        order = self.validator.order(head.values["order_number"])
        if order is None or order.id != request.order_id:
            errors.append(
                RowError(
                    self.file,
                    head.line,
                    column("order_number"),
                    f"{request.rma_number} belongs to another order in the database",
                )
            )
        target = _target(head.values["status"], request.status)
        if target not in (KEEP, request.status):
            try:
                check_return_transition(
                    request.rma_number, ReturnStatus(request.status), ReturnStatus(target)
                )
            except IllegalTransition:
                errors.append(
                    RowError(
                        self.file,
                        head.line,
                        column("status"),
                        f"{request.rma_number} is {request.status} here; the file's "
                        f"'{head.raw.get('status')}' ({target}) cannot follow that",
                    )
                )
        if request.status not in OPEN and self._line_changes(group, request):
            errors.append(
                RowError(
                    self.file,
                    head.line,
                    column("sku"),
                    f"{request.rma_number} is {request.status}; its lines cannot change once its parcel is in",
                )
            )
        return errors

    # --- writing ---
    def _reject(self, group: _Group) -> None:
        for error in group.errors:
            self._error(error)
        if self.skip_bad:
            self.rejects.add(group.key, group.rows, group.errors)
            self.report.rejected_rows += len(group.rows)

    def _error(self, error: RowError) -> None:
        self.report.error_count += 1
        if len(self.report.errors) < MAX_ERRORS:
            self.report.errors.append(error)

    def close(self) -> None:
        target = self.rejects.close()
        self.report.reject_file = str(target) if target is not None else None

    def _create(self, groups: list[_Group]) -> None:
        session = self.session
        at = events.now()
        customers = self._customers(groups, at)
        # Orders the database lacks.
        new_orders: dict[str, dict[str, Any]] = {}
        for group in groups:
            v = group.rows[0].values
            if self.validator.orders.get(v["order_number"]) is None and v["order_number"] not in new_orders:
                cid, region = customers[v["customer_email"]]
                new_orders[v["order_number"]] = {
                    "order_number": v["order_number"],
                    "customer_id": cid,
                    "channel": v["channel"],
                    "region": v["region"] or region,
                    "ordered_at": v["ordered_at"] or v["requested_at"] or at,
                    "delivered_at": v["delivered_at"],
                }
        orders: dict[str, tuple[int, int, str, str]] = {}  # number -> id, customer, channel, region
        for number in {g.rows[0].values["order_number"] for g in groups}:
            order = self.validator.orders.get(number)
            if order is not None:
                orders[number] = (order.id, order.customer_id, order.channel, order.region)
        if new_orders:
            # Plain multi-row inserts, then the new ids read back by their unique numbers: SQLite cannot return
            # ids in the order of a many-row insert, and would go a row at a time.
            _insert_many(session, ORDERS, list(new_orders.values()))
            numbers = sorted(new_orders)
            for oid, number in rows_in(
                session, select(Order.id, Order.order_number), Order.order_number, numbers
            ):
                given = new_orders[number]
                orders[number] = (oid, given["customer_id"], given["channel"], given["region"])
        order_lines = self._order_lines(groups, orders)
        requests = [
            {
                "rma_number": v["rma_number"] or g.key,
                "platform": self.platform,
                "platform_id": v["platform_id"] if self.platform else None,
                "order_id": orders[v["order_number"]][0],
                "customer_id": orders[v["order_number"]][1],
                "channel": orders[v["order_number"]][2],
                "region": orders[v["order_number"]][3],
                "status": _new_status(v["status"]),
                "resolution": v["resolution"],
                "requested_at": v["requested_at"] or at,
                "approved_at": at if _new_status(v["status"]) == ReturnStatus.APPROVED.value else None,
                "closed_at": at if v["status"] in ENDED else None,
                "customer_comment": v["customer_comment"],
                "source": "import",
                "version": 1,
            }
            for g in groups
            for v in (g.rows[0].values,)
        ]
        _insert_many(session, REQUESTS, requests)
        rmas = [r["rma_number"] for r in requests]
        by_rma = dict(
            rows_in(
                session, select(ReturnRequest.rma_number, ReturnRequest.id), ReturnRequest.rma_number, rmas
            )
        )
        ids = [by_rma[rma] for rma in rmas]
        lines: list[dict[str, Any]] = []
        tracking: list[dict[str, Any]] = []
        event_rows: list[dict[str, Any]] = []
        pending: list[int] = []
        for rid, group, values in zip(ids, groups, requests, strict=True):
            oid = values["order_id"]
            for row in group.lines:
                v = row.values
                product = self.validator.products[v["sku"]]
                assert product is not None
                line_id, price = order_lines[(oid, product.id)]
                lines.append(
                    {
                        "return_request_id": rid,
                        "order_line_id": line_id,
                        "product_id": product.id,
                        "quantity_expected": v["quantity"],
                        "quantity_received": 0,
                        "reason": v["reason"].value,
                        "customer_comment": v["line_comment"],
                        "unit_price_cents": v["unit_price_cents"]
                        if v["unit_price_cents"] is not None
                        else price,
                        "awaiting_receipt": values["status"] in OPEN,
                    }
                )
            head = group.rows[0].values
            if head["tracking_number"]:
                tracking.append(
                    {
                        "return_request_id": rid,
                        "carrier": head["carrier"] or "other",
                        "tracking_number": head["tracking_number"],
                    }
                )
            payload: dict[str, Any] = {
                "file": self.file,
                "lines": len(group.lines),
                "status": values["status"],
            }
            if self.platform:
                payload |= {"platform": self.platform, "platform_id": head["platform_id"]}
            event_rows.append(
                events.new_row(
                    session,
                    self.actor,
                    EventKind.RETURN_IMPORTED,
                    "return",
                    values["rma_number"],
                    payload,
                    at=at,
                )
            )
            self._note(EventKind.RETURN_IMPORTED, values["rma_number"])
            if values["status"] == ReturnStatus.REQUESTED.value:
                pending.append(rid)
            self.report.lines += len(group.lines)
        _insert_many(session, LINES, lines)
        connection = session.connection()
        for i in range(
            0, len(ids), CHUNK
        ):  # their analytics cells are added at the end (aggregates.add_noted)
            part = {"ids": ids[i : i + CHUNK]}
            aggregates.note_rows(connection, "return_lines", "n.return_request_id IN :ids", part)
            aggregates.note_rows(connection, "return_requests", "n.id IN :ids", part)
        _insert_many(session, TRACKING, tracking)
        _insert_many(session, EVENTS, event_rows)
        self.report.requests += len(groups)
        # A pending request goes through the published authorization rules, as one made at the desk does.
        for i in range(0, len(pending), CHUNK):
            for request in session.scalars(
                select(ReturnRequest).where(
                    bulk.among(self._dialect, ReturnRequest.id, pending[i : i + CHUNK])
                )
            ):
                authorization.decide_on_arrival(session, self.actor, request)

    def _note(self, kind: EventKind, rma: str) -> None:
        if self.noted < NOTE_LIMIT:
            events.note(self.session, kind, "return", rma)
            self.noted += 1

    def _customers(self, groups: Sequence[_Group], at: Any) -> dict[str, tuple[int, str]]:
        """The customers of the batch's new orders (by e-mail), creating those the database does not have."""
        emails = sorted(
            {
                v["customer_email"]
                for g in groups
                for v in (g.rows[0].values,)
                if self.validator.orders.get(v["order_number"]) is None
            }
        )
        found: dict[str, tuple[int, str]] = {}
        for i in range(0, len(emails), CHUNK):
            for cid, email, region in self.session.execute(
                select(Customer.id, Customer.email, Customer.region)
                .where(bulk.among(self._dialect, Customer.email, emails[i : i + CHUNK]))
                .order_by(Customer.id.desc())
            ):
                found[email] = (cid, region)
        new: dict[str, dict[str, Any]] = {}
        for g in groups:
            v = g.rows[0].values
            email = v["customer_email"]
            if email not in emails or email in found or email in new:
                continue
            name = v["customer_name"] or email
            new[email] = {
                "email": email,
                "name": name,
                "name_key": name.lower(),  # what the Requests tab's search by name looks in
                "region": v["region"] or "unknown",
                "created_at": at,
                "locale": v["customer_language"],
            }
        if new:
            _insert_many(self.session, CUSTOMERS, list(new.values()))
            made = sorted(new)
            for i in range(0, len(made), CHUNK):
                for cid, email, region in self.session.execute(
                    select(Customer.id, Customer.email, Customer.region)
                    .where(bulk.among(self._dialect, Customer.email, made[i : i + CHUNK]))
                    .order_by(Customer.id)
                ):
                    found[email] = (cid, region)  # the newest of one address: the one just made
        return found

    def _order_lines(
        self, groups: Sequence[_Group], orders: dict[str, tuple[int, int, str, str]]
    ) -> dict[tuple[int, int], tuple[int, int]]:
        """(order, product) -> (order line id, unit price) for every line of the batch, adding the order lines an
        order lacks (a return import may be the first the database hears of an order)."""
        wanted: dict[tuple[int, int], dict[str, Any]] = {}
        for g in groups:
            oid = orders[g.rows[0].values["order_number"]][0]
            for row in g.lines:
                v = row.values
                product = self.validator.products[v["sku"]]
                assert product is not None
                price = v["unit_price_cents"] if v["unit_price_cents"] is not None else product.price_cents
                wanted.setdefault(
                    (oid, product.id),
                    {
                        "order_id": oid,
                        "product_id": product.id,
                        "quantity": v["quantity"],
                        "unit_price_cents": price,
                    },
                )
        found = self._held_order_lines(sorted({oid for oid, _ in wanted}))
        missing = [row for key, row in wanted.items() if key not in found]
        if missing:
            _insert_many(self.session, ORDER_LINES, missing)
            found = self._held_order_lines(sorted({row["order_id"] for row in missing}), found)
            made = [found[(r["order_id"], r["product_id"])][0] for r in missing]
            for i in range(0, len(made), CHUNK):
                aggregates.note_rows(
                    self.session.connection(), "order_lines", "n.id IN :ids", {"ids": made[i : i + CHUNK]}
                )
        return found

    def _held_order_lines(
        self, order_ids: list[int], into: dict[tuple[int, int], tuple[int, int]] | None = None
    ) -> dict[tuple[int, int], tuple[int, int]]:
        found = into if into is not None else {}
        for i in range(0, len(order_ids), CHUNK):
            for lid, oid, pid, price in self.session.execute(
                select(OrderLine.id, OrderLine.order_id, OrderLine.product_id, OrderLine.unit_price_cents)
                .where(bulk.among(self._dialect, OrderLine.order_id, order_ids[i : i + CHUNK]))
                .order_by(OrderLine.id)
            ):
                found.setdefault((oid, pid), (lid, price))
        return found

    # --- a request the database has ---
    def _wanted_lines(self, group: _Group) -> dict[int, tuple[int, str, str | None]]:
        out: dict[int, tuple[int, str, str | None]] = {}
        for row in group.lines:
            v = row.values
            product = self.validator.products[v["sku"]]
            assert product is not None
            out[product.id] = (v["quantity"], v["reason"].value, v["line_comment"] if self.comments else None)
        return out

    def _held_lines(self, request: ReturnRequest) -> dict[int, ReturnLine]:
        return {
            line.product_id: line
            for line in self.session.scalars(
                select(ReturnLine).where(ReturnLine.return_request_id == request.id)
            )
        }

    def _line_changes(self, group: _Group, request: ReturnRequest) -> bool:
        held = self._held_lines(request)
        wanted = self._wanted_lines(group)
        return set(held) != set(wanted) or any(
            self._line_of(line) != wanted[pid] for pid, line in held.items()
        )

    def _line_of(self, line: ReturnLine) -> tuple[int, str, str | None]:
        """A held line as the file can say it: its comment only where the format carries comments."""
        return line.quantity_expected, line.reason, line.customer_comment if self.comments else None

    def _update(self, group: _Group, request: ReturnRequest) -> None:
        session = self.session
        head = group.rows[0].values
        changes: dict[str, Any] = {}
        maps_resolution = "resolution" in self.preset.columns
        if maps_resolution and head["resolution"] != request.resolution and request.status not in ENDED:
            changes["resolution"] = [request.resolution, head["resolution"]]
            request.resolution = head["resolution"]
        if head["customer_comment"] is not None and head["customer_comment"] != request.customer_comment:
            changes["customer_comment"] = [request.customer_comment, head["customer_comment"]]
            request.customer_comment = head["customer_comment"]
        track = head["tracking_number"]
        if track:
            held = set(
                session.scalars(
                    select(TrackingNumber.tracking_number).where(
                        TrackingNumber.return_request_id == request.id
                    )
                )
            )
            if track not in held:
                session.add(
                    TrackingNumber(
                        return_request_id=request.id,
                        carrier=head["carrier"] or "other",
                        tracking_number=track,
                    )
                )
                changes["tracking_number"] = [sorted(held)[0] if held else None, track]
        if request.status in OPEN and self._line_changes(group, request):
            changes["lines"] = self._replace_lines(group, request)
        if changes:
            session.flush()
            events.record(
                session,
                self.actor,
                EventKind.RETURN_IMPORT_UPDATED,
                "return",
                request.rma_number,
                {"file": self.file, "changes": changes},
            )
        target = _target(head["status"], request.status)
        moved = target not in (KEEP, request.status)
        if moved:
            said = {"reason": f"{self.preset.name} export {self.file}"}
            if target == ReturnStatus.APPROVED.value:
                authorization.authorize_one(session, self.actor, request, said["reason"])
            elif target in ENDED:
                supervision.end_request(session, self.actor, request, ReturnStatus(target), said)
        if changes or moved:
            self.report.updated += 1
            self.report.lines += len(group.lines)
        else:
            self.report.unchanged += 1

    def _replace_lines(self, group: _Group, request: ReturnRequest) -> list[list[Any]]:
        """Make the request's lines those of the file; returns [sku, quantity before, quantity now] for each
        line that changed (0 where a line came or went)."""
        held = self._held_lines(request)
        wanted = self._wanted_lines(group)
        order_lines = self._order_lines(
            [group], {group.rows[0].values["order_number"]: (request.order_id, 0, "", "")}
        )
        skus = {row.values["sku"]: row for row in group.lines}
        by_pid = {}
        for sku, row in skus.items():
            product = self.validator.products[sku]
            assert product is not None
            by_pid[product.id] = (sku, row)
        changed: list[list[Any]] = []
        # The cube's cells of the lines as they were go back; those of the lines as they will be are added after.
        self.session.flush()
        aggregates.add_rows(
            self.session.connection(), "return_lines", [ln.id for ln in held.values()], sign="-"
        )
        for pid, line in held.items():
            if pid not in wanted:
                gone = self.session.get(Product, pid)
                changed.append([gone.sku if gone else str(pid), line.quantity_expected, 0])
                self.session.delete(line)
        for pid, (qty, reason, comment) in wanted.items():
            sku, row = by_pid[pid]
            kept = held.get(pid)
            if kept is None:
                lid, price = order_lines[(request.order_id, pid)]
                v = row.values
                self.session.add(
                    ReturnLine(
                        return_request_id=request.id,
                        order_line_id=lid,
                        product_id=pid,
                        quantity_expected=qty,
                        quantity_received=0,
                        reason=reason,
                        customer_comment=comment,
                        unit_price_cents=v["unit_price_cents"]
                        if v["unit_price_cents"] is not None
                        else price,
                    )
                )
                changed.append([sku, 0, qty])
            elif self._line_of(kept) != (qty, reason, comment):
                changed.append([sku, kept.quantity_expected, qty])
                kept.quantity_expected, kept.reason = qty, reason
                if self.comments:
                    kept.customer_comment = comment
        self.session.flush()
        now_held = [ln.id for ln in self._held_lines(request).values()]
        aggregates.add_rows(self.session.connection(), "return_lines", now_held)
        # The Requests tab's reason filter reads request_reasons, which its trigger fills on insert only.
        self.session.execute(delete(RequestReason).where(RequestReason.return_request_id == request.id))
        self.session.execute(
            insert(RequestReason).from_select(
                ["return_request_id", "reason", "requested_at"],
                select(ReturnLine.return_request_id, ReturnLine.reason, func.min(ReturnRequest.requested_at))
                .join(ReturnRequest, ReturnRequest.id == ReturnLine.return_request_id)
                .where(ReturnLine.return_request_id == request.id)
                .group_by(ReturnLine.return_request_id, ReturnLine.reason),
            )
        )
        return changed


def _insert_many(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """A batch's rows of one table in one go: COPY on PostgreSQL (a statement per row would cost its own round
    of parse and plan on the server), one executemany on SQLite."""
    if rows:
        columns = list(rows[0])
        bulk.insert_rows(
            session.connection(), table.name, columns, ([row[c] for c in columns] for row in rows)
        )


def _target(theirs: str, ours: str) -> str:
    """What a known request's status becomes for the platform's: a platform that has not caught up (still
    pending where the rules authorized it, still open where the dock has received the parcel) moves nothing."""
    if theirs == ReturnStatus.REQUESTED.value and ours != theirs:
        return KEEP
    if theirs == ReturnStatus.APPROVED.value and ours not in (ReturnStatus.REQUESTED.value, *ENDED):
        return KEEP
    return theirs


def _new_status(status: str) -> str:
    return ReturnStatus.APPROVED.value if status == KEEP else status


# --- a look at a file before it is imported ---
PREVIEW_ROWS = 20


@dataclass(frozen=True, slots=True)
class PreviewRow:
    line: str
    cells: dict[str, str]  # the file's columns, as the file gives them
    problems: list[str]  # "field: message"


@dataclass(frozen=True, slots=True)
class Preview:
    preset: str
    detected: bool
    columns: list[str]
    rows: list[PreviewRow]
    total: int  # about how many rows the file holds (0 for JSON: counted while importing)
    problem: str | None = None  # the file as a whole cannot be read


def preview(session: Session, path: Path, preset: str | None = None, limit: int = PREVIEW_ROWS) -> Preview:
    """The file's first rows as the import would read them, each with what is wrong with it (checked against
    the database, nothing written)."""
    try:
        chosen = presets.get(session, preset) if preset else presets.get(session, presets.detect(path).key)
    except ImportRejected as exc:
        return Preview(preset or "ours", preset is None, [], [], 0, "; ".join(str(e) for e in exc.errors[:3]))
    validator = Validator(session, path.name, chosen)
    rows: list[Row] = []
    try:
        for row in presets.rows(path, chosen):
            rows.append(row)
            if len(rows) >= limit:
                break
    except ImportRejected as exc:
        problem = "; ".join(str(e) for e in exc.errors[:3])
        return Preview(chosen.key, preset is None, [], [], 0, problem)
    validator.prefetch(rows)
    shown: list[PreviewRow] = []
    columns: dict[str, None] = {}
    for row in rows:
        given = row.source if row.source is not None else row.raw
        cells = {k: "" if v is None else str(v) for k, v in given.items() if not k.startswith("__")}
        columns.update(dict.fromkeys(cells))
        problems = [f"{e.field}: {e.message}" for e in validator.check(row)]
        shown.append(PreviewRow(row.line, cells, problems))
    return Preview(chosen.key, preset is None, list(columns), shown, count_rows(path))
