"""One return request whole, as a supervisor reads it before deciding: its lines, units with grade, notes,
photos and override reason, exceptions, refund lines, e-mails, the audit trail, the moves open to the reader, and
(inspected) the settlement the refund rules propose."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, false, or_, select
from sqlalchemy.orm import Session

from returns_desk.domain.errors import NotFound
from returns_desk.domain.lifecycle import RETURN_TRANSITIONS, who_may
from returns_desk.domain.vocab import ReturnStatus, Role
from returns_desk.services import auth, settlement
from returns_desk.services.queue_search import match_text
from returns_desk.services.results import Actor
from returns_desk.store.models import (
    Customer,
    DispositionRecord,
    Event,
    ExceptionCase,
    Inspection,
    Order,
    OutboxMessage,
    Product,
    RefundLine,
    ReturnLine,
    ReturnRequest,
    Station,
    TrackingNumber,
    Unit,
    User,
)


@dataclass(frozen=True, slots=True)
class LineDetail:
    id: int
    sku: str
    product: str
    category: str
    expected: int
    received: int
    reason: str
    comment: str | None
    price_cents: int


@dataclass(frozen=True, slots=True)
class UnitDetail:
    lpn: str
    sku: str
    status: str
    grade: str | None
    disposition: str | None
    destination: str | None
    notes: list[str]
    photos: list[str]
    override_reason: str | None
    refund_kind: str | None
    refund_cents: int | None


@dataclass(frozen=True, slots=True)
class CaseDetail:
    id: int
    kind: str
    status: str
    description: str | None
    resolution: str | None


@dataclass(frozen=True, slots=True)
class RefundDetail:
    kind: str
    amount_cents: int
    proposed_cents: int
    currency: str
    note: str | None
    exported: bool


@dataclass(frozen=True, slots=True)
class MailDetail:
    id: int
    template: str
    recipient: str
    status: str
    attempts: int
    at: datetime
    error: str | None


@dataclass(frozen=True, slots=True)
class TrailEntry:
    at: datetime
    kind: str
    subject: str
    who: str
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class RequestDetail:
    id: int
    rma: str
    status: ReturnStatus
    version: int
    order_number: str
    customer: str
    email: str
    locale: str
    channel: str
    source: str
    resolution: str
    auth_rule: str | None
    comment: str | None
    requested_at: datetime
    delivered_at: datetime | None
    received_at: datetime | None
    inspected_at: datetime | None
    closed_at: datetime | None
    tracking: list[str]
    lines: list[LineDetail]
    units: list[UnitDetail]
    cases: list[CaseDetail]
    refunds: list[RefundDetail]
    mails: list[MailDetail]
    trail: list[TrailEntry] = field(default_factory=list)
    customer_photos: list[str] = field(default_factory=list)
    proposal_cents: int | None = None  # an inspected request's settlement as the refund rules propose it

    def moves_for(self, role: Role) -> list[ReturnStatus]:
        """Where this person may move the request next."""
        return [
            target
            for target in sorted(RETURN_TRANSITIONS[self.status], key=list(ReturnStatus).index)
            if (need := who_may(self.status, target)) is not None and role.at_least(need)
        ]


def find_id(session: Session, actor: Actor, code: str) -> int | None:
    """The request a scanned or typed code names (RMA, order, tracking, plate), or None."""
    auth.require(actor, Role.SUPERVISOR, "read return requests")
    text = code.strip()
    if not text:
        return None
    by_unit = session.scalar(select(Unit.return_request_id).where(Unit.lpn == text.upper()))
    if by_unit is not None:
        return int(by_unit)
    match = match_text(session, text)
    return min(match.requests) if match.requests else None


def detail(session: Session, actor: Actor, request_id: int) -> RequestDetail:
    auth.require(actor, Role.SUPERVISOR, "read return requests")
    found = session.execute(
        select(ReturnRequest, Order.order_number, Order.delivered_at, Customer)
        .join(Order, Order.id == ReturnRequest.order_id)
        .join(Customer, Customer.id == ReturnRequest.customer_id)
        .where(ReturnRequest.id == request_id)
    ).first()
    if found is None:
        raise NotFound(f"Return request {request_id} does not exist.")
    req, order_number, delivered, customer = found
    lines = [
        LineDetail(
            line.id,
            sku,
            name,
            category,
            line.quantity_expected,
            line.quantity_received,
            line.reason,
            line.customer_comment,
            line.unit_price_cents,
        )
        for line, sku, name, category in session.execute(
            select(ReturnLine, Product.sku, Product.name, Product.category)
            .join(Product, Product.id == ReturnLine.product_id)
            .where(ReturnLine.return_request_id == request_id)
            .order_by(ReturnLine.id)
        )
    ]
    units = _units(session, request_id)
    cases = [
        CaseDetail(c.id, c.kind, c.status, c.description, c.resolution)
        for c in session.scalars(
            select(ExceptionCase)
            .where(ExceptionCase.return_request_id == request_id)
            .order_by(ExceptionCase.id)
        )
    ]
    refunds = [
        RefundDetail(r.kind, r.amount_cents, r.proposed_cents, r.currency, r.note, r.exported_at is not None)
        for r in session.scalars(
            select(RefundLine).where(RefundLine.return_request_id == request_id).order_by(RefundLine.id)
        )
    ]
    mails = [
        MailDetail(m.id, m.template, m.recipient, m.status, m.attempts, m.created_at, m.last_error)
        for m in session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.return_request_id == request_id)
            .order_by(OutboxMessage.id)
        )
    ]
    tracking = list(
        session.scalars(
            select(TrackingNumber.tracking_number).where(TrackingNumber.return_request_id == request_id)
        )
    )
    return RequestDetail(
        req.id,
        req.rma_number,
        ReturnStatus(req.status),
        req.version,
        order_number,
        customer.name,
        customer.email,
        customer.locale,
        req.channel,
        req.source,
        req.resolution,
        req.auth_rule,
        req.customer_comment,
        req.requested_at,
        delivered,
        req.received_at,
        req.inspected_at,
        req.closed_at,
        tracking,
        lines,
        units,
        cases,
        refunds,
        mails,
        _trail(session, req.rma_number, [u.lpn for u in units]),
        list(req.customer_photos or []),
        (
            settlement.proposal(session, actor, req.rma_number).total_cents
            if req.status == ReturnStatus.INSPECTED.value
            else None
        ),
    )


def _units(session: Session, request_id: int) -> list[UnitDetail]:
    out = []
    for unit, sku in session.execute(
        select(Unit, Product.sku)
        .outerjoin(Product, Product.id == Unit.product_id)
        .where(Unit.return_request_id == request_id)
        .order_by(Unit.id)
    ):
        inspections = session.scalars(
            select(Inspection).where(Inspection.unit_id == unit.id).order_by(Inspection.id)
        ).all()
        record = session.scalar(
            select(DispositionRecord)
            .where(DispositionRecord.unit_id == unit.id)
            .order_by(DispositionRecord.id.desc())
            .limit(1)
        )
        out.append(
            UnitDetail(
                str(unit.lpn),
                sku or "",
                unit.status,
                unit.grade,
                unit.disposition,
                unit.destination,
                [i.notes for i in inspections if i.notes],
                [p for i in inspections for p in (i.photos or [])],
                record.override_reason if record is not None else None,
                record.refund_kind if record is not None else None,
                record.refund_cents if record is not None else None,
            )
        )
    return out


TRAIL_LIMIT = 500


def _trail(session: Session, rma: str, plates: list[str]) -> list[TrailEntry]:
    subjects = or_(
        and_(Event.subject_type == "return", Event.subject_id == rma),
        and_(Event.subject_type == "unit", Event.subject_id.in_(plates)) if plates else false(),
    )
    return [
        TrailEntry(
            e.occurred_at,
            e.kind,
            f"{e.subject_type} {e.subject_id}",
            f"{name or 'system'}" + (f" at {station}" if station else ""),
            dict(e.payload or {}),
        )
        for e, name, station in session.execute(
            select(Event, User.name, Station.name)
            .outerjoin(User, User.id == Event.user_id)
            .outerjoin(Station, Station.id == Event.station_id)
            .where(subjects)
            .order_by(Event.occurred_at, Event.id)
            .limit(TRAIL_LIMIT)
        )
    ]
