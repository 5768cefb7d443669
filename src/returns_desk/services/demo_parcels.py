"""The demo's parcels on their way back: carrier checkpoints for the requests still waiting for theirs, so the
Inbound tab and the dock forecast have something true to show.

Drawn last, from the demo's second random stream, so everything drawn before (and every test seeded from it)
stays what it was. The checkpoints and each parcel's stage are the rows ``services/tracking.import_tracking``
writes; like the rest of the made-up history they come without ``parcel.stage_changed`` events, and the stalled
parcels wait for a supervisor's **Open cases for stalled parcels**.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, text, update

from returns_desk.store.models import Setting, TrackingEvent, TrackingNumber

ZONES_KEY = "carrier_zones"  # services/tracking.ZONES_KEY
ZONES = {"ups": "Dock A", "fedex": "Dock A", "usps": "Dock B", "dhl": "Dock B"}

# What the carrier's last scan says, for a parcel of a request still waiting: (stage, share).
MIX = (
    (None, 0.12),  # no scan yet: the customer has not handed it over
    ("pickup_scheduled", 0.18),
    ("in_transit", 0.36),
    ("out_for_delivery", 0.12),
    ("delivered", 0.06),
    ("stalled", 0.08),  # in transit, but silent for a week or more
    ("pickup_failed", 0.04),
    ("returned_to_sender", 0.04),
)
PLACES = ("Seoul, KR", "Busan, KR", "Incheon, KR", "Louisville, KY, US", "Memphis, TN, US", "Denver, CO, US")


def _stage(rng: random.Random) -> str | None:
    roll, total = rng.random(), 0.0
    for stage, share in MIX:
        total += share
        if roll < total:
            return stage
    return "in_transit"


def _history(
    stage: str, start: datetime, now: datetime, rng: random.Random
) -> list[tuple[str, str, str, datetime]]:
    """(stage, tag, message, time) checkpoints ending in ``stage``."""
    t = start + timedelta(hours=rng.uniform(2, 20))
    points = [("pickup_scheduled", "InfoReceived", "Shipment information received", t)]
    if stage == "pickup_failed":
        points.append(
            ("pickup_failed", "Exception", "Pickup failed: no one available", t + timedelta(days=1))
        )
        return points
    if stage == "pickup_scheduled":
        return points
    t += timedelta(days=rng.uniform(0.5, 1.5))
    points.append(("in_transit", "InTransit", "Picked up by the carrier", t))
    if stage == "returned_to_sender":
        points.append(
            ("returned_to_sender", "Exception", "Returned to sender: label unreadable", t + timedelta(days=2))
        )
        return points
    if stage in ("in_transit", "stalled"):
        return points
    t += timedelta(days=rng.uniform(1, 2))
    points.append(("out_for_delivery", "OutForDelivery", "Out for delivery", t))
    if stage == "delivered":
        points.append(("delivered", "Delivered", "Delivered to the warehouse dock", t + timedelta(hours=5)))
    return points


def make_parcels(conn: Connection, rng: random.Random, now: datetime) -> int:
    """Checkpoints for the parcels of approved requests; returns how many parcels have any."""
    waiting = conn.execute(
        text(
            "SELECT t.id, t.carrier FROM tracking_numbers t JOIN return_requests r ON r.id = t.return_request_id "
            "WHERE r.status = 'approved' AND t.stage IS NULL ORDER BY t.id"
        )
    ).all()
    events: list[dict[str, Any]] = []
    stages: list[dict[str, Any]] = []
    for tid, _carrier in waiting:
        stage = _stage(rng)
        if stage is None:
            continue
        if stage == "stalled":
            start = now - timedelta(days=rng.uniform(9, 14))
        elif stage in ("out_for_delivery", "delivered"):
            start = now - timedelta(days=rng.uniform(3, 4))
        else:
            start = now - timedelta(days=rng.uniform(0.5, 3))
        drawn = _history(stage, start, now, rng)
        points = [p for p in drawn if p[3] <= now] or drawn[:1]  # what has happened by now
        for st, tag, message, at in points:
            events.append(
                {
                    "tracking_number_id": tid,
                    "stage": st,
                    "tag": tag,
                    "subtag": "",
                    "occurred_at": at,
                    "location": rng.choice(PLACES),
                    "message": message,
                    "imported_at": now,
                }
            )
        last_stage, _, _, last_at = points[-1]
        expected = None
        if last_stage == "out_for_delivery":
            expected = last_at.astimezone(UTC).date()
        stages.append({"tid": tid, "stage": last_stage, "stage_at": last_at, "expected_on": expected})
    if events:
        conn.execute(insert(TrackingEvent), events)
    # The demo warehouse receives the carriers at two dock zones.
    if conn.execute(select(Setting.key).where(Setting.key == ZONES_KEY)).first() is None:
        conn.execute(insert(Setting).values(key=ZONES_KEY, value=ZONES, updated_at=now))
    for row in stages:
        conn.execute(
            update(TrackingNumber)
            .where(TrackingNumber.id == row["tid"])
            .values(stage=row["stage"], stage_at=row["stage_at"], expected_on=row["expected_on"])
        )
    return len(stages)
