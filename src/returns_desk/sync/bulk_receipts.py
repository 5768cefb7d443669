"""The set-wise replay of plain receipts: a request still receivable, inside its return window or not, with exactly
the plates the offline station printed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from returns_desk.domain.lifecycle import RECEIVABLE, check_return_transition
from returns_desk.domain.rules import RulePolicy
from returns_desk.domain.vocab import (
    EventKind,
    ReturnStatus,
)
from returns_desk.services import commands
from returns_desk.store.models import (
    Order,
    Product,
    ReturnLine,
    ReturnRequest,
    Unit,
)
from returns_desk.sync.bulk_plan import LATE_STEP, Case, Plan, chunks, event, move_requests
from returns_desk.sync.cache import table_of


def receipts(src: Session, groups: Sequence[Sequence[Any]], policy: RulePolicy, plan: Plan) -> None:
    wanted = {i: g[0] for i, g in enumerate(groups) if [e.kind for e in g] == [EventKind.RETURN_RECEIVED]}
    if not wanted:
        return
    rmas = {e.subject_id for e in wanted.values()}
    requests = {}
    for chunk in chunks(sorted(rmas)):
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
    for chunk in chunks(ids):
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
    for chunk in chunks(plates):
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
                Case(e, kind, at, request.id, description=description, details=details, key=(i, LATE_STEP))
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
            ((i, 0), event(e, EventKind.RETURN_RECEIVED, "return", e.subject_id, payload, at, e.uuid))
        )
        for step, lpn in enumerate(lpns, start=1):
            received = commands.unit_received_payload(e.subject_id)
            plan.events.append(((i, step), event(e, EventKind.UNIT_RECEIVED, "unit", lpn, received, at)))
        plan.done.add(i)
    if not units:
        return
    # The table, not the model: the ORM would count the version from 1 on insert; the row says where it is.
    src.execute(insert(table_of(Unit)), units)
    done_ids = [u["rid"] for u in request_updates]
    for chunk in chunks(done_ids):
        src.execute(
            update(ReturnLine)
            .where(ReturnLine.return_request_id.in_(chunk))
            .values(quantity_received=ReturnLine.quantity_expected, awaiting_receipt=False)
            .execution_options(synchronize_session=False)
        )
    move_requests(src, ReturnStatus.RECEIVED, "received_at", request_updates)
