"""The station's use cases around one unit: preview a grade, save it with its route in one go, live figures,
and filing an unexpected parcel for the supervisors.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from returns_desk.barcodes.labels import TagData
from returns_desk.domain.checklists import DEFAULT as DEFAULT_CHECKLISTS
from returns_desk.domain.checklists import Question, checklists_from_data
from returns_desk.domain.errors import NotFound, ValidationFailed
from returns_desk.domain.rules import RulePolicy
from returns_desk.domain.vocab import Discrepancy, Disposition, ExceptionKind, Fault, Grade, Role
from returns_desk.services import auth, enter_pg, events, exceptions, inspection, unit_facts
from returns_desk.services import policy as policy_service
from returns_desk.services.inspection import Proposal, RouteResult
from returns_desk.services.results import Actor
from returns_desk.store.executor import Executor, executor
from returns_desk.store.models import DispositionRecord, ReturnRequest, Setting, Unit

CHECKLISTS_KEY = "checklists"
BREAK_SECONDS = 600  # a gap longer than this between two units is a break, not work


@dataclass(frozen=True, slots=True)
class Saved:
    """What Enter did: the grade, where the unit goes, its refund, and the tag to print."""

    proposal: Proposal
    route: RouteResult | None  # None for a unit marked missing: nothing to route
    tag: TagData | None


@dataclass(frozen=True, slots=True)
class StationFigures:
    units_this_hour: int
    seconds_per_unit: float | None
    first_touch_rate: float | None


def checklists(session: Session) -> dict[str, tuple[Question, ...]]:
    """The grading checklists in force: a supervisor's edited lists, else the defaults."""
    row = session.get(Setting, CHECKLISTS_KEY)
    return checklists_from_data(row.value) if row is not None else DEFAULT_CHECKLISTS


def preview(
    session: Session,
    lpn: str,
    grade: Grade,
    fault: Fault = Fault.UNKNOWN,
    policy: RulePolicy | None = None,
) -> Proposal:
    """What the rules would propose for this unit at this grade; writes nothing."""
    policy = policy or policy_service.current(session)
    unit = session.scalar(select(Unit).where(Unit.lpn == lpn))
    if unit is None:
        raise NotFound(f"No unit with license plate {lpn}.")
    facts, price = unit_facts.unit_facts(session, unit, policy, fault, grade)
    return Proposal(lpn, grade, policy.decide(facts), policy.refund(facts, price))


def save_unit(
    session: Session,
    actor: Actor,
    lpn: str,
    grade: Grade,
    fault: Fault = Fault.UNKNOWN,
    notes: str | None = None,
    *,
    photos: Sequence[str] = (),
    discrepancies: Sequence[Discrepancy] = (),
    checklist: Mapping[str, bool] | None = None,
    chosen: Disposition | None = None,
    reason: str | None = None,
    policy: RulePolicy | None = None,
) -> Saved:
    """Grade and route in one transaction: either both are saved, or neither."""
    quick = (
        enter_pg.try_save(
            session, actor, lpn, grade, fault, notes, photos, discrepancies, checklist, chosen, policy
        )
        if executor(session) is Executor.STATEMENTS
        else None
    )
    if quick is not None:
        return Saved(*quick)
    # Locked first: the same round trip reads the settings the policy comes from.
    unit_facts.lock_unit(session, lpn)
    policy = policy or policy_service.current(session)
    proposal = inspection.record_inspection(
        session,
        actor,
        lpn,
        grade,
        fault,
        notes,
        photos=photos,
        discrepancies=discrepancies,
        checklist=dict(checklist) if checklist else None,
        policy=policy,
    )
    if grade is Grade.MISSING:
        return Saved(proposal, None, None)
    route = inspection.route_unit(session, actor, lpn, chosen, reason, policy)
    return Saved(proposal, route, unit_facts.tag_of(session, unit_facts.lock_unit(session, lpn), actor))


# The gap between a disposition and the one before it at the same station, in seconds, per dialect.
_GAP_SECONDS = {
    "sqlite": "(julianday(decided_at) - julianday(previous)) * 86400.0",
    "postgresql": "extract(epoch FROM decided_at - previous)",
}
_FIGURES_SQL = """
SELECT count(*) AS units,
       coalesce(sum(CASE WHEN proposed = chosen AND NOT needs_approval THEN 1 ELSE 0 END), 0) AS first_touch,
       sum(CASE WHEN gap <= :break_seconds THEN gap END) AS work_seconds,
       count(CASE WHEN gap <= :break_seconds THEN 1 END) AS work_gaps
FROM (
    SELECT proposed, chosen, needs_approval, {gap} AS gap
    FROM (
        SELECT proposed, chosen, needs_approval, decided_at,
               lag(decided_at) OVER (ORDER BY decided_at, id) AS previous
        FROM dispositions
        WHERE station_id = :station_id AND decided_at >= :since
    ) ordered
) gaps
"""


def figures(session: Session, station_id: int) -> StationFigures:
    """Units routed at this station in the last hour, seconds per unit (breaks left out), first-touch rate.

    First touch: routed as proposed, with nothing waiting for a supervisor. One aggregate in the database: the
    status bar asks after every unit, and a busy hour must not mean reading the hour's rows each time.
    """
    since = events.now() - timedelta(hours=1)
    dialect = session.get_bind().dialect.name
    sql = text(_FIGURES_SQL.format(gap=_GAP_SECONDS[dialect]))
    bound = sql.bindparams(bindparam("since", type_=DispositionRecord.__table__.c.decided_at.type))
    row = session.execute(
        bound, {"station_id": station_id, "since": since, "break_seconds": BREAK_SECONDS}
    ).one()
    units, first_touch, work_seconds, work_gaps = int(row[0]), int(row[1]), row[2], int(row[3])
    if not units:
        return StationFigures(0, None, None)
    per_unit = float(work_seconds) / work_gaps if work_gaps else None
    return StationFigures(units, per_unit, first_touch / units)


def file_unexpected_parcel(
    session: Session,
    actor: Actor,
    scanned_code: str,
    description: str,
    item_codes: Sequence[str] = (),
    photos: Sequence[str] = (),
    *,
    rma: str | None = None,
) -> int:
    """A parcel that matches nothing (or names a return that was cancelled or rejected, ``rma``) becomes an
    open exception for the supervisors; returns its number."""
    auth.require(actor, Role.STAFF, "file unexpected parcels")
    text = description.strip()
    if not text and not item_codes and not photos:
        raise ValidationFailed("Say what is in the box, scan an item, or add a photo before filing it.")
    request_id = None
    if rma:
        request_id = session.scalar(select(ReturnRequest.id).where(ReturnRequest.rma_number == rma))
        if request_id is None:
            raise NotFound(f"No return {rma}.")
    case = exceptions.open_case(
        session,
        actor,
        ExceptionKind.UNEXPECTED_PARCEL,
        request_id=request_id,
        scanned_code=scanned_code.strip() or None,
        description=text or None,
        details={"items": list(item_codes), "photos": list(photos), **({"rma": rma} if rma else {})},
    )
    return case.id


def earlier_returns(session: Session, request_id: int) -> int:
    """How many other returns the same customer has made: the first hint of a serial returner."""
    customer = select(ReturnRequest.customer_id).where(ReturnRequest.id == request_id).scalar_subquery()
    count = session.scalar(
        select(func.count())
        .select_from(ReturnRequest)
        .where(ReturnRequest.customer_id == customer, ReturnRequest.id != request_id)
    )
    return int(count or 0)
