"""Exceptions: the cases a supervisor settles, each with its age against a service level (SLA).

Services open them in the same transaction as the change that caused them; supervisors assign and resolve them.
A unit carries the kind of its oldest open exception (``units.exception_kind``) so the queue can filter on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from returns_desk.domain.errors import NotFound, ValidationFailed
from returns_desk.domain.vocab import EventKind, ExceptionKind, Role
from returns_desk.services import auth, commands, events, shared
from returns_desk.services import policy as policy_service
from returns_desk.services.results import Actor
from returns_desk.store.models import (
    DispositionRecord,
    ExceptionCase,
    ReturnRequest,
    Station,
    Unit,
    User,
)

SLA_KEY = "exception_sla_hours"
HIGH_VALUE_KEY = "high_value_cents"
DEFAULT_SLA_HOURS: dict[ExceptionKind, float] = {
    ExceptionKind.UNEXPECTED_PARCEL: 24,
    ExceptionKind.DISCREPANCY: 24,
    ExceptionKind.OUTSIDE_WINDOW: 48,
    ExceptionKind.AWAITING_APPROVAL: 8,
    ExceptionKind.HIGH_VALUE: 24,
    ExceptionKind.REFUND_WITHHELD: 48,
    ExceptionKind.SYNC_CONFLICT: 8,
    ExceptionKind.PARCEL_TROUBLE: 48,
}
DEFAULT_HIGH_VALUE_CENTS = 50_000


@dataclass(frozen=True, slots=True)
class ExceptionRow:
    id: int
    kind: str
    status: str
    opened_at: datetime
    age_hours: float
    sla_hours: float
    overdue: bool
    rma: str | None
    lpn: str | None
    scanned_code: str | None
    description: str | None
    station: str | None
    opened_by: str | None
    assigned_to: str | None
    details: dict[str, Any]


@dataclass(frozen=True, slots=True)
class TurnaroundFigures:
    """Hours from receipt to disposition for units decided in the window."""

    units: int
    median_hours: float | None
    p90_hours: float | None
    window_days: int


def sla_hours(session: Session) -> dict[ExceptionKind, float]:
    stored = policy_service.setting(session, SLA_KEY)
    out = dict(DEFAULT_SLA_HOURS)
    if stored is not None:
        for key, value in dict(stored).items():
            out[ExceptionKind(key)] = float(value)
    return out


def set_sla_hours(session: Session, actor: Actor, hours: Mapping[ExceptionKind, float], reason: str) -> None:
    auth.require(actor, Role.SUPERVISOR, "change the exception SLAs")
    shared.require_shared(session, "change the exception SLAs")
    if any(v <= 0 for v in hours.values()):
        raise ValidationFailed("An SLA is a positive number of hours.")
    merged = {k.value: v for k, v in {**sla_hours(session), **hours}.items()}
    policy_service.put_setting(session, SLA_KEY, merged)
    events.record(
        session,
        actor,
        EventKind.SETTINGS_SLA_CHANGED,
        "settings",
        SLA_KEY,
        {"hours": merged, "reason": reason},
    )


def high_value_cents(session: Session) -> int:
    value = policy_service.setting(session, HIGH_VALUE_KEY)
    return int(value) if value is not None else DEFAULT_HIGH_VALUE_CENTS


def set_high_value_cents(session: Session, actor: Actor, cents: int, reason: str) -> None:
    """The refund from which a unit waits for a supervisor's approval."""
    auth.require(actor, Role.ADMIN, "change the high-value threshold")
    shared.require_shared(session, "change the high-value threshold")
    if not 0 < cents <= 10**9:
        raise ValidationFailed("The high-value threshold is an amount above zero.")
    before = high_value_cents(session)
    policy_service.put_setting(session, HIGH_VALUE_KEY, cents)
    events.record(
        session,
        actor,
        EventKind.SETTINGS_HIGH_VALUE,
        "settings",
        HIGH_VALUE_KEY,
        {"before": before, "after": cents, "reason": reason},
    )


