"""Writing the audit trail: every change of state adds an event in the same transaction as the change."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from returns_desk.services.results import Actor
from returns_desk.store.models import Event


def now() -> datetime:
    return datetime.now(UTC)


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
