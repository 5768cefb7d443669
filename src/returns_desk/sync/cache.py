"""The station's offline copy: built from the server, refreshed while it answers, its own ids from 2**50 up."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, event, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from returns_desk.domain.vocab import ReturnStatus
from returns_desk.services import (
    events,
    receiving,
    tags,
)
from returns_desk.services import policy as policy_service
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import (
    Base,
    BlindRegrade,
    Customer,
    DispositionRecord,
    Event,
    ExceptionCase,
    Inspection,
    Order,
    OrderLine,
    OutboxMessage,
    Product,
    RequestReason,
    ReturnLine,
    ReturnRequest,
    Setting,
    Station,
    TrackingNumber,
    Unit,
    User,
)
from returns_desk.sync.status import LOCAL_ID_FLOOR, STATE_KEY, SyncError, pending, state

log = logging.getLogger(__name__)

PLATES_PER_BLOCK = 500
OPEN_STATUSES = (ReturnStatus.REQUESTED.value, ReturnStatus.APPROVED.value, ReturnStatus.RECEIVED.value)
CACHE_DAYS = 90
BATCH = 900  # ids per IN list (SQLite allows 32,766 parameters; keep statements small)


# --- local ids ---------------------------------------------------------------------------------------------
def use_local_ids(cache: Database) -> None:
    """New rows in the cache get ids from LOCAL_ID_FLOOR up, never an id the server may also hand out."""
    lock = threading.Lock()
    next_ids: dict[str, int] = {}

    def allocate(session: Session, table: Any) -> int:
        with lock:
            if table.name not in next_ids:
                top = session.execute(
                    select(func.max(table.c.id)).where(table.c.id >= LOCAL_ID_FLOOR)
                ).scalar_one_or_none()
                next_ids[table.name] = (top or LOCAL_ID_FLOOR - 1) + 1
            value = next_ids[table.name]
            next_ids[table.name] += 1
            return value

    def before_flush(session: Session, _context: Any, _instances: Any) -> None:
        for obj in session.new:
            table = getattr(obj, "__table__", None)
            if table is None or "id" not in table.c or getattr(obj, "id", None) is not None:
                continue
            obj.id = allocate(session, table)

    def after_begin(session: Session, _transaction: Any, _connection: Any) -> None:
        session.info[events.ID_ALLOCATOR] = (
            allocate  # for the events written at commit (events._write_events)
        )

    event.listen(cache.sessions, "before_flush", before_flush)
    event.listen(cache.sessions, "after_begin", after_begin)


# --- copying from the server --------------------------------------------------------------------------------
def table_of(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _without_secrets(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The station's copy never holds a PIN hash: a 4-digit PIN falls to brute force within minutes for whoever
    walks off with the file. Supervisors therefore log in only while the shared database answers."""
    if table.name == table_of(User).name:
        for row in rows:
            row["pin_hash"] = None
    return rows


def _copy(src: Session, dst: Session, model: type[Base], where: Any) -> int:
    table = table_of(model)
    rows = _without_secrets(table, [dict(r._mapping) for r in src.execute(select(table).where(where))])
    if rows:
        ensure_references(src.connection(), dst.connection(), table, rows)
        dst.execute(insert(table), rows)
    return len(rows)


_REFERENCED = (User, Station, Product)


def ids_param(name: str = "ids") -> Any:
    return bindparam(name, expanding=True)


