"""What supervisors do to units and returns: approve, change a disposition, reject or cancel a return, send a unit
back for re-inspection, assign and resolve exceptions.

Every action needs a reason, writes an event, and checks the role here, so a staff user is refused whatever the
screen shows. An action may carry the version the supervisor was looking at: if the unit or return changed since
(at a station, or by another supervisor), the action is refused and says who changed it, instead of overwriting.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from returns_desk.domain.errors import NotFound, ReturnsDeskError, ValidationFailed
from returns_desk.domain.lifecycle import (
    UNIT_TRANSITIONS,
    check_return_transition,
    check_supervisor_reroute,
)
from returns_desk.domain.vocab import (
    DESTINATION_FOR_DISPOSITION,
    ENDED_RETURN_KINDS,
    UNIT_STATUS_FOR_DISPOSITION,
    Disposition,
    EventKind,
    ExceptionKind,
    RefundKind,
    ReturnStatus,
    Role,
    UnitStatus,
)
from returns_desk.services import auth, events, exceptions, inspection, shared, unit_facts
from returns_desk.services.inspection import RouteResult
from returns_desk.services.receiving import lock_request
from returns_desk.services.results import Actor
from returns_desk.store.models import (
    DispositionRecord,
    Event,
    ExceptionCase,
    ReturnLine,
    ReturnRequest,
    Station,
    Unit,
    User,
)


class StaleEdit(ReturnsDeskError):
    """The thing changed after the person looked at it; nothing was overwritten."""


def check_version(
    session: Session, subject_type: str, subject_id: str, current: int, seen: int | None
) -> None:
    if seen is None or seen == current:
        return
    last = session.execute(
        select(Event.kind, Event.occurred_at, User.name, Station.name)
        .outerjoin(User, User.id == Event.user_id)
        .outerjoin(Station, Station.id == Event.station_id)
        .where(Event.subject_type == subject_type, Event.subject_id == subject_id)
        .order_by(Event.id.desc())
        .limit(1)
    ).first()
    who = ""
    if last is not None:
        kind, at, name, station = last
        who = f" ({kind} by {name or 'someone'} at {station or 'an unknown station'}, {at:%H:%M:%S} UTC)"
    raise StaleEdit(
        f"{subject_type.capitalize()} {subject_id} changed since you opened it{who}. "
        "Nothing was overwritten: look at it again and repeat your action if it still applies."
    )


def _reason(reason: str | None, what: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationFailed(f"{what} needs a reason.")
    return text


def approve(
    session: Session,
    actor: Actor,
    lpn: str,
    reason: str,
    disposition: Disposition | None = None,
    *,
    seen_version: int | None = None,
) -> RouteResult:
    """Settle a unit waiting for approval, keeping or changing its disposition."""
    auth.require(actor, Role.SUPERVISOR, "approve dispositions")
    shared.require_shared(session, "approve dispositions")
    unit = unit_facts.lock_unit(session, lpn)
    check_version(session, "unit", lpn, unit.version, seen_version)
    return inspection.approve_disposition(session, actor, lpn, reason, disposition)


def change_disposition(
    session: Session,
    actor: Actor,
    lpn: str,
    disposition: Disposition,
    reason: str,
    *,
    seen_version: int | None = None,
    destination: str | None = None,
) -> UnitStatus:
    """Re-route a graded or routed unit that is still on the dock. Returns the unit's new status."""
    auth.require(actor, Role.SUPERVISOR, "change dispositions")
    shared.require_shared(session, "change dispositions")
    reason = _reason(reason, "Changing a disposition")
    unit = unit_facts.lock_unit(session, lpn)
    check_version(session, "unit", lpn, unit.version, seen_version)
    current = UnitStatus(unit.status)
    target = UNIT_STATUS_FOR_DISPOSITION[disposition]
    if current is target:
        raise ValidationFailed(f"Unit {lpn} is already routed to {disposition.value}.")
    check_supervisor_reroute(lpn, current, target)
    record = inspection.latest_disposition(session, unit)
    at = events.now()
    previous = unit.disposition
    where = destination or DESTINATION_FOR_DISPOSITION[disposition]
    _route(session, actor, unit, record, disposition, where, at)
    if record is not None:
        record.override_reason = reason
    events.record(
        session,
        actor,
        EventKind.UNIT_DISPOSITION_CHANGED,
        "unit",
        lpn,
        {"from": previous, "to": disposition.value, "status_from": current.value, "reason": reason},
        at=at,
    )
    exceptions.close_cases(
        session,
        actor,
        unit,
        (ExceptionKind.AWAITING_APPROVAL,),
        f"re-routed to {disposition.value}: {reason}",
    )
    inspection.finish_request_if_done(session, actor, unit.return_request_id, unit)
    return target


def send_back(
    session: Session, actor: Actor, lpn: str, reason: str, *, seen_version: int | None = None
) -> None:
    """Send a unit back to be graded again: it returns to 'received', its grade and route are cleared."""
    auth.require(actor, Role.SUPERVISOR, "send units back for re-inspection")
    shared.require_shared(session, "send units back for re-inspection")
    reason = _reason(reason, "Sending a unit back")
    unit = unit_facts.lock_unit(session, lpn)
    check_version(session, "unit", lpn, unit.version, seen_version)
    current = UnitStatus(unit.status)
    if UnitStatus.RECEIVED not in UNIT_TRANSITIONS[current]:
        check_supervisor_reroute(lpn, current, UnitStatus.RECEIVED)
    previous = {"status": unit.status, "grade": unit.grade, "disposition": unit.disposition}
    unit.status = UnitStatus.RECEIVED.value
    unit.grade = None
    unit.disposition = None
    unit.destination = None
    request = lock_request_by_id(session, unit.return_request_id)
    if request.status == ReturnStatus.INSPECTED.value:
        check_return_transition(request.rma_number, ReturnStatus.INSPECTED, ReturnStatus.RECEIVED)
        request.status = ReturnStatus.RECEIVED.value
        request.inspected_at = None
    session.flush()
    events.record(session, actor, EventKind.UNIT_SENT_BACK, "unit", lpn, {**previous, "reason": reason})
    exceptions.close_cases(session, actor, unit, (ExceptionKind.AWAITING_APPROVAL,), f"sent back: {reason}")


