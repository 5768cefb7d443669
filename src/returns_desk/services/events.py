"""Writing the audit trail: every change of state adds an event in the same transaction as the change."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, event, insert, select
from sqlalchemy.orm import Session

from returns_desk.domain.vocab import EventKind
from returns_desk.services.results import Actor
from returns_desk.store.db import COMMIT_AFTER
from returns_desk.store.executor import REPLAY
from returns_desk.store.models import Event, Station, User

TOUCHED = "returns_desk_touched"  # session.info key: the (subject_type, subject_id) this transaction changed
KINDS = "returns_desk_kinds"  # session.info key: the event kinds this transaction recorded
# session.info key: {(subject_type, subject_id): return request id} for subjects whose request the writer knew
REQUEST_OF = "returns_desk_request_of"


@dataclass
class _Replay:
    """While an offline station's transaction is replayed: the command events keep their uuid and time."""

    keep: dict[str, list[tuple[str, datetime]]] = field(
        default_factory=dict
    )  # kind -> [(uuid, at)], in order
    tx: str | None = None


_replaying: ContextVar[_Replay | None] = REPLAY  # store.executor chooses the general way while it is set


@contextmanager
def replaying(commands: list[tuple[str, str, datetime]], tx: str | None) -> Iterator[None]:
    """Within this block, the n-th event of each kind in ``commands`` ((kind, uuid, at)) gets that uuid and time,
    so a replayed command is recorded on the server under the uuid the station gave it: replays are idempotent."""
    state = _Replay(tx=tx)
    for kind, event_uuid, at in commands:
        state.keep.setdefault(kind, []).append((event_uuid, at))
    token = _replaying.set(state)
    try:
        yield
    finally:
        _replaying.reset(token)


def now() -> datetime:
    return datetime.now(UTC)


def who_did(session: Session, subject_type: str, subject_id: str, kinds: tuple[EventKind, ...]) -> str:
    """'Sam Okafor at DOCK-2, 14:03 UTC' for the last such event on the subject, or '' when there is none."""
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
    kind: EventKind,
    subject_type: str,
    subject_id: str,
    payload: dict[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> str:
    """Add one immutable event row; returns its uuid (the key that makes replays idempotent)."""
    row = new_row(session, actor, kind, subject_type, subject_id, payload, at=at)
    note(session, kind, subject_type, subject_id)
    # Kept until the commit, then written in one statement with the transaction's other events (_write_events).
    session.info.setdefault(PENDING, []).append(row)
    return str(row["uuid"])


def new_row(
    session: Session,
    actor: Actor | None,
    kind: EventKind,
    subject_type: str,
    subject_id: str,
    payload: dict[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> dict[str, Any]:
    """The events row ``record`` would add (its uuid, time and the transaction's id), for a caller that writes it
    itself in a statement of its own (enter_pg); that caller also calls ``note``."""
    event_uuid = str(uuid.uuid4())
    replay = _replaying.get()
    tx = session.info.get("returns_desk_tx")
    if tx is None:
        tx = session.info["returns_desk_tx"] = (replay.tx if replay and replay.tx else None) or str(
            uuid.uuid4()
        )
    if replay is not None and replay.keep.get(kind):
        event_uuid, at = replay.keep[kind].pop(0)
    return {
        "uuid": event_uuid,
        "occurred_at": at or now(),
        "station_id": actor.station_id if actor else None,
        "user_id": actor.user_id if actor else None,
        "kind": kind,
        "subject_type": subject_type,
        "subject_id": subject_id,
        "payload": payload or {},
        "tx": tx,
    }


def note(session: Session, kind: EventKind, subject_type: str, subject_id: str) -> None:
    """What this transaction changed, for the station's cache (sync.SyncedStore): every event is noted."""
    session.info.setdefault(TOUCHED, set()).add((subject_type, subject_id))
    session.info.setdefault(KINDS, set()).add(kind)


def of_request(session: Session, request_id: int, subjects: Iterable[tuple[str, str]]) -> None:
    """These subjects (noted as changed) belong to this return request: the station's cache copies the request
    without asking the server which one they belong to (sync.SyncedStore.after_write)."""
    known = session.info.setdefault(REQUEST_OF, {})
    for subject in subjects:
        known[subject] = request_id


PENDING = "returns_desk_pending_events"
EVENTS = cast(Table, Event.__table__)
ID_ALLOCATOR = "returns_desk_id_allocator"  # set on a station cache's sessions: ids for rows it creates


def _write_events(session: Session) -> None:
    """Before a commit: the transaction's events, in the order recorded, as one multi-row insert -- the
    transaction's last statement, so on a PostgreSQL write connection COMMIT goes with it in one round trip
    (store.db COMMIT_AFTER); what the ORM still holds is flushed first."""
    rows = session.info.pop(PENDING, None)
    if not rows:
        return
    session.flush()
    allocate = session.info.get(ID_ALLOCATOR)
    if allocate is not None:
        for row in rows:
            row["id"] = allocate(session, Event.__table__)
    last = {} if session.in_nested_transaction() else {COMMIT_AFTER: True}
    session.connection().execute(_inserts(EVENTS)[0], rows, execution_options=last)


_INSERTS: dict[str, tuple[Any, Any]] = {}


def _inserts(table: Table) -> tuple[Any, Any]:
    """A table's insert statements, built once (plain, and returning the new id)."""
    found = _INSERTS.get(table.name)
    if found is None:
        found = _INSERTS[table.name] = (insert(table), insert(table).returning(table.c.id))
    return found


def insert_row(session: Session, model: Any, values: dict[str, Any], *, want_id: bool = False) -> int | None:
    """Insert one row now, without the ORM's unit of work (the hot path at the station). On a station's cache the
    id comes from its local range, as for every row it creates."""
    table = model.__table__
    allocate = session.info.get(ID_ALLOCATOR)
    if allocate is not None:
        values = {**values, "id": allocate(session, table)}
    # Straight to the connection: Core, not the ORM's bulk machinery (a few hundred microseconds a row).
    connection = session.connection()
    plain, returning = _inserts(table)
    if not want_id or "id" in values:
        connection.execute(plain, values)
        return int(values["id"]) if "id" in values else None
    return int(connection.execute(returning, values).scalar_one())


def _forget_events(session: Session, *_args: object) -> None:
    session.info.pop(PENDING, None)


event.listen(Session, "before_commit", _write_events)
event.listen(Session, "after_rollback", _forget_events)
