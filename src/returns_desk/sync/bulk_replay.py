"""Replaying an offline station's common work in batches: receipts, and grade-and-route (Enter) with the proposal.

The per-transaction replay (sync/replay.py) runs every command through the real services, about 10 ms each.
A station that worked offline for a morning queues thousands, so the plain cases are applied here set-wise, in
one server transaction per batch, with the same checks and the same rows and events the services would write:

- a receipt of a request that is still receivable, inside its return window, with exactly the plates printed;
- a grade A–D without discrepancies, routed as proposed by a rule that needs no approval — with the exceptions
  (late return, high value, refund withheld) and the blind re-grade the services would open for it.

Anything else — and any group whose checks fail here — is left to the per-transaction path, which opens the
exceptions and the conflicts. The rules come from ``domain`` (decide, refund, window), as in the services.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from returns_desk.domain.lifecycle import RECEIVABLE, UNIT_DONE, check_return_transition
from returns_desk.domain.rules import RulePolicy
from returns_desk.domain.vocab import (
    Disposition,
    EventKind,
    ExceptionKind,
    Fault,
    Grade,
    ReturnStatus,
    UnitStatus,
)
from returns_desk.services import commands, exceptions, regrade, unit_facts
from returns_desk.services import policy as policy_service
from returns_desk.store.models import (
    BlindRegrade,
    DispositionRecord,
    Event,
    ExceptionCase,
    Inspection,
    Order,
    Product,
    ReturnLine,
    ReturnRequest,
    Unit,
)
from returns_desk.sync.cache import table_of

SIMPLE_GRADES = frozenset({Grade.A, Grade.B, Grade.C, Grade.D})
# The order of what one command writes, as the services write it: a receipt's event, its units' events, then a
# late parcel's exception; a save's unit.inspected, the exceptions grading opens, unit.routed, the exceptions
# routing opens, and the return's completion.
LATE_STEP = 10_000
GRADE_CASE_STEP, ROUTED_STEP, ROUTE_CASE_STEP, FINISH_STEP = 10, 20, 30, 40
CHUNK = 900


@dataclass
class _Case:
    """An exception the services would open, written with the batch (exceptions.open_case's row and event)."""

    cause: Any  # the outbox event whose user and station open it
    kind: ExceptionKind
    at: datetime
    request_id: int | None = None
    unit_id: int | None = None
    lpn: str | None = None
    description: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    key: tuple[int, int] = (0, 0)  # where the services would open it: (outbox group, step)


@dataclass
class Plan:
    """What a batch does on the server, built before anything is written."""

    done: set[int] = field(default_factory=set)  # indexes of the groups applied here
    # Each event with where the services would record it, (outbox group, step): the batch writes them, and the
    # exceptions, in that order, so that ids follow the station's order as they would one transaction at a time.
    events: list[tuple[tuple[int, int], dict[str, Any]]] = field(default_factory=list)
    cases: list[_Case] = field(default_factory=list)


def _move_requests(src: Session, status: ReturnStatus, stamp: str, rows: list[dict[str, Any]]) -> None:
    """Set requests' status and its time column, bumping their version, in one executemany ({rid, at} rows)."""
    requests_table = table_of(ReturnRequest)
    src.execute(
        update(requests_table)
        .where(requests_table.c.id == bindparam("rid"))
        .values({"status": status.value, stamp: bindparam("at"), "version": requests_table.c.version + 1}),
        rows,
    )


def _chunks(items: Sequence[Any]) -> list[list[Any]]:
    ordered = list(items)
    return [ordered[i : i + CHUNK] for i in range(0, len(ordered), CHUNK)]


def _event(
    e: Any,
    kind: EventKind,
    subject_type: str,
    subject_id: str,
    payload: dict[str, Any],
    at: datetime,
    event_uuid: str | None = None,
) -> dict[str, Any]:
    """An event of the outbox event ``e``'s transaction, by its user at its station."""
    return commands.event_row(e, kind, subject_type, subject_id, payload, at, event_uuid=event_uuid, tx=e.tx)


def apply(src: Session, groups: Sequence[Sequence[Any]]) -> set[int]:
    """Apply the plain groups among ``groups`` (each a list of command events) in the open transaction ``src``.
    Returns the indexes of the groups applied; the caller sends the others through the services."""
    plan = Plan()
    logins = [i for i, g in enumerate(groups) if [e.kind for e in g] == [EventKind.USER_LOGGED_IN]]
    for i in logins:
        e = groups[i][0]
        login = _event(e, e.kind, e.subject_type, e.subject_id, dict(e.payload or {}), e.occurred_at, e.uuid)
        plan.events.append(((i, 0), login))
        plan.done.add(i)
    policy = policy_service.current(src)
    _receipts(src, groups, policy, plan)
    _saves(src, groups, policy, plan)
    _open_cases(src, plan)
    if plan.events:
        src.execute(insert(Event), [row for _, row in sorted(plan.events, key=lambda keyed: keyed[0])])
    return plan.done


def _open_cases(src: Session, plan: Plan) -> None:
    if not plan.cases:
        return
    plan.cases.sort(key=lambda c: c.key)
    rows = [
        commands.case_row(c.cause, c.kind, c.request_id, c.unit_id, None, c.description, c.details, c.at)
        for c in plan.cases
    ]
    ids = src.scalars(
        insert(ExceptionCase).returning(ExceptionCase.id, sort_by_parameter_order=True), rows
    ).all()
    for case_id, c in zip(ids, plan.cases, strict=True):
        payload = commands.case_payload(c.kind, c.lpn, None, c.description, c.details)
        opened = _event(c.cause, EventKind.EXCEPTION_OPENED, "exception", str(case_id), payload, c.at)
        plan.events.append((c.key, opened))


# --- receipts ------------------------------------------------------------------------------------------------
def _receipts(src: Session, groups: Sequence[Sequence[Any]], policy: RulePolicy, plan: Plan) -> None:
    wanted = {i: g[0] for i, g in enumerate(groups) if [e.kind for e in g] == [EventKind.RETURN_RECEIVED]}
    if not wanted:
        return
    rmas = {e.subject_id for e in wanted.values()}
    requests = {}
    for chunk in _chunks(sorted(rmas)):
        for r in src.execute(
            select(
                ReturnRequest.id, ReturnRequest.rma_number, ReturnRequest.status, ReturnRequest.requested_at
            )
            .where(ReturnRequest.rma_number.in_(chunk))
            .with_for_update()
        ):
            requests[r.rma_number] = r
    ids = [r.id for r in requests.values()]
    lines: dict[int, list[Any]] = {}
    for chunk in _chunks(ids):
        for line in src.execute(
            select(
                ReturnLine.id,
                ReturnLine.return_request_id,
                ReturnLine.product_id,
                ReturnLine.quantity_expected,
                Product.category,
                Order.delivered_at,
            )
            .join(Product, Product.id == ReturnLine.product_id)
            .join(ReturnRequest, ReturnRequest.id == ReturnLine.return_request_id)
            .join(Order, Order.id == ReturnRequest.order_id)
            .where(ReturnLine.return_request_id.in_(chunk))
            .order_by(ReturnLine.id)
        ):
            lines.setdefault(line.return_request_id, []).append(line)
    plates = [lpn for e in wanted.values() for lpn in (e.payload or {}).get("units") or ()]
    taken: set[str] = set()
    for chunk in _chunks(plates):
        taken |= {str(x) for x in src.scalars(select(Unit.lpn).where(Unit.lpn.in_(chunk)))}
    units: list[dict[str, Any]] = []
    request_updates: list[dict[str, Any]] = []
    received_requests: set[str] = set()
    for i, e in wanted.items():
        request = requests.get(e.subject_id)
        lpns = list((e.payload or {}).get("units") or ())
        if (
            request is None
            or e.subject_id in received_requests
            or ReturnStatus(request.status) not in RECEIVABLE
        ):
            continue
        its = lines.get(request.id, [])
        if not its or sum(line.quantity_expected for line in its) != len(lpns) or taken & set(lpns):
            continue
        requested = request.requested_at.date()
        late = not all(
            policy.inside_window(
                line.category, line.delivered_at.date() if line.delivered_at else None, requested
            )
            for line in its
        )
        at = e.occurred_at
        check_return_transition(e.subject_id, ReturnStatus(request.status), ReturnStatus.RECEIVED)
        if late:  # as receive_parcel: a request-level exception for the supervisors
            kind, description, details = commands.late_case(e.subject_id, request.requested_at)
            plan.cases.append(
                _Case(e, kind, at, request.id, description=description, details=details, key=(i, LATE_STEP))
            )
        plate = iter(lpns)
        for line in its:
            for _ in range(line.quantity_expected):
                units.append(
                    commands.received_unit_row(request.id, line.id, line.product_id, e, at, next(plate))
                )
        request_updates.append({"rid": request.id, "at": at})
        received_requests.add(e.subject_id)
        payload = commands.received_payload(request.status, lpns)
        plan.events.append(
            ((i, 0), _event(e, EventKind.RETURN_RECEIVED, "return", e.subject_id, payload, at, e.uuid))
        )
        for step, lpn in enumerate(lpns, start=1):
            received = commands.unit_received_payload(e.subject_id)
            plan.events.append(((i, step), _event(e, EventKind.UNIT_RECEIVED, "unit", lpn, received, at)))
        plan.done.add(i)
    if not units:
        return
    # The table, not the model: the ORM would count the version from 1 on insert; the row says where it is.
    src.execute(insert(table_of(Unit)), units)
    done_ids = [u["rid"] for u in request_updates]
    for chunk in _chunks(done_ids):
        src.execute(
            update(ReturnLine)
            .where(ReturnLine.return_request_id.in_(chunk))
            .values(quantity_received=ReturnLine.quantity_expected, awaiting_receipt=False)
            .execution_options(synchronize_session=False)
        )
    _move_requests(src, ReturnStatus.RECEIVED, "received_at", request_updates)


# --- grade and route -----------------------------------------------------------------------------------------
def _saves(src: Session, groups: Sequence[Sequence[Any]], policy: RulePolicy, plan: Plan) -> None:
    wanted = {
        i: (g[0], g[1])
        for i, g in enumerate(groups)
        if [e.kind for e in g] == [EventKind.UNIT_INSPECTED, EventKind.UNIT_ROUTED]
        and g[0].subject_id == g[1].subject_id
    }
    if not wanted:
        return
    lpns = sorted({pair[0].subject_id for pair in wanted.values()})
    units: dict[str, Any] = {}
    for chunk in _chunks(lpns):
        for found in src.execute(
            unit_facts.with_facts(
                select(Unit.id, Unit.lpn, Unit.status, Unit.received_at, Unit.return_request_id)
            )
            .where(Unit.lpn.in_(chunk))
            .with_for_update(of=Unit)
        ):
            units[str(found.lpn)] = found
    threshold = exceptions.high_value_cents(src)
    share = regrade.share_percent(src)
    inspections: list[dict[str, Any]] = []
    dispositions: list[dict[str, Any]] = []
    blind: list[tuple[int, Any]] = []
    unit_updates: list[dict[str, Any]] = []
    seen: set[str] = set()
    touched_requests: dict[int, tuple[Any, datetime, int]] = {}
    for i, (graded, routed) in wanted.items():
        p, r = dict(graded.payload or {}), dict(routed.payload or {})
        u = units.get(graded.subject_id)
        if u is None or graded.subject_id in seen or u.status != UnitStatus.RECEIVED.value:
            continue
        try:
            grade, fault, chosen = (
                Grade(p["grade"]),
                Fault(p.get("fault", "unknown")),
                Disposition(r["chosen"]),
            )
        except (KeyError, ValueError):
            continue
        photos = list(p.get("photos") or ())
        if (
            grade not in SIMPLE_GRADES
            or p.get("discrepancies")
            or r.get("override_reason")
            or (grade.needs_photo and not photos)
        ):
            continue
        facts = unit_facts.facts_from(u, u.received_at, grade, fault, policy)
        decision = policy.decide(facts)
        refund = policy.refund(facts, u.unit_price_cents)
        if decision.disposition is not chosen or decision.requires_approval:
            continue  # an override or a rule that waits for a supervisor: the services' path
        seen.add(graded.subject_id)
        lpn = graded.subject_id
        commands.graded_status(lpn, UnitStatus(u.status), grade)
        target = commands.routed_status(lpn, UnitStatus.INSPECTED, chosen, False)
        notes, checklist = p.get("notes"), p.get("checklist")
        # The exceptions record_inspection and route_unit would open, in their order; the first names the unit's.
        while_grading = commands.grade_cases(grade, (), u.unit_price_cents, threshold)
        opened = [(graded, GRADE_CASE_STEP, case) for case in while_grading] + [
            (routed, ROUTE_CASE_STEP, case)
            for case in commands.route_cases(decision, chosen, None, False, refund)
        ]
        for n, (cause, step, case) in enumerate(opened):
            plan.cases.append(
                _Case(
                    cause,
                    case.kind,
                    cause.occurred_at,
                    u.return_request_id,
                    u.id,
                    lpn,
                    details=case.details,
                    key=(i, step + n),
                )
            )
        if regrade.sampled(lpn, share):
            blind.append((u.id, graded))
        inspections.append(
            commands.inspection_row(
                u.id, graded, grade, fault, notes, checklist, (), photos, graded.occurred_at
            )
        )
        dispositions.append(
            commands.disposition_row(
                u.id, routed, decision, chosen, decision.destination, None, False, refund, routed.occurred_at
            )
        )
        unit_updates.append(
            {
                "uid": u.id,
                "status": target.value,
                "grade": grade.value,
                "disposition": chosen.value,
                "destination": decision.destination,
                "inspector": graded.user_id,
                "exception_kind": opened[0][2].kind.value if opened else None,
                "versions": commands.versions_of_save(len(while_grading)),
            }
        )
        inspected = commands.inspected_payload(grade, fault, notes, checklist, (), photos, decision)
        plan.events.append(
            (
                (i, 0),
                _event(
                    graded, EventKind.UNIT_INSPECTED, "unit", lpn, inspected, graded.occurred_at, graded.uuid
                ),
            )
        )
        routed_now = commands.routed_payload(decision, chosen, None, False, refund)
        plan.events.append(
            (
                (i, ROUTED_STEP),
                _event(
                    routed, EventKind.UNIT_ROUTED, "unit", lpn, routed_now, routed.occurred_at, routed.uuid
                ),
            )
        )
        touched_requests[u.return_request_id] = (routed, routed.occurred_at, i)
        plan.done.add(i)
    if not unit_updates:
        return
    inspection_ids = src.scalars(
        insert(Inspection).returning(Inspection.id, Inspection.unit_id, sort_by_parameter_order=True),
        inspections,
    ).all()
    if blind:
        by_unit = {
            row["unit_id"]: (row, ins_id) for row, ins_id in zip(inspections, inspection_ids, strict=True)
        }
        src.execute(
            insert(BlindRegrade),
            [
                commands.regrade_row(
                    unit_id,
                    by_unit[unit_id][1],
                    graded.user_id,
                    Grade(by_unit[unit_id][0]["grade"]),
                    graded.occurred_at,
                )
                for unit_id, graded in blind
            ],
        )
    src.execute(insert(DispositionRecord), dispositions)
    units_table = table_of(Unit)
    src.execute(
        update(units_table)
        .where(units_table.c.id == bindparam("uid"))
        .values(
            status=bindparam("status"),
            grade=bindparam("grade"),
            disposition=bindparam("disposition"),
            destination=bindparam("destination"),
            inspector_id=bindparam("inspector"),
            exception_kind=func.coalesce(units_table.c.exception_kind, bindparam("exception_kind")),
            version=units_table.c.version + bindparam("versions"),
        ),
        unit_updates,
    )
    _finish(src, touched_requests, plan)


def _finish(src: Session, touched: dict[int, tuple[Any, datetime, int]], plan: Plan) -> None:
    """Requests whose every unit is now routed or missing become inspected (as finish_request_if_done)."""
    done_statuses = [s.value for s in UNIT_DONE]
    for chunk in _chunks(sorted(touched)):
        # The requests are locked before their units are counted: a station settling a sibling unit holds its
        # request (unit_facts.lock_unit) until it commits, and the count then sees what it did.
        received = src.execute(
            select(ReturnRequest.id, ReturnRequest.rma_number)
            .where(ReturnRequest.id.in_(chunk), ReturnRequest.status == ReturnStatus.RECEIVED.value)
            .with_for_update()
        ).all()
        if not received:
            continue
        open_units = dict(
            src.execute(
                select(Unit.return_request_id, func.count())
                .where(
                    Unit.return_request_id.in_([rid for rid, _ in received]),
                    Unit.status.not_in(done_statuses),
                )
                .group_by(Unit.return_request_id)
            ).all()
        )
        rows = [(rid, rma) for rid, rma in received if not open_units.get(rid)]
        if not rows:
            continue
        _move_requests(
            src,
            ReturnStatus.INSPECTED,
            "inspected_at",
            [{"rid": rid, "at": touched[rid][1]} for rid, _ in rows],
        )
        for rid, rma in rows:
            e, at, i = touched[rid]
            plan.events.append(
                ((i, FINISH_STEP), _event(e, EventKind.RETURN_INSPECTED, "return", rma, {}, at))
            )
