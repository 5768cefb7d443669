"""The outbox replayed on the server, one transaction at a time through the real services; a refusal becomes a
``sync_conflict`` exception for the supervisors, and nothing is overwritten."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from returns_desk.domain.errors import ReturnsDeskError
from returns_desk.domain.vocab import (
    COMMAND_KINDS,
    Discrepancy,
    Disposition,
    EventKind,
    ExceptionKind,
    Fault,
    Grade,
    Role,
)
from returns_desk.services import (
    events,
    exceptions,
    inspection,
    receiving,
    station,
)
from returns_desk.services import policy as policy_service
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import (
    Event,
    ReturnRequest,
    Station,
    Unit,
    User,
)
from returns_desk.sync import bulk_replay
from returns_desk.sync.cache import text_chunks
from returns_desk.sync.status import (
    CONNECTION_ERRORS,
    LOCAL_ID_FLOOR,
    STATE_KEY,
    ReplayReport,
    SyncError,
    state,
)

log = logging.getLogger(__name__)

REPLAY_BATCH = 500  # outbox transactions per server transaction in the batch path (sync/bulk_replay.py)


# --- replay ------------------------------------------------------------------------------------------------
def _actor(src: Session, user_id: int | None, station_id: int | None) -> Actor:
    user = src.get(User, user_id) if user_id is not None else None
    if user is None:
        raise SyncError(f"User {user_id} is not on the server.")
    where = src.get(Station, station_id) if station_id is not None else None
    return Actor(
        user.id,
        user.name,
        user.badge,
        Role(user.role),
        where.id if where else None,
        where.name if where else None,
    )


def _apply(src: Session, actor: Actor, e: Event, group: list[Event]) -> None:
    p = e.payload or {}
    if e.kind == EventKind.USER_LOGGED_IN:
        events.record(src, actor, EventKind.USER_LOGGED_IN, e.subject_type, e.subject_id, p)
    elif e.kind == EventKind.RETURN_RECEIVED:
        receiving.receive_parcel(src, actor, e.subject_id, lpns=list(p.get("units") or ()))
    elif e.kind == EventKind.UNIT_INSPECTED:
        inspection.record_inspection(
            src,
            actor,
            e.subject_id,
            Grade(p["grade"]),
            Fault(p.get("fault", "unknown")),
            p.get("notes"),
            checklist=p.get("checklist"),
            discrepancies=[
                Discrepancy(d) for d in p.get("discrepancies", ()) if d in Discrepancy._value2member_map_
            ],
            photos=list(p.get("photos") or ()),
        )
    elif e.kind == EventKind.UNIT_ROUTED:
        # The station's choice stands; route_unit keeps the reason only if it differs from the server's proposal
        # (rules published while the station was offline).
        reason = p.get("override_reason") or "routed offline under the rules the station had then"
        inspection.route_unit(src, actor, e.subject_id, Disposition(p["chosen"]), reason)
    elif e.kind == EventKind.EXCEPTION_OPENED and p.get("kind") == ExceptionKind.UNEXPECTED_PARCEL.value:
        details = p.get("details") or {}
        station.file_unexpected_parcel(
            src,
            actor,
            p.get("scanned") or "",
            p.get("description") or "",
            list(details.get("items") or ()),
            list(details.get("photos") or ()),
            rma=details.get("rma"),
        )


def _is_command(e: Event) -> bool:
    if e.kind not in COMMAND_KINDS:
        return False
    return (
        e.kind != EventKind.EXCEPTION_OPENED
        or (e.payload or {}).get("kind") == ExceptionKind.UNEXPECTED_PARCEL.value
    )


def replay(
    server: Database,
    cache: Database,
    *,
    batch: int = REPLAY_BATCH,
    batches: int | None = None,
) -> ReplayReport:
    """Send the outbox to the server, oldest transaction first, ``batch`` outbox transactions per server
    transaction; with ``batches``, that many server transactions at most (a station coming back online sends one
    per maintain: SyncedStore). Stops early if the server goes away again."""
    started = time.perf_counter()
    applied = skipped = conflicts = 0
    with unit_of_work(cache.readers) as local:
        replayed = int(state(local).get("replayed_id", 0))
        outbox = list(
            local.scalars(
                select(Event).where(Event.id > replayed, Event.id >= LOCAL_ID_FLOOR).order_by(Event.id)
            )
        )
    groups: list[list[Event]] = []
    for e in outbox:
        if groups and e.tx is not None and groups[-1][0].tx == e.tx:
            groups[-1].append(e)
        else:
            groups.append([e])
    done = 0
    for start in range(0, len(groups), batch)[:batches]:
        chunk = groups[start : start + batch]
        commands = [[e for e in g if _is_command(e)] for g in chunk]
        uuids = [e.uuid for c in commands for e in c]
        with unit_of_work(server.readers) as src:
            known = {
                u
                for part in text_chunks(set(uuids))
                for u in src.scalars(select(Event.uuid).where(Event.uuid.in_(part)))
            }
        fresh = [j for j, c in enumerate(commands) if c and not any(e.uuid in known for e in c)]
        skipped += sum(1 for c in commands if c and any(e.uuid in known for e in c))
        in_bulk: set[int] = set()
        try:
            with replay_transaction(server) as src:
                in_bulk = {fresh[k] for k in bulk_replay.apply(src, [commands[j] for j in fresh])}
        except CONNECTION_ERRORS:
            raise
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise
            log.warning("batch replay refused, replaying one transaction at a time: %s", exc)
            in_bulk = set()
        except ReturnsDeskError as exc:
            log.warning("batch replay refused, replaying one transaction at a time: %s", exc)
            in_bulk = set()
        applied += len(in_bulk)
        refused = 0
        for j in fresh:
            if j in in_bulk:
                continue
            outcome = _replay_group(server, chunk[j], commands[j])
            applied += outcome == "applied"
            refused += outcome == "conflict"
        conflicts += refused
        done += len(chunk)
        with unit_of_work(cache.sessions) as local:
            st = state(local)
            st["replayed_id"] = chunk[-1][-1].id
            st["conflicts"] = int(st.get("conflicts", 0)) + refused
            policy_service.put_setting(local, STATE_KEY, st)
    remaining = sum(1 for g in groups[done:] for e in g if _is_command(e))
    return ReplayReport(applied, skipped, conflicts, remaining, time.perf_counter() - started)


@contextmanager
def replay_transaction(server: Database) -> Iterator[Session]:
    """A server transaction that replays an offline station's work. The server accepts it from a user or station
    deactivated since (migration 0006): the work was done on the dock while they were in standing, and refusing it
    would lose it."""
    with unit_of_work(server.sessions) as src:
        if src.get_bind().dialect.name == "postgresql":
            src.execute(text("SELECT set_config('returns_desk.replaying', 'on', true)"))
        yield src


def _replay_group(server: Database, group: list[Event], commands: list[Event]) -> str:
    """One outbox transaction through the services (replay has checked that the server does not hold it yet)."""
    first = commands[0]
    try:
        with replay_transaction(server) as src:
            actor = _actor(src, first.user_id, first.station_id)
            with events.replaying([(e.kind, e.uuid, e.occurred_at) for e in commands], group[0].tx):
                for e in commands:
                    _apply(src, actor, e, group)
        return "applied"
    except CONNECTION_ERRORS:
        raise
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise
        log.warning("replay refused by the database: %s", exc)
        error = f"the database refused it: {exc.orig}"
    except ReturnsDeskError as exc:
        error = str(exc)
    _conflict(server, group, commands, error)
    return "conflict"


def _conflict(server: Database, group: list[Event], commands: list[Event], error: str) -> None:
    """What the station did offline, and why the server refused it, for a supervisor. Recorded under the first
    command's uuid, so a second replay finds it and does not open the conflict twice."""
    first = commands[0]
    with replay_transaction(server) as src:
        actor = _actor(src, first.user_id, first.station_id)
        unit = (
            src.scalar(select(Unit).where(Unit.lpn == first.subject_id))
            if first.subject_type == "unit"
            else None
        )
        request_id = (
            src.scalar(select(ReturnRequest.id).where(ReturnRequest.rma_number == first.subject_id))
            if first.subject_type == "return"
            else None
        )
        with events.replaying([(EventKind.EXCEPTION_OPENED, first.uuid, first.occurred_at)], group[0].tx):
            exceptions.open_case(
                src,
                actor,
                ExceptionKind.SYNC_CONFLICT,
                unit=unit,
                request_id=request_id,
                description=f"Done at {actor.station_name or 'a station'} while offline; refused on return: {error}",
                details={
                    "error": error,
                    "station": actor.station_name,
                    "commands": [
                        {
                            "uuid": e.uuid,
                            "kind": e.kind,
                            "subject": f"{e.subject_type} {e.subject_id}",
                            "at": e.occurred_at.isoformat(),
                            "payload": e.payload,
                        }
                        for e in commands
                    ],
                },
            )
