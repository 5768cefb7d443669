"""Enter on PostgreSQL in two statements, for the usual unit.

Most units are graded, proposed a route and routed as proposed with little for a supervisor: no discrepancy, no
override, no approval (the exceptions of a high-value unit and a withheld refund it opens itself). For those, Enter
on PostgreSQL sends two statements in its transaction:

1. the unit by plate, locked with its return (as ``unit_facts.lock_unit``), read with the facts the rules need, the
   receiving station's name and all settings;
2. the inspection, the blind re-grade when the unit falls in the sample, the high-value exception, the route, the
   withheld refund's exception, the unit, the return's completion and the events, as one statement of
   data-modifying CTEs.

The rules are decided in Python between the two, by the same RulePolicy, and the rows and event payloads come from
the same builders as the general way (``inspection.inspection_row`` and the rest). Anything else -- SQLite, a
replayed outbox, a unit not waiting to be graded, or facts that turn out to need an approval -- goes the general
way (``record_inspection`` then ``route_unit``) in the same transaction. tests/services/test_enter_pg.py checks
that both ways leave the same rows and events.

Why: Enter's general way sends 8 statements through the ORM, about 4 ms of a station's CPU on PostgreSQL; this
one about a quarter of that (bench/enter_lean.py measured the room, bench/sync.py the result).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Table, bindparam, select
from sqlalchemy.orm import Session

from returns_desk.barcodes.labels import TagData
from returns_desk.domain.lifecycle import UNIT_DONE
from returns_desk.domain.rules import DispositionDecision, RefundDecision, RulePolicy
from returns_desk.domain.vocab import (
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
from returns_desk.services import auth, commands, events, exceptions, inspection, regrade, unit_facts
from returns_desk.services import policy as policy_service
from returns_desk.services.results import Actor
from returns_desk.store import db
from returns_desk.store.db import COMMIT_AFTER
from returns_desk.store.models import (
    BlindRegrade,
    DispositionRecord,
    ExceptionCase,
    Inspection,
    ReturnRequest,
    Station,
    Unit,
)

_LOCK: list[Any] = []


def _lock() -> Any:
    """The unit by plate, locked with its return: a few of its columns, the facts the rules read (the same joins
    as unit_facts.lock_unit), the receiving station's name, the return's status and all settings. Built once."""
    if not _LOCK:
        _LOCK.append(
            unit_facts.with_facts(select(Unit.id, Unit.return_request_id, Unit.status, Unit.received_at))
            .add_columns(Station.name, ReturnRequest.status, policy_service.snapshot_column("postgresql"))
            .outerjoin(Station, Station.id == Unit.station_id)
            .where(Unit.lpn == bindparam("lpn"))
            .with_for_update(of=[Unit, ReturnRequest])
        )
    return _LOCK[0]


def _columns(doc: str, table: Any, names: Sequence[str], computed: Mapping[str, str]) -> tuple[str, str]:
    """'a, b' and 'r.a, r.b' for an insert of these columns from one row sent as a JSON object (``doc``, read
    through json_populate_record as ``r``): JSON columns as the object's own value (a JSON null stays JSON null,
    as the ORM writes it), and the SQL expressions in ``computed`` in place of the row's value."""
    values = []
    for name in names:
        if name in computed:
            values.append(computed[name])
        elif isinstance(table.c[name].type, JSON):
            values.append(f"{doc}->'{name}'")
        else:
            values.append(f"r.{name}")
    return ", ".join(names), ", ".join(values)


