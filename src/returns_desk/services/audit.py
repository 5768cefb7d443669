"""The audit trail: every event for a unit, a return (with its units), a user or a station; exported to CSV so
that a spreadsheet opens it as text (cells that would start a formula are neutralised)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from returns_desk.domain.errors import NotFound, ValidationFailed
from returns_desk.domain.vocab import Role
from returns_desk.services import auth
from returns_desk.services.results import Actor
from returns_desk.store.models import Event, ExceptionCase, ReturnRequest, Station, Unit, User

SUBJECTS = ("unit", "return", "user", "station")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = ("when_utc", "event", "subject", "user", "badge", "station", "details", "event_uuid")


@dataclass(frozen=True, slots=True)
class AuditFilter:
    subject: str = "unit"  # unit / return / user / station
    key: str = ""  # LPN, RMA, badge or station name
    kind_prefix: str = ""  # "unit.", "exception.", …
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 5_000


@dataclass(frozen=True, slots=True)
class AuditRow:
    occurred_at: datetime
    kind: str
    subject: str
    user: str | None
    badge: str | None
    station: str | None
    payload: dict[str, Any]
    uuid: str

    def cells(self) -> list[str]:
        return [
            self.occurred_at.isoformat(timespec="seconds"),
            self.kind,
            self.subject,
            self.user or "",
            self.badge or "",
            self.station or "",
            json.dumps(self.payload, sort_keys=True, ensure_ascii=False),
            self.uuid,
        ]


def trail(session: Session, actor: Actor, f: AuditFilter) -> list[AuditRow]:
    """Events in time order (oldest first) for one subject."""
    auth.require(actor, Role.SUPERVISOR, "read the audit trail")
    if f.subject not in SUBJECTS:
        raise ValidationFailed(f"Audit subjects are {', '.join(SUBJECTS)}.")
    key = f.key.strip()
    if not key:
        raise ValidationFailed(f"Enter the {f.subject} to look up.")
    conditions: list[ColumnElement[bool]] = [_subject_condition(session, f.subject, key)]
    if f.kind_prefix:
        conditions.append(Event.kind.startswith(f.kind_prefix))
    if f.since is not None:
        conditions.append(Event.occurred_at >= f.since)
    if f.until is not None:
        conditions.append(Event.occurred_at < f.until)
    rows = session.execute(
        select(Event, User.name, User.badge, Station.name)
        .outerjoin(User, User.id == Event.user_id)
        .outerjoin(Station, Station.id == Event.station_id)
        .where(*conditions)
        .order_by(Event.occurred_at, Event.id)
        .limit(f.limit)
    )
    return [
        AuditRow(
            e.occurred_at,
            e.kind,
            f"{e.subject_type} {e.subject_id}",
            name,
            badge,
            station,
            dict(e.payload or {}),
            e.uuid,
        )
        for e, name, badge, station in rows
    ]


def _subject_condition(session: Session, subject: str, key: str) -> ColumnElement[bool]:
    if subject == "unit":
        lpn = key.upper()
        unit_id = session.scalar(select(Unit.id).where(Unit.lpn == lpn))
        if unit_id is None:
            raise NotFound(f"No unit with license plate {lpn}.")
        return _with_exceptions(
            session, [(Event.subject_type == "unit") & (Event.subject_id == lpn)], [unit_id], None
        )
    if subject == "return":
        rma = key.upper()
        request_id = session.scalar(select(ReturnRequest.id).where(ReturnRequest.rma_number == rma))
        if request_id is None:
            raise NotFound(f"No return request {rma}.")
        units = session.execute(select(Unit.id, Unit.lpn).where(Unit.return_request_id == request_id)).all()
        parts: list[ColumnElement[bool]] = [(Event.subject_type == "return") & (Event.subject_id == rma)]
        if units:
            parts.append((Event.subject_type == "unit") & Event.subject_id.in_([str(u.lpn) for u in units]))
        return _with_exceptions(session, parts, [u.id for u in units], request_id)
    if subject == "user":
        user_id = session.scalar(select(User.id).where(User.badge == key))
        if user_id is None:
            raise NotFound(f"No user with badge {key}.")
        return Event.user_id == user_id
    station_id = session.scalar(select(Station.id).where(Station.name == key))
    if station_id is None:
        raise NotFound(f"No station named {key}.")
    return Event.station_id == station_id


def _with_exceptions(
    session: Session, parts: list[ColumnElement[bool]], unit_ids: list[int], request_id: int | None
) -> ColumnElement[bool]:
    """Add the events of the exceptions opened about these units (or this request)."""
    owners: list[ColumnElement[bool]] = []
    if unit_ids:
        owners.append(ExceptionCase.unit_id.in_(unit_ids))
    if request_id is not None:
        owners.append(ExceptionCase.return_request_id == request_id)
    if owners:
        ids = [str(i) for i in session.scalars(select(ExceptionCase.id).where(or_(*owners)))]
        if ids:
            parts.append((Event.subject_type == "exception") & Event.subject_id.in_(ids))
    return or_(*parts)


def safe_cell(value: str) -> str:
    """A cell a spreadsheet will not run: text starting with = + - @ (or tab, CR) gets a leading apostrophe."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def write_csv(rows: Iterable[AuditRow], out: IO[str]) -> int:
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    n = 0
    for row in rows:
        writer.writerow([safe_cell(c) for c in row.cells()])
        n += 1
    return n


def export_csv(rows: Iterable[AuditRow], path: Path) -> int:
    """Write the rows to ``path`` (UTF-8 with BOM so Excel reads accents); the file appears whole or not at all."""
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as out:
        n = write_csv(rows, out)
    tmp.replace(path)
    return n
