"""What goes on a unit's tag, and reserving license plates to pre-print.

Plates assigned at receiving come from the unit's row id (serials from 1). Pre-printed plates come from their own
range, from PREPRINT_FIRST_SERIAL up, counted in ``settings`` under a row lock, so the two can never collide.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from returns_desk.barcodes.labels import TagData
from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.scancodes import classify, lpn_for_serial
from returns_desk.domain.vocab import EventKind, Role, ScanKind, UnitStatus
from returns_desk.services import auth, events, shared
from returns_desk.services import policy as policy_service
from returns_desk.services.results import Actor
from returns_desk.store.models import DispositionRecord, Product, ReturnRequest, Setting, Station, Unit

PREPRINT_FIRST_SERIAL = 500_000_000
PREPRINT_KEY = "preprinted_lpn_next"
MAX_PLATES_AT_ONCE = 1_000


def tag_for(session: Session, lpn: str) -> TagData | None:
    """The tag of a unit we hold, or None when the plate is not on any unit (yet)."""
    row = session.execute(
        select(
            Unit.lpn,
            ReturnRequest.rma_number,
            Product.sku,
            Product.gtin,
            Unit.grade,
            Unit.disposition,
            Unit.destination,
            Unit.received_at,
            Station.name,
            Unit.status,
        )
        .join(ReturnRequest, ReturnRequest.id == Unit.return_request_id)
        .outerjoin(Product, Product.id == Unit.product_id)
        .outerjoin(Station, Station.id == Unit.station_id)
        .where(Unit.lpn == lpn)
    ).first()
    if row is None:
        return None
    decided = session.scalar(
        select(DispositionRecord.decided_at)
        .join(Unit, Unit.id == DispositionRecord.unit_id)
        .where(Unit.lpn == lpn)
        .order_by(DispositionRecord.id.desc())
        .limit(1)
    )
    return TagData(
        lpn=row.lpn,
        rma=row.rma_number,
        sku=row.sku or "",
        grade=row.grade or "",
        disposition=row.disposition or "",
        destination=row.destination or "",
        day=(decided or row.received_at).date(),
        station=row.name or "",
        gtin=row.gtin,
        on_hold=row.status == UnitStatus.AWAITING_APPROVAL.value,
    )


def check_plate(text: str) -> str:
    readings = classify(text)
    if readings[0].kind is not ScanKind.LPN:
        raise ValidationFailed(f"'{text}' is not a license plate (LP + 10 digits with a valid check digit).")
    return readings[0].normalized


def take_serials(session: Session, count: int) -> int:
    """Take ``count`` consecutive serials from the pre-print range under a row lock; returns the first."""
    # Two stations reserving at once for the very first time must not both create the counter.
    policy_service.create_setting_once(session, PREPRINT_KEY, PREPRINT_FIRST_SERIAL)
    row = session.scalar(select(Setting).where(Setting.key == PREPRINT_KEY).with_for_update())
    assert row is not None
    first = int(row.value)
    row.value = first + count
    row.updated_at = events.now()
    session.flush()
    return first


def reserve_plates(session: Session, actor: Actor, count: int) -> list[str]:
    """Take ``count`` fresh plate numbers from the pre-print range; an event records who took which."""
    auth.require(actor, Role.SUPERVISOR, "reserve license plates for pre-printing")
    shared.require_shared(session, "reserve license plates for pre-printing")
    if not 0 < count <= MAX_PLATES_AT_ONCE:
        raise ValidationFailed(f"Reserve between 1 and {MAX_PLATES_AT_ONCE} plates at a time.")
    first = take_serials(session, count)
    plates = [lpn_for_serial(serial) for serial in range(first, first + count)]
    session.flush()
    events.record(
        session, actor, EventKind.PLATES_RESERVED, "plates", f"{plates[0]}..{plates[-1]}", {"count": count}
    )
    return plates