def _write_statement(
    inspection_cols: Sequence[str],
    route_cols: Sequence[str],
    regrade_cols: Sequence[str],
    case_cols: Sequence[str],
) -> str:
    """The second statement. Each row goes as one JSON parameter: the statement stays short and its parameters
    few, so psycopg converts it once and keeps it (a statement over 4,096 bytes or 50 parameters it parses again
    on every execution: 0.6 ms of the station's CPU per Enter here).

    The general way opens the high-value case while grading, before routing, and the withheld one while routing:
    ``withheld`` reads from ``high`` so that PostgreSQL runs it second (ids and events in that order too). It
    also writes the unit twice when it opens a high-value case (once at that case, once at routing), so the
    version goes up by two then, as there.

    Nothing in it acts unless ``live`` is true: every row comes through ``j``, which ``live`` false leaves empty,
    and both updates ask for it too. ``warm_up`` runs it so."""
    tables: dict[str, Table] = {
        "i": Inspection.__table__,  # type: ignore[dict-item]
        "d": DispositionRecord.__table__,  # type: ignore[dict-item]
        "b": BlindRegrade.__table__,  # type: ignore[dict-item]
        "c": ExceptionCase.__table__,  # type: ignore[dict-item]
    }
    i_cols, i_vals = _columns("j.i", tables["i"], inspection_cols, {})
    d_cols, d_vals = _columns("j.d", tables["d"], route_cols, {})
    b_cols, b_vals = _columns("j.b", tables["b"], regrade_cols, {"first_inspection_id": "ins.id"})
    c_cols, c_vals = _columns("j.c", tables["c"], case_cols, {})
    _, h_vals = _columns("j.h", tables["c"], case_cols, {})
    # Column names come from the models; every value is a parameter or a constant of ours.
    return f"""WITH j AS (
SELECT %(i)s::json i, %(d)s::json d, %(b)s::json b, %(c)s::json c, %(h)s::json h, %(e1)s::json e1, %(e2)s::json e2
WHERE %(live)s
), ins AS (
INSERT INTO inspections ({i_cols}) SELECT {i_vals}
FROM j, json_populate_record(NULL::inspections, j.i) r RETURNING id
), regrade AS (
INSERT INTO blind_regrades ({b_cols}) SELECT {b_vals}
FROM ins, j, json_populate_record(NULL::blind_regrades, j.b) r WHERE %(sampled)s
), route AS (
INSERT INTO dispositions ({d_cols}) SELECT {d_vals}
FROM j, json_populate_record(NULL::dispositions, j.d) r
), high AS (
INSERT INTO exceptions ({c_cols}) SELECT {h_vals}
FROM j, json_populate_record(NULL::exceptions, j.h) r
WHERE %(high)s AND NOT EXISTS (SELECT FROM exceptions WHERE unit_id = %(unit)s AND kind = '{ExceptionKind.HIGH_VALUE.value}'
AND status = '{OPEN}')
RETURNING id, kind
), withheld AS (
INSERT INTO exceptions ({c_cols}) SELECT {c_vals}
FROM (SELECT count(*) FROM high) after_high, j, json_populate_record(NULL::exceptions, j.c) r
WHERE %(withheld)s AND NOT EXISTS (SELECT FROM exceptions WHERE unit_id = %(unit)s AND kind = '{ExceptionKind.REFUND_WITHHELD.value}'
AND status = '{OPEN}')
RETURNING id, kind
), unit AS (
UPDATE units SET status = %(status)s, grade = %(grade)s, inspector_id = %(user)s, disposition = %(chosen)s,
destination = %(destination)s, version = version + 1 + (SELECT count(*) FROM high),
exception_kind = coalesce(exception_kind, (SELECT kind FROM high), (SELECT kind FROM withheld))
WHERE id = %(unit)s AND %(live)s
), finish AS (
UPDATE return_requests SET status = '{ReturnStatus.INSPECTED.value}', inspected_at = %(at)s, version = version + 1
WHERE id = %(request)s AND %(live)s AND status = '{ReturnStatus.RECEIVED.value}'
AND NOT EXISTS (SELECT FROM units WHERE return_request_id = %(request)s AND id <> %(unit)s
AND status <> ALL(%(done)s::text[]))
RETURNING rma_number
), ev AS (
INSERT INTO events (uuid, occurred_at, station_id, user_id, kind, subject_type, subject_id, payload, tx)
SELECT e.uuid, %(at)s, %(station)s::bigint, %(user)s::bigint, e.kind, e.subject_type, e.subject_id, e.payload,
%(tx)s::text
FROM (
SELECT 1 n, r.uuid, r.kind, r.subject_type, r.subject_id, j.e1->'payload' payload
FROM j, json_populate_record(NULL::events, j.e1) r
UNION ALL SELECT 2, %(h_uuid)s, '{EventKind.EXCEPTION_OPENED.value}', 'exception', id::text, %(h_payload)s::json FROM high
UNION ALL SELECT 3, r.uuid, r.kind, r.subject_type, r.subject_id, j.e2->'payload'
FROM j, json_populate_record(NULL::events, j.e2) r
UNION ALL SELECT 4, %(c_uuid)s, '{EventKind.EXCEPTION_OPENED.value}', 'exception', id::text, %(c_payload)s::json FROM withheld
UNION ALL SELECT 5, %(e5_uuid)s, '{EventKind.RETURN_INSPECTED.value}', 'return', rma_number, '{{}}'::json FROM finish
) AS e
ORDER BY e.n
)
SELECT (SELECT rma_number FROM finish), (SELECT id FROM high), (SELECT id FROM withheld)"""  # noqa: S608


