"""Settling an inspected return: the grade-based refund rules' proposal per line, confirmed (or changed, with a
reason) by a supervisor as refund lines with amounts and currency; and the export of those lines for the payments
team, which never exports a line twice unless asked.
"""

from __future__ import annotations

import csv
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.lifecycle import check_return_transition, who_may
from returns_desk.domain.money import is_currency, minor_digits
from returns_desk.domain.vocab import SETTLED_STATUS, EventKind, RefundKind, Resolution, ReturnStatus, Role
from returns_desk.services import auth, events, shared
from returns_desk.services.audit import safe_cell
from returns_desk.services.receiving import lock_request
from returns_desk.services.results import Actor
from returns_desk.services.supervision import check_version
from returns_desk.store.models import (
    Customer,
    DispositionRecord,
    Order,
    Product,
    RefundLine,
    ReturnLine,
    ReturnRequest,
    Unit,
    User,
)


@dataclass(frozen=True, slots=True)
class ProposedLine:
    return_line_id: int
    sku: str
    product: str
    quantity: int
    paid_cents: int  # what the customer paid for the units returned
    proposed_cents: int
    why: str


@dataclass(frozen=True, slots=True)
class Proposal:
    rma: str
    status: ReturnStatus
    resolution: Resolution
    lines: tuple[ProposedLine, ...]

    @property
    def total_cents(self) -> int:
        return sum(line.proposed_cents for line in self.lines)


def proposal(session: Session, actor: Actor, rma: str) -> Proposal:
    """What the refund rules decided for each unit, summed per line (full, minus a restocking fee, withheld)."""
    auth.require(actor, Role.SUPERVISOR, "settle returns")
    request = session.scalar(select(ReturnRequest).where(ReturnRequest.rma_number == rma))
    if request is None:
        raise ValidationFailed(f"There is no return {rma}.")
    lines = []
    for line, sku, name in session.execute(
        select(ReturnLine, Product.sku, Product.name)
        .join(Product, Product.id == ReturnLine.product_id)
        .where(ReturnLine.return_request_id == request.id)
        .order_by(ReturnLine.id)
    ):
        units = session.scalars(select(Unit).where(Unit.return_line_id == line.id).order_by(Unit.id)).all()
        proposed, paid, why = 0, 0, []
        for unit in units:
            record = session.scalar(
                select(DispositionRecord)
                .where(DispositionRecord.unit_id == unit.id)
                .order_by(DispositionRecord.id.desc())
                .limit(1)
            )
            paid += line.unit_price_cents
            if record is None:
                why.append(f"{unit.lpn}: not routed")
                continue
            proposed += record.refund_cents
            if record.refund_kind == RefundKind.WITHHELD.value:
                why.append(f"{unit.lpn}: withheld")
            elif record.restocking_fee_cents:
                why.append(f"{unit.lpn}: grade {unit.grade}, restocking fee")
            else:
                why.append(f"{unit.lpn}: full")
        lines.append(
            ProposedLine(line.id, sku, name, len(units), paid, proposed, "; ".join(why) or "nothing arrived")
        )
    return Proposal(rma, ReturnStatus(request.status), Resolution(request.resolution), tuple(lines))


