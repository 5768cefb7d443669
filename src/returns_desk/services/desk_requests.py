"""Return requests made at the desk for a customer who phones or writes, or for a marketplace return that came
without a portal: find the order, pick lines and quantities (never more than sold minus already returned), say
why and what the customer wants; the policy verdict shows before saving, the authorization rules decide on
arrival, and an RMA is assigned. The return slip (PDF) goes to the printer or with the authorization e-mail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from returns_desk.barcodes.slip import SlipData
from returns_desk.domain.authorization import AuthDecision
from returns_desk.domain.errors import NotFound, ValidationFailed
from returns_desk.domain.scancodes import rma_for_serial
from returns_desk.domain.vocab import EventKind, ReasonCode, Resolution, ReturnStatus, Role
from returns_desk.services import auth, authorization, events, shared
from returns_desk.services import policy as policy_service
from returns_desk.services.queue_search import NAME_MATCHES
from returns_desk.services.results import Actor
from returns_desk.store.models import Customer, Order, OrderLine, Product, ReturnLine, ReturnRequest

FOUND_ORDERS = 20
ENDED = (ReturnStatus.REJECTED.value, ReturnStatus.CANCELLED.value)


@dataclass(frozen=True, slots=True)
class LineChoice:
    order_line_id: int
    sku: str
    product: str
    category: str
    sold: int
    returned: int  # already on other return requests that did not end rejected or cancelled
    price_cents: int
    window_days: int
    inside_window: bool

    @property
    def returnable(self) -> int:
        return max(0, self.sold - self.returned)


@dataclass(frozen=True, slots=True)
class OrderChoice:
    order_id: int
    number: str
    customer: str
    email: str
    channel: str
    ordered_at: datetime
    delivered_at: datetime | None
    lines: tuple[LineChoice, ...]


def find_orders(
    session: Session, actor: Actor, text: str, *, today: datetime | None = None
) -> list[OrderChoice]:
    """Orders by number, customer e-mail or the start of the customer's name, newest first."""
    auth.require(actor, Role.SUPERVISOR, "make return requests")
    raw = text.strip()
    if len(raw) < 3:
        raise ValidationFailed(
            "Type the order number, the customer's e-mail or at least 3 letters of the name."
        )
    query = select(Order.id).order_by(Order.ordered_at.desc()).limit(FOUND_ORDERS)
    ids = list(session.scalars(query.where(Order.order_number == raw)))
    if not ids:
        if "@" in raw:
            customers = select(Customer.id).where(Customer.email == raw.lower())
        else:
            prefix = raw.lower()
            customers = (
                select(Customer.id)
                .where(Customer.name_key >= prefix, Customer.name_key < prefix + "\U0010ffff")
                .limit(NAME_MATCHES)
            )
        ids = list(session.scalars(query.where(Order.customer_id.in_(customers))))
    return [order_choice(session, order_id, today=today) for order_id in ids]


def order_choice(session: Session, order_id: int, *, today: datetime | None = None) -> OrderChoice:
    found = session.execute(
        select(Order, Customer).join(Customer, Customer.id == Order.customer_id).where(Order.id == order_id)
    ).first()
    if found is None:
        raise NotFound(f"There is no order {order_id}.")
    order, customer = found
    rules = policy_service.current(session)
    day = (today or events.now()).date()
    returned = dict(
        session.execute(
            select(ReturnLine.order_line_id, func.sum(ReturnLine.quantity_expected))
            .join(ReturnRequest, ReturnRequest.id == ReturnLine.return_request_id)
            .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
            .where(OrderLine.order_id == order_id, ReturnRequest.status.not_in(ENDED))
            .group_by(ReturnLine.order_line_id)
        ).all()
    )
    delivered = order.delivered_at.date() if order.delivered_at else None
    lines = tuple(
        LineChoice(
            line.id,
            sku,
            name,
            category,
            line.quantity,
            int(returned.get(line.id) or 0),
            line.unit_price_cents,
            rules.window_days(category),
            rules.window_days(category) > 0 and rules.inside_window(category, delivered, day),
        )
        for line, sku, name, category in session.execute(
            select(OrderLine, Product.sku, Product.name, Product.category)
            .join(Product, Product.id == OrderLine.product_id)
            .where(OrderLine.order_id == order_id)
            .order_by(OrderLine.id)
        )
    )
    return OrderChoice(
        order.id,
        order.order_number,
        customer.name,
        customer.email,
        order.channel,
        order.ordered_at,
        order.delivered_at,
        lines,
    )


@dataclass(frozen=True, slots=True)
class Pick:
    order_line_id: int
    quantity: int
    reason: ReasonCode
    comment: str = ""


