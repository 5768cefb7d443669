"""Carrier tracking (tests/data/tracking: AfterShip Tracking webhooks and the same checkpoints as CSV) attached to
the platform samples' requests: stages, the pipeline, stalled parcels as cases with their SLA, and the forecast."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from returns_desk.services import auth, imports, tracking
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Event, ExceptionCase, TrackingEvent, TrackingNumber

DATA = Path(__file__).parents[1] / "data"
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
STAGES = {
    "1Z999AA10123456784": "out_for_delivery",  # Shopify #1001-R1
    "9400136105440512280610": "in_transit",  # Loop 12345678
    "9400111201080805483016": "pickup_failed",  # BigCommerce 501: trouble before the carrier had it
    "1Z5R89390357567127": "returned_to_sender",  # AfterShip A1B2C3D4
}


@pytest.fixture
def actor(db: Database, seeded: DemoSample, tmp_path: Path) -> Actor:
    with unit_of_work(db.sessions) as session:
        me = auth.system_actor(session, "DOCK")
    for preset in ("shopify", "loop", "bigcommerce", "aftership"):
        path = tmp_path / f"{preset}.json"
        shutil.copy(DATA / "imports" / f"{preset}.json", path)
        with unit_of_work(db.sessions) as session:
            imports.import_file(session, me, path)
    return me


def run(db: Database, actor: Actor, path: Path) -> tracking.TrackingReport:
    with unit_of_work(db.sessions) as session:
        return tracking.import_tracking(session, actor, path, now=NOW)


def stages(db: Database) -> dict[str, str | None]:
    with unit_of_work(db.readers) as session:
        return dict(
            session.execute(
                select(TrackingNumber.tracking_number, TrackingNumber.stage).where(
                    TrackingNumber.tracking_number.in_(list(STAGES))
                )
            ).all()
        )


@pytest.mark.parametrize("name", ["aftership-webhooks.json", "aftership-checkpoints.csv"])
def test_checkpoints_move_the_parcels_and_stalled_ones_become_cases(
    db: Database, actor: Actor, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    shutil.copy(DATA / "tracking" / name, path)
    with unit_of_work(db.readers) as session:
        before = tracking.pipeline(session, now=NOW)  # the demo's own parcels are on their way too
    report = run(db, actor, path)
    assert (report.checkpoints, report.repeated, report.not_ours, report.parcels) == (9, 0, 1, 4)
    assert report.moved == 4
    assert stages(db) == STAGES
    # The two samples in trouble are cases with the parcel_trouble SLA (and so is every stalled parcel).
    with unit_of_work(db.readers) as session:
        cases = {
            c.scanned_code: c.details["why"]
            for c in session.scalars(select(ExceptionCase).where(ExceptionCase.kind == "parcel_trouble"))
        }
        moved = session.scalar(
            select(func.count()).select_from(Event).where(Event.kind == "parcel.stage_changed")
        )
        counts = tracking.pipeline(session, now=NOW)
        stalled = tracking.parcels(session, now=NOW, stage="stalled")
    assert {k: v for k, v in cases.items() if k in STAGES} == {
        "9400111201080805483016": "the carrier could not pick it up",
        "1Z5R89390357567127": "the carrier is sending it back to the customer",
    }
    assert set(cases) == {p.tracking_number for p in stalled}
    assert report.cases == len(cases)
    assert moved == 4
    grown = {k: counts[k] - before.get(k, 0) for k in counts}
    assert {k: v for k, v in grown.items() if v} == {
        "no_scans": -4,  # the four samples had no scan before
        "out_for_delivery": 1,
        "in_transit": 1,
        "pickup_failed": 1,
        "returned_to_sender": 1,
        "stalled": 2,
    }

    # The same file again: every checkpoint is known, nothing moves, no second case.
    again = run(db, actor, path)
    assert (again.checkpoints, again.repeated, again.moved, again.cases) == (0, 9, 0, 0)
    with unit_of_work(db.readers) as session:
        ours = (
            select(func.count())
            .select_from(TrackingEvent)
            .join(TrackingNumber, TrackingNumber.id == TrackingEvent.tracking_number_id)
        )
        assert session.scalar(ours.where(TrackingNumber.tracking_number.in_(list(STAGES)))) == 9


def test_a_silent_parcel_stalls_and_the_forecast_counts_the_dock_s_days(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "hooks.json"
    shutil.copy(DATA / "tracking" / "aftership-webhooks.json", path)
    run(db, actor, path)
    with unit_of_work(db.sessions) as session:
        tracking.set_zone(session, actor, "UPS", "Dock A")
        rows = tracking.forecast(session, today=date(2026, 11, 24))
    # UPS out for delivery today (Shopify #1001-R1, 2 units) at Dock A; the Loop parcel in transit since the 23rd
    # is due two days later, the 25th: tomorrow, at the zone the demo receives USPS at (the demo's own parcels
    # are due in December).
    assert [(r.zone, r.today_parcels, r.today_units, r.tomorrow_parcels, r.tomorrow_units) for r in rows] == [
        ("Dock A", 1, 2, 0, 0),
        ("Dock B", 0, 0, 1, 2),
    ]
    with unit_of_work(db.sessions) as session:
        tracking.set_zone(session, actor, "usps", None)
        rows = tracking.forecast(session, today=date(2026, 11, 24))
    assert rows[-1].zone == "Receiving"  # a carrier no zone names
    # Eight days later nothing new came: both moving parcels are stalled too.
    later = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    with unit_of_work(db.sessions) as session:
        tracking.sweep(session, actor, now=later)
        stalled = [
            p for p in tracking.parcels(session, now=later, stage="stalled") if p.tracking_number in STAGES
        ]
        opened = set(
            session.scalars(select(ExceptionCase.scanned_code).where(ExceptionCase.kind == "parcel_trouble"))
        )
    assert {p.tracking_number for p in stalled} == set(STAGES)
    assert set(STAGES) <= opened
    assert {p.why for p in stalled if p.stage in ("in_transit", "out_for_delivery")} == {"no scan for 8 days"}


def test_bad_checkpoints_are_named_and_nothing_is_kept(db: Database, actor: Actor, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    text = (DATA / "tracking" / "aftership-checkpoints.csv").read_text(encoding="utf-8")
    path.write_text(
        text.replace("OutForDelivery,", "Teleported,", 1).replace("2026-11-23T15", "yesterday"), "utf-8"
    )
    with pytest.raises(imports.ImportRejected) as info:
        run(db, actor, path)
    said = [str(e) for e in info.value.errors]
    assert said[0].startswith("bad.csv:4: tag: 'Teleported' is not a AfterShip Tracking status")
    assert said[1].startswith("bad.csv:5: checkpoint_time: 'yesterday")