class _Statements:
    """What copying requests into the cache runs, built once: building and keying a statement costs more than
    running it on a handful of rows, and a receipt copies its request inside the person's transaction."""

    def __init__(self) -> None:
        req, unit, line, track = (table_of(m) for m in (ReturnRequest, Unit, ReturnLine, TrackingNumber))
        insp, disp, case, blind, mail, reasons = (
            table_of(m)
            for m in (
                Inspection,
                DispositionRecord,
                ExceptionCase,
                BlindRegrade,
                OutboxMessage,
                RequestReason,
            )
        )
        units_of = select(unit.c.id).where(unit.c.return_request_id.in_(ids_param()))
        self.drop = [
            delete(blind).where(blind.c.unit_id.in_(units_of)),
            delete(case).where(case.c.unit_id.in_(units_of) | case.c.return_request_id.in_(ids_param())),
            delete(disp).where(disp.c.unit_id.in_(units_of)),
            delete(insp).where(insp.c.unit_id.in_(units_of)),
            delete(unit).where(unit.c.return_request_id.in_(ids_param())),
            delete(line).where(line.c.return_request_id.in_(ids_param())),
            delete(track).where(track.c.return_request_id.in_(ids_param())),
            # E-mails the cache's own trigger queued: never sent from here (the replay queues them on the server).
            delete(mail).where(mail.c.return_request_id.in_(ids_param())),
            delete(reasons).where(reasons.c.return_request_id.in_(ids_param())),
            delete(req).where(req.c.id.in_(ids_param())),
        ]
        self.requests = select(req).where(req.c.id.in_(ids_param()), req.c.status.in_(OPEN_STATUSES))
        self.parts = [  # in foreign-key order
            (track, select(track).where(track.c.return_request_id.in_(ids_param()))),
            (line, select(line).where(line.c.return_request_id.in_(ids_param()))),
            (unit, select(unit).where(unit.c.return_request_id.in_(ids_param()))),
            (insp, select(insp).where(insp.c.unit_id.in_(units_of), insp.c.blind.is_(False))),
            (disp, select(disp).where(disp.c.unit_id.in_(units_of))),
            (case, select(case).where(case.c.return_request_id.in_(ids_param()), case.c.status == "open")),
        ]
        order_line = table_of(OrderLine)
        self.order_lines = select(order_line).where(order_line.c.order_id.in_(ids_param()))
        tables = [table_of(m) for m in (*_REFERENCED, Customer, Order, OrderLine, ReturnRequest)]
        tables += [track, line, unit, insp, disp, case]
        self.insert = {t.name: insert(t) for t in tables}
        self.present = {t.name: select(t.c.id).where(t.c.id.in_(ids_param())) for t in tables}
        self.rows = {t.name: select(t).where(t.c.id.in_(ids_param())) for t in tables}
        referenced = {table_of(m).name for m in _REFERENCED}
        self.references = {
            t.name: [
                (fk.parent.name, fk.column.table.name)
                for fk in t.foreign_keys
                if fk.column.table.name in referenced and fk.column.table is not t
            ]
            for t in tables
        }
        self.rmas = select(req.c.id).where(req.c.rma_number.in_(ids_param()))
        self.plates = select(unit.c.return_request_id).where(unit.c.lpn.in_(ids_param()))
        self.cases = select(case.c.return_request_id).where(case.c.id.in_(ids_param()))


_STATEMENTS = _Statements()


def _fetch(src: Connection, stmt: Any, ids: list[Any]) -> list[dict[str, Any]]:
    return [dict(r) for r in src.execute(stmt, {"ids": ids}).mappings()]