def verdict(order: OrderChoice, picks: Sequence[Pick]) -> list[str]:
    """What the return policy says of these picks, one sentence per line picked (shown before saving)."""
    lines = {line.order_line_id: line for line in order.lines}
    said = []
    for pick in picks:
        line = lines[pick.order_line_id]
        if line.window_days <= 0:
            said.append(f"{line.sku}: {line.category} cannot be returned.")
        elif line.inside_window:
            said.append(f"{line.sku}: inside the {line.window_days}-day window.")
        else:
            said.append(f"{line.sku}: outside the {line.window_days}-day window; a person decides.")
        if pick.quantity > line.returnable:
            said.append(f"{line.sku}: only {line.returnable} of {line.sold} can still be returned.")
    return said


@dataclass(frozen=True, slots=True)
class Created:
    rma: str
    status: ReturnStatus
    decision: AuthDecision


def create(
    session: Session,
    actor: Actor,
    order_id: int,
    picks: Sequence[Pick],
    resolution: Resolution,
    comment: str = "",
    photos: Sequence[str] = (),
) -> Created:
    auth.require(actor, Role.SUPERVISOR, "make return requests")
    shared.require_shared(session, "make return requests")
    if not picks:
        raise ValidationFailed("Pick at least one line and how many come back.")
    order = session.scalar(select(Order).where(Order.id == order_id).with_for_update())
    if order is None:
        raise NotFound(f"There is no order {order_id}.")
    # Under the order's lock, so two people making requests for the same order cannot both take the last unit.
    choice = order_choice(session, order_id)
    lines = {line.order_line_id: line for line in choice.lines}
    for pick in picks:
        line = lines.get(pick.order_line_id)
        if line is None:
            raise ValidationFailed("A line picked is not on this order.")
        if pick.quantity < 1:
            raise ValidationFailed(f"{line.sku}: the quantity is at least 1.")
        if pick.quantity > line.returnable:
            raise ValidationFailed(
                f"{line.sku}: {line.sold} sold, {line.returned} already on return requests: "
                f"at most {line.returnable} more."
            )
        if line.window_days <= 0:
            raise ValidationFailed(f"{line.sku}: {line.category} cannot be returned.")
    at = events.now()
    request = ReturnRequest(
        rma_number=f"PENDING-{at.timestamp()}-{actor.user_id}",
        order_id=order.id,
        customer_id=order.customer_id,
        channel=order.channel,
        region=order.region,
        status=ReturnStatus.REQUESTED.value,
        requested_at=at,
        customer_comment=comment.strip() or None,
        source="desk",
        resolution=resolution.value,
        customer_photos=list(photos) or None,
    )
    session.add(request)
    session.flush()
    request.rma_number = _new_rma(session, request.id)
    for pick in picks:
        line = lines[pick.order_line_id]
        product_id = session.scalar(select(OrderLine.product_id).where(OrderLine.id == line.order_line_id))
        session.add(
            ReturnLine(
                return_request_id=request.id,
                order_line_id=line.order_line_id,
                product_id=product_id,
                quantity_expected=pick.quantity,
                quantity_received=0,
                unit_price_cents=line.price_cents,
                reason=pick.reason.value,
                customer_comment=pick.comment.strip() or None,
            )
        )
    session.flush()
    events.record(
        session,
        actor,
        EventKind.RETURN_CREATED,
        "return",
        request.rma_number,
        {
            "status": ReturnStatus.REQUESTED.value,
            "order": order.order_number,
            "lines": len(picks),
            "resolution": resolution.value,
            "photos": len(photos),
        },
        at=at,
    )
    decision = authorization.decide_on_arrival(session, actor, request)
    return Created(request.rma_number, ReturnStatus(request.status), decision)


def _new_rma(session: Session, request_id: int) -> str:
    """RMA-<id>, or, when an imported request already holds that number, one past the highest RMA-<n>."""
    rma = rma_for_serial(request_id)
    if session.scalar(select(ReturnRequest.id).where(ReturnRequest.rma_number == rma)) is None:
        return rma
    highest = session.scalar(
        select(func.max(ReturnRequest.rma_number)).where(ReturnRequest.rma_number.like("RMA-________"))
    )
    serial = int(highest[4:]) + 1 if highest and highest[4:].isdigit() else request_id + 10_000_000
    return rma_for_serial(serial)


def slip_data(session: Session, rma: str, shop: str, ship_to: Sequence[str]) -> SlipData:
    found = session.execute(
        select(ReturnRequest, Order.order_number, Customer.name)
        .join(Order, Order.id == ReturnRequest.order_id)
        .join(Customer, Customer.id == ReturnRequest.customer_id)
        .where(ReturnRequest.rma_number == rma)
    ).first()
    if found is None:
        raise NotFound(f"There is no return {rma}.")
    request, order_number, customer = found
    items = tuple(
        (qty, sku, name)
        for qty, sku, name in session.execute(
            select(ReturnLine.quantity_expected, Product.sku, Product.name)
            .join(Product, Product.id == ReturnLine.product_id)
            .where(ReturnLine.return_request_id == request.id)
            .order_by(ReturnLine.id)
        )
    )
    return SlipData(rma, shop, customer, order_number, tuple(ship_to), items)
