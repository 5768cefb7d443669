"""What one batch of the set-wise replay writes, planned before anything is written: the groups applied, their
events and the exceptions they open, each in the order the services would write it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session

from returns_desk.domain.vocab import (
    EventKind,
    ExceptionKind,
    Grade,
    ReturnStatus,
)
from returns_desk.services import commands
from returns_desk.store.models import (
    ReturnRequest,
)
from returns_desk.sync.cache import table_of

SIMPLE_GRADES = frozenset({Grade.A, Grade.B, Grade.C, Grade.D})
# The order of what one command writes, as the services write it: a receipt's event, its units' events, then a
# late parcel's exception; a save's unit.inspected, the exceptions grading opens, unit.routed, the exceptions
# routing opens, and the return's completion.
LATE_STEP = 10_000
GRADE_CASE_STEP, ROUTED_STEP, ROUTE_CASE_STEP, FINISH_STEP = 10, 20, 30, 40
CHUNK = 900


@dataclass
class Case:
    """An exception the services would open, written with the batch (exceptions.open_case's row and event)."""

    cause: Any  # the outbox event whose user and station open it
    kind: ExceptionKind
    at: datetime
    request_id: int | None = None
    unit_id: int | None = None
    lpn: str | None = None
    description: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    key: tuple[int, int] = (0, 0)  # where the services would open it: (outbox group, step)


@dataclass
class Plan:
    """What a batch does on the server, built before anything is written."""

    done: set[int] = field(default_factory=set)  # indexes of the groups applied here
    # Each event with where the services would record it, (outbox group, step): the batch writes them, and the
    # exceptions, in that order, so that ids follow the station's order as they would one transaction at a time.
    events: list[tuple[tuple[int, int], dict[str, Any]]] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)


def move_requests(src: Session, status: ReturnStatus, stamp: str, rows: list[dict[str, Any]]) -> None:
    """Set requests' status and its time column, bumping their version, in one executemany ({rid, at} rows)."""
    requests_table = table_of(ReturnRequest)
    src.execute(
        update(requests_table)
        .where(requests_table.c.id == bindparam("rid"))
        .values({"status": status.value, stamp: bindparam("at"), "version": requests_table.c.version + 1}),
        rows,
    )


def chunks(items: Sequence[Any]) -> list[list[Any]]:
    ordered = list(items)
    return [ordered[i : i + CHUNK] for i in range(0, len(ordered), CHUNK)]


def event(
    e: Any,
    kind: EventKind,
    subject_type: str,
    subject_id: str,
    payload: dict[str, Any],
    at: datetime,
    event_uuid: str | None = None,
) -> dict[str, Any]:
    """An event of the outbox event ``e``'s transaction, by its user at its station."""
    return commands.event_row(e, kind, subject_type, subject_id, payload, at, event_uuid=event_uuid, tx=e.tx)
