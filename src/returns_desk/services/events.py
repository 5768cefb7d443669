"""Writing the audit trail: every change of state adds an event in the same transaction as the change."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from returns_desk.services.results import Actor
from returns_desk.store.models import Event


def now() -> datetime:
    return datetime.now(UTC)


def who_did(session: Session, subject_type: str, subject_id: str, kinds: tuple[str, ...]) -> str:
    """'Sam Okafor at DOCK-2, 14:03 UTC' for the last such event on the subject, or '' when there is none."""
    from returns_desk.store.models import Station, User

    row = session.execute(
        select(User.name, Station.name, Event.occurred_at)
        .select_from(Event)
        .outerjoin(User, User.id == Event.user_id)
        .outerjoin(Station, Station.id == Event.station_id)
        .where(Event.subject_type == subject_type, Event.subject_id == subject_id, Event.kind.in_(kinds))
        .order_by(Event.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return ""
    name, station, at = row
    return f"{name or 'someone'} at {station or 'another station'}, {at:%H:%M} UTC"


def record(
    session: Session,
    actor: Actor | None,
    kind: str,
    subject_type: str,
    subject_id: str,
    payload: dict[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> str:
    """Add one immutable event row; returns its uuid (the key that makes replays idempotent)."""
    event_uuid = str(uuid.uuid4())
    session.add(
        Event(
            uuid=event_uuid,
            occurred_at=at or now(),
            station_id=actor.station_id if actor else None,
            user_id=actor.user_id if actor else None,
            kind=kind,
            subject_type=subject_type,
            subject_id=subject_id,
            payload=payload or {},
        )
    )
    return event_uuid
