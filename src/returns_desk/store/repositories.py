"""Read queries for the scan path: one statement per lookup, compiled once per dialect.

A scan must show its request within a frame, so each lookup is a single indexed statement that returns the
request with its lines, products and units in one round trip.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import Dialect, Select, and_, bindparam, case, select
from sqlalchemy.orm import Session

from returns_desk.store.db import driver
from returns_desk.store.models import (
    Customer,
    Order,
    Product,
    ReturnLine,
    ReturnRequest,
    TrackingNumber,
    Unit,
)

OPEN_STATUSES = ("requested", "approved", "received", "inspected")

_REQUEST_COLUMNS = (
    ReturnRequest.id,
    ReturnRequest.rma_number,
    ReturnRequest.status,
    ReturnRequest.version,
    ReturnRequest.channel,
    ReturnRequest.region,
    ReturnRequest.requested_at,
    ReturnRequest.received_at,
    ReturnRequest.customer_comment,
    Order.order_number,
    Order.ordered_at,
    Order.delivered_at,
    Customer.name.label("customer_name"),
    Customer.email.label("customer_email"),
    ReturnLine.id.label("line_id"),
    ReturnLine.quantity_expected,
    ReturnLine.quantity_received,
    ReturnLine.reason,
    ReturnLine.customer_comment.label("line_comment"),
    ReturnLine.unit_price_cents,
    Product.sku,
    Product.name.label("product_name"),
    Product.gtin,
    Product.category,
    Unit.lpn,
    Unit.status.label("unit_status"),
    Unit.grade,
    Unit.disposition,
    Unit.destination,
)


def _request_select(where: Any) -> Select[*tuple[Any, ...]]:
    return (
        select(*_REQUEST_COLUMNS)
        .join(Order, Order.id == ReturnRequest.order_id)
        .join(Customer, Customer.id == ReturnRequest.customer_id)
        .outerjoin(ReturnLine, ReturnLine.return_request_id == ReturnRequest.id)
        .outerjoin(Product, Product.id == ReturnLine.product_id)
        .outerjoin(Unit, Unit.return_line_id == ReturnLine.id)
        .where(where)
        .order_by(ReturnLine.id, Unit.id)
    )


_by_rma = _request_select(ReturnRequest.rma_number == bindparam("code"))
_by_id = _request_select(ReturnRequest.id == bindparam("code"))
_by_tracking = _request_select(
    ReturnRequest.id
    == select(TrackingNumber.return_request_id)
    .where(TrackingNumber.tracking_number == bindparam("code"))
    .scalar_subquery()
)
_by_lpn = _request_select(
    ReturnRequest.id == select(Unit.return_request_id).where(Unit.lpn == bindparam("code")).scalar_subquery()
)
# An order can have several returns: prefer one still open, then the newest.
_by_order = _request_select(
    ReturnRequest.id
    == select(ReturnRequest.id)
    .join(Order, Order.id == ReturnRequest.order_id)
    .where(Order.order_number == bindparam("code"))
    .order_by(case((ReturnRequest.status.in_(OPEN_STATUSES), 0), else_=1), ReturnRequest.requested_at.desc())
    .limit(1)
    .scalar_subquery()
)

REQUEST_LOOKUPS = {"rma": _by_rma, "tracking": _by_tracking, "lpn": _by_lpn, "order": _by_order, "id": _by_id}

_product_by_gtin = select(
    Product.id, Product.sku, Product.name, Product.gtin, Product.category, Product.price_cents
).where(Product.gtin == bindparam("code"))
# Open requests holding a product; capped, because a bestseller sits in thousands of them.
_open_requests_with_product = (
    select(ReturnRequest.rma_number)
    .join(ReturnLine, ReturnLine.return_request_id == ReturnRequest.id)
    .where(
        and_(
            ReturnLine.product_id == bindparam("product_id"),
            ReturnLine.awaiting_receipt,
        )
    )
    .limit(bindparam("cap"))
)


class ScanStatements:
    """The lookup statements compiled once for a dialect, run straight on the DBAPI cursor.

    The scan path is the hottest in the app: SQLAlchemy still builds the SQL (one source of truth, both dialects),
    but each scan skips statement caching, result processing and the ORM, which cost several times the query.
    """

    def __init__(self, dialect: Dialect) -> None:
        self.sqlite = dialect.name == "sqlite"
        statements: dict[str, Select[*tuple[Any, ...]]] = {
            **REQUEST_LOOKUPS,
            "product": _product_by_gtin,
            "candidates": _open_requests_with_product,
        }
        self._compiled = {name: self._compile(stmt, dialect) for name, stmt in statements.items()}

    def _compile(
        self, stmt: Select[*tuple[Any, ...]], dialect: Dialect
    ) -> tuple[str, tuple[str, ...], dict[str, Any]]:
        # Expanding IN lists are rendered once with their constant values; per-scan values are bound each time.
        state = stmt.compile(dialect=dialect).construct_expanded_state(
            {"code": "", "product_id": 0, "cap": 0}
        )
        return state.statement, tuple(state.positiontup or ()), dict(state.parameters)

    def run(self, session: Session, name: str, values: dict[str, Any]) -> list[tuple[Any, ...]]:
        sql, order, constants = self._compiled[name]
        params = {**constants, **values}
        dbapi = driver(session.connection())
        cursor = dbapi.cursor()
        try:
            cursor.execute(sql, tuple(params[k] for k in order) if self.sqlite else params)
            return list(cursor.fetchall())
        finally:
            cursor.close()


_statements: dict[str, ScanStatements] = {}


def statements(session: Session) -> ScanStatements:
    dialect = session.get_bind().dialect
    found = _statements.get(dialect.name)
    if found is None:
        found = _statements[dialect.name] = ScanStatements(dialect)
    return found


class RequestRow(NamedTuple):
    """One row of a request lookup, in the order of the selected columns.

    Lines and units are outer-joined: a request without lines gives one row whose ``line_id`` is None, and a line
    without units one row whose ``lpn`` is None. The other line and unit columns are typed as they are when
    ``line_id`` / ``lpn`` are set, which is the only case readers use them in.
    """

    id: int
    rma_number: str
    status: str
    version: int
    channel: str
    region: str
    requested_at: datetime
    received_at: datetime | None
    customer_comment: str | None
    order_number: str
    ordered_at: datetime
    delivered_at: datetime | None
    customer_name: str
    customer_email: str
    line_id: int | None
    quantity_expected: int
    quantity_received: int
    reason: str
    line_comment: str | None
    unit_price_cents: int
    sku: str
    product_name: str
    gtin: str | None
    category: str
    lpn: str | None
    unit_status: str
    grade: str | None
    disposition: str | None
    destination: str | None


_TIME_FIELDS = tuple(
    RequestRow._fields.index(f) for f in ("requested_at", "received_at", "ordered_at", "delivered_at")
)


def _utc(value: Any) -> datetime | None:
    """SQLite hands back the stored text; PostgreSQL a timestamptz. Both become aware UTC datetimes."""
    if value is None or (isinstance(value, datetime) and value.tzinfo is not None):
        return value
    parsed = datetime.fromisoformat(value) if isinstance(value, str) else value
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def request_rows(session: Session, how: str, code: str | int) -> list[RequestRow]:
    rows = statements(session).run(session, how, {"code": code})
    out = []
    for raw in rows:
        values = list(raw)
        for i in _TIME_FIELDS:
            values[i] = _utc(values[i])
        out.append(RequestRow._make(values))
    return out


def product_by_gtin(session: Session, gtin: str) -> ProductRow | None:
    rows = statements(session).run(session, "product", {"code": gtin})
    return ProductRow._make(rows[0]) if rows else None


class ProductRow(NamedTuple):
    id: int
    sku: str
    name: str
    gtin: str | None
    category: str
    price_cents: int


def open_rmas_with_product(session: Session, product_id: int, cap: int) -> list[str]:
    return [
        row[0]
        for row in statements(session).run(session, "candidates", {"product_id": product_id, "cap": cap})
    ]
