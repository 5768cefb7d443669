"""Scan resolution and receiving: what did the station just scan, and take the parcel in.

``resolve_scan`` tries each reading of the scan (see domain.scancodes.classify) against the database, most likely
first. ``receive_parcel`` marks the request received and creates one unit, with its license plate, per unit expected.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from returns_desk.domain.errors import AlreadyTaken, NotFound, ValidationFailed
from returns_desk.domain.lifecycle import RETURN_TRANSITIONS, check_return_transition
from returns_desk.domain.rules import RulePolicy
from returns_desk.domain.scancodes import Reading, as_scanned, classify, lpn_for_serial
from returns_desk.domain.vocab import EventKind, ReturnStatus, Role, ScanKind
from returns_desk.services import auth, commands, events, exceptions, receive_pg
from returns_desk.services import policy as policy_service
from returns_desk.services.results import Actor, LineView, ProductView, RequestView, ScanResult, UnitView
from returns_desk.store import repositories as repo
from returns_desk.store.executor import Executor, executor
from returns_desk.store.models import ReturnLine, ReturnRequest, Setting, Unit

# Enough to tell one open return from several and to name a few; the full list is a separate, paged query.
CANDIDATE_CAP = 5


def resolve_scan(session: Session, raw: str, policy: RulePolicy | None = None) -> ScanResult:
    """What a scan names, with the request's view (its return-window verdict by ``policy``, else the published
    policy: ``policy.for_view``)."""
    readings = classify(raw)
    for reading in readings:
        if reading.kind is ScanKind.GTIN:
            result = _resolve_gtin(session, raw, reading.normalized, policy)
            if result.product is not None:
                return result
            continue
        if reading.kind is ScanKind.UNKNOWN:
            continue
        rows = repo.request_rows(session, reading.kind.value, reading.normalized)
        if rows:
            if reading.kind in MAYBE_AN_RMA or not reading.certain:
                # An order number or a plate may be a platform's RMA too: the stored RMA wins, or both show.
                stored = _stored_rma(session, raw, readings, policy)
                if stored is not None:
                    return stored
            return ScanResult(
                raw,
                reading.kind,
                reading.normalized,
                reading.carrier,
                build_view(rows, policy or policy_service.for_view(session)),
            )
    stored = _stored_rma(session, raw, readings, policy)
    if stored is not None:
        return stored
    best = next((r for r in readings if r.certain), None)
    if best is None:
        return ScanResult(raw, ScanKind.UNKNOWN, readings[0].normalized)
    return ScanResult(raw, best.kind, best.normalized, best.carrier)


# Readings whose code a shop platform may also have given as an RMA number. Tracking numbers, GTINs and our own
# RMA format carry check digits or a prefix of their own: a scan they match is not looked up again as an RMA, which
# keeps the commonest scans at one round trip.
MAYBE_AN_RMA = frozenset({ScanKind.ORDER, ScanKind.LPN})


def _stored_rma(
    session: Session, raw: str, readings: Sequence[Reading], policy: RulePolicy | None
) -> ScanResult | None:
    """An RMA number stored exactly as scanned wins over what its format suggests: shop platforms write RMAs in
    any format (``1000005``, ``R#77/12``), and one can look like an order number or a plate. When another reading
    of the same code names a different return, that is shown as a choice, never guessed."""
    exact = as_scanned(raw)
    if not exact:
        return None
    rows = repo.request_rows(session, "rma", exact)
    if not rows and exact.upper() != exact:
        rows = repo.request_rows(session, "rma", exact.upper())
    if not rows:
        return None
    rma = rows[0].rma_number
    others: list[str] = []
    for reading in readings:
        if reading.kind in (ScanKind.ORDER, ScanKind.TRACKING, ScanKind.LPN):
            for row in repo.request_rows(session, reading.kind.value, reading.normalized):
                if row.rma_number != rma and row.rma_number not in others:
                    others.append(row.rma_number)
    if others:
        return ScanResult(raw, ScanKind.RMA, exact, None, None, None, (rma, *others))
    return ScanResult(
        raw, ScanKind.RMA, exact, None, build_view(rows, policy or policy_service.for_view(session))
    )


def _resolve_gtin(session: Session, raw: str, gtin: str, policy: RulePolicy | None) -> ScanResult:
    product = repo.product_by_gtin(session, gtin)
    if product is None:
        return ScanResult(raw, ScanKind.GTIN, gtin)
    view = ProductView(product.sku, product.name, product.gtin, product.category, product.price_cents)
    rmas = repo.open_rmas_with_product(session, product.id, CANDIDATE_CAP + 1)
    # One open return holding the item is a match; several need a person to choose.
    match = (
        build_view(repo.request_rows(session, "rma", rmas[0]), policy or policy_service.for_view(session))
        if len(rmas) == 1
        else None
    )
    return ScanResult(raw, ScanKind.GTIN, gtin, None, match, view, tuple(rmas[:CANDIDATE_CAP]))


def build_view(rows: Sequence[repo.RequestRow], policy: RulePolicy) -> RequestView:
    """Fold the joined rows (one per unit, or per line without units) into one request view."""
    first = rows[0]
    delivered = first.delivered_at.date() if first.delivered_at else None
    requested = first.requested_at.date()
    lines: list[LineView] = []
    units: list[UnitView] = []
    current_line: repo.RequestRow | None = None

    def close_line() -> None:
        if current_line is not None:
            lines.append(
                _line_view(
                    current_line,
                    tuple(units),
                    policy.inside_window(current_line.category, delivered, requested),
                )
            )
            units.clear()

    for row in rows:
        if row.line_id is None:
            continue
        if current_line is None or row.line_id != current_line.line_id:
            close_line()
            current_line = row
        if row.lpn is not None:
            units.append(UnitView(row.lpn, row.unit_status, row.grade, row.disposition, row.destination))
    close_line()
    return RequestView(
        request_id=first.id,
        rma=first.rma_number,
        status=first.status,
        version=first.version,
        channel=first.channel,
        region=first.region,
        order_number=first.order_number,
        customer_name=first.customer_name,
        customer_email=first.customer_email,
        ordered_at=first.ordered_at,
        delivered_at=first.delivered_at,
        requested_at=first.requested_at,
        received_at=first.received_at,
        customer_comment=first.customer_comment,
        inside_window=all(line.inside_window for line in lines),
        lines=tuple(lines),
    )


def _line_view(row: repo.RequestRow, units: tuple[UnitView, ...], inside: bool) -> LineView:
    assert row.line_id is not None
    return LineView(
        line_id=row.line_id,
        sku=row.sku,
        name=row.product_name,
        gtin=row.gtin,
        category=row.category,
        quantity_expected=row.quantity_expected,
        quantity_received=row.quantity_received,
        reason=row.reason,
        customer_comment=row.line_comment,
        unit_price_cents=row.unit_price_cents,
        inside_window=inside,
        units=units,
    )


def request_view(session: Session, request_id: int, policy: RulePolicy | None = None) -> RequestView:
    """The request as the station shows it; its return-window verdict by ``policy``, else the published policy
    (``policy.for_view``: in a write transaction, the one it reads)."""
    rows = repo.request_rows(session, "id", request_id)
    if not rows:
        raise NotFound(f"Return request {request_id} does not exist.")
    return build_view(rows, policy or policy_service.for_view(session))


def lock_request(session: Session, rma: str) -> ReturnRequest:
    """Load a request for change, row-locked on PostgreSQL so two stations cannot both take it."""
    request = session.scalar(select(ReturnRequest).where(ReturnRequest.rma_number == rma).with_for_update())
    if request is None:
        raise NotFound(f"No return request {rma}.")
    return request


# A parcel is taken in once: from these statuses (the lifecycle's ways to received, less re-inspection's way
# back from inspected, which is not a receipt).
TAKEN_IN = frozenset({ReturnStatus.RECEIVED, ReturnStatus.INSPECTED, ReturnStatus.CLOSED})
RECEIVABLE = sorted(
    s.value for s, to in RETURN_TRANSITIONS.items() if ReturnStatus.RECEIVED in to and s not in TAKEN_IN
)


def _lock_for_receipt(session: Session, rma: str) -> ReturnRequest:
    """The request row-locked when it can still be received; else read without a lock (the refusal that follows
    holds nothing). A parcel another station is taking in right now was waited for before (``receive_pg.queue``),
    and is found received: the stations that lose a race hold no lock on the return, and the winner's next Enter
    does not queue behind their refusals."""
    request = session.scalar(
        select(ReturnRequest)
        .where(ReturnRequest.rma_number == rma, ReturnRequest.status.in_(RECEIVABLE))
        .with_for_update()
    )
    if request is not None:
        return request
    request = session.scalar(select(ReturnRequest).where(ReturnRequest.rma_number == rma))
    if request is None:
        raise NotFound(f"No return request {rma}.")
    return request


OFFLINE_PLATES_KEY = "offline_plates"


class _Plates:
    """License plates reserved on the server for this station's offline work (its cache holds the block)."""

    def __init__(self, row: Setting) -> None:
        self.row = row

    def take(self, session: Session) -> str:
        next_serial, last = int(self.row.value["next"]), int(self.row.value["last"])
        if next_serial > last:
            raise ValidationFailed(
                "This station has used every license plate it reserved for working offline. "
                "Print tags again once the shared database is back."
            )
        self.row.value = {**self.row.value, "next": next_serial + 1}
        return lpn_for_serial(next_serial)


def offline_plates(session: Session) -> _Plates | None:
    """On an offline station's cache, plates come from its reserved block; on the server, from the unit's id.

    Only a station's cache, always SQLite (sync.open_station), holds a block: on PostgreSQL a receipt does not
    look for one (a round trip saved)."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    row = session.get(Setting, OFFLINE_PLATES_KEY)
    return _Plates(row) if row is not None else None


def _receive(
    session: Session, actor: Actor, rma: str, lpns: Sequence[str], at: datetime
) -> tuple[int, str, list[str]]:
    """The general way: (request id, its status before, the new units' plates)."""
    request = _lock_for_receipt(session, rma)
    target = ReturnStatus.RECEIVED
    if ReturnStatus(request.status) in TAKEN_IN:
        who = events.who_did(session, "return", request.rma_number, (EventKind.RETURN_RECEIVED,))
        raise AlreadyTaken(
            f"{request.rma_number} was already received"
            + (f" by {who}" if who else "")
            + ": scan its units instead."
        )
    check_return_transition(request.rma_number, ReturnStatus(request.status), target)
    lines = session.scalars(
        select(ReturnLine).where(ReturnLine.return_request_id == request.id).order_by(ReturnLine.id)
    )
    created: list[Unit] = []
    plates = offline_plates(session)
    given = list(lpns)  # a replayed receipt keeps the plates the offline station printed
    for line in lines:
        for _ in range(line.quantity_expected):
            unit = Unit(**commands.received_unit_row(request.id, line.id, line.product_id, actor, at))
            session.add(unit)
            created.append(unit)
        line.quantity_received = line.quantity_expected
        line.awaiting_receipt = False
    session.flush()
    for unit in created:
        unit.lpn = (
            given.pop(0) if given else plates.take(session) if plates is not None else lpn_for_serial(unit.id)
        )
    previous = request.status
    request.status = target.value
    request.received_at = at
    session.flush()
    return request.id, previous, [str(u.lpn) for u in created]


def receive_parcel(
    session: Session, actor: Actor, rma: str, policy: RulePolicy | None = None, *, lpns: Sequence[str] = ()
) -> RequestView:
    """Take the parcel in: the request becomes received and each expected unit gets a license plate. Outside
    its return window by ``policy``, else by the published one (as Enter's refund and the replay decide), it
    opens an exception."""
    auth.require(actor, Role.STAFF, "receive parcels")
    at = events.now()
    receive_pg.queue(session, rma)
    # On PostgreSQL the usual parcel goes in two statements (services/receive_pg.py); the rest, here.
    statements = executor(session) is Executor.STATEMENTS and not lpns  # a replay's plates: the general way
    quick = receive_pg.try_receive(session, actor, rma, RECEIVABLE, at) if statements else None
    request_id, previous, plates = quick or _receive(session, actor, rma, lpns, at)
    received = commands.received_payload(previous, plates)
    events.record(session, actor, EventKind.RETURN_RECEIVED, "return", rma, received, at=at)
    for lpn in plates:
        events.record(
            session, actor, EventKind.UNIT_RECEIVED, "unit", lpn, commands.unit_received_payload(rma), at=at
        )
    events.of_request(session, request_id, [("return", rma), *(("unit", lpn) for lpn in plates)])
    view = request_view(session, request_id, policy)
    if not view.inside_window:
        kind, description, details = commands.late_case(rma, view.requested_at)
        exceptions.open_case(
            session, actor, kind, request_id=request_id, description=description, details=details, at=at
        )
    return view
