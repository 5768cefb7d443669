"""Work that only the shared database can take.

An offline station runs the station's own work (receiving, grading, routing, unexpected parcels) against its
cache and replays it later. Supervisor and admin changes are not replayed, so on a station cache they are refused
with a message instead of being kept somewhere nobody will send them from.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from returns_desk.domain.errors import ValidationFailed
from returns_desk.services import policy as policy_service

CACHE_MARK = "offline_cache"  # settings key present only in a station's cache (the sync package keeps it)


def is_station_cache(session: Session) -> bool:
    return policy_service.setting(session, CACHE_MARK) is not None


def require_shared(session: Session, what: str) -> None:
    if is_station_cache(session):
        raise ValidationFailed(
            f"The shared database is offline, and it is needed to {what}: try again when it is back. "
            "Receiving, grading and routing go on meanwhile."
        )