def open_case(
    session: Session,
    actor: Actor | None,
    kind: ExceptionKind,
    *,
    unit: Unit | None = None,
    request_id: int | None = None,
    scanned_code: str | None = None,
    description: str | None = None,
    details: Mapping[str, Any] | None = None,
    at: datetime | None = None,
) -> ExceptionCase:
    """Open an exception; a unit already holding an open one of the same kind keeps that one."""
    if unit is not None:
        existing = session.scalar(
            select(ExceptionCase).where(
                ExceptionCase.unit_id == unit.id,
                ExceptionCase.kind == kind.value,
                ExceptionCase.status == "open",
            )
        )
        if existing is not None:
            return existing
    case = ExceptionCase(
        **commands.case_row(
            actor,
            kind,
            request_id if request_id is not None else (unit.return_request_id if unit else None),
            unit.id if unit else None,
            scanned_code,
            description,
            details,
            at or events.now(),
        )
    )
    if unit is not None and unit.exception_kind is None:
        # Before the flush: the unit's other changes in this transaction go out in the same UPDATE (one version).
        unit.exception_kind = kind.value
    session.add(case)
    session.flush()
    events.record(
        session,
        actor,
        EventKind.EXCEPTION_OPENED,
        "exception",
        str(case.id),
        commands.case_payload(kind, unit.lpn if unit else None, scanned_code, description, details),
    )
    return case


def close_cases(
    session: Session, actor: Actor, unit: Unit, kinds: tuple[ExceptionKind, ...] | None, resolution: str
) -> int:
    """Resolve the unit's open exceptions (of the given kinds, or all); returns how many were closed."""
    query = select(ExceptionCase).where(ExceptionCase.unit_id == unit.id, ExceptionCase.status == "open")
    if kinds is not None:
        query = query.where(ExceptionCase.kind.in_([k.value for k in kinds]))
    closed = 0
    for case in session.scalars(query):
        resolve_case(session, actor, case, resolution)
        closed += 1
    refresh_unit_kind(session, unit)
    return closed


def resolve_case(session: Session, actor: Actor, case: ExceptionCase, resolution: str) -> None:
    case.status = "resolved"
    case.resolved_at = events.now()
    case.resolved_by_id = actor.user_id
    case.resolution = resolution
    events.record(
        session,
        actor,
        EventKind.EXCEPTION_RESOLVED,
        "exception",
        str(case.id),
        {"kind": case.kind, "reason": resolution},
    )


def refresh_unit_kind(session: Session, unit: Unit) -> None:
    session.flush()
    unit.exception_kind = session.scalar(
        select(ExceptionCase.kind)
        .where(ExceptionCase.unit_id == unit.id, ExceptionCase.status == "open")
        .order_by(ExceptionCase.opened_at, ExceptionCase.id)
        .limit(1)
    )


def resolve(session: Session, actor: Actor, case_id: int, reason: str) -> None:
    """A supervisor settles an exception, saying how."""
    auth.require(actor, Role.SUPERVISOR, "resolve exceptions")
    shared.require_shared(session, "resolve exceptions")
    reason = _reason(reason, "Resolving an exception")
    case = session.scalar(select(ExceptionCase).where(ExceptionCase.id == case_id).with_for_update())
    if case is None:
        raise NotFound(f"No exception #{case_id}.")
    if case.status != "open":
        raise ValidationFailed(f"Exception #{case_id} is already {case.status}.")
    resolve_case(session, actor, case, reason)
    if case.unit_id is not None:
        refresh_unit_kind(session, session.get_one(Unit, case.unit_id))


def assign(session: Session, actor: Actor, case_id: int, badge: str, reason: str) -> str:
    """Give an exception to someone (by badge); returns their name."""
    auth.require(actor, Role.SUPERVISOR, "assign exceptions")
    shared.require_shared(session, "assign exceptions")
    reason = _reason(reason, "Assigning an exception")
    case = session.scalar(select(ExceptionCase).where(ExceptionCase.id == case_id).with_for_update())
    if case is None:
        raise NotFound(f"No exception #{case_id}.")
    if case.status != "open":
        raise ValidationFailed(f"Exception #{case_id} is already {case.status}.")
    user = auth.find_user(session, badge)
    if user is None or not user.active:
        raise NotFound(f"No active user with badge {badge}.")
    case.assigned_to_id = user.id
    events.record(
        session,
        actor,
        EventKind.EXCEPTION_ASSIGNED,
        "exception",
        str(case.id),
        {"to": user.badge, "name": user.name, "reason": reason},
    )
    return user.name


