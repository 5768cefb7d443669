"""A unit as the rules see it: locked by its plate with its return, and the facts the rules decide on."""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from returns_desk.barcodes.labels import TagData
from returns_desk.domain.errors import NotFound
from returns_desk.domain.rules import (
    RulePolicy,
    UnitFacts,
)
from returns_desk.domain.vocab import (
    Fault,
    Grade,
    ReasonCode,
    UnitStatus,
)
from returns_desk.services import events, txcache
from returns_desk.services import policy as policy_service
from returns_desk.services.results import Actor
from returns_desk.store.models import (
    Inspection,
    Order,
    Product,
    ReturnLine,
    ReturnRequest,
    Station,
    Unit,
)


def lock_unit(session: Session, lpn: str) -> Unit:
    """The unit, row-locked for the rest of the transaction (locked once: grading then routing reuse the lock)."""
    cache = txcache.of(session)
    locked: dict[str, Unit] | None = cache.setdefault("locked_units", {}) if cache is not None else None
    if locked is not None and lpn in locked:
        return locked[lpn]
    if cache is None:
        plain = session.scalar(select(Unit).where(Unit.lpn == lpn).with_for_update())
        if plain is None:
            raise NotFound(f"No unit with license plate {lpn}.")
        return plain
    # In a write transaction the facts the rules need come along in the same round trip (only the unit is locked).
    # The settings come along too: the rules read them next, and that saves Enter a round trip.
    found = session.execute(_lock_with_facts(session.get_bind().dialect.name), {"lpn": lpn}).first()
    if found is None:
        raise NotFound(f"No unit with license plate {lpn}.")
    unit: Unit = found[0]
    cache.setdefault("unit_rows", {})[unit.return_line_id] = FactsRow._make(found[1:-1])
    policy_service.take_snapshot(session, found[-1])
    if locked is not None:
        locked[lpn] = unit
    return unit


def unit_facts(
    session: Session, unit: Unit, policy: RulePolicy, fault: Fault | None = None, grade: Grade | None = None
) -> tuple[UnitFacts, int]:
    """Everything the rules look at for this unit, and the price the customer paid for it."""
    cache = txcache.of(session)
    rows: dict[int, Any] = cache.setdefault("unit_rows", {}) if cache is not None else {}
    row = rows.get(unit.return_line_id)
    if row is None:
        row = rows[unit.return_line_id] = _facts_row(session, unit.return_line_id)
    if fault is None and cache is not None:
        fault = cache.get("last_fault", {}).get(unit.id)
    if fault is None:
        last = session.scalar(
            select(Inspection.fault)
            .where(Inspection.unit_id == unit.id, Inspection.blind.is_(False))
            .order_by(Inspection.id.desc())
            .limit(1)
        )
        fault = Fault(last) if last else Fault.UNKNOWN
    facts = facts_from(
        row, unit.received_at, grade or (Grade(unit.grade) if unit.grade else Grade.A), fault, policy
    )
    return facts, row.unit_price_cents


def facts_from(row: Any, received_at: datetime, grade: Grade, fault: Fault, policy: RulePolicy) -> UnitFacts:
    """UnitFacts from a row holding the line's reason and price, the product's category and warranty, and the
    order's delivery and request dates (the services, the what-if and the batch replay all read those)."""
    delivered = row.delivered_at.date() if row.delivered_at else None
    age_days = (received_at.date() - delivered).days if delivered else 0
    return UnitFacts(
        grade=grade,
        reason=ReasonCode(row.reason),
        category=row.category,
        unit_value_cents=row.unit_price_cents,
        under_warranty=row.warranty_days > 0 and age_days <= row.warranty_days,
        age_days=age_days,
        fault=fault,
        inside_window=policy.inside_window(row.category, delivered, row.requested_at.date()),
    )


def tag_of(session: Session, unit: Unit, actor: Actor) -> TagData:
    """The tag of a unit just routed in this transaction, from what the transaction already read."""
    cache = txcache.of(session)
    row = (cache or {}).get("unit_rows", {}).get(unit.return_line_id) or _facts_row(
        session, unit.return_line_id
    )
    station = actor.station_name if unit.station_id == actor.station_id else None
    if station is None and unit.station_id is not None:
        station = session.scalar(select(Station.name).where(Station.id == unit.station_id))
    return TagData(
        lpn=str(unit.lpn),
        rma=row.rma_number,
        sku=row.sku or "",
        grade=unit.grade or "",
        disposition=unit.disposition or "",
        destination=unit.destination or "",
        day=events.now().date(),
        station=station or "",
        gtin=row.gtin,
        on_hold=unit.status == UnitStatus.AWAITING_APPROVAL.value,
    )


FACT_COLUMNS = (
    ReturnLine.reason,
    ReturnLine.unit_price_cents,
    Product.category,
    Product.warranty_days,
    Order.delivered_at,
    ReturnRequest.requested_at,
    ReturnRequest.rma_number,
    Product.sku,
    Product.gtin,
)


def with_facts(query: Any) -> Any:
    """``query`` over units, with the columns the rules read (FACT_COLUMNS) joined on."""
    return (
        query.add_columns(*FACT_COLUMNS)
        .join(ReturnLine, ReturnLine.id == Unit.return_line_id)
        .join(Product, Product.id == ReturnLine.product_id)
        .join(ReturnRequest, ReturnRequest.id == ReturnLine.return_request_id)
        .join(Order, Order.id == ReturnRequest.order_id)
    )


_STATEMENTS: dict[Any, Any] = {}


def _lock_with_facts(dialect: str) -> Any:
    """The unit by plate, row-locked, with its facts and the settings (built once: Enter runs it every time)."""
    stmt = _STATEMENTS.get(("lock", dialect))
    if stmt is None:
        stmt = _STATEMENTS[("lock", dialect)] = (
            with_facts(select(Unit))
            .add_columns(policy_service.snapshot_column(dialect))
            .where(Unit.lpn == bindparam("lpn"))
            # The return is locked too: two stations settling its last units one each must not both see
            # the other's unit still open (finish_request_if_done), so the second waits for the first.
            .with_for_update(of=[Unit, ReturnRequest])
        )
    return stmt


class FactsRow(NamedTuple):
    reason: str
    unit_price_cents: int
    category: str
    warranty_days: int
    delivered_at: datetime | None
    requested_at: datetime
    rma_number: str
    sku: str
    gtin: str | None


def _facts_row(session: Session, line_id: int) -> Any:
    return session.execute(
        select(*FACT_COLUMNS)
        .join(Product, Product.id == ReturnLine.product_id)
        .join(ReturnRequest, ReturnRequest.id == ReturnLine.return_request_id)
        .join(Order, Order.id == ReturnRequest.order_id)
        .where(ReturnLine.id == line_id)
    ).one()
