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
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from returns_desk.domain.lifecycle import UNIT_DONE
from returns_desk.domain.rules import RulePolicy
from returns_desk.domain.vocab import (
    Disposition,
    EventKind,
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
    ReturnRequest,
    Unit,
)
from returns_desk.sync.bulk_plan import (
    FINISH_STEP,
    GRADE_CASE_STEP,
    ROUTE_CASE_STEP,
    ROUTED_STEP,
    SIMPLE_GRADES,
    Case,
    Plan,
    chunks,
    event,
    move_requests,
)
from returns_desk.sync.bulk_receipts import receipts
from returns_desk.sync.cache import table_of


def apply(src: Session, groups: Sequence[Sequence[Any]]) -> set[int]:
    """Apply the plain groups among ``groups`` (each a list of command events) in the open transaction ``src``.
    Returns the indexes of the groups applied; the caller sends the others through the services."""
    plan = Plan()
    logins = [i for i, g in enumerate(groups) if [e.kind for e in g] == [EventKind.USER_LOGGED_IN]]
    for i in logins:
        e = groups[i][0]
        login = event(e, e.kind, e.subject_type, e.subject_id, dict(e.payload or {}), e.occurred_at, e.uuid)
        plan.events.append(((i, 0), login))
        plan.done.add(i)
    policy = policy_service.current(src)
    receipts(src, groups, policy, plan)
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
        opened = event(c.cause, EventKind.EXCEPTION_OPENED, "exception", str(case_id), payload, c.at)
        plan.events.append((c.key, opened))


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
    for chunk in chunks(lpns):
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
                Case(
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
                event(
                    graded, EventKind.UNIT_INSPECTED, "unit", lpn, inspected, graded.occurred_at, graded.uuid
                ),
            )
        )
        routed_now = commands.routed_payload(decision, chosen, None, False, refund)
        plan.events.append(
            (
                (i, ROUTED_STEP),
                event(
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
    for chunk in chunks(sorted(touched)):
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
        move_requests(
            src,
            ReturnStatus.INSPECTED,
            "inspected_at",
            [{"rid": rid, "at": touched[rid][1]} for rid, _ in rows],
        )
        for rid, rma in rows:
            e, at, i = touched[rid]
            plan.events.append(
                ((i, FINISH_STEP), event(e, EventKind.RETURN_INSPECTED, "return", rma, {}, at))
            )
