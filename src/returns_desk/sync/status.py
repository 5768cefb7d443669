"""What a station's offline copy holds and how far its outbox has gone: the status the banner and the
supervisors' station list show."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from returns_desk.domain.errors import ReturnsDeskError
from returns_desk.domain.vocab import COMMAND_KINDS
from returns_desk.services import (
    events,
    shared,
)
from returns_desk.store import migrate
from returns_desk.store.database import Database, DatabaseUnavailable
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import (
    Event,
    Setting,
    Station,
    StationStatus,
)

log = logging.getLogger(__name__)

STATE_KEY = shared.CACHE_MARK
LOCAL_ID_FLOOR = 1 << 50
REFRESH_S = 30.0  # a station refreshes its copy, and reports how it is doing, about this often
CONNECTION_ERRORS = (OperationalError, DatabaseUnavailable)


class SyncError(ReturnsDeskError):
    pass


@dataclass(frozen=True, slots=True)
class SyncStatus:
    online: bool
    pending: int  # command events waiting in the outbox
    conflicts: int  # replays the server refused, now exceptions
    last_sync: datetime | None

    def banner(self) -> str:
        if self.online:
            return ""
        waiting = (
            f"{self.pending} event{'s' if self.pending != 1 else ''} wait{'s' if self.pending == 1 else ''}"
        )
        return f"Offline — working from this station's copy; {waiting} to be sent when the database is back."


@dataclass(frozen=True, slots=True)
class ReplayReport:
    applied: int = 0  # transactions replayed
    skipped: int = 0  # already on the server (an earlier replay got that far)
    conflicts: int = 0
    remaining: int = 0
    seconds: float = 0.0


# --- cache state --------------------------------------------------------------------------------------------
def state(session: Session) -> dict[str, Any]:
    row = session.get(Setting, STATE_KEY)
    return dict(row.value) if row is not None else {}


def pending(session: Session) -> int:
    """Command events in the outbox not yet replayed on the server."""
    replayed = int(state(session).get("replayed_id", 0))
    return int(
        session.scalar(
            select(func.count())
            .select_from(Event)
            .where(Event.id > replayed, Event.id >= LOCAL_ID_FLOOR, Event.kind.in_(COMMAND_KINDS))
        )
        or 0
    )


def status(cache_session: Session, online: bool) -> SyncStatus:
    st = state(cache_session)
    last = st.get("last_sync")
    return SyncStatus(
        online,
        pending(cache_session),
        int(st.get("conflicts", 0)),
        datetime.fromisoformat(last) if last else None,
    )


def report_status(server: Database, station_name: str, current: SyncStatus) -> None:
    """Tell the server (and so the supervisors) how this station is doing."""
    with unit_of_work(server.sessions) as src:
        station_id = src.scalar(select(Station.id).where(Station.name == station_name))
        if station_id is None:
            return
        row = src.get(StationStatus, station_id)
        if row is None:
            row = StationStatus(station_id=station_id)
            src.add(row)
        row.online = current.online
        row.pending = current.pending
        row.conflicts = current.conflicts
        row.last_sync = current.last_sync
        row.updated_at = events.now()
        row.schema = migrate.head_revision()


@dataclass(frozen=True, slots=True)
class StationRow:
    station: str
    online: bool
    pending: int
    conflicts: int
    last_sync: datetime | None
    updated_at: datetime
    schema: str

    def quiet(self, now: datetime) -> bool:
        """Not heard from for two refresh periods: probably offline, though it cannot say so."""
        return (now - self.updated_at).total_seconds() > 2 * REFRESH_S

    def state(self, now: datetime) -> str:
        return "not heard from" if self.quiet(now) else "online" if self.online else "offline"

    def needs_a_look(self, now: datetime) -> bool:
        return self.quiet(now) or not self.online


def station_statuses(session: Session) -> list[StationRow]:
    rows = session.execute(select(StationStatus, Station.name).join(Station).order_by(Station.name))
    return [
        StationRow(name, s.online, s.pending, s.conflicts, s.last_sync, s.updated_at, s.schema)
        for s, name in rows
    ]
