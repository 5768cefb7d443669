"""Stations on a shared PostgreSQL that keep working when it goes away.

A station configured with a server keeps a local SQLite *cache* with the same schema: the open returns (requested,
approved, being received) with everything the station reads about them, users, stations and settings, and a block
of license plates reserved on the server. While the server answers, every change goes to the server and the
requests it touched are copied into the cache. When it stops answering, the same services run against the cache,
and the cache's own ``events`` rows, in order, are the outbox.

When the server is back, the outbox is replayed one transaction at a time through the real services, each command
event keeping the uuid the station gave it (``events.replaying``): a transaction whose command uuids the server
already holds is skipped, so replaying twice changes nothing. A replay the server refuses — a unit processed
elsewhere meanwhile, a request cancelled meanwhile — becomes a ``sync_conflict`` exception for the supervisors,
holding what the station did; nothing is overwritten. Rows created offline get ids from 2**50 up, so they never
collide with rows copied from the server.
"""

from __future__ import annotations

import logging
import random
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, bindparam, delete, event, func, insert, select, text
from sqlalchemy import inspect as inspect_orm
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from returns_desk.domain.errors import ReturnsDeskError
from returns_desk.domain.vocab import (
    Discrepancy,
    Disposition,
    ExceptionKind,
    Fault,
    Grade,
    ReturnStatus,
    Role,
)
from returns_desk.services import (
    bulk_replay,
    enter_pg,
    events,
    exceptions,
    inspection,
    receive_pg,
    receiving,
    shared,
    station,
    tags,
)
from returns_desk.services import policy as policy_service
from returns_desk.services.database import Database, DatabaseUnavailable, SchemaMismatch, open_database
from returns_desk.services.results import Actor
from returns_desk.store import migrate
from returns_desk.store.db import COMMIT_ANSWERED, unit_of_work
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
    Product,
    ReturnLine,
    ReturnRequest,
    Setting,
    Station,
    StationStatus,
    TrackingNumber,
    Unit,
    User,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

STATE_KEY = shared.CACHE_MARK
LOCAL_ID_FLOOR = 1 << 50
# Changes the cache must hold before the person's next action: new units, and a login that registered its
# station (offline work refers to both). Everything else is copied by ``maintain`` within a second.
IMMEDIATE_KINDS = frozenset({"return.received", "user.logged_in"})
REPLAY_BATCH = 500  # outbox transactions per server transaction in the batch path (services/bulk_replay.py)
PLATES_PER_BLOCK = 500
OPEN_STATUSES = (ReturnStatus.REQUESTED.value, ReturnStatus.APPROVED.value, ReturnStatus.RECEIVED.value)
CACHE_DAYS = 90
BATCH = 900  # ids per IN list (SQLite allows 32,766 parameters; keep statements small)
COMMAND_KINDS = frozenset(
    {"user.logged_in", "return.received", "unit.inspected", "unit.routed", "exception.opened"}
)
CONNECTION_ERRORS = (OperationalError, DatabaseUnavailable)


class SyncError(ReturnsDeskError):
    pass


@dataclass(frozen=True, slots=True)
class SyncStatus:
    online: bool
    pending: int  # command events waiting in the outbox
    conflicts: int  # replays the server refused, now exceptions
    last_sync: datetime | None

    def banner(self) -> str:
        if self.online:
            return ""
        waiting = (
            f"{self.pending} event{'s' if self.pending != 1 else ''} wait{'s' if self.pending == 1 else ''}"
        )
        return f"Offline — working from this station's copy; {waiting} to be sent when the database is back."


@dataclass(frozen=True, slots=True)
class ReplayReport:
    applied: int = 0  # transactions replayed
    skipped: int = 0  # already on the server (an earlier replay got that far)
    conflicts: int = 0
    remaining: int = 0
    seconds: float = 0.0


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


# --- cache state --------------------------------------------------------------------------------------------
def state(session: Session) -> dict[str, Any]:
    row = session.get(Setting, STATE_KEY)
    return dict(row.value) if row is not None else {}


def pending(session: Session) -> int:
    """Command events in the outbox not yet replayed on the server."""
    replayed = int(state(session).get("replayed_id", 0))
    return int(
        session.scalar(
            select(func.count())
            .select_from(Event)
            .where(Event.id > replayed, Event.id >= LOCAL_ID_FLOOR, Event.kind.in_(COMMAND_KINDS))
        )
        or 0
    )


def status(cache_session: Session, online: bool) -> SyncStatus:
    st = state(cache_session)
    last = st.get("last_sync")
    return SyncStatus(
        online,
        pending(cache_session),
        int(st.get("conflicts", 0)),
        datetime.fromisoformat(last) if last else None,
    )


