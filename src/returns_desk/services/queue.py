"""The supervisors' queue: units (with their latest grade and open exception) and the exceptions that have no
unit (an unexpected parcel, a late return), in one list, filtered, sorted and paged in SQL.

A page is found by keyset, never by OFFSET: each query starts below the last row shown, in an index that holds
the filter column followed by the sort key, so page 5,000 costs what page 1 costs, on a million units.
Unit-only filters (state, inspector, grade, disposition) leave the unit-less exceptions out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, literal, literal_column, or_, select
from sqlalchemy.orm import Session

from returns_desk.domain.vocab import Role
from returns_desk.services import auth, events
from returns_desk.services.queue_search import Match, match_text
from returns_desk.services.results import Actor
from returns_desk.store.models import (
    ExceptionCase,
    Product,
    ReturnRequest,
    Station,
    Unit,
    User,
)

PAGE = 200


@dataclass(frozen=True, slots=True)
class QueueFilter:
    states: tuple[str, ...] = ()  # unit statuses; empty = any
    exception_kind: str | None = None
    only_exceptions: bool = False  # rows with an open exception only
    station_id: int | None = None
    inspector_id: int | None = None
    grade: str | None = None
    disposition: str | None = None
    min_age_hours: float | None = None  # received (or opened) at least this long ago
    received_from: datetime | None = None
    received_to: datetime | None = None
    text: str = ""  # RMA, order, tracking, customer email or name prefix, SKU, LPN
    newest_first: bool = False

    @property
    def unit_only(self) -> bool:
        return bool(self.states or self.inspector_id or self.grade or self.disposition)


@dataclass(frozen=True, slots=True)
class QueueRow:
    kind: str  # "unit" or "exception"
    id: int
    reference: str  # LPN, or "#<exception id>"
    rma: str | None
    sku: str | None
    product: str | None
    state: str
    exception_kind: str | None
    station: str | None
    inspector: str | None
    grade: str | None
    disposition: str | None
    at: datetime  # received (unit) or opened (exception)
    version: int

    @property
    def sort_key(self) -> tuple[datetime, int, int]:
        return (self.at, 0 if self.kind == "unit" else 1, self.id)


@dataclass(frozen=True, slots=True)
class Page:
    rows: tuple[QueueRow, ...]
    more: bool
    cursor: tuple[datetime, int, int] | None = None  # the last row's sort key: where the next page starts
    # The free text named more customers than a search reads (NAME_MATCHES): the list covers the first of them,
    # in name order, and the screen must say so.
    partial: bool = False


def page(
    session: Session,
    actor: Actor,
    f: QueueFilter,
    after: tuple[datetime, int, int] | None = None,
    limit: int = PAGE,
) -> Page:
    """One page of the queue, starting after ``after`` (a previous page's cursor)."""
    auth.require(actor, Role.SUPERVISOR, "read the queue")
    match = match_text(session, f.text) if f.text.strip() else None
    if match is not None and match.empty():
        return Page((), False)
    now = events.now()
    units = _unit_rows(session, f, match, after, limit + 1, now)
    cases = [] if f.unit_only else _exception_rows(session, f, match, after, limit + 1, now)
    merged = sorted([*units, *cases], key=lambda r: r[-1], reverse=f.newest_first)  # r[-1]: the sort key
    more = len(merged) > limit
    merged = merged[:limit]
    rows = _decorate(session, merged)
    partial = match is not None and match.partial
    return Page(tuple(rows), more, rows[-1].sort_key if rows else None, partial)


def count(session: Session, actor: Actor, f: QueueFilter) -> int:
    """How many rows the filter holds (a separate query: the screen shows the first page before this)."""
    auth.require(actor, Role.SUPERVISOR, "read the queue")
    match = match_text(session, f.text) if f.text.strip() else None
    if match is not None and match.empty():
        return 0
    now = events.now()
    only = _narrowest_index(session, f) if match is None else None
    conditions = _unit_conditions(f, match, now, only)
    total = session.scalar(select(func.count()).select_from(Unit).where(*conditions)) or 0
    if not f.unit_only:
        total += (
            session.scalar(
                select(func.count()).select_from(ExceptionCase).where(*_exception_conditions(f, match, now))
            )
            or 0
        )
    return int(total)


# --- units ---
def _unit_conditions(
    f: QueueFilter, match: Match | None, now: datetime, only_index: str | None = None
) -> list[ColumnElement[bool]]:
    """The filter as conditions. With ``only_index`` (SQLite), every other equality is written so that no index
    serves it (``+column`` for SQLite), which leaves the planner the one index the probe found narrowest."""

    def eq(column: Any, value: Any, index: str) -> ColumnElement[bool]:
        if only_index is None or index == only_index:
            same: ColumnElement[bool] = column == value
            return same
        unindexed: ColumnElement[bool] = literal_column(f"+units.{column.key}") == value
        return unindexed

    c: list[ColumnElement[bool]] = []
    if f.states:
        c.append(
            eq(Unit.status, f.states[0], "ix_units_status_received")
            if len(f.states) == 1
            else Unit.status.in_(f.states)
        )
    if f.exception_kind:
        # Any open exception of the kind, not only the unit's oldest (units.exception_kind): a unit that waits
        # for approval and also has a discrepancy is found under both.
        c.append(Unit.id.in_(_units_with_open(f.exception_kind)))
    elif f.only_exceptions:
        c.append(Unit.exception_kind.is_not(None))
    if f.station_id is not None:
        c.append(eq(Unit.station_id, f.station_id, "ix_units_station_received"))
    if f.inspector_id is not None:
        c.append(eq(Unit.inspector_id, f.inspector_id, "ix_units_inspector_received"))
    if f.grade:
        c.append(eq(Unit.grade, f.grade, "ix_units_grade_received"))
    if f.disposition:
        c.append(eq(Unit.disposition, f.disposition, "ix_units_disposition_received"))
    c.extend(_time_conditions(Unit.received_at, f, now))
    if match is not None:
        alternatives: list[ColumnElement[bool]] = []
        if match.units:
            alternatives.append(Unit.id.in_(sorted(match.units)))
        if match.requests:
            alternatives.append(Unit.return_request_id.in_(sorted(match.requests)))
        if match.products:
            alternatives.append(Unit.product_id.in_(sorted(match.products)))
        c.append(or_(*alternatives) if alternatives else false())
    return c


def _units_with_open(kind: str) -> Any:
    return select(ExceptionCase.unit_id).where(
        ExceptionCase.kind == kind, ExceptionCase.status == "open", ExceptionCase.unit_id.is_not(None)
    )


def _unit_rows(
    session: Session,
    f: QueueFilter,
    match: Match | None,
    after: tuple[datetime, int, int] | None,
    limit: int,
    now: datetime,
) -> list[tuple[Any, ...]]:
    index = _narrowest_index(session, f) if match is None else None
    conditions = _unit_conditions(f, match, now, index)
    if after is not None:
        conditions.append(_after(Unit.received_at, Unit.id, 0, after, f.newest_first))
    order = (Unit.received_at.desc(), Unit.id.desc()) if f.newest_first else (Unit.received_at, Unit.id)
    query = (
        select(
            Unit.id,
            Unit.lpn,
            Unit.return_request_id,
            Unit.product_id,
            Unit.status,
            Unit.exception_kind,
            Unit.station_id,
            Unit.inspector_id,
            Unit.grade,
            Unit.disposition,
            Unit.received_at,
            Unit.version,
        )
        .where(*conditions)
        .order_by(*order)
        .limit(limit)
    )
    return [("unit", *r, (r.received_at, 0, r.id)) for r in session.execute(query)]


PROBE_ROWS = 2_000


def _narrowest_index(session: Session, f: QueueFilter) -> str | None:
    """SQLite only, with two or more equality filters: the index of the filter that matches fewest units.

    SQLite (built without STAT4 here) knows only the average rows per value, so for "grade B at a quiet station"
    it may walk every grade-B unit to find the station's few. PostgreSQL combines both indexes (bitmap AND) and
    needs no help. A probe counts at most PROBE_ROWS entries per filter in its index, a millisecond or two.
    """
    if session.get_bind().dialect.name != "sqlite":
        return None
    candidates: list[tuple[str, ColumnElement[bool]]] = []
    if len(f.states) == 1:
        candidates.append(("ix_units_status_received", Unit.status == f.states[0]))
    if f.station_id is not None:
        candidates.append(("ix_units_station_received", Unit.station_id == f.station_id))
    if f.inspector_id is not None:
        candidates.append(("ix_units_inspector_received", Unit.inspector_id == f.inspector_id))
    if f.grade:
        candidates.append(("ix_units_grade_received", Unit.grade == f.grade))
    if f.disposition:
        candidates.append(("ix_units_disposition_received", Unit.disposition == f.disposition))
    if len(candidates) < 2:
        return None
    sizes = []
    for name, condition in candidates:
        probe = select(Unit.id).where(condition).limit(PROBE_ROWS)
        sizes.append((session.scalar(select(func.count()).select_from(probe.subquery())) or 0, name))
    return min(sizes)[1]


# --- exceptions without a unit ---
def _exception_conditions(f: QueueFilter, match: Match | None, now: datetime) -> list[ColumnElement[bool]]:
    c: list[ColumnElement[bool]] = [ExceptionCase.unit_id.is_(None), ExceptionCase.status == "open"]
    if f.exception_kind:
        c.append(ExceptionCase.kind == f.exception_kind)
    if f.station_id is not None:
        c.append(ExceptionCase.station_id == f.station_id)
    c.extend(_time_conditions(ExceptionCase.opened_at, f, now))
    if match is not None:
        alternatives: list[ColumnElement[bool]] = []
        if match.requests:
            alternatives.append(ExceptionCase.return_request_id.in_(sorted(match.requests)))
        if match.codes:
            alternatives.append(ExceptionCase.scanned_code.in_(sorted(match.codes)))
        c.append(or_(*alternatives) if alternatives else false())
    return c


def _exception_rows(
    session: Session,
    f: QueueFilter,
    match: Match | None,
    after: tuple[datetime, int, int] | None,
    limit: int,
    now: datetime,
) -> list[tuple[Any, ...]]:
    conditions = _exception_conditions(f, match, now)
    if after is not None:
        conditions.append(_after(ExceptionCase.opened_at, ExceptionCase.id, 1, after, f.newest_first))
    order = (
        (ExceptionCase.opened_at.desc(), ExceptionCase.id.desc())
        if f.newest_first
        else (ExceptionCase.opened_at, ExceptionCase.id)
    )
    query = (
        select(
            ExceptionCase.id,
            ExceptionCase.scanned_code,
            ExceptionCase.return_request_id,
            literal(None),
            ExceptionCase.status,
            ExceptionCase.kind,
            ExceptionCase.station_id,
            literal(None),
            literal(None),
            literal(None),
            ExceptionCase.opened_at,
            literal(1),
        )
        .where(*conditions)
        .order_by(*order)
        .limit(limit)
    )
    return [("exception", *r, (r.opened_at, 1, r.id)) for r in session.execute(query)]


def _time_conditions(column: Any, f: QueueFilter, now: datetime) -> list[ColumnElement[bool]]:
    c: list[ColumnElement[bool]] = []
    if f.min_age_hours is not None:
        c.append(column <= now - timedelta(hours=f.min_age_hours))
    if f.received_from is not None:
        c.append(column >= f.received_from)
    if f.received_to is not None:
        c.append(column < f.received_to)
    return c


def _after(
    at: Any,
    id_: Any,
    rank: int,
    cursor: tuple[datetime, int, int],
    newest_first: bool,
) -> ColumnElement[bool]:
    """Rows strictly after the cursor in (time, kind rank, id) order, in a form the (…, time, id) index serves."""
    c_at, c_rank, c_id = cursor
    at_: ColumnElement[datetime] = at
    id_c: ColumnElement[int] = id_
    return _after_typed(at_, id_c, rank, (c_at, c_rank, c_id), newest_first)


def _after_typed(
    at: ColumnElement[datetime],
    id_: ColumnElement[int],
    rank: int,
    cursor: tuple[datetime, int, int],
    newest_first: bool,
) -> ColumnElement[bool]:
    c_at, c_rank, c_id = cursor
    if newest_first:
        if rank < c_rank:
            return at <= c_at
        if rank > c_rank:
            return at < c_at
        return or_(at < c_at, and_(at == c_at, id_ < c_id))
    if rank > c_rank:
        return at >= c_at
    if rank < c_rank:
        return at > c_at
    return or_(at > c_at, and_(at == c_at, id_ > c_id))


# --- free text ---
def _decorate(session: Session, rows: list[tuple[Any, ...]]) -> list[QueueRow]:
    request_ids = {r[3] for r in rows if r[3] is not None}
    product_ids = {r[4] for r in rows if r[4] is not None}
    station_ids = {r[7] for r in rows if r[7] is not None}
    user_ids = {r[8] for r in rows if r[8] is not None}
    rmas: dict[int, str] = {}
    if request_ids:
        query = select(ReturnRequest.id, ReturnRequest.rma_number).where(ReturnRequest.id.in_(request_ids))
        rmas = {r.id: r.rma_number for r in session.execute(query)}
    products: dict[int, tuple[str, str]] = {}
    if product_ids:
        query2 = select(Product.id, Product.sku, Product.name).where(Product.id.in_(product_ids))
        products = {p.id: (p.sku, p.name) for p in session.execute(query2)}
    stations: dict[int, str] = {}
    if station_ids:
        stations = {
            r.id: r.name
            for r in session.execute(select(Station.id, Station.name).where(Station.id.in_(station_ids)))
        }
    users: dict[int, str] = {}
    if user_ids:
        users = {
            r.id: r.name for r in session.execute(select(User.id, User.name).where(User.id.in_(user_ids)))
        }
    out = []
    for kind, id_, ref, req, prod, state, exc, station, inspector, grade, disp, at, version, _ in rows:
        sku, name = products.get(prod, (None, None))
        out.append(
            QueueRow(
                kind,
                id_,
                ref if kind == "unit" else (f"#{id_} {ref}" if ref else f"#{id_}"),
                rmas.get(req),
                sku,
                name,
                state,
                exc,
                stations.get(station),
                users.get(inspector),
                grade,
                disp,
                at,
                version,
            )
        )
    return out


def people(session: Session, actor: Actor) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(station name, id) and (user name, id) for the queue's filter lists."""
    auth.require(actor, Role.SUPERVISOR, "read the queue")
    stations = [
        (r.name, r.id) for r in session.execute(select(Station.name, Station.id).order_by(Station.name))
    ]
    users = [
        (r.name, r.id)
        for r in session.execute(select(User.name, User.id).where(User.badge != "SYSTEM").order_by(User.name))
    ]
    return stations, users