def confirm(
    session: Session,
    actor: Actor,
    rma: str,
    currency: str,
    amounts: dict[int, int] | None = None,
    reason: str = "",
    *,
    seen_version: int | None = None,
) -> ReturnStatus:
    """Record the settlement as refund lines and move the request to refunded / exchanged / store credit /
    repaired (closed when nothing is owed). ``amounts`` (line id -> cents) changes the proposal; that needs a
    reason, kept on the lines and in the event."""
    auth.require(actor, Role.SUPERVISOR, "settle returns")
    shared.require_shared(session, "settle returns")
    if not is_currency(currency):
        raise ValidationFailed(f"{currency!r} is not a currency code.")
    request = lock_request(session, rma)
    check_version(session, "return", rma, request.version, seen_version)
    current = ReturnStatus(request.status)
    if current is not ReturnStatus.INSPECTED:
        raise ValidationFailed(
            f"Return {rma} is {current.label.lower()}: it is settled once every unit is inspected."
        )
    offer = proposal(session, actor, rma)
    chosen = {line.return_line_id: line.proposed_cents for line in offer.lines}
    edited = False
    for line_id, cents in (amounts or {}).items():
        if line_id not in chosen:
            raise ValidationFailed(f"Line {line_id} is not part of return {rma}.")
        paid = next(line.paid_cents for line in offer.lines if line.return_line_id == line_id)
        if not 0 <= cents <= paid:
            raise ValidationFailed(
                f"An amount must be between 0 and what the customer paid ({paid / 100:.2f})."
            )
        edited |= cents != chosen[line_id]
        chosen[line_id] = cents
    reason = reason.strip()
    if edited and not reason:
        raise ValidationFailed("Changing the proposed amounts needs a reason.")
    total = sum(chosen.values())
    target = SETTLED_STATUS[offer.resolution] if total or offer.resolution is not Resolution.REFUND else None
    target = target or ReturnStatus.CLOSED
    need = who_may(current, target)
    if need is None:
        check_return_transition(rma, current, target)
    else:
        auth.require(actor, need, "settle returns")
    at = events.now()
    for line in offer.lines:
        session.add(
            RefundLine(
                return_request_id=request.id,
                return_line_id=line.return_line_id,
                kind=offer.resolution.value,
                amount_cents=chosen[line.return_line_id],
                proposed_cents=line.proposed_cents,
                currency=currency,
                note=reason or None,
                decided_by_id=actor.user_id,
                decided_at=at,
            )
        )
    request.status = target.value
    request.closed_at = at
    session.flush()
    events.record(
        session,
        actor,
        EventKind.RETURN_SETTLED,
        "return",
        rma,
        {
            "status": target.value,
            "from": current.value,
            "total_cents": total,
            "proposed_cents": offer.total_cents,
            "currency": currency,
            "edited": edited,
            "reason": reason,
        },
        at=at,
    )
    return target


# --- export for the payments team ---
EXPORT_COLUMNS = (
    "refund_line_id",
    "export_id",
    "rma",
    "order",
    "customer_email",
    "customer_name",
    "kind",
    "sku",
    "amount",
    "currency",
    "decided_at",
    "decided_by",
    "note",
)


@dataclass(frozen=True, slots=True)
class ExportReport:
    lines: int
    export_id: str
    path: Path


def export_csv(session: Session, actor: Actor, path: Path, *, again: bool = False) -> ExportReport:
    """Write the refund lines not exported yet (every line with ``again``) to a CSV, one row per line, and mark
    them exported in the same transaction. The file is written before the commit: if the commit fails, the lines
    stay unexported and the file's ``export_id`` names a batch the database never recorded."""
    auth.require(actor, Role.SUPERVISOR, "export settlements")
    shared.require_shared(session, "export settlements")
    query = (
        select(
            RefundLine,
            ReturnRequest.rma_number,
            Order.order_number,
            Customer.email,
            Customer.name,
            Product.sku,
            User.name,
        )
        .join(ReturnRequest, ReturnRequest.id == RefundLine.return_request_id)
        .join(Order, Order.id == ReturnRequest.order_id)
        .join(Customer, Customer.id == ReturnRequest.customer_id)
        .outerjoin(ReturnLine, ReturnLine.id == RefundLine.return_line_id)
        .outerjoin(Product, Product.id == ReturnLine.product_id)
        .join(User, User.id == RefundLine.decided_by_id)
        .order_by(RefundLine.id)
        .with_for_update(of=RefundLine)
    )
    if not again:
        query = query.where(RefundLine.exported_at.is_(None))
    rows = session.execute(query).all()
    if not rows:
        raise ValidationFailed("Every settlement has been exported already.")
    export_id = str(uuid.uuid4())
    at = events.now()
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_COLUMNS)
        for line, rma, order, email, name, sku, by in rows:
            writer.writerow(
                [
                    line.id,
                    export_id,
                    safe_cell(rma),
                    safe_cell(order),
                    safe_cell(email),
                    safe_cell(name),
                    line.kind,
                    safe_cell(sku or ""),
                    _decimal(line.amount_cents, line.currency),
                    line.currency,
                    _iso(line.decided_at),
                    safe_cell(by),
                    safe_cell(line.note or ""),
                ]
            )
            line.exported_at, line.export_id = at, export_id
    tmp.replace(path)
    session.flush()
    events.record(
        session,
        actor,
        EventKind.SETTLEMENTS_EXPORTED,
        "settlements",
        export_id,
        {"file": path.name, "lines": len(rows), "again": again},
        at=at,
    )
    return ExportReport(len(rows), export_id, path)


def _decimal(minor: int, currency: str) -> str:
    digits = minor_digits(currency)
    whole, part = divmod(abs(minor), 10**digits)
    return ("-" if minor < 0 else "") + str(whole) + (f".{part:0{digits}d}" if digits else "")


def _iso(at: datetime) -> str:
    return at.isoformat(timespec="seconds")