def _put(src: Connection, dst: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        ensure_references(src, dst, table, rows)
        dst.execute(_STATEMENTS.insert[table.name], rows)


def _missing(dst: Connection, table_name: str, wanted: set[int]) -> list[int]:
    if not wanted:
        return []
    return sorted(wanted - set(dst.scalars(_STATEMENTS.present[table_name], {"ids": sorted(wanted)})))


def ensure_references(src: Connection, dst: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Users, stations and products a copied row points at (a station that logged in since the cache was
    built, say) are copied first, so the cache's foreign keys hold."""
    for column, target in _STATEMENTS.references.get(table.name, ()):
        missing = _missing(dst, target, {r[column] for r in rows if r.get(column) is not None})
        if missing:
            fetched = _fetch(src, _STATEMENTS.rows[target], missing)
            if target == table_of(User).name:
                fetched = _without_secrets(table_of(User), fetched)
            dst.execute(_STATEMENTS.insert[target], fetched)


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    items = sorted(set(ids))
    for i in range(0, len(items), BATCH):
        yield items[i : i + BATCH]


def copy_reference(src: Session, dst: Session) -> None:
    """Users, stations, products and settings (small next to the returns): users and stations upserted, so the
    cache's own events keep pointing at them; new products added."""
    for model in (User, Station):
        table = table_of(model)
        rows = _without_secrets(table, [dict(r._mapping) for r in src.execute(select(table))])
        if rows:
            stmt = sqlite_insert(table)
            columns = [c.name for c in table.c if c.name != "id"]
            dst.execute(
                stmt.on_conflict_do_update(
                    index_elements=["id"], set_={c: stmt.excluded[c] for c in columns}
                ),
                rows,
            )
    table = table_of(Product)
    have = set(dst.scalars(select(table.c.id)))
    _copy(src, dst, Product, table.c.id.not_in(have) if have else table.c.id.is_not(None))
    for row in src.scalars(select(Setting)):
        if row.key not in (STATE_KEY, receiving.OFFLINE_PLATES_KEY, tags.PREPRINT_KEY):
            policy_service.put_setting(dst, row.key, row.value)


def mirror_requests(src: Session, dst: Session, request_ids: Iterable[int]) -> int:
    """Make the cache's copy of these requests (and their units, grades, routes, exceptions) the server's.

    Requests no longer open are dropped from the cache. Returns how many requests the cache now holds of them.
    """
    st = _STATEMENTS
    server, cache = src.connection(), dst.connection()
    kept = 0
    for chunk in _chunks(request_ids):
        for stmt in st.drop:
            cache.execute(stmt, {"ids": chunk})
        requests = _fetch(server, st.requests, chunk)
        if not requests:
            continue
        ids = [r["id"] for r in requests]
        kept += len(ids)
        customers = _missing(cache, "customers", {r["customer_id"] for r in requests})
        if customers:
            _put(server, cache, table_of(Customer), _fetch(server, st.rows["customers"], customers))
        orders = _missing(cache, "orders", {r["order_id"] for r in requests})
        if orders:
            _put(server, cache, table_of(Order), _fetch(server, st.rows["orders"], orders))
            _put(server, cache, table_of(OrderLine), _fetch(server, st.order_lines, orders))
        _put(server, cache, table_of(ReturnRequest), requests)
        for table, part in st.parts:
            _put(server, cache, table, _fetch(server, part, ids))
    return kept


def build_cache(
    server: Database,
    cache: Database,
    station_name: str,
    *,
    days: int = CACHE_DAYS,
    plates: int = PLATES_PER_BLOCK,
) -> int:
    """Fill the cache from the server (the open returns of the last ``days``). Refuses while events wait."""
    with unit_of_work(cache.sessions) as dst:
        if pending(dst):
            raise SyncError("This station has events waiting to be sent; they go first.")
    since = events.now() - timedelta(days=days)
    with unit_of_work(server.sessions) as src:
        top_event = int(src.scalar(select(func.max(Event.id))) or 0)
        top_request = int(src.scalar(select(func.max(ReturnRequest.id))) or 0)
        with unit_of_work(cache.sessions) as dst:
            replayed = int(dst.scalar(select(func.max(Event.id))) or 0)
            for model in (
                BlindRegrade,
                ExceptionCase,
                DispositionRecord,
                Inspection,
                Unit,
                ReturnLine,
                TrackingNumber,
                ReturnRequest,
                OrderLine,
                Order,
                Customer,
            ):
                dst.execute(delete(table_of(model)))
            copy_reference(src, dst)
            ids = src.scalars(
                select(ReturnRequest.id).where(
                    ReturnRequest.status.in_(OPEN_STATUSES), ReturnRequest.requested_at >= since
                )
            ).all()
            held = mirror_requests(src, dst, ids)
            _top_up_plates(src, dst, plates)
            policy_service.put_setting(
                dst,
                STATE_KEY,
                {
                    **state(dst),
                    "station": station_name,
                    "last_event_id": top_event,
                    "last_request_id": top_request,
                    "replayed_id": max(replayed, int(state(dst).get("replayed_id", 0))),
                    "last_sync": events.now().isoformat(),
                },
            )
    return held


def _top_up_plates(src: Session, dst: Session, block: int) -> None:
    """Keep at least half a block of plates reserved for offline work; a fresh block replaces a low one."""
    row = dst.get(Setting, receiving.OFFLINE_PLATES_KEY)
    left = int(row.value["last"]) - int(row.value["next"]) + 1 if row is not None else 0
    if left < block // 2:
        first = tags.take_serials(src, block)
        policy_service.put_setting(
            dst, receiving.OFFLINE_PLATES_KEY, {"next": first, "last": first + block - 1, "block": block}
        )


def _plates_low(cache: Database) -> int:
    """The block size to top up to when fewer than half of it is left, else 0."""
    with unit_of_work(cache.readers) as dst:
        row = dst.get(Setting, receiving.OFFLINE_PLATES_KEY)
        if row is None:
            return 0
        block = int(row.value.get("block", PLATES_PER_BLOCK))
        left = int(row.value["last"]) - int(row.value["next"]) + 1
        return block if left < block // 2 else 0


def refresh_cache(server: Database, cache: Database) -> int:
    """Copy what changed on the server since the last sync (found through its events). Returns requests copied."""
    if block := _plates_low(cache):
        with unit_of_work(server.sessions) as src, unit_of_work(cache.sessions) as dst:
            _top_up_plates(src, dst, block)
    with unit_of_work(cache.sessions) as dst:
        if pending(dst):
            return 0
        st = state(dst)
    if "last_event_id" not in st:
        raise SyncError("The station cache was never built.")
    last_event, last_request = int(st["last_event_id"]), int(st["last_request_id"])
    with unit_of_work(server.readers) as src:
        top_event = int(src.scalar(select(func.max(Event.id))) or 0)
        touched = src.execute(
            select(Event.subject_type, Event.subject_id).where(Event.id > last_event, Event.id <= top_event)
        ).all()
        ids = set(
            src.scalars(
                select(ReturnRequest.id).where(
                    ReturnRequest.id > last_request, ReturnRequest.status.in_(OPEN_STATUSES)
                )
            )
        )
        ids |= requests_of(src, touched)
        with unit_of_work(cache.sessions) as dst:
            if reference_changed(touched):
                copy_reference(src, dst)
            copied = mirror_requests(src, dst, ids)
            top_request = int(src.scalar(select(func.max(ReturnRequest.id))) or 0)
            policy_service.put_setting(
                dst,
                STATE_KEY,
                {
                    **state(dst),
                    "last_event_id": top_event,
                    "last_request_id": max(last_request, top_request),
                    "last_sync": events.now().isoformat(),
                },
            )
    return copied


def reference_changed(touched: Iterable[tuple[str, str]]) -> bool:
    """(subject_type, subject_id) pairs: did users, stations, settings or rules change?"""
    return any(subject_type in ("user", "station", "settings", "rules") for subject_type, _ in touched)


def requests_of(
    src: Session, touched: Iterable[Any], known: Mapping[tuple[str, str], int] | None = None
) -> set[int]:
    """The return requests these subjects belong to: ``known`` (events.of_request) without asking the server."""
    rmas, lpns, cases = set(), set(), set()
    ids: set[int] = set()
    for subject_type, subject_id in touched:
        request_id = known.get((subject_type, subject_id)) if known else None
        if request_id is not None:
            ids.add(request_id)
        elif subject_type == "return":
            rmas.add(subject_id)
        elif subject_type == "unit":
            lpns.add(subject_id)
        elif subject_type == "exception" and subject_id.isdigit():
            cases.add(int(subject_id))
    if not (rmas or lpns or cases):
        return ids
    server = src.connection()
    for names in text_chunks(rmas):
        ids |= set(server.scalars(_STATEMENTS.rmas, {"ids": names}))
    for plates in text_chunks(lpns):
        ids |= set(server.scalars(_STATEMENTS.plates, {"ids": plates}))
    for chunk in _chunks(cases):
        ids |= {i for i in server.scalars(_STATEMENTS.cases, {"ids": chunk}) if i is not None}
    return ids


def text_chunks(items: set[str]) -> Iterable[list[str]]:
    ordered = sorted(items)
    for i in range(0, len(ordered), BATCH):
        yield ordered[i : i + BATCH]