_WRITE: dict[tuple[tuple[str, ...], ...], str] = {}
_DONE = sorted(s.value for s in UNIT_DONE)
OPEN = "open"  # an open case's status, as exceptions.case_row writes it


def _json(row: Mapping[str, Any]) -> str:
    """A row as the JSON object _columns reads (times in ISO 8601, which PostgreSQL reads back exactly)."""
    return json.dumps(row, default=lambda v: v.isoformat())


def _write_params(
    session: Session,
    actor: Actor,
    lpn: str,
    unit_id: int,
    request_id: int,
    grading: tuple[Grade, Fault, str | None, dict[str, bool] | None, list[str]],
    routing: tuple[DispositionDecision, Disposition, UnitStatus, RefundDecision],
    at: datetime,
    *,
    is_high: bool,
    sampled: bool,
    price: int,
    live: bool = True,
) -> tuple[str, dict[str, Any]]:
    """The write statement and its parameters: the rows from the general way's builders."""
    grade, fault, notes, checklist, photos = grading
    decision, final, target, refund = routing
    ins_row = commands.inspection_row(unit_id, actor, grade, fault, notes, checklist, (), photos, at)
    route_row = commands.disposition_row(
        unit_id, actor, decision, final, decision.destination, None, False, refund, at
    )
    regrade_row = commands.regrade_row(unit_id, 0, actor.user_id, grade, at)
    # A unit of high value opens its exception, as record_inspection does, and a withheld refund its own, as
    # route_unit does (the only exceptions this way opens).
    high, withheld = commands.high_value_case(price), commands.withheld_case(refund)
    high_row = commands.case_row(actor, high.kind, request_id, unit_id, None, None, high.details, at)
    case_row = commands.case_row(actor, withheld.kind, request_id, unit_id, None, None, withheld.details, at)
    inspected = events.new_row(
        session,
        actor,
        EventKind.UNIT_INSPECTED,
        "unit",
        lpn,
        commands.inspected_payload(grade, fault, notes, checklist, (), photos, decision),
        at=at,
    )
    routed = events.new_row(
        session,
        actor,
        EventKind.UNIT_ROUTED,
        "unit",
        lpn,
        commands.routed_payload(decision, final, None, False, refund),
        at=at,
    )
    key = (tuple(ins_row), tuple(route_row), tuple(regrade_row), tuple(case_row))
    statement = _WRITE.get(key)
    if statement is None:
        statement = _WRITE[key] = _write_statement(*key)
    params: dict[str, Any] = {
        "live": live,
        "i": _json(ins_row),
        "d": _json(route_row),
        "b": _json(regrade_row),
        "c": _json(case_row),
        "h": _json(high_row),
        "e1": _json(inspected),
        "e2": _json(routed),
        "high": is_high,
        "done": _DONE,
        "withheld": refund.kind is RefundKind.WITHHELD,
        "h_payload": json.dumps(commands.case_payload(high.kind, lpn, None, None, high.details)),
        "c_payload": json.dumps(commands.case_payload(withheld.kind, lpn, None, None, withheld.details)),
        "sampled": sampled,
        "unit": unit_id,
        "request": request_id,
        "user": actor.user_id,
        "station": actor.station_id,
        "status": target.value,
        "grade": grade.value,
        "chosen": final.value,
        "destination": decision.destination,
        "at": at,
        "tx": inspected["tx"],
        # Used only if the exceptions are opened, and if the return is finished.
        "h_uuid": str(uuid.uuid4()),
        "c_uuid": str(uuid.uuid4()),
        "e5_uuid": str(uuid.uuid4()),
    }
    return statement, params


def warm_up(session: Session, ids: tuple[int, int, int, int]) -> None:
    """Run Enter's two statements on this session's connection with nothing to act on -- the lock for a plate
    that cannot exist, the write with ``live`` false -- prepared at once, so that SQLAlchemy compiles the lock,
    psycopg prepares both and PostgreSQL makes their plans now, not in the station's first two Enters on a new
    connection (alone here: 12 and 7 ms, then 3; with a shift's stations starting together, 20-50 ms). Writes
    nothing.

    ``ids`` are the highest in the database (``store.db.ids_like``), taken once for this and receive_pg.warm_up."""
    if session.get_bind().dialect.name != "postgresql":
        return
    connection = session.connection()
    unit_id, request_id, user_id, station_id = ids
    actor = Actor(user_id, "", "", Role.STAFF, station_id)
    decision = DispositionDecision(Disposition.RESTOCK, "", "", "", False)
    refund = RefundDecision(RefundKind.FULL, 0, 0, "")
    statement, params = _write_params(
        session,
        actor,
        "",
        unit_id,
        request_id,
        (Grade.A, Fault.UNKNOWN, None, None, []),
        (decision, Disposition.RESTOCK, UNIT_STATUS_FOR_DISPOSITION[Disposition.RESTOCK], refund),
        events.now(),
        is_high=False,
        sampled=False,
        price=0,
        live=False,
    )
    with db.prepared_at_once(connection):
        connection.execute(_lock(), {"lpn": ""})
        connection.exec_driver_sql(statement, params).one()