def _reason(reason: str | None, what: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationFailed(f"{what} needs a reason.")
    return text


def open_exceptions(
    session: Session,
    actor: Actor,
    kind: ExceptionKind | None = None,
    limit: int = 500,
    *,
    unit_id: int | None = None,
) -> list[ExceptionRow]:
    """Open exceptions (of one unit, with ``unit_id``), oldest first, each with its age against its SLA."""
    auth.require(actor, Role.SUPERVISOR, "read the exceptions")
    opener = aliased(User)
    assignee = aliased(User)
    query = (
        select(
            ExceptionCase,
            ReturnRequest.rma_number,
            Unit.lpn,
            Station.name,
            opener.name,
            assignee.name,
        )
        .outerjoin(ReturnRequest, ReturnRequest.id == ExceptionCase.return_request_id)
        .outerjoin(Unit, Unit.id == ExceptionCase.unit_id)
        .outerjoin(Station, Station.id == ExceptionCase.station_id)
        .outerjoin(opener, opener.id == ExceptionCase.opened_by_id)
        .outerjoin(assignee, assignee.id == ExceptionCase.assigned_to_id)
        .where(ExceptionCase.status == "open")
        .order_by(ExceptionCase.opened_at, ExceptionCase.id)
        .limit(limit)
    )
    if kind is not None:
        query = query.where(ExceptionCase.kind == kind.value)
    if unit_id is not None:
        query = query.where(ExceptionCase.unit_id == unit_id)
    slas = sla_hours(session)
    now = events.now()
    out = []
    for case, rma, lpn, station, opened_by, assigned in session.execute(query):
        age = (now - case.opened_at).total_seconds() / 3600
        sla = slas.get(ExceptionKind(case.kind), 24.0)
        out.append(
            ExceptionRow(
                case.id,
                case.kind,
                case.status,
                case.opened_at,
                age,
                sla,
                age > sla,
                rma,
                lpn,
                case.scanned_code,
                case.description,
                station,
                opened_by,
                assigned,
                dict(case.details or {}),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class Person:
    badge: str
    name: str
    role: str


def assignees(session: Session, actor: Actor) -> list[Person]:
    """Who an exception can be given to: every active user, by name."""
    auth.require(actor, Role.SUPERVISOR, "assign exceptions")
    rows = session.execute(
        select(User.badge, User.name, User.role)
        .where(User.active.is_(True), User.badge != auth.SYSTEM_BADGE)
        .order_by(User.name, User.badge)
    )
    return [Person(badge, name, role) for badge, name, role in rows]


def open_counts(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(ExceptionCase.kind, func.count())
        .where(ExceptionCase.status == "open")
        .group_by(ExceptionCase.kind)
    )
    return {kind: int(n) for kind, n in rows}


def turnaround(session: Session, days: int = 7) -> TurnaroundFigures:
    """Median and P90 hours from receipt to the (first) disposition, over units decided in the last ``days``."""
    since = events.now() - timedelta(days=days)
    rows = session.execute(
        select(DispositionRecord.decided_at, Unit.received_at)
        .join(Unit, Unit.id == DispositionRecord.unit_id)
        .where(DispositionRecord.decided_at >= since)
    ).all()
    hours = sorted(max(0.0, (d - r).total_seconds() / 3600) for d, r in rows)
    if not hours:
        return TurnaroundFigures(0, None, None, days)
    return TurnaroundFigures(len(hours), _percentile(hours, 50), _percentile(hours, 90), days)


def _percentile(ordered: list[float], p: float) -> float:
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)
