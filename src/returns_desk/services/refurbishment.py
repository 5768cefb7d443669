"""The refurbishment bench: units routed to refurbish are worked on (parts, minutes, cost, notes, photos) and end
either repaired -- graded again, routed back to stock, a new tag -- or beyond repair (disposed or liquidated).
Every step is an event; time and cost per unit are kept for the cost-of-returns figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from returns_desk.barcodes.labels import TagData
from returns_desk.domain.errors import NotFound, ValidationFailed
from returns_desk.domain.lifecycle import check_unit_transition
from returns_desk.domain.scancodes import classify
from returns_desk.domain.vocab import (
    DESTINATION_FOR_DISPOSITION,
    UNIT_STATUS_FOR_DISPOSITION,
    Disposition,
    EventKind,
    Grade,
    Role,
    ScanKind,
    UnitStatus,
)
from returns_desk.services import auth, events, shared, tags, unit_facts
from returns_desk.services.results import Actor
from returns_desk.store.models import Product, RefurbWork, Unit, User

REPAIRED_DESTINATION = "B-STOCK"  # repaired units go back to stock as open-box
REPAIRED_GRADES = (Grade.A, Grade.B, Grade.C)
BEYOND_REPAIR = (Disposition.DISPOSE, Disposition.LIQUIDATE)


@dataclass(frozen=True, slots=True)
class WorkRow:
    outcome: str
    parts: str | None
    minutes: int
    cost_cents: int
    notes: str | None
    photos: list[str]
    worker: str
    done_at: datetime


@dataclass(frozen=True, slots=True)
class BenchUnit:
    lpn: str
    sku: str
    product: str
    grade: str | None
    status: UnitStatus
    work: tuple[WorkRow, ...]

    @property
    def minutes(self) -> int:
        return sum(w.minutes for w in self.work)

    @property
    def cost_cents(self) -> int:
        return sum(w.cost_cents for w in self.work)


@dataclass(frozen=True, slots=True)
class WaitingUnit:
    lpn: str
    sku: str
    product: str
    grade: str | None
    received_at: datetime
    minutes: int


def plate_of(code: str) -> str:
    """The plate in a scanned code (scanner prefixes and case taken off)."""
    for reading in classify(code):
        if reading.kind is ScanKind.LPN:
            return reading.normalized
    return code.strip().upper()


def waiting(session: Session, actor: Actor, limit: int = 200) -> list[WaitingUnit]:
    """Units on the bench or waiting for it, oldest first."""
    auth.require(actor, Role.STAFF, "read the refurbishment bench")
    spent = (
        select(RefurbWork.unit_id, func.sum(RefurbWork.minutes).label("minutes"))
        .group_by(RefurbWork.unit_id)
        .subquery()
    )
    rows = session.execute(
        select(Unit.lpn, Product.sku, Product.name, Unit.grade, Unit.received_at, spent.c.minutes)
        .outerjoin(Product, Product.id == Unit.product_id)
        .outerjoin(spent, spent.c.unit_id == Unit.id)
        .where(Unit.status == UnitStatus.IN_REFURBISHMENT.value)
        .order_by(Unit.received_at, Unit.id)
        .limit(limit)
    )
    return [
        WaitingUnit(str(r.lpn), r.sku or "", r.name or "", r.grade, r.received_at, int(r.minutes or 0))
        for r in rows
    ]


def bench_unit(session: Session, actor: Actor, code: str) -> BenchUnit:
    """The unit a scan names, with the work done on it so far; only a unit routed to refurbish is on the bench."""
    auth.require(actor, Role.STAFF, "work at the refurbishment bench")
    lpn = plate_of(code)
    found = session.execute(
        select(Unit, Product.sku, Product.name)
        .outerjoin(Product, Product.id == Unit.product_id)
        .where(Unit.lpn == lpn)
    ).first()
    if found is None:
        raise NotFound(f"No unit with license plate {lpn}.")
    unit, sku, name = found
    status = UnitStatus(unit.status)
    if status is not UnitStatus.IN_REFURBISHMENT:
        raise ValidationFailed(
            f"Unit {lpn} is {status.value.replace('_', ' ')}, not waiting for refurbishment."
        )
    work = tuple(
        WorkRow(w.outcome, w.parts, w.minutes, w.cost_cents, w.notes, list(w.photos or []), who, w.done_at)
        for w, who in session.execute(
            select(RefurbWork, User.name)
            .join(User, User.id == RefurbWork.worker_id)
            .where(RefurbWork.unit_id == unit.id)
            .order_by(RefurbWork.id)
        )
    )
    return BenchUnit(lpn, sku or "", name or "", unit.grade, status, work)


@dataclass(frozen=True, slots=True)
class Work:
    parts: str = ""
    minutes: int = 0
    cost_cents: int = 0
    notes: str = ""
    photos: tuple[str, ...] = ()

    def check(self) -> None:
        if self.minutes < 0 or self.cost_cents < 0:
            raise ValidationFailed("Minutes and cost cannot be negative.")
        if self.minutes > 24 * 60:
            raise ValidationFailed("More than a day on one unit in one step: enter the minutes again.")


def _locked(session: Session, actor: Actor, lpn: str, what: str) -> Unit:
    auth.require(actor, Role.STAFF, what)
    shared.require_shared(session, what)
    unit = unit_facts.lock_unit(session, plate_of(lpn))
    if unit.status != UnitStatus.IN_REFURBISHMENT.value:
        raise ValidationFailed(
            f"Unit {unit.lpn} is {unit.status.replace('_', ' ')}, not on the refurbishment bench."
        )
    return unit


def _work_row(session: Session, actor: Actor, unit: Unit, outcome: str, work: Work, at: datetime) -> None:
    work.check()
    session.add(
        RefurbWork(
            unit_id=unit.id,
            outcome=outcome,
            parts=work.parts.strip() or None,
            minutes=work.minutes,
            cost_cents=work.cost_cents,
            notes=work.notes.strip() or None,
            photos=list(work.photos) or None,
            worker_id=actor.user_id,
            station_id=actor.station_id,
            done_at=at,
        )
    )


def record_work(session: Session, actor: Actor, lpn: str, work: Work) -> None:
    """Work done, the unit still on the bench."""
    unit = _locked(session, actor, lpn, "record refurbishment work")
    if not (work.parts.strip() or work.notes.strip() or work.minutes or work.cost_cents or work.photos):
        raise ValidationFailed("Say what was done: parts, minutes, cost, notes or a photo.")
    at = events.now()
    _work_row(session, actor, unit, "work", work, at)
    session.flush()
    events.record(
        session,
        actor,
        EventKind.UNIT_REFURB_WORK,
        "unit",
        str(unit.lpn),
        {
            "parts": work.parts,
            "minutes": work.minutes,
            "cost_cents": work.cost_cents,
            "photos": len(work.photos),
        },
        at=at,
    )


def repaired(
    session: Session, actor: Actor, lpn: str, grade: Grade, work: Work, destination: str = ""
) -> TagData:
    """Repaired: graded again, back to stock (``destination``, B-stock by default). Returns the new tag."""
    if grade not in REPAIRED_GRADES:
        raise ValidationFailed(f"A repaired unit is graded {', '.join(g.value for g in REPAIRED_GRADES)}.")
    unit = _locked(session, actor, lpn, "finish a repair")
    check_unit_transition(str(unit.lpn), UnitStatus.IN_REFURBISHMENT, UnitStatus.REPAIRED)
    at = events.now()
    _work_row(session, actor, unit, "repaired", work, at)
    previous = unit.grade
    where = destination.strip().upper() or REPAIRED_DESTINATION
    unit.status, unit.grade = UnitStatus.REPAIRED.value, grade.value
    unit.disposition, unit.destination = Disposition.RESTOCK.value, where
    session.flush()
    events.record(
        session,
        actor,
        EventKind.UNIT_REPAIRED,
        "unit",
        str(unit.lpn),
        {
            "grade_from": previous,
            "grade": grade.value,
            "destination": where,
            "minutes": work.minutes,
            "cost_cents": work.cost_cents,
        },
        at=at,
    )
    tag = tags.tag_for(session, str(unit.lpn))
    assert tag is not None
    return tag


def beyond_repair(
    session: Session, actor: Actor, lpn: str, disposition: Disposition, reason: str, work: Work
) -> TagData:
    """Not worth repairing: disposed or liquidated, with the reason. Returns the new tag."""
    if disposition not in BEYOND_REPAIR:
        raise ValidationFailed("A unit beyond repair is disposed or liquidated.")
    if not reason.strip():
        raise ValidationFailed("Say why the unit cannot be repaired.")
    unit = _locked(session, actor, lpn, "end a repair")
    target = UNIT_STATUS_FOR_DISPOSITION[disposition]
    check_unit_transition(str(unit.lpn), UnitStatus.IN_REFURBISHMENT, target)
    at = events.now()
    _work_row(
        session,
        actor,
        unit,
        "beyond_repair",
        Work(
            work.parts, work.minutes, work.cost_cents, f"{reason.strip()}\n{work.notes}".strip(), work.photos
        ),
        at,
    )
    unit.status, unit.disposition = target.value, disposition.value
    unit.destination = DESTINATION_FOR_DISPOSITION[disposition]
    session.flush()
    events.record(
        session,
        actor,
        EventKind.UNIT_BEYOND_REPAIR,
        "unit",
        str(unit.lpn),
        {
            "disposition": disposition.value,
            "reason": reason.strip(),
            "minutes": work.minutes,
            "cost_cents": work.cost_cents,
        },
        at=at,
    )
    tag = tags.tag_for(session, str(unit.lpn))
    assert tag is not None
    return tag
