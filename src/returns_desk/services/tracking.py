"""Return parcels on their way back: carrier tracking events imported and attached to requests, the inbound
pipeline, stalled parcels as exception cases, and the dock's forecast.

Events come in a tracking aggregator's shape (``platforms/tracking.toml``: AfterShip Tracking's webhook, its export,
or a CSV with a row per checkpoint). Each checkpoint's status becomes a stage of ours:

  moving      pickup_scheduled, in_transit, out_for_delivery, delivered (to the warehouse)
  exceptions  pickup_failed (a failed attempt or an exception before the carrier ever had the parcel),
              returned_to_sender, exception (anything else that went wrong)

A tracking number no request of ours has (an outgoing parcel, say) is counted and left: that is not an error. A
checkpoint imported twice is kept once. Each parcel remembers the stage of its latest checkpoint, and each change
of stage is a ``parcel.stage_changed`` event of its request (so a webhook can tell the shop).

A parcel is *stalled* when its request still waits for it and it is in an exception stage, or has had no new
checkpoint for ``parcel_stalled_days`` (setting, default 5) before being delivered. ``sweep`` opens a
``parcel_trouble`` exception case for each (one open case per request), with that kind's SLA.

The forecast: parcels (and units) expected at the dock today and tomorrow, by zone. A parcel's day is the carrier's
expected delivery day when it gave one; else delivered and out for delivery mean today, in transit two days after
its last scan, pickup scheduled three. Its zone is the one its carrier is received at (setting ``carrier_zones``,
e.g. ``{"ups": "Dock A"}``; other carriers: ``Receiving``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.scancodes import normalize_tracking
from returns_desk.domain.vocab import EventKind, ExceptionKind, ReturnStatus, Role
from returns_desk.services import auth, events, exceptions, policy, shared
from returns_desk.services.import_checks import CHUNK, time_of
from returns_desk.services.import_rows import (
    ImportRejected,
    Row,
    RowError,
    load_json,
    not_scalar,
    read_rows,
    text_of,
)
from returns_desk.services.results import Actor
from returns_desk.store.models import (
    Customer,
    ExceptionCase,
    ReturnLine,
    ReturnRequest,
    TrackingEvent,
    TrackingNumber,
)

MOVING = ("pickup_scheduled", "in_transit", "out_for_delivery", "delivered")
TROUBLE = ("pickup_failed", "returned_to_sender", "exception")
STAGES = (*MOVING, *TROUBLE)
NO_SCANS = "no_scans"  # a parcel of an open request that no checkpoint has named yet
STALLED_KEY = "parcel_stalled_days"
DEFAULT_STALLED_DAYS = 5
ZONES_KEY = "carrier_zones"
DEFAULT_ZONE = "Receiving"
DAYS_TO_DOCK = {"delivered": 0, "out_for_delivery": 0, "in_transit": 2, "pickup_scheduled": 3}
OPEN = (ReturnStatus.REQUESTED.value, ReturnStatus.APPROVED.value)
BATCH = 2_000
MAX_ERRORS = 1_000


@dataclass(frozen=True, slots=True)
class Feed:
    name: str
    csv: dict[str, str]
    stage: dict[str, str]
    subtag: dict[str, str]
    message: dict[str, str]


def feed() -> Feed:
    text = resources.files("returns_desk.services.platforms").joinpath("tracking.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return Feed(
        data["name"], dict(data["csv"]), dict(data["stage"]), dict(data["subtag"]), dict(data["message"])
    )


def stage_of(f: Feed, tag: str, subtag: str, message: str) -> str | None:
    said = message.lower()
    for words, stage in f.message.items():
        if words in said:
            return stage
    return f.subtag.get(subtag) or f.stage.get(tag)


# --- reading a file ---
def rows(path: Path, f: Feed) -> Iterator[Row]:
    if path.suffix.lower() == ".json":
        yield from _json(load_json(path))
        return
    names = {column: ours for ours, column in f.csv.items()}
    required = (f.csv["tracking_number"], f.csv["tag"], f.csv["time"])
    for row in read_rows(path, required=required):
        row.source = row.raw
        row.raw = {names.get(k, k): v for k, v in row.raw.items()}
        yield row


def _trackings(data: Any) -> list[Any] | None:
    if isinstance(data, dict) and isinstance(data.get("msg"), dict):
        return [data["msg"]]  # one webhook
    if isinstance(data, dict) and isinstance(data.get("data"), dict):
        inner = data["data"]
        if isinstance(inner.get("trackings"), list):
            return list(inner["trackings"])
        if isinstance(inner.get("tracking"), dict):
            return [inner["tracking"]]
    if isinstance(data, list):
        return [d["msg"] if isinstance(d, dict) and isinstance(d.get("msg"), dict) else d for d in data]
    return None


def _json(data: Any) -> Iterator[Row]:
    trackings = _trackings(data)
    if trackings is None:
        yield Row(
            "1", {"__error__": 'expected a tracking webhook, a list of them, or {"data": {"trackings": []}}'}
        )
        return
    for i, tracking in enumerate(trackings, start=1):
        if not isinstance(tracking, dict):
            yield Row(str(i), {"__error__": "each tracking must be an object"})
            continue
        checkpoints = tracking.get("checkpoints")
        if not isinstance(checkpoints, list):
            yield Row(str(i), {"__error__": "a tracking needs a 'checkpoints' list"})
            continue
        head = {
            "tracking_number": tracking.get("tracking_number"),
            "carrier": tracking.get("slug"),
            "expected_delivery": tracking.get("expected_delivery"),
        }
        for j, point in enumerate(checkpoints, start=1):
            if not isinstance(point, dict):
                yield Row(f"{i}.{j}", {"__error__": "a checkpoint must be an object"})
                continue
            raw = {
                **head,
                "tag": point.get("tag"),
                "subtag": point.get("subtag"),
                "time": point.get("checkpoint_time"),
                "location": point.get("location"),
                "message": point.get("message"),
            }
            yield Row(f"{i}.{j}", raw, source=dict(raw))


@dataclass(slots=True)
class TrackingReport:
    file: str
    checkpoints: int = 0  # new ones kept
    repeated: int = 0  # already known
    parcels: int = 0  # parcels of ours that had news
    moved: int = 0  # parcels whose stage changed
    not_ours: int = 0  # checkpoints of tracking numbers no request has
    cases: int = 0  # exception cases opened for stalled parcels
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0


def _check(f: Feed, file: str, row: Row) -> list[RowError]:
    errors: list[RowError] = []

    def bad(name: str, message: str) -> None:
        errors.append(RowError(file, row.line, f.csv.get(name, name), message))

    raw = row.raw
    if "__error__" in raw:
        bad("record", raw["__error__"])
        return errors
    for name in not_scalar(raw):
        bad(name, "must be text or a number, not a list or an object")
    v = row.values
    number = text_of(raw.get("tracking_number"))
    if not number:
        bad("tracking_number", "required, but empty")
    v["tracking_number"] = normalize_tracking(number) if number else ""
    v["tag"], v["subtag"] = text_of(raw.get("tag"))[:40], text_of(raw.get("subtag"))[:40]
    v["message"] = text_of(raw.get("message"))[:4_000] or None
    v["location"] = text_of(raw.get("location"))[:200] or None
    v["stage"] = stage_of(f, v["tag"], v["subtag"], v["message"] or "")
    if v["stage"] is None:
        bad("tag", f"'{v['tag'][:40]}' is not a {f.name} status this app knows ({', '.join(f.stage)})")
    v["time"] = time_of(raw, "time", bad)
    if v["time"] is None and not errors:
        bad("time", "required, but empty")
    expected = time_of(raw, "expected_delivery", bad)
    v["expected_on"] = expected.date() if expected else None
    return errors


def import_tracking(
    session: Session, actor: Actor, path: Path, *, now: datetime | None = None, open_cases: bool = True
) -> TrackingReport:
    """Import a tracking file in the caller's transaction: every good checkpoint is kept, a bad one is reported
    (``ImportRejected`` when any is bad: the caller rolls back). Then, unless told not to, the stalled parcels
    get their cases (``sweep``)."""
    auth.require(actor, Role.SUPERVISOR, "import carrier tracking")
    shared.require_shared(session, "import carrier tracking")
    f = feed()
    report = TrackingReport(path.name)
    batch: list[Row] = []
    seen_any = False
    for row in rows(path, f):
        seen_any = True
        problems = _check(f, path.name, row)
        if problems:
            report.error_count += len(problems)
            report.errors += problems[: max(0, MAX_ERRORS - len(report.errors))]
            continue
        batch.append(row)
        if len(batch) >= BATCH:
            _write(session, actor, batch, report)
            batch = []
    if batch:
        _write(session, actor, batch, report)
    if not seen_any:
        raise ImportRejected([RowError(path.name, "1", "file", "no checkpoints to import")])
    if report.error_count:
        raise ImportRejected(report.errors, total=report.error_count)
    if open_cases:
        report.cases = sweep(session, actor, now=now)
    return report


def _write(session: Session, actor: Actor, batch: list[Row], report: TrackingReport) -> None:
    numbers = sorted({r.values["tracking_number"] for r in batch})
    parcels: dict[str, TrackingNumber] = {}
    for i in range(0, len(numbers), CHUNK):
        for held_tn in session.scalars(
            select(TrackingNumber).where(TrackingNumber.tracking_number.in_(numbers[i : i + CHUNK]))
        ):
            parcels[held_tn.tracking_number] = held_tn
    at = events.now()
    values = []
    expected: dict[int, date] = {}
    for row in batch:
        v = row.values
        tn = parcels.get(v["tracking_number"])
        if tn is None:
            report.not_ours += 1
            continue
        values.append(
            {
                "tracking_number_id": tn.id,
                "stage": v["stage"],
                "tag": v["tag"],
                "subtag": v["subtag"],
                "occurred_at": v["time"],
                "location": v["location"],
                "message": v["message"],
                "imported_at": at,
            }
        )
        if v["expected_on"] is not None:
            expected[tn.id] = v["expected_on"]
    if not values:
        return
    ids = sorted({x["tracking_number_id"] for x in values})

    def held() -> int:
        return int(
            session.scalar(
                select(func.count())
                .select_from(TrackingEvent)
                .where(TrackingEvent.tracking_number_id.in_(ids))
            )
            or 0
        )

    before = held()
    dialect_insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else pg_insert
    # A checkpoint imported before (the same parcel, time, status) is kept once.
    session.execute(dialect_insert(TrackingEvent).on_conflict_do_nothing(), values)
    added = held() - before
    report.checkpoints += added
    report.repeated += len(values) - added
    touched = {p.id: p for p in parcels.values() if p.id in set(ids)}
    report.parcels += len(touched)
    _restage(session, actor, touched, expected, report)


def _restage(
    session: Session,
    actor: Actor,
    parcels: Mapping[int, TrackingNumber],
    expected: Mapping[int, date],
    report: TrackingReport,
) -> None:
    """Each parcel's stage from all its checkpoints: the latest one's, except that trouble before the carrier
    ever had the parcel is a failed pickup."""
    history: dict[int, list[tuple[datetime, str]]] = {}
    ids = sorted(parcels)
    for i in range(0, len(ids), CHUNK):
        for tid, at, stage in session.execute(
            select(TrackingEvent.tracking_number_id, TrackingEvent.occurred_at, TrackingEvent.stage)
            .where(TrackingEvent.tracking_number_id.in_(ids[i : i + CHUNK]))
            .order_by(TrackingEvent.occurred_at, TrackingEvent.id)
        ):
            history.setdefault(tid, []).append((at, stage))
    rmas = dict(
        session.execute(
            select(TrackingNumber.id, ReturnRequest.rma_number)
            .join(ReturnRequest, ReturnRequest.id == TrackingNumber.return_request_id)
            .where(TrackingNumber.id.in_(ids))
        ).all()
    )
    for tid, parcel in parcels.items():
        seen = history.get(tid, [])
        if not seen:
            continue
        at, stage = seen[-1]
        carried = any(s in ("in_transit", "out_for_delivery", "delivered") for _, s in seen)
        if stage == "exception" and not carried:
            stage = "pickup_failed"
        was = parcel.stage
        parcel.expected_on = expected.get(tid, parcel.expected_on)
        if (was, parcel.stage_at) == (stage, at):
            continue
        parcel.stage, parcel.stage_at = stage, at
        if was != stage:
            report.moved += 1
            events.record(
                session,
                actor,
                EventKind.PARCEL_STAGE_CHANGED,
                "return",
                rmas[tid],
                {"tracking_number": parcel.tracking_number, "from": was, "to": stage, "at": at.isoformat()},
            )
    session.flush()


# --- stalled parcels become exception cases ---
def stalled_days(session: Session) -> int:
    value = policy.setting(session, STALLED_KEY)
    return int(value) if value else DEFAULT_STALLED_DAYS


def set_stalled_days(session: Session, actor: Actor, days: int) -> None:
    auth.require(actor, Role.SUPERVISOR, "change when a parcel counts as stalled")
    if not 1 <= days <= 60:
        raise ValidationFailed("A parcel is stalled after 1 to 60 days without a scan.")
    before = stalled_days(session)
    policy.put_setting(session, STALLED_KEY, days)
    events.record(
        session,
        actor,
        EventKind.SETTINGS_PARCEL_STALLED,
        "settings",
        STALLED_KEY,
        {"before": before, "after": days},
    )


@dataclass(frozen=True, slots=True)
class Parcel:
    rma: str
    tracking_number: str
    carrier: str
    stage: str  # a stage, or NO_SCANS
    since: datetime | None
    expected_on: date | None
    customer: str
    units: int
    stalled: bool
    why: str  # for a stalled one: what is wrong


def _why(stage: str | None, since: datetime | None, now: datetime, days: int) -> str:
    if stage in TROUBLE:
        return {
            "pickup_failed": "the carrier could not pick it up",
            "returned_to_sender": "the carrier is sending it back to the customer",
            "exception": "the carrier reports a problem",
        }[stage]
    if stage in MOVING and stage != "delivered" and since is not None and since < now - timedelta(days=days):
        return f"no scan for {(now - since).days} days"
    return ""


def parcels(
    session: Session, *, now: datetime | None = None, stage: str | None = None, limit: int = 500
) -> list[Parcel]:
    """The parcels of requests still waiting for theirs, newest scan first (``stage``: one stage, NO_SCANS, or
    "stalled")."""
    now = now or events.now()
    days = stalled_days(session)
    units = (
        select(ReturnLine.return_request_id, func.sum(ReturnLine.quantity_expected).label("units"))
        .group_by(ReturnLine.return_request_id)
        .subquery()
    )
    query = (
        select(
            ReturnRequest.rma_number,
            TrackingNumber.tracking_number,
            TrackingNumber.carrier,
            TrackingNumber.stage,
            TrackingNumber.stage_at,
            TrackingNumber.expected_on,
            Customer.name,
            units.c.units,
        )
        .join(ReturnRequest, ReturnRequest.id == TrackingNumber.return_request_id)
        .join(Customer, Customer.id == ReturnRequest.customer_id)
        .outerjoin(units, units.c.return_request_id == ReturnRequest.id)
        .where(ReturnRequest.status.in_(OPEN))
    )
    if stage == NO_SCANS:
        query = query.where(TrackingNumber.stage.is_(None))
    elif stage == "stalled":
        cutoff = now - timedelta(days=days)
        query = query.where(
            TrackingNumber.stage.in_(TROUBLE)
            | (TrackingNumber.stage.in_(MOVING[:-1]) & (TrackingNumber.stage_at < cutoff))
        )
    elif stage is not None:
        query = query.where(TrackingNumber.stage == stage)
    query = query.order_by(TrackingNumber.stage_at.desc(), TrackingNumber.id.desc()).limit(limit)
    out = []
    for rma, number, carrier, st, since, expected_on, customer, n in session.execute(query):
        why = _why(st, since, now, days)
        out.append(
            Parcel(
                rma,
                number,
                carrier,
                st or NO_SCANS,
                since,
                expected_on,
                customer,
                int(n or 0),
                bool(why),
                why,
            )
        )
    return out


def pipeline(session: Session, *, now: datetime | None = None) -> dict[str, int]:
    """How many parcels of open requests are at each stage, with NO_SCANS and "stalled" (a parcel in trouble or
    silent too long is counted at its stage and as stalled)."""
    now = now or events.now()
    counts = dict.fromkeys((NO_SCANS, *STAGES), 0)
    for st, n in session.execute(
        select(TrackingNumber.stage, func.count())
        .join(ReturnRequest, ReturnRequest.id == TrackingNumber.return_request_id)
        .where(ReturnRequest.status.in_(OPEN))
        .group_by(TrackingNumber.stage)
    ):
        counts[st or NO_SCANS] = int(n)
    cutoff = now - timedelta(days=stalled_days(session))
    counts["stalled"] = int(
        session.scalar(
            select(func.count())
            .select_from(TrackingNumber)
            .join(ReturnRequest, ReturnRequest.id == TrackingNumber.return_request_id)
            .where(
                ReturnRequest.status.in_(OPEN),
                TrackingNumber.stage.in_(TROUBLE)
                | (TrackingNumber.stage.in_(MOVING[:-1]) & (TrackingNumber.stage_at < cutoff)),
            )
        )
        or 0
    )
    return counts


def sweep(session: Session, actor: Actor | None, *, now: datetime | None = None) -> int:
    """Open a parcel_trouble case for each stalled parcel whose request has no open one; returns how many."""
    now = now or events.now()
    opened = 0
    stalled = parcels(session, now=now, stage="stalled", limit=10_000)
    if not stalled:
        return 0
    ids = dict(
        session.execute(
            select(ReturnRequest.rma_number, ReturnRequest.id).where(
                ReturnRequest.rma_number.in_([p.rma for p in stalled])
            )
        ).all()
    )
    has_case = set(
        session.scalars(
            select(ExceptionCase.return_request_id).where(
                ExceptionCase.kind == ExceptionKind.PARCEL_TROUBLE.value,
                ExceptionCase.status == "open",
                ExceptionCase.return_request_id.in_(list(ids.values())),
            )
        )
    )
    for p in stalled:
        rid = ids[p.rma]
        if rid in has_case:
            continue
        exceptions.open_case(
            session,
            actor,
            ExceptionKind.PARCEL_TROUBLE,
            request_id=rid,
            scanned_code=p.tracking_number,
            description=f"Parcel {p.tracking_number} ({p.carrier}) of {p.rma}: {p.why}.",
            details={
                "tracking_number": p.tracking_number,
                "stage": p.stage,
                "why": p.why,
                "since": p.since.isoformat() if p.since else None,
            },
            at=now,
        )
        has_case.add(rid)
        opened += 1
    return opened


# --- the dock's forecast ---
@dataclass(frozen=True, slots=True)
class ForecastRow:
    zone: str
    today_parcels: int
    today_units: int
    tomorrow_parcels: int
    tomorrow_units: int
    carriers: str


def zones(session: Session) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (policy.setting(session, ZONES_KEY) or {}).items()}


def set_zone(session: Session, actor: Actor, carrier: str, zone: str | None) -> None:
    auth.require(actor, Role.SUPERVISOR, "choose where a carrier's parcels are received")
    carrier = carrier.strip().lower()
    if not carrier or len(carrier) > 16:
        raise ValidationFailed("Give the carrier as its parcels name it: ups, fedex, dhl, usps ...")
    current = zones(session)
    before = current.get(carrier)
    if zone and zone.strip():
        current[carrier] = zone.strip()[:64]
    else:
        current.pop(carrier, None)
    policy.put_setting(session, ZONES_KEY, current)
    events.record(
        session,
        actor,
        EventKind.SETTINGS_CARRIER_ZONE,
        "settings",
        carrier,
        {"before": before, "after": current.get(carrier)},
    )


def expected_day(
    stage: str | None, since: datetime | None, expected_on: date | None, today: date
) -> date | None:
    if stage in TROUBLE:
        return None
    if expected_on is not None and stage != "delivered":
        return max(expected_on, today)
    if stage is None or since is None:
        return None
    return max(since.astimezone(UTC).date() + timedelta(days=DAYS_TO_DOCK[stage]), today)


def forecast(session: Session, *, today: date | None = None) -> list[ForecastRow]:
    """Parcels and units expected today and tomorrow, by zone (zones with none are left out)."""
    today = today or events.now().date()
    where = zones(session)
    table: dict[str, dict[str, Any]] = {}
    for p in parcels(session, limit=100_000):
        day = expected_day(None if p.stage == NO_SCANS else p.stage, p.since, p.expected_on, today)
        if day is None or day > today + timedelta(days=1):
            continue
        zone = where.get(p.carrier.lower(), DEFAULT_ZONE)
        cell = table.setdefault(zone, {"tp": 0, "tu": 0, "mp": 0, "mu": 0, "carriers": set()})
        key = "t" if day == today else "m"
        cell[key + "p"] += 1
        cell[key + "u"] += p.units
        cell["carriers"].add(p.carrier)
    return [
        ForecastRow(z, c["tp"], c["tu"], c["mp"], c["mu"], ", ".join(sorted(c["carriers"])))
        for z, c in sorted(table.items())
    ]


__all__ = [
    "NO_SCANS",
    "STAGES",
    "ForecastRow",
    "Parcel",
    "TrackingReport",
    "forecast",
    "import_tracking",
    "parcels",
    "pipeline",
    "sweep",
]
