"""Grading and routing a unit: record an inspection, accept or override the proposed disposition, approve.

The proposal comes from the rule policy and names the rule that fired. Choosing another disposition needs a reason,
and a supervisor's approval where the policy says so; the unit then waits in ``awaiting_approval``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from returns_desk.domain.errors import AlreadyTaken, ValidationFailed
from returns_desk.domain.lifecycle import UNIT_DONE, check_return_transition, check_unit_transition
from returns_desk.domain.rules import (
    DispositionDecision,
    RefundDecision,
    RulePolicy,
)
from returns_desk.domain.vocab import (
    DESTINATION_FOR_DISPOSITION,
    UNIT_STATUS_FOR_DISPOSITION,
    Discrepancy,
    Disposition,
    EventKind,
    ExceptionKind,
    Fault,
    Grade,
    RefundKind,
    ReturnStatus,
    Role,
    UnitStatus,
)
from returns_desk.services import auth, commands, events, exceptions, regrade, shared, txcache
from returns_desk.services import policy as policy_service
from returns_desk.services.results import Actor
from returns_desk.services.unit_facts import lock_unit, unit_facts
from returns_desk.store.models import (
    DispositionRecord,
    Inspection,
    ReturnLine,
    ReturnRequest,
    Unit,
)


@dataclass(frozen=True, slots=True)
class Proposal:
    """What the rules propose for a graded unit, shown at the station before Enter accepts it."""

    lpn: str
    grade: Grade
    decision: DispositionDecision
    refund: RefundDecision


@dataclass(frozen=True, slots=True)
class RouteResult:
    lpn: str
    unit_status: UnitStatus
    proposed: Disposition
    chosen: Disposition
    destination: str
    rule_id: str
    needs_approval: bool
    refund: RefundDecision
    request_status: ReturnStatus


_STATEMENTS: dict[Any, Any] = {}  # statements built once: Enter runs them every time


def _finish_request() -> tuple[Any, Any]:
    """Set a request inspected when no unit but the settled one is open (returning its RMA); read its status."""
    found = _STATEMENTS.get("finish")
    if found is None:
        requests, units = cast(Table, ReturnRequest.__table__), cast(Table, Unit.__table__)
        others_open = (
            select(units.c.id)
            .where(
                units.c.return_request_id == bindparam("request_id"),
                units.c.id != bindparam("unit_id"),
                units.c.status.not_in([s.value for s in UNIT_DONE]),
            )
            .exists()
        )
        finish = (
            update(requests)
            .where(
                requests.c.id == bindparam("request_id"),
                requests.c.status == ReturnStatus.RECEIVED.value,
                ~others_open,
            )
            .values(
                status=ReturnStatus.INSPECTED.value,
                inspected_at=bindparam("at"),
                version=requests.c.version + 1,
            )
            .returning(requests.c.rma_number)
        )
        status = select(requests.c.status).where(requests.c.id == bindparam("request_id"))
        found = _STATEMENTS["finish"] = (finish, status)
    return found


def record_inspection(
    session: Session,
    actor: Actor,
    lpn: str,
    grade: Grade,
    fault: Fault = Fault.UNKNOWN,
    notes: str | None = None,
    *,
    checklist: Mapping[str, Any] | None = None,
    discrepancies: Sequence[Discrepancy] = (),
    photos: Sequence[str] = (),
    policy: RulePolicy | None = None,
) -> Proposal:
    """Grade a received unit. Below grade A a photo is required. Returns the disposition the rules propose."""
    auth.require(actor, Role.STAFF, "grade units")
    if grade.needs_photo and not photos:
        raise ValidationFailed(f"Grade {grade.value} needs at least one photo of the unit.")
    unit = lock_unit(session, lpn)
    # After the lock, which read the settings with the unit.
    policy = policy or policy_service.current(session)
    if unit.status != UnitStatus.RECEIVED.value:
        who = events.who_did(session, "unit", lpn, (EventKind.UNIT_INSPECTED,))
        if who:
            raise AlreadyTaken(
                f"Unit {lpn} was already graded by {who} (it is {unit.status.replace('_', ' ')})."
            )
    target = commands.graded_status(lpn, UnitStatus(unit.status), grade)
    at = events.now()
    inspection_id = events.insert_row(
        session,
        Inspection,
        commands.inspection_row(unit.id, actor, grade, fault, notes, checklist, discrepancies, photos, at),
        want_id=True,
    )
    assert inspection_id is not None
    unit.status = target.value
    unit.grade = grade.value
    unit.inspector_id = actor.user_id
    cache = txcache.of(session)
    if cache is not None:
        cache.setdefault("last_fault", {})[unit.id] = fault
    if grade is Grade.MISSING:
        line = session.get_one(ReturnLine, unit.return_line_id)
        line.quantity_received = max(0, line.quantity_received - 1)
    if grade is Grade.MISSING:
        session.flush()  # the request's completeness check below counts units by status
    # Otherwise nothing here needs the rows written yet: routing, in the same transaction, writes the unit once.
    facts, price = unit_facts(session, unit, policy, fault)
    decision = policy.decide(facts)
    refund = policy.refund(facts, price)
    events.record(
        session,
        actor,
        EventKind.UNIT_INSPECTED,
        "unit",
        lpn,
        commands.inspected_payload(grade, fault, notes, checklist, discrepancies, photos, decision),
        at=at,
    )
    for case in commands.grade_cases(grade, discrepancies, price, exceptions.high_value_cents(session)):
        exceptions.open_case(session, actor, case.kind, unit=unit, details=case.details, at=at)
    if grade is not Grade.MISSING:
        regrade.maybe_queue(session, unit, inspection_id, actor.user_id, grade, at)
    if grade is Grade.MISSING:
        finish_request_if_done(session, actor, unit.return_request_id, unit)
    return Proposal(lpn, grade, decision, refund)


def route_unit(
    session: Session,
    actor: Actor,
    lpn: str,
    chosen: Disposition | None = None,
    reason: str | None = None,
    policy: RulePolicy | None = None,
) -> RouteResult:
    """Accept the proposal (``chosen`` None or equal to it) or override it with a reason."""
    auth.require(actor, Role.STAFF, "route units")
    policy = policy or policy_service.current(session)
    unit = lock_unit(session, lpn)
    if unit.status != UnitStatus.INSPECTED.value:
        raise ValidationFailed(f"Unit {lpn} is {unit.status}: only a graded (inspected) unit can be routed.")
    facts, price = unit_facts(session, unit, policy)
    decision = policy.decide(facts)
    final = chosen or decision.disposition
    overriding = final != decision.disposition
    reason = (reason or "").strip() or None
    if overriding and reason is None:
        raise ValidationFailed(
            f"Choosing {final.value} instead of the proposed {decision.disposition.value} needs a reason."
        )
    # A supervisor's own decision needs nobody else's approval.
    needs_approval = not actor.role.at_least(Role.SUPERVISOR) and (
        decision.requires_approval
        or (overriding and policy.override_needs_approval(facts, decision.disposition, final))
    )
    target = commands.routed_status(lpn, UnitStatus(unit.status), final, needs_approval)
    refund = policy.refund(facts, price)
    destination = decision.destination if not overriding else DESTINATION_FOR_DISPOSITION[final]
    at = events.now()
    kept_reason = reason if overriding else None
    events.insert_row(
        session,
        DispositionRecord,
        commands.disposition_row(
            unit.id, actor, decision, final, destination, kept_reason, needs_approval, refund, at
        ),
    )
    unit.status = target.value
    unit.disposition = final.value
    unit.destination = destination
    events.record(
        session,
        actor,
        EventKind.UNIT_ROUTED,
        "unit",
        lpn,
        commands.routed_payload(decision, final, kept_reason, needs_approval, refund),
        at=at,
    )
    for case in commands.route_cases(decision, final, reason, needs_approval, refund):
        exceptions.open_case(session, actor, case.kind, unit=unit, details=case.details, at=at)
    request_status = finish_request_if_done(session, actor, unit.return_request_id, unit)
    return RouteResult(
        lpn,
        target,
        decision.disposition,
        final,
        destination,
        decision.rule_id,
        needs_approval,
        refund,
        request_status,
    )


def approve_disposition(
    session: Session, actor: Actor, lpn: str, reason: str, disposition: Disposition | None = None
) -> RouteResult:
    """A supervisor settles a unit waiting for approval, keeping or changing its disposition."""
    auth.require(actor, Role.SUPERVISOR, "approve dispositions")
    shared.require_shared(session, "approve dispositions")
    if not reason.strip():
        raise ValidationFailed("An approval needs a reason.")
    unit = lock_unit(session, lpn)
    record = latest_disposition(session, unit)
    if unit.status != UnitStatus.AWAITING_APPROVAL.value or record is None:
        raise ValidationFailed(f"Unit {lpn} is not waiting for approval (it is {unit.status}).")
    final = disposition or Disposition(record.chosen)
    target = UNIT_STATUS_FOR_DISPOSITION[final]
    check_unit_transition(lpn, UnitStatus(unit.status), target)
    at = events.now()
    record.approved_by_id = actor.user_id
    record.approved_at = at
    record.chosen = final.value
    unit.status = target.value
    unit.disposition = final.value
    session.flush()
    events.record(
        session,
        actor,
        EventKind.UNIT_APPROVED,
        "unit",
        lpn,
        {"disposition": final.value, "reason": reason.strip()},
        at=at,
    )
    exceptions.close_cases(
        session,
        actor,
        unit,
        (ExceptionKind.AWAITING_APPROVAL,),
        f"approved as {final.value}: {reason.strip()}",
    )
    request_status = finish_request_if_done(session, actor, unit.return_request_id, unit)
    refund = RefundDecision(
        RefundKind(record.refund_kind),
        record.refund_cents,
        record.restocking_fee_cents,
        "as recorded at routing",
    )
    return RouteResult(
        lpn,
        target,
        Disposition(record.proposed),
        final,
        record.destination,
        record.rule_id,
        False,
        refund,
        request_status,
    )


def latest_disposition(session: Session, unit: Unit) -> DispositionRecord | None:
    return session.scalar(
        select(DispositionRecord)
        .where(DispositionRecord.unit_id == unit.id)
        .order_by(DispositionRecord.id.desc())
        .limit(1)
    )


def finish_request_if_done(
    session: Session, actor: Actor, request_id: int, settled: Unit | None = None
) -> ReturnStatus:
    if settled is not None and UnitStatus(settled.status) in UNIT_DONE:
        # One round trip: inspected if no other unit is open; the RETURNING row says whether it was.
        finish, read_status = _finish_request()
        at = events.now()
        connection = session.connection()
        done = connection.execute(finish, {"request_id": request_id, "unit_id": settled.id, "at": at}).first()
        if done is not None:
            loaded = session.identity_map.get(Session.identity_key(ReturnRequest, request_id))
            if loaded is not None:  # a copy of the request read earlier is now stale
                session.expire(loaded)
            events.record(session, actor, EventKind.RETURN_INSPECTED, "return", done.rma_number, {}, at=at)
            return ReturnStatus.INSPECTED
        return ReturnStatus(connection.execute(read_status, {"request_id": request_id}).scalar_one())
    return _finish_by_count(session, actor, request_id, settled)


def _finish_by_count(session: Session, actor: Actor, request_id: int, settled: Unit | None) -> ReturnStatus:
    """When every unit of a request is routed or missing, the request becomes inspected.

    ``settled`` is a unit this transaction just changed and may not have written yet: its status is taken from
    memory, the others' from the database — so routing needs no extra flush before this check.
    """
    others = (
        select(func.count())
        .select_from(Unit)
        .where(Unit.return_request_id == request_id, Unit.status.not_in([s.value for s in UNIT_DONE]))
    )
    if settled is not None:
        others = others.where(Unit.id != settled.id)
    status_text, rma, open_units = session.execute(
        select(ReturnRequest.status, ReturnRequest.rma_number, others.scalar_subquery()).where(
            ReturnRequest.id == request_id
        )
    ).one()
    status = ReturnStatus(status_text)
    if settled is not None and UnitStatus(settled.status) not in UNIT_DONE:
        open_units += 1
    if status is not ReturnStatus.RECEIVED or open_units:
        return status
    check_return_transition(rma, status, ReturnStatus.INSPECTED)
    at = events.now()
    changed = session.execute(
        update(ReturnRequest)
        .where(ReturnRequest.id == request_id, ReturnRequest.status == ReturnStatus.RECEIVED.value)
        .values(status=ReturnStatus.INSPECTED.value, inspected_at=at, version=ReturnRequest.version + 1)
    )
    if getattr(changed, "rowcount", 1) != 1:
        return status  # someone else moved the request meanwhile (a supervisor's rejection): theirs stands
    events.record(session, actor, EventKind.RETURN_INSPECTED, "return", rma, {}, at=at)
    return ReturnStatus.INSPECTED
