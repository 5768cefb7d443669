"""What the queue's free text matches: an RMA, order, tracking number, plate, SKU or GTIN, a customer's e-mail or
the start of their name, as the ids of units, returns, products and scanned codes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from returns_desk.domain.scancodes import classify
from returns_desk.domain.vocab import ScanKind
from returns_desk.store.models import (
    Customer,
    ExceptionCase,
    Order,
    Product,
    ReturnRequest,
    TrackingNumber,
    Unit,
)

NAME_MATCHES = 500  # customers a name prefix may match before the search asks for more letters


@dataclass(slots=True)
class Match:
    """What the free text matched, as ids: empty means the text matched nothing."""

    units: set[int] = field(default_factory=set)
    requests: set[int] = field(default_factory=set)
    products: set[int] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)  # exceptions' scanned codes
    partial: bool = False  # more customers matched the name than NAME_MATCHES

    def empty(self) -> bool:
        return not (self.units or self.requests or self.products or self.codes)


def match_text(session: Session, text: str) -> Match:
    """Resolve the search text to ids through the same unique indexes the scan path uses."""
    raw = text.strip()
    m = Match()
    upper = raw.upper()
    m.units.update(session.scalars(select(Unit.id).where(Unit.lpn == upper)))
    m.requests.update(session.scalars(select(ReturnRequest.id).where(ReturnRequest.rma_number == upper)))
    m.requests.update(
        session.scalars(
            select(ReturnRequest.id)
            .join(Order, Order.id == ReturnRequest.order_id)
            .where(Order.order_number == raw)
        )
    )
    for reading in classify(raw):
        if reading.kind is ScanKind.TRACKING:
            m.requests.update(
                session.scalars(
                    select(TrackingNumber.return_request_id).where(
                        TrackingNumber.tracking_number == reading.normalized
                    )
                )
            )
        elif reading.kind is ScanKind.GTIN:
            m.products.update(session.scalars(select(Product.id).where(Product.gtin == reading.normalized)))
    m.products.update(session.scalars(select(Product.id).where(Product.sku == upper)))
    customers: Sequence[int] = []
    if "@" in raw:
        customers = session.scalars(select(Customer.id).where(Customer.email == raw.lower())).all()
    elif len(raw) >= 3 and not any(ch.isdigit() for ch in raw):
        # In name order (byte order on both databases), so that a name too common to read whole gives the same
        # first NAME_MATCHES customers on SQLite and PostgreSQL; one more row says whether there were more.
        key: Any = Customer.name_key
        if session.get_bind().dialect.name == "postgresql":
            key = Customer.name_key.collate("C")
        found = session.scalars(
            select(Customer.id)
            .where(*_prefix(session, Customer.name_key, raw.lower()))
            .order_by(key, Customer.id)
            .limit(NAME_MATCHES + 1)
        ).all()
        m.partial = len(found) > NAME_MATCHES
        customers = found[:NAME_MATCHES]
    if customers:
        m.requests.update(
            session.scalars(select(ReturnRequest.id).where(ReturnRequest.customer_id.in_(list(customers))))
        )
    m.codes.add(raw)
    if m.units or m.requests or m.products:
        return m
    # Nothing but an exception's scanned code can still match.
    exists = session.scalar(
        select(ExceptionCase.id)
        .where(ExceptionCase.scanned_code == raw, ExceptionCase.unit_id.is_(None))
        .limit(1)
    )
    return m if exists is not None else Match()


def _prefix(session: Session, column: Any, prefix: str) -> list[ColumnElement[bool]]:
    """``column`` starts with ``prefix``, written so that each database walks one index range."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if session.get_bind().dialect.name == "postgresql":
        return [column.like(escaped + "%", escape="\\")]  # text_pattern_ops index
    # SQLite's LIKE ignores case and so skips the index; a range on the binary order does not.
    return [column >= prefix, column < prefix + "\U0010ffff"]


# --- names for the page ---
