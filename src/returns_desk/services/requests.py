"""The merchant's view of return requests: one lazily paged list with filters (one request whole: request_detail).

Pages are found by keyset on (requested_at, id), never by OFFSET: each filter has an index that holds its column
followed by that key (store.models.ReturnRequest), so the first page of a million requests costs what the first
page of a hundred does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from returns_desk.domain.vocab import ReturnStatus, Role
from returns_desk.services import auth
from returns_desk.services.queue_search import match_text
from returns_desk.services.results import Actor
from returns_desk.store.models import (
    Customer,
    Order,
    Product,
    RequestReason,
    ReturnLine,
    ReturnRequest,
    TrackingNumber,
)

PAGE = 200
# Where the parcel is, by the request's status.
WHERE = {
    ReturnStatus.REQUESTED: "expected",
    ReturnStatus.APPROVED: "expected",
    ReturnStatus.RECEIVED: "received",
    ReturnStatus.INSPECTED: "inspected",
}


@dataclass(frozen=True, slots=True)
class RequestFilter:
    statuses: tuple[str, ...] = ()  # empty = any
    channel: str | None = None
    reason: str | None = None  # any line's reason
    requested_from: datetime | None = None
    requested_to: datetime | None = None
    text: str = ""  # RMA, order, tracking, customer e-mail or name prefix
    oldest_first: bool = False
    # Narrowed from an Analytics bar: the request's region, a line of this product or of this category.
    region: str | None = None
    product_id: int | None = None
    category: str | None = None


@dataclass(frozen=True, slots=True)
class RequestRow:
    id: int
    rma: str
    status: ReturnStatus
    order_number: str
    customer: str
    email: str
    channel: str
    items: int
    value_cents: int
    resolution: str
    requested_at: datetime
    delivered_at: datetime | None
    tracking: str | None
    version: int

    @property
    def where(self) -> str:
        return WHERE.get(self.status, "—")


@dataclass(frozen=True, slots=True)
class RequestPage:
    rows: tuple[RequestRow, ...]
    more: bool
    cursor: tuple[datetime, int] | None


def page(
    session: Session,
    actor: Actor,
    f: RequestFilter,
    after: tuple[datetime, int] | None = None,
    limit: int = PAGE,
) -> RequestPage:
    auth.require(actor, Role.SUPERVISOR, "read return requests")
    conditions = _conditions(session, f)
    if conditions is None:
        return RequestPage((), False, None)
    r = ReturnRequest
    # With a reason, the walk is over that reason's index (request_reasons), in the same order.
    at_col: Any = RequestReason.requested_at if f.reason else r.requested_at
    id_col: Any = RequestReason.return_request_id if f.reason else r.id
    if after is not None:
        at, id_ = after
        if f.oldest_first:
            conditions.append(or_(at_col > at, and_(at_col == at, id_col > id_)))
        else:
            conditions.append(or_(at_col < at, and_(at_col == at, id_col < id_)))
    order = (at_col, id_col) if f.oldest_first else (at_col.desc(), id_col.desc())
    # The order and the customer come along by primary key: one round trip fewer each, the same index walk.
    query = (
        select(
            r.id,
            r.rma_number,
            r.status,
            r.channel,
            r.resolution,
            r.requested_at,
            r.version,
            Order.order_number,
            Order.delivered_at,
            Customer.name,
            Customer.email,
        )
        .join(Order, Order.id == r.order_id)
        .join(Customer, Customer.id == r.customer_id)
        .where(*conditions)
        .order_by(*order)
        .limit(limit + 1)
    )
    if f.reason:
        query = query.join(RequestReason, RequestReason.return_request_id == r.id)
    found = session.execute(query).all()
    more = len(found) > limit
    found = found[:limit]
    rows = _decorate(session, list(found))
    return RequestPage(tuple(rows), more, (rows[-1].requested_at, rows[-1].id) if rows else None)


def count(session: Session, actor: Actor, f: RequestFilter) -> int:
    auth.require(actor, Role.SUPERVISOR, "read return requests")
    conditions = _conditions(session, f)
    if conditions is None:
        return 0
    query = select(func.count()).select_from(ReturnRequest).where(*conditions)
    if f.reason:
        query = query.join(RequestReason, RequestReason.return_request_id == ReturnRequest.id)
    return int(session.scalar(query) or 0)


def _conditions(session: Session, f: RequestFilter) -> list[ColumnElement[bool]] | None:
    r = ReturnRequest
    c: list[ColumnElement[bool]] = []
    if f.statuses:
        c.append(r.status == f.statuses[0] if len(f.statuses) == 1 else r.status.in_(f.statuses))
    if f.channel:
        c.append(r.channel == f.channel)
    if f.reason:
        c.append(RequestReason.reason == f.reason)  # page and count join request_reasons
    if f.region:
        c.append(r.region == f.region)
    if f.product_id is not None:
        c.append(r.id.in_(select(ReturnLine.return_request_id).where(ReturnLine.product_id == f.product_id)))
    if f.category:
        c.append(
            r.id.in_(
                select(ReturnLine.return_request_id)
                .join(Product, Product.id == ReturnLine.product_id)
                .where(Product.category == f.category)
            )
        )
    if f.requested_from is not None:
        c.append(r.requested_at >= f.requested_from)
    if f.requested_to is not None:
        c.append(r.requested_at < f.requested_to)
    if f.text.strip():
        match = match_text(session, f.text)
        if not match.requests:
            return None
        c.append(r.id.in_(sorted(match.requests)))
    return c


def _decorate(session: Session, found: list[Any]) -> list[RequestRow]:
    """Items, value and a tracking number for the page's requests: two queries for the whole page."""
    if not found:
        return []
    ids = [row.id for row in found]
    lines = {
        s.return_request_id: (int(s.items or 0), int(s.value or 0))
        for s in session.execute(
            select(
                ReturnLine.return_request_id,
                func.sum(ReturnLine.quantity_expected).label("items"),
                func.sum(ReturnLine.quantity_expected * ReturnLine.unit_price_cents).label("value"),
            )
            .where(ReturnLine.return_request_id.in_(ids))
            .group_by(ReturnLine.return_request_id)
        )
    }
    tracking: dict[int, str] = {}
    for t in session.execute(
        select(TrackingNumber.return_request_id, TrackingNumber.tracking_number).where(
            TrackingNumber.return_request_id.in_(ids)
        )
    ):
        tracking.setdefault(t.return_request_id, t.tracking_number)
    out = []
    for row in found:
        items, value = lines.get(row.id, (0, 0))
        out.append(
            RequestRow(
                row.id,
                row.rma_number,
                ReturnStatus(row.status),
                row.order_number,
                row.name,
                row.email,
                row.channel,
                items,
                value,
                row.resolution,
                row.requested_at,
                row.delivered_at,
                tracking.get(row.id),
                row.version,
            )
        )
    return out
