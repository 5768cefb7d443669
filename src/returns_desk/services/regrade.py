"""Blind re-grades: a share of graded units goes to a second inspector who does not see the first grade.

Which units is decided from the license plate (a stable hash), so a unit is either sampled or not, whichever
station grades it. The second grade never changes the unit; it only feeds the agreement figures.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from returns_desk.domain.errors import NotFound, PermissionDenied, ValidationFailed
from returns_desk.domain.vocab import EventKind, Grade, Role
from returns_desk.services import auth, commands, events, shared
from returns_desk.services import policy as policy_service
from returns_desk.services.results import Actor
from returns_desk.store.models import (
    BlindRegrade,
    Inspection,
    Product,
    ReturnLine,
    Unit,
    User,
)

SHARE_KEY = "blind_regrade_percent"
DEFAULT_PERCENT = 5


@dataclass(frozen=True, slots=True)
class BlindItem:
    """What the second inspector sees: the unit and what the customer said, never the first grade or notes."""

    regrade_id: int
    lpn: str
    sku: str
    product: str
    category: str
    reason: str
    customer_comment: str | None


@dataclass(frozen=True, slots=True)
class AgreementRow:
    inspector: str
    regraded: int
    agreed: int

    @property
    def rate(self) -> float | None:
        return self.agreed / self.regraded if self.regraded else None


@dataclass(frozen=True, slots=True)
class Agreement:
    overall_regraded: int
    overall_agreed: int
    pending: int
    by_inspector: tuple[AgreementRow, ...]

    @property
    def overall_rate(self) -> float | None:
        return self.overall_agreed / self.overall_regraded if self.overall_regraded else None


def share_percent(session: Session) -> int:
    value = policy_service.setting(session, SHARE_KEY)
    return int(value) if value is not None else DEFAULT_PERCENT


def set_share_percent(session: Session, actor: Actor, percent: int, reason: str) -> None:
    auth.require(actor, Role.SUPERVISOR, "change the blind re-grade share")
    shared.require_shared(session, "change the blind re-grade share")
    if not 0 <= percent <= 100:
        raise ValidationFailed("The blind re-grade share is a percentage from 0 to 100.")
    policy_service.put_setting(session, SHARE_KEY, percent)
    events.record(
        session,
        actor,
        EventKind.SETTINGS_REGRADE_SHARE,
        "settings",
        SHARE_KEY,
        {"percent": percent, "reason": reason},
    )


def sampled(lpn: str, percent: int) -> bool:
    return zlib.crc32(lpn.encode()) % 100 < percent


def maybe_queue(
    session: Session, unit: Unit, inspection_id: int, inspector_id: int, grade: Grade, at: datetime
) -> bool:
    """Called when a unit is graded: queue it for a blind second grade if it falls in the sample."""
    if unit.lpn is None or not sampled(unit.lpn, share_percent(session)):
        return False
    events.insert_row(
        session, BlindRegrade, commands.regrade_row(unit.id, inspection_id, inspector_id, grade, at)
    )
    return True


def next_for(session: Session, actor: Actor) -> BlindItem | None:
    """The oldest pending re-grade that this person did not grade first."""
    auth.require(actor, Role.STAFF, "re-grade units")
    row = session.execute(
        select(
            BlindRegrade.id,
            Unit.lpn,
            Product.sku,
            Product.name,
            Product.category,
            ReturnLine.reason,
            ReturnLine.customer_comment,
        )
        .join(Unit, Unit.id == BlindRegrade.unit_id)
        .join(ReturnLine, ReturnLine.id == Unit.return_line_id)
        .join(Product, Product.id == ReturnLine.product_id)
        .where(BlindRegrade.status == "pending", BlindRegrade.first_inspector_id != actor.user_id)
        .order_by(BlindRegrade.created_at, BlindRegrade.id)
        .limit(1)
    ).first()
    if row is None:
        return None
    return BlindItem(row[0], str(row[1]), row[2], row[3], row[4], row[5], row[6])


def record(session: Session, actor: Actor, regrade_id: int, grade: Grade, notes: str | None = None) -> bool:
    """Store the blind second grade; returns whether it agrees with the first."""
    auth.require(actor, Role.STAFF, "re-grade units")
    shared.require_shared(session, "record a blind re-grade")
    item = session.scalar(select(BlindRegrade).where(BlindRegrade.id == regrade_id).with_for_update())
    if item is None:
        raise NotFound(f"No blind re-grade #{regrade_id}.")
    if item.status != "pending":
        raise ValidationFailed(f"Unit re-grade #{regrade_id} is already done.")
    if item.first_inspector_id == actor.user_id:
        raise PermissionDenied("A blind re-grade must be done by someone other than the first inspector.")
    unit = session.get_one(Unit, item.unit_id)
    at = events.now()
    second = Inspection(
        unit_id=unit.id,
        inspector_id=actor.user_id,
        station_id=actor.station_id,
        grade=grade.value,
        fault="unknown",
        notes=(notes or "").strip() or None,
        blind=True,
        inspected_at=at,
    )
    session.add(second)
    session.flush()
    item.status = "done"
    item.second_inspection_id = second.id
    item.second_inspector_id = actor.user_id
    item.second_grade = grade.value
    item.agreed = grade.value == item.first_grade
    item.done_at = at
    events.record(
        session,
        actor,
        EventKind.UNIT_REGRADED_BLIND,
        "unit",
        str(unit.lpn),
        {"grade": grade.value, "first_grade": item.first_grade, "agreed": item.agreed},
        at=at,
    )
    return item.agreed


def agreement(session: Session, actor: Actor) -> Agreement:
    """How often a second, blind inspector gave the same grade: overall and per first inspector."""
    auth.require(actor, Role.SUPERVISOR, "read the inspectors' agreement figures")
    agreed = func.sum(case((BlindRegrade.agreed.is_(True), 1), else_=0))
    rows = session.execute(
        select(User.name, func.count(), agreed)
        .join(User, User.id == BlindRegrade.first_inspector_id)
        .where(BlindRegrade.status == "done")
        .group_by(User.name)
        .order_by(User.name)
    ).all()
    by = tuple(AgreementRow(name, int(n), int(a or 0)) for name, n, a in rows)
    pending = session.scalar(
        select(func.count()).select_from(BlindRegrade).where(BlindRegrade.status == "pending")
    )
    return Agreement(sum(r.regraded for r in by), sum(r.agreed for r in by), int(pending or 0), by)
