"""Read queries for the scan path. One statement per lookup, built once and cached by SQLAlchemy.

A scan must show its request within a frame, so each lookup is a single indexed statement that returns the
request with its lines, products and units in one round trip.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, Select, and_, bindparam, case, select
from sqlalchemy.orm import Session

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
            ReturnRequest.status.in_(("requested", "approved")),
        )
    )
    .limit(bindparam("cap"))
)


def request_rows(session: Session, how: str, code: str | int) -> Sequence[Row[*tuple[Any, ...]]]:
    return session.execute(REQUEST_LOOKUPS[how], {"code": code}).all()


def product_by_gtin(session: Session, gtin: str) -> Row[*tuple[Any, ...]] | None:
    return session.execute(_product_by_gtin, {"code": gtin}).first()


def open_rmas_with_product(session: Session, product_id: int, cap: int) -> list[str]:
    return list(session.scalars(_open_requests_with_product, {"product_id": product_id, "cap": cap}))