# --- copying from the server --------------------------------------------------------------------------------
def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _without_secrets(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The station's copy never holds a PIN hash: a 4-digit PIN falls to brute force within minutes for whoever
    walks off with the file. Supervisors therefore log in only while the shared database answers."""
    if table.name == _table(User).name:
        for row in rows:
            row["pin_hash"] = None
    return rows


def _copy(src: Session, dst: Session, model: type[Base], where: Any) -> int:
    table = _table(model)
    rows = _without_secrets(table, [dict(r._mapping) for r in src.execute(select(table).where(where))])
    if rows:
        _ensure_references(src.connection(), dst.connection(), table, rows)
        dst.execute(insert(table), rows)
    return len(rows)


_REFERENCED = (User, Station, Product)


def _ids(name: str = "ids") -> Any:
    return bindparam(name, expanding=True)


class _Statements:
    """What copying requests into the cache runs, built once: building and keying a statement costs more than
    running it on a handful of rows, and a receipt copies its request inside the person's transaction."""

    def __init__(self) -> None:
        req, unit, line, track = (_table(m) for m in (ReturnRequest, Unit, ReturnLine, TrackingNumber))
        insp, disp, case, blind = (
            _table(m) for m in (Inspection, DispositionRecord, ExceptionCase, BlindRegrade)
        )
        units_of = select(unit.c.id).where(unit.c.return_request_id.in_(_ids()))
        self.drop = [
            delete(blind).where(blind.c.unit_id.in_(units_of)),
            delete(case).where(case.c.unit_id.in_(units_of) | case.c.return_request_id.in_(_ids())),
            delete(disp).where(disp.c.unit_id.in_(units_of)),
            delete(insp).where(insp.c.unit_id.in_(units_of)),
            delete(unit).where(unit.c.return_request_id.in_(_ids())),
            delete(line).where(line.c.return_request_id.in_(_ids())),
            delete(track).where(track.c.return_request_id.in_(_ids())),
            delete(req).where(req.c.id.in_(_ids())),
        ]
        self.requests = select(req).where(req.c.id.in_(_ids()), req.c.status.in_(OPEN_STATUSES))
        self.parts = [  # in foreign-key order
            (track, select(track).where(track.c.return_request_id.in_(_ids()))),
            (line, select(line).where(line.c.return_request_id.in_(_ids()))),
            (unit, select(unit).where(unit.c.return_request_id.in_(_ids()))),
            (insp, select(insp).where(insp.c.unit_id.in_(units_of), insp.c.blind.is_(False))),
            (disp, select(disp).where(disp.c.unit_id.in_(units_of))),
            (case, select(case).where(case.c.return_request_id.in_(_ids()), case.c.status == "open")),
        ]
        order_line = _table(OrderLine)
        self.order_lines = select(order_line).where(order_line.c.order_id.in_(_ids()))
        tables = [_table(m) for m in (*_REFERENCED, Customer, Order, OrderLine, ReturnRequest)]
        tables += [track, line, unit, insp, disp, case]
        self.insert = {t.name: insert(t) for t in tables}
        self.present = {t.name: select(t.c.id).where(t.c.id.in_(_ids())) for t in tables}
        self.rows = {t.name: select(t).where(t.c.id.in_(_ids())) for t in tables}
        referenced = {_table(m).name for m in _REFERENCED}
        self.references = {
            t.name: [
                (fk.parent.name, fk.column.table.name)
                for fk in t.foreign_keys
                if fk.column.table.name in referenced and fk.column.table is not t
            ]
            for t in tables
        }
        self.rmas = select(req.c.id).where(req.c.rma_number.in_(_ids()))
        self.plates = select(unit.c.return_request_id).where(unit.c.lpn.in_(_ids()))
        self.cases = select(case.c.return_request_id).where(case.c.id.in_(_ids()))


_STATEMENTS = _Statements()


def _fetch(src: Connection, stmt: Any, ids: list[Any]) -> list[dict[str, Any]]:
    return [dict(r) for r in src.execute(stmt, {"ids": ids}).mappings()]


def _put(src: Connection, dst: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        _ensure_references(src, dst, table, rows)
        dst.execute(_STATEMENTS.insert[table.name], rows)


def _missing(dst: Connection, table_name: str, wanted: set[int]) -> list[int]:
    if not wanted:
        return []
    return sorted(wanted - set(dst.scalars(_STATEMENTS.present[table_name], {"ids": sorted(wanted)})))


def _ensure_references(src: Connection, dst: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Users, stations and products a copied row points at (a station that logged in since the cache was
    built, say) are copied first, so the cache's foreign keys hold."""
    for column, target in _STATEMENTS.references.get(table.name, ()):
        missing = _missing(dst, target, {r[column] for r in rows if r.get(column) is not None})
        if missing:
            fetched = _fetch(src, _STATEMENTS.rows[target], missing)
            if target == _table(User).name:
                fetched = _without_secrets(_table(User), fetched)
            dst.execute(_STATEMENTS.insert[target], fetched)


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    items = sorted(set(ids))
    for i in range(0, len(items), BATCH):
        yield items[i : i + BATCH]


def _copy_reference(src: Session, dst: Session) -> None:
    """Users, stations, products and settings (small next to the returns): users and stations upserted, so the
    cache's own events keep pointing at them; new products added."""
    for model in (User, Station):
        table = _table(model)
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
    table = _table(Product)
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
            _put(server, cache, _table(Customer), _fetch(server, st.rows["customers"], customers))
        orders = _missing(cache, "orders", {r["order_id"] for r in requests})
        if orders:
            _put(server, cache, _table(Order), _fetch(server, st.rows["orders"], orders))
            _put(server, cache, _table(OrderLine), _fetch(server, st.order_lines, orders))
        _put(server, cache, _table(ReturnRequest), requests)
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
                dst.execute(delete(_table(model)))
            _copy_reference(src, dst)
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
        ids |= _requests_of(src, touched)
        with unit_of_work(cache.sessions) as dst:
            if _reference_changed(touched):
                _copy_reference(src, dst)
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


def _reference_changed(touched: Iterable[tuple[str, str]]) -> bool:
    """(subject_type, subject_id) pairs: did users, stations, settings or rules change?"""
    return any(subject_type in ("user", "station", "settings", "rules") for subject_type, _ in touched)


def _requests_of(
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
    for names in _chunks_str(rmas):
        ids |= set(server.scalars(_STATEMENTS.rmas, {"ids": names}))
    for plates in _chunks_str(lpns):
        ids |= set(server.scalars(_STATEMENTS.plates, {"ids": plates}))
    for chunk in _chunks(cases):
        ids |= {i for i in server.scalars(_STATEMENTS.cases, {"ids": chunk}) if i is not None}
    return ids


def _chunks_str(items: set[str]) -> Iterable[list[str]]:
    ordered = sorted(items)
    for i in range(0, len(ordered), BATCH):
        yield ordered[i : i + BATCH]


# --- rows a server transaction wrote ------------------------------------------------------------------------
WRITTEN = "returns_desk_written"  # session.info key: [inserted objects, updated objects, deleted objects]


@event.listens_for(Session, "after_flush")
def _keep_written(session: Session, _context: Any) -> None:
    """In a session that asked for it (``keep_written``), remember every object each flush wrote."""
    written = session.info.get(WRITTEN)
    if written is not None:
        written[0].extend(session.new)
        written[1].extend(session.dirty)
        written[2].extend(session.deleted)


def keep_written(session: Session) -> None:
    session.info[WRITTEN] = ([], [], [])


# What a receipt writes and the cache holds, in foreign-key order
_COPIED: tuple[type[Base], ...] = (ReturnRequest, ReturnLine, Unit, ExceptionCase)


class _Columns:
    """Per model: (attribute, column, may stay unset on an inserted row because the INSERT left it NULL)."""

    def __init__(self) -> None:
        self.of: dict[type[Base], list[tuple[str, str, bool]]] = {}
        for model in _COPIED:
            mapper = inspect_orm(model)
            self.of[model] = [
                (
                    prop.key,
                    prop.columns[0].name,
                    prop.columns[0].nullable
                    and prop.columns[0].default is None
                    and prop.columns[0].server_default is None,
                )
                for prop in mapper.column_attrs
            ]
        self.upsert = {}
        for model in _COPIED:
            table = _table(model)
            stmt = sqlite_insert(table)
            self.upsert[model] = stmt.on_conflict_do_update(
                index_elements=["id"], set_={c.name: stmt.excluded[c.name] for c in table.c if c.name != "id"}
            )
        req = _table(ReturnRequest)
        self.held = select(req.c.id).where(req.c.id.in_(_ids()))


_COLUMNS = _Columns()


def _row_of(obj: Base, inserted: bool) -> dict[str, Any] | None:
    """The row as the server now holds it, from the object this transaction wrote; None if some column is not
    known without asking the server (expired, or a default the server filled in)."""
    state = inspect_orm(obj)
    unloaded = state.unloaded
    row: dict[str, Any] = {}
    for key, column, null_if_unset in _COLUMNS.of[type(obj)]:
        if key in unloaded:
            if not (inserted and null_if_unset and key not in state.expired_attributes):
                return None
            row[column] = None
        else:
            row[column] = state.dict[key]
    return row


def copy_written(session: Session, dst: Session, touched: set[tuple[str, str]]) -> bool:
    """Copy the rows a receipt wrote on the server into the cache (the caller commits it), from the objects
    the server transaction holds and the rows receive_pg wrote: none of it is read back from the server. True
    when done; False (nothing changed) when this is not a receipt's plain shape: the caller then mirrors the
    touched requests.

    Only rows this transaction wrote are copied; the rest of the request in the cache is as the last sync left
    it, and the next ``after_write`` mirrors the whole request as usual. So the cache must already hold the
    request (its customer, order and tracking numbers come with it)."""
    written = session.info.get(WRITTEN)
    if written is None or written[2] or not touched:
        return False
    if any(kind not in ("return", "unit", "exception") for kind, _ in touched):
        return False  # a login, a setting: the reference tables need copying
    inserted = {id(o) for o in written[0]}
    # Rows a receipt wrote without objects (services/receive_pg.py), then the objects' on top.
    given = session.info.get(receive_pg.ROWS, {})
    rows: dict[type[Base], dict[int, dict[str, Any]]] = {
        model: dict(given.get(model, {})) for model in _COPIED
    }
    for obj in (*written[0], *written[1]):
        model = type(obj)
        if model not in rows:
            return False
        row = _row_of(obj, id(obj) in inserted)
        if row is None:
            return False
        rows[model][row["id"]] = row  # an object flushed twice: its last state
    requests = {r["id"] for r in rows[ReturnRequest].values()}
    requests |= {r["return_request_id"] for model in (ReturnLine, Unit) for r in rows[model].values()}
    units = {r["id"] for r in rows[Unit].values()}
    for case in rows[ExceptionCase].values():
        if case["status"] != "open" or (
            case["return_request_id"] not in requests and case["unit_id"] not in units
        ):
            return False
        if case["return_request_id"] is not None:
            requests.add(case["return_request_id"])
    lpns = {r["lpn"] for r in rows[Unit].values()}
    rmas = {r["rma_number"] for r in rows[ReturnRequest].values()}
    cases = {str(i) for i in rows[ExceptionCase]}
    held_subjects = {"return": rmas, "unit": lpns, "exception": cases}
    if any(subject not in held_subjects[kind] for kind, subject in touched):
        return False  # a subject this transaction changed without writing its row here
    cache = dst.connection()
    if not requests or set(cache.scalars(_COLUMNS.held, {"ids": sorted(requests)})) != requests:
        return False
    server = session.connection()
    for model in _COPIED:
        if rows[model]:
            values = list(rows[model].values())
            try:
                cache.execute(_COLUMNS.upsert[model], values)
            except IntegrityError as exc:
                # The users, stations and products a receipt's rows point at are in the cache as a rule (the
                # request's lines, this station and its user); checking each before (four lookups a receipt) cost
                # more than this. The upsert is idempotent, so rows written before the failed one are fine.
                if "FOREIGN KEY" not in str(exc.orig):
                    raise
                _ensure_references(server, cache, _table(model), values)
                cache.execute(_COLUMNS.upsert[model], values)
    return True


def mirror_touched_into(
    server_session: Session,
    dst: Session,
    touched: set[tuple[str, str]],
    *,
    outbox_empty: bool = False,
    known: Mapping[tuple[str, str], int] | None = None,
) -> bool:
    """mirror_touched into an open cache session (the caller commits it). Nothing is copied while the outbox
    holds events (the cache's own work comes first); ``outbox_empty`` says the caller knows it holds none.
    A receipt's rows are copied from the server transaction's own objects when it kept them
    (``keep_written``, ``copy_written``). Returns whether it copied (False: events wait)."""
    if not outbox_empty and pending(dst):
        return False
    if copy_written(server_session, dst, touched):
        return True
    if _reference_changed(touched):
        _copy_reference(server_session, dst)
    ids = _requests_of(server_session, touched, known)
    if ids:
        mirror_requests(server_session, dst, ids)
    return True


def mirror_touched(
    server_session: Session,
    cache: Database,
    touched: set[tuple[str, str]],
    *,
    outbox_empty: bool = False,
    known: Mapping[tuple[str, str], int] | None = None,
) -> bool:
    """After a change on the server: copy the requests it touched into the cache, so going offline next second
    still finds them as they are now. ``known``: the requests of some subjects, from the writers."""
    if not touched:
        return outbox_empty
    with unit_of_work(cache.sessions) as dst:
        return mirror_touched_into(server_session, dst, touched, outbox_empty=outbox_empty, known=known)


# --- replay ------------------------------------------------------------------------------------------------
def _actor(src: Session, user_id: int | None, station_id: int | None) -> Actor:
    user = src.get(User, user_id) if user_id is not None else None
    if user is None:
        raise SyncError(f"User {user_id} is not on the server.")
    where = src.get(Station, station_id) if station_id is not None else None
    return Actor(
        user.id,
        user.name,
        user.badge,
        Role(user.role),
        where.id if where else None,
        where.name if where else None,
    )


def _apply(src: Session, actor: Actor, e: Event, group: list[Event]) -> None:
    p = e.payload or {}
    if e.kind == "user.logged_in":
        events.record(src, actor, e.kind, e.subject_type, e.subject_id, p)
    elif e.kind == "return.received":
        receiving.receive_parcel(src, actor, e.subject_id, lpns=list(p.get("units") or ()))
    elif e.kind == "unit.inspected":
        inspection.record_inspection(
            src,
            actor,
            e.subject_id,
            Grade(p["grade"]),
            Fault(p.get("fault", "unknown")),
            p.get("notes"),
            checklist=p.get("checklist"),
            discrepancies=[
                Discrepancy(d) for d in p.get("discrepancies", ()) if d in Discrepancy._value2member_map_
            ],
            photos=list(p.get("photos") or ()),
        )
    elif e.kind == "unit.routed":
        # The station's choice stands; route_unit keeps the reason only if it differs from the server's proposal
        # (rules published while the station was offline).
        reason = p.get("override_reason") or "routed offline under the rules the station had then"
        inspection.route_unit(src, actor, e.subject_id, Disposition(p["chosen"]), reason)
    elif e.kind == "exception.opened" and p.get("kind") == ExceptionKind.UNEXPECTED_PARCEL.value:
        details = p.get("details") or {}
        station.file_unexpected_parcel(
            src,
            actor,
            p.get("scanned") or "",
            p.get("description") or "",
            list(details.get("items") or ()),
            list(details.get("photos") or ()),
            rma=details.get("rma"),
        )


def _is_command(e: Event) -> bool:
    if e.kind not in COMMAND_KINDS:
        return False
    return (
        e.kind != "exception.opened" or (e.payload or {}).get("kind") == ExceptionKind.UNEXPECTED_PARCEL.value
    )


def replay(
    server: Database,
    cache: Database,
    *,
    batch: int = REPLAY_BATCH,
    batches: int | None = None,
) -> ReplayReport:
    """Send the outbox to the server, oldest transaction first, ``batch`` outbox transactions per server
    transaction; with ``batches``, that many server transactions at most (a station coming back online sends one
    per maintain: SyncedStore). Stops early if the server goes away again."""
    started = time.perf_counter()
    applied = skipped = conflicts = 0
    with unit_of_work(cache.readers) as local:
        replayed = int(state(local).get("replayed_id", 0))
        outbox = list(
            local.scalars(
                select(Event).where(Event.id > replayed, Event.id >= LOCAL_ID_FLOOR).order_by(Event.id)
            )
        )
    groups: list[list[Event]] = []
    for e in outbox:
        if groups and e.tx is not None and groups[-1][0].tx == e.tx:
            groups[-1].append(e)
        else:
            groups.append([e])
    done = 0
    for start in range(0, len(groups), batch)[:batches]:
        chunk = groups[start : start + batch]
        commands = [[e for e in g if _is_command(e)] for g in chunk]
        uuids = [e.uuid for c in commands for e in c]
        with unit_of_work(server.readers) as src:
            known = {
                u
                for part in _chunks_str(set(uuids))
                for u in src.scalars(select(Event.uuid).where(Event.uuid.in_(part)))
            }
        fresh = [j for j, c in enumerate(commands) if c and not any(e.uuid in known for e in c)]
        skipped += sum(1 for c in commands if c and any(e.uuid in known for e in c))
        in_bulk: set[int] = set()
        try:
            with replay_transaction(server) as src:
                in_bulk = {fresh[k] for k in bulk_replay.apply(src, [commands[j] for j in fresh])}
        except CONNECTION_ERRORS:
            raise
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise
            log.warning("batch replay refused, replaying one transaction at a time: %s", exc)
            in_bulk = set()
        except ReturnsDeskError as exc:
            log.warning("batch replay refused, replaying one transaction at a time: %s", exc)
            in_bulk = set()
        applied += len(in_bulk)
        refused = 0
        for j in fresh:
            if j in in_bulk:
                continue
            outcome = _replay_group(server, chunk[j], commands[j])
            applied += outcome == "applied"
            refused += outcome == "conflict"
        conflicts += refused
        done += len(chunk)
        with unit_of_work(cache.sessions) as local:
            st = state(local)
            st["replayed_id"] = chunk[-1][-1].id
            st["conflicts"] = int(st.get("conflicts", 0)) + refused
            policy_service.put_setting(local, STATE_KEY, st)
    remaining = sum(1 for g in groups[done:] for e in g if _is_command(e))
    return ReplayReport(applied, skipped, conflicts, remaining, time.perf_counter() - started)


@contextmanager
def replay_transaction(server: Database) -> Iterator[Session]:
    """A server transaction that replays an offline station's work. The server accepts it from a user or station
    deactivated since (migration 0006): the work was done on the dock while they were in standing, and refusing it
    would lose it."""
    with unit_of_work(server.sessions) as src:
        if src.get_bind().dialect.name == "postgresql":
            src.execute(text("SELECT set_config('returns_desk.replaying', 'on', true)"))
        yield src


def _replay_group(server: Database, group: list[Event], commands: list[Event]) -> str:
    """One outbox transaction through the services (replay has checked that the server does not hold it yet)."""
    first = commands[0]
    try:
        with replay_transaction(server) as src:
            actor = _actor(src, first.user_id, first.station_id)
            with events.replaying([(e.kind, e.uuid, e.occurred_at) for e in commands], group[0].tx):
                for e in commands:
                    _apply(src, actor, e, group)
        return "applied"
    except CONNECTION_ERRORS:
        raise
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise
        log.warning("replay refused by the database: %s", exc)
        error = f"the database refused it: {exc.orig}"
    except ReturnsDeskError as exc:
        error = str(exc)
    _conflict(server, group, commands, error)
    return "conflict"


def _conflict(server: Database, group: list[Event], commands: list[Event], error: str) -> None:
    """What the station did offline, and why the server refused it, for a supervisor. Recorded under the first
    command's uuid, so a second replay finds it and does not open the conflict twice."""
    first = commands[0]
    with replay_transaction(server) as src:
        actor = _actor(src, first.user_id, first.station_id)
        unit = (
            src.scalar(select(Unit).where(Unit.lpn == first.subject_id))
            if first.subject_type == "unit"
            else None
        )
        request_id = (
            src.scalar(select(ReturnRequest.id).where(ReturnRequest.rma_number == first.subject_id))
            if first.subject_type == "return"
            else None
        )
        with events.replaying([("exception.opened", first.uuid, first.occurred_at)], group[0].tx):
            exceptions.open_case(
                src,
                actor,
                ExceptionKind.SYNC_CONFLICT,
                unit=unit,
                request_id=request_id,
                description=f"Done at {actor.station_name or 'a station'} while offline; refused on return: {error}",
                details={
                    "error": error,
                    "station": actor.station_name,
                    "commands": [
                        {
                            "uuid": e.uuid,
                            "kind": e.kind,
                            "subject": f"{e.subject_type} {e.subject_id}",
                            "at": e.occurred_at.isoformat(),
                            "payload": e.payload,
                        }
                        for e in commands
                    ],
                },
            )


def report_status(server: Database, station_name: str, current: SyncStatus) -> None:
    """Tell the server (and so the supervisors) how this station is doing."""
    with unit_of_work(server.sessions) as src:
        station_id = src.scalar(select(Station.id).where(Station.name == station_name))
        if station_id is None:
            return
        row = src.get(StationStatus, station_id)
        if row is None:
            row = StationStatus(station_id=station_id)
            src.add(row)
        row.online = current.online
        row.pending = current.pending
        row.conflicts = current.conflicts
        row.last_sync = current.last_sync
        row.updated_at = events.now()
        row.schema = migrate.head_revision()


@dataclass(frozen=True, slots=True)
class StationRow:
    station: str
    online: bool
    pending: int
    conflicts: int
    last_sync: datetime | None
    updated_at: datetime
    schema: str


def station_statuses(session: Session) -> list[StationRow]:
    rows = session.execute(select(StationStatus, Station.name).join(Station).order_by(Station.name))
    return [
        StationRow(name, s.online, s.pending, s.conflicts, s.last_sync, s.updated_at, s.schema)
        for s, name in rows
    ]


# --- the station's store -----------------------------------------------------------------------------------
# Set on a write connection once its transaction sends a statement that may write (anything but a SELECT, with or
# without FOR UPDATE); cleared when the next transaction begins.
WROTE = "returns_desk.wrote"
_SELECT = re.compile(r"\s*SELECT\b", re.IGNORECASE)
_WRITING = re.compile(
    r"\b(?:INSERT|DELETE|MERGE|TRUNCATE|COPY|CALL|SETVAL)\b|(?<!FOR )(?<!KEY )\bUPDATE\b", re.IGNORECASE
)


def _transaction_begins(conn: Connection) -> None:
    conn.info.pop(WROTE, None)


def _may_write(statement: str) -> bool:
    may = _MAY_WRITE.get(statement)
    if may is None:
        if len(_MAY_WRITE) >= 512:  # the app's statements are a few dozen; ad-hoc ones must not pile up
            _MAY_WRITE.clear()
        may = _MAY_WRITE[statement] = not _SELECT.match(statement) or _WRITING.search(statement) is not None
    return may


_MAY_WRITE: dict[str, bool] = {}


def _statement_sent(
    conn: Connection, _cursor: Any, statement: str, _parameters: Any, _context: Any, _executemany: bool
) -> None:
    if WROTE not in conn.info and _may_write(statement):
        conn.info[WROTE] = True


def _refused_without_writing(session: Session, exc: BaseException) -> bool:
    """A refusal (a parcel another station has, a unit already graded) in a transaction that wrote nothing on
    PostgreSQL and has nothing left to write at its commit: COMMIT ends it as ROLLBACK would (row locks it took
    are released either way), and psycopg keeps the statements it prepared on the connection (at a rollback it
    deallocates them all, and Enter's would be prepared and planned again).

    Nothing written: every statement the transaction sent was a SELECT (``WROTE`` unset; a row lock is a SELECT
    ... FOR UPDATE), or the server says it holds no transaction id (a statement that may have written, but did
    not). A unit scanned again after it was graded, here or at another station a moment before, was locked
    first (which takes a transaction id), then refused: it is the first case."""
    if (
        not isinstance(exc, ReturnsDeskError)
        or session.new
        or session.dirty
        or session.deleted
        or session.info.get(events.PENDING)
        or session.get_bind().dialect.name != "postgresql"
    ):
        return False
    try:
        if not session.connection().info.get(WROTE):
            return True
        return session.scalar(text("SELECT txid_current_if_assigned() IS NULL")) is True
    except DBAPIError:
        return False


class SyncedStore:
    """Where a station's reads and writes go: the server while it answers, the cache while it does not.

    Used from the one DB worker thread only (with ``maintain`` called between jobs).
    """

    MAINTAIN_S = 1.0  # between jobs, ``maintain`` about this often (gui/worker.py)
    # Each maintain comes after MAINTAIN_S times a random factor in this range. Stations started in the same second
    # (a shift starting, every station restarted after an update) would otherwise copy into their caches in the same
    # tenth of a second every second, all shift -- each 10-80 ms of work at 8 stations x 10 units/s -- and slow
    # each other's Enter there (bench/sync.py starts its stations together).
    MAINTAIN_JITTER = (0.5, 1.5)
    PROBE_S = 3.0
    # Each probe of an unreachable server comes after PROBE_S times a random factor in this range: when a server
    # restart cuts every station at once, they come back (and replay their outboxes) over a few seconds rather
    # than all in the same one, each slowing the others' Enter.
    PROBE_JITTER = (0.5, 1.5)
    REFRESH_S = 30.0
    # Each refresh comes after REFRESH_S times a random factor in this range. Stations started together (a shift
    # starting) would otherwise refresh in the same second every REFRESH_S, all day, and slow each other's Enter.
    REFRESH_JITTER = (0.75, 1.25)
    # Coming back online, the outbox goes one server transaction of REPLAY_BATCH outbox transactions per maintain
    # (about one a second), and the station works from its copy until the outbox is drained. ``maintain`` runs on
    # the DB worker between a person's jobs, so one batch is the longest a person there waits behind it (with
    # rests inside one maintain, their next scan waited up to 5 s). And a server restart brings every station
    # back within seconds: each one's whole outbox in one transaction (~100 ms of the server's and the station's
    # CPU for a few minutes offline) slowed Enter at the others; so did 10-50 at a time with rests, over the
    # two seconds eight stations came back in (bench/sync.py). Each batch costs about 12 ms of the station's CPU
    # whatever its size (the uuids already there, a dozen statements, the cache's mark): 6 s of bench/sync.py's
    # outbox (about 80 parcels) took 0.56 s of the station's CPU and 0.19 s of the server's in batches of 10,
    # 0.24 s and 0.12 s in batches of 50. A few minutes offline at a person's pace is one batch.
    REPLAY_BATCH = 50

    def __init__(
        self, server_url: str, cache: Database, station_name: str, server: Database | None = None
    ) -> None:
        self.server_url = server_url
        self.server = server
        self.cache = cache
        self.station_name = station_name
        self.online = server is not None
        self._next_probe = 0.0
        self._touched: set[tuple[str, str]] = set()
        self._request_of: dict[tuple[str, str], int] = {}  # of touched subjects, where the writer knew it
        self.problem = ""  # why the station stays offline although the server answers (a schema mismatch)
        self._next_refresh = self._refresh_due(time.monotonic())
        # Known to hold no events waiting for the server: set when a mirror found none, cleared by any write to
        # the cache (only those add to the outbox). Saves counting the outbox before each copy (~1.5 ms).
        self._outbox_empty = False
        # Set when a write on the server rolled back: psycopg then forgets every statement it prepared on that
        # connection (it cannot tell what the server kept), and Enter's would be planned again (enter_pg.warm_up).
        self._cold = False
        if server is not None:
            self._watch(server)
        use_local_ids(cache)

    def _watch(self, server: Database) -> None:
        event.listen(server.engine, "rollback", self._rolled_back)
        event.listen(server.engine, "begin", _transaction_begins)
        event.listen(server.engine, "before_cursor_execute", _statement_sent)

    def _rolled_back(self, _connection: Connection) -> None:
        self._cold = True

    # reads and writes
    def read(self, work: Callable[[Session], T]) -> T:
        if self.online and self.server is not None:
            try:
                try:
                    return self.server.read(work)
                except DBAPIError as exc:
                    if not exc.connection_invalidated:
                        raise
                return self.server.read(work)  # a dropped connection: once more, on a fresh one
            except CONNECTION_ERRORS as exc:
                self._go_offline(exc)
        return self.cache.read(work)

    def write(self, work: Callable[[Session], T]) -> T:
        result = self._write(work)
        if self._cold:
            self._warm_again()
        return result

    def _warm_again(self) -> None:
        """Once a write goes through after one that rolled back (refused after a wait for another station's lock,
        say): Enter's and a receipt's statements prepared again for the next. Not after each refusal: a person
        scanning parcels other stations have taken is refused several times in a row."""
        self._cold = False
        if not self.online:
            return  # reconnecting warms up
        try:
            self.warm_up()
        except CONNECTION_ERRORS as exc:
            self._go_offline(exc)
        except Exception:  # the write went through: a failed warm-up must not make it look refused
            log.exception("preparing Enter's statements again failed")

    def _write(self, work: Callable[[Session], T]) -> T:
        if self.online and self.server is not None:
            staged: Session | None = None
            done = False  # the work ran to its end; only the commit was left
            try:
                try:
                    with unit_of_work(self.server.sessions, commit_on=_refused_without_writing) as session:
                        keep_written(session)
                        result = work(session)
                        touched = set(session.info.get(events.TOUCHED, ()))
                        request_of = session.info.get(events.REQUEST_OF, {})
                        if IMMEDIATE_KINDS & session.info.get(events.KINDS, set()):
                            # New units: copied into the cache inside this transaction (reading its own rows),
                            # and committed there right after the server commits, so that a line cut the next
                            # second still finds them when the person grades them offline.
                            session.flush()
                            staged = self.cache.sessions()
                            staged.begin()
                            self._outbox_empty = mirror_touched_into(
                                session, staged, touched, outbox_empty=self._outbox_empty
                            )
                        done = True
                except DBAPIError as exc:
                    # The server answered the COMMIT before the connection failed: the write is there. Doing it
                    # again offline would come back from the replay as a conflict with itself.
                    if not (done and COMMIT_ANSWERED.get()):
                        raise
                    log.warning(
                        "the connection failed after the server committed: the write stands (%s)", exc
                    )
                if staged is not None:
                    staged.commit()
            except CONNECTION_ERRORS as exc:
                self._go_offline(exc)
            except DBAPIError as exc:
                if not exc.connection_invalidated:
                    raise
                self._go_offline(exc)
            else:
                self._touched |= touched
                self._request_of.update(request_of)
                return result
            finally:
                if staged is not None:
                    staged.close()
        self._outbox_empty = False
        with unit_of_work(self.cache.sessions) as session:
            return work(session)

    def after_write(self) -> None:
        """Copy what the last writes touched on the server into the cache. ``maintain`` does it every second, in
        one go for all the writes since; receipts were copied inside their own transaction already."""
        if not self._touched or not self.online or self.server is None:
            return
        touched, self._touched = self._touched, set()
        known, self._request_of = self._request_of, {}
        try:
            with unit_of_work(self.server.readers) as src:
                self._outbox_empty = mirror_touched(
                    src, self.cache, touched, outbox_empty=self._outbox_empty, known=known
                )
        except CONNECTION_ERRORS as exc:
            self._go_offline(exc)

    def _go_offline(self, exc: BaseException) -> None:
        if self.online:
            log.warning("shared database unreachable, working offline: %s", exc)
        self.online = False
        self._next_probe = self._probe_due(time.monotonic())

    # between jobs
    def maintain(self, *, force: bool = False) -> None:
        now = time.monotonic()
        self.after_write()
        if not self.online:
            if force or now >= self._next_probe:
                self._next_probe = self._probe_due(now)
                self._try_reconnect(force=force)
            if not (force and self.online):
                return
        if force or now >= self._next_refresh:
            self._next_refresh = self._refresh_due(now)
            try:
                assert self.server is not None
                refresh_cache(self.server, self.cache)
                report_status(self.server, self.station_name, self.status())
            except CONNECTION_ERRORS as exc:
                self._go_offline(exc)

    def maintain_due(self, now: float) -> float:
        """When the next ``maintain`` is due, for one that ran at ``now`` (monotonic seconds)."""
        return now + self.MAINTAIN_S * random.uniform(*self.MAINTAIN_JITTER)

    def _refresh_due(self, now: float) -> float:
        return now + self.REFRESH_S * random.uniform(*self.REFRESH_JITTER)

    def _probe_due(self, now: float) -> float:
        return now + self.PROBE_S * random.uniform(*self.PROBE_JITTER)

    def _try_reconnect(self, *, force: bool = False) -> None:
        try:
            if self.server is None:
                self.server = open_database(self.server_url, migrate_empty=False)
                self._watch(self.server)
            with self.server.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            # One batch per maintain (REPLAY_BATCH); a forced maintain (only tests force one) sends it all now.
            report = replay(self.server, self.cache, batch=self.REPLAY_BATCH, batches=None if force else 1)
            if report.remaining:
                self._next_probe = time.monotonic()  # the next maintain sends the next batch
            if report.remaining == 0:
                self.warm_up()
                self.online = True
                self.server.close_reader()
                report_status(self.server, self.station_name, self.status())
                # The copy is refreshed at a random moment of the next REFRESH_S, not now: a server restart brings
                # every station back within seconds, and their refreshes together (each copying what all the
                # others did since its last one) slowed Enter at the others. Online, reads go to the server.
                self._next_refresh = time.monotonic() + self.REFRESH_S * random.uniform(0.1, 1.0)
                log.info("back online: replayed %s", report)
        except SchemaMismatch as exc:
            self.problem = str(exc)
            log.error("the shared database has another schema: %s", exc)
        except (*CONNECTION_ERRORS, DBAPIError) as exc:
            log.info("shared database still unreachable: %s", exc)

    def warm_up(self) -> None:
        """Prepare Enter's and a receipt's statements on the server connection the next ones take
        (enter_pg.warm_up, receive_pg.warm_up): at start and after a reconnect, the connection is new. Writes
        nothing."""
        if self.server is None:
            return
        # Committed, though it wrote nothing: psycopg forgets its prepared statements at a rollback.
        with unit_of_work(self.server.sessions) as session:
            if session.get_bind().dialect.name == "postgresql":
                ids = enter_pg.ids_like(session.connection())
                enter_pg.warm_up(session, ids)
                receive_pg.warm_up(session, receiving.RECEIVABLE, ids)
        self._cold = False

    def status(self) -> SyncStatus:
        with unit_of_work(self.cache.readers) as session:
            return status(session, self.online)

    def close_reader(self) -> None:
        if self.server is not None:
            self.server.close_reader()
        self.cache.close_reader()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
        self.cache.close()


def open_station(
    server_url: str, cache_path: str, station_name: str, *, plates: int = PLATES_PER_BLOCK
) -> SyncedStore:
    """Open a station's store: the server if it answers (building or refreshing the cache), else the cache alone."""
    cache = open_database(cache_path)
    try:
        server: Database | None = open_database(server_url, migrate_empty=False)
    except DatabaseUnavailable:
        server = None
        with unit_of_work(cache.readers) as session:
            if not state(session):
                cache.close()
                raise
    store = SyncedStore(server_url, cache, station_name, server)
    if server is not None:
        with unit_of_work(cache.readers) as session:
            waiting = pending(session)
            built = bool(state(session))
        if waiting:
            replay(server, cache)
        if built:
            refresh_cache(server, cache)
        else:
            build_cache(server, cache, station_name, plates=plates)
        try:
            store.warm_up()
        except CONNECTION_ERRORS as exc:
            store._go_offline(exc)
    return store