def try_save(
    session: Session,
    actor: Actor,
    lpn: str,
    grade: Grade,
    fault: Fault,
    notes: str | None,
    photos: Sequence[str],
    discrepancies: Sequence[Discrepancy],
    checklist: Mapping[str, bool] | None,
    chosen: Disposition | None,
    policy: RulePolicy | None,
) -> tuple[inspection.Proposal, inspection.RouteResult, TagData] | None:
    """Grade and route the unit in two statements (``store.executor`` chose them) when nothing about it needs more;
    None when it does (nothing written then: the caller goes the general way in the same transaction)."""
    if discrepancies or grade in (Grade.MISSING, Grade.INCORRECT_ITEM) or (grade.needs_photo and not photos):
        return None
    auth.require(actor, Role.STAFF, "grade units")
    connection = session.connection()
    found = connection.execute(_lock(), {"lpn": lpn}).first()
    if found is None or found[2] != UnitStatus.RECEIVED.value:
        return None  # the general way says why (no such unit, graded by someone else)
    unit_id, request_id, _status, received_at = found[:4]
    facts_row = unit_facts.FactsRow._make(found[4:13])
    station_name, request_status = found[13:15]
    policy_service.take_snapshot(session, found[15])
    policy = policy or policy_service.current(session)
    facts = unit_facts.facts_from(facts_row, received_at, grade, fault, policy)
    decision = policy.decide(facts)
    refund = policy.refund(facts, facts_row.unit_price_cents)
    needs_approval = decision.requires_approval and not actor.role.at_least(Role.SUPERVISOR)
    if (chosen is not None and chosen != decision.disposition) or needs_approval:
        return None
    final = decision.disposition
    target = UNIT_STATUS_FOR_DISPOSITION[final]
    commands.graded_status(lpn, UnitStatus.RECEIVED, grade)
    commands.routed_status(lpn, UnitStatus.INSPECTED, final, False)
    at = events.now()
    photos, checklist_now = list(photos), dict(checklist) if checklist else None
    price = facts_row.unit_price_cents
    statement, params = _write_params(
        session,
        actor,
        lpn,
        unit_id,
        request_id,
        (grade, fault, notes, checklist_now, photos),
        (decision, final, target, refund),
        at,
        is_high=price >= exceptions.high_value_cents(session),
        sampled=regrade.sampled(lpn, regrade.share_percent(session)),
        price=price,
    )
    # The last statement of the transaction: COMMIT goes with it, in the same round trip (store.db).
    finished, *case_ids = connection.exec_driver_sql(
        statement, params, execution_options={COMMIT_AFTER: True}
    ).one()
    events.note(session, EventKind.UNIT_INSPECTED, "unit", lpn)
    events.note(session, EventKind.UNIT_ROUTED, "unit", lpn)
    subjects = [("unit", lpn)]
    for case_id in case_ids:
        if case_id is not None:
            events.note(session, EventKind.EXCEPTION_OPENED, "exception", str(case_id))
            subjects.append(("exception", str(case_id)))
    if finished is not None:
        events.note(session, EventKind.RETURN_INSPECTED, "return", finished)
        subjects.append(("return", finished))
        request_status = ReturnStatus.INSPECTED.value
    events.of_request(session, request_id, subjects)
    proposal = inspection.Proposal(lpn, grade, decision, refund)
    route = inspection.RouteResult(
        lpn,
        target,
        decision.disposition,
        final,
        decision.destination,
        decision.rule_id,
        False,
        refund,
        ReturnStatus(request_status),
    )
    tag = TagData(
        lpn=lpn,
        rma=facts_row.rma_number,
        sku=facts_row.sku or "",
        grade=grade.value,
        disposition=final.value,
        destination=decision.destination,
        day=at.date(),
        station=station_name or "",
        gtin=facts_row.gtin,
    )
    return proposal, route, tag