def _route(
    session: Session,
    actor: Actor,
    unit: Unit,
    record: DispositionRecord | None,
    disposition: Disposition,
    where: str,
    at: datetime,
) -> None:
    """A supervisor's decision on where a unit goes: its disposition record (approved by them) and the unit."""
    if record is not None:
        record.chosen = disposition.value
        record.destination = where
        record.approved_by_id = actor.user_id
        record.approved_at = at
    unit.status = UNIT_STATUS_FOR_DISPOSITION[disposition].value
    unit.disposition = disposition.value
    unit.destination = where
    session.flush()


def lock_request_by_id(session: Session, request_id: int) -> ReturnRequest:
    request = session.scalar(select(ReturnRequest).where(ReturnRequest.id == request_id).with_for_update())
    if request is None:
        raise NotFound(f"Return request {request_id} does not exist.")
    return request


def reject_return(
    session: Session, actor: Actor, rma: str, reason: str, *, seen_version: int | None = None
) -> ReturnStatus:
    """Reject a return (fraud, outside the window, not ours): no refund; it stops waiting for its parcel."""
    return _end_return(session, actor, rma, reason, ReturnStatus.REJECTED, seen_version)


def cancel_return(
    session: Session, actor: Actor, rma: str, reason: str, *, seen_version: int | None = None
) -> ReturnStatus:
    """Cancel a return whose parcel has not arrived (the customer kept the item, a duplicate request)."""
    return _end_return(session, actor, rma, reason, ReturnStatus.CANCELLED, seen_version)


def _end_return(
    session: Session, actor: Actor, rma: str, reason: str, target: ReturnStatus, seen: int | None
) -> ReturnStatus:
    verb = "reject" if target is ReturnStatus.REJECTED else "cancel"
    auth.require(actor, Role.SUPERVISOR, f"{verb} returns")
    shared.require_shared(session, f"{verb} returns")
    reason = _reason(reason, f"To {verb} a return")
    request = lock_request(session, rma)
    check_version(session, "return", rma, request.version, seen)
    end_request(session, actor, request, target, {"reason": reason})
    return target


def end_request(
    session: Session, actor: Actor, request: ReturnRequest, target: ReturnStatus, said: dict[str, str]
) -> None:
    """Reject or cancel a (locked) request: it stops waiting for its parcel, its units are settled and its open
    cases closed. ``said`` goes into the event (the reason; the rule, when a rule decided)."""
    previous = ReturnStatus(request.status)
    check_return_transition(request.rma_number, previous, target)
    at = events.now()
    request.status = target.value
    request.closed_at = at
    # The GTIN scan path looks only at lines still waiting for their parcel (see ReturnLine.awaiting_receipt).
    for line in session.scalars(select(ReturnLine).where(ReturnLine.return_request_id == request.id)):
        line.awaiting_receipt = False
    session.flush()
    events.record(
        session,
        actor,
        ENDED_RETURN_KINDS[target],
        "return",
        request.rma_number,
        {"from": previous.value, **said},
        at=at,
    )
    why = f"return {target.value}: {said.get('reason', '')}"
    settle_units(session, actor, request.id, why)
    for case in session.scalars(
        select(ExceptionCase).where(
            ExceptionCase.return_request_id == request.id,
            ExceptionCase.unit_id.is_(None),
            ExceptionCase.status == "open",
        )
    ):
        exceptions.resolve_case(session, actor, case, why)


def settle_units(session: Session, actor: Actor, request_id: int, why: str) -> list[str]:
    """A return that ends (rejected, cancelled) leaves nothing waiting on a supervisor: each unit waiting for
    approval goes where the rules proposed (the override that needed approval is declined, and no refund is
    paid), and every open exception of its units is closed. Units not graded yet stay to be graded: the goods
    are on the dock and still need a place. Returns the plates settled, whose tags must be printed again."""
    settled = []
    for unit in session.scalars(
        select(Unit).where(Unit.return_request_id == request_id).order_by(Unit.id).with_for_update()
    ):
        if unit.status == UnitStatus.AWAITING_APPROVAL.value:
            record = inspection.latest_disposition(session, unit)
            proposed = Disposition(record.proposed) if record is not None else Disposition.REFURBISH
            target = UNIT_STATUS_FOR_DISPOSITION[proposed]
            check_supervisor_reroute(str(unit.lpn), UnitStatus.AWAITING_APPROVAL, target)
            at = events.now()
            where = record.destination if record is not None and record.proposed == record.chosen else None
            where = where or DESTINATION_FOR_DISPOSITION[proposed]
            _route(session, actor, unit, record, proposed, where, at)
            if record is not None:
                record.refund_kind = RefundKind.WITHHELD.value
                record.refund_cents = 0
            events.record(
                session,
                actor,
                EventKind.UNIT_SETTLED,
                "unit",
                str(unit.lpn),
                {"disposition": proposed.value, "destination": where, "reason": why},
                at=at,
            )
            settled.append(str(unit.lpn))
        exceptions.close_cases(session, actor, unit, None, why)
    return settled


assign = exceptions.assign
resolve = exceptions.resolve
